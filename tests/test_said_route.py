"""The said route: the day one named speaker made the statement two leads report."""

from __future__ import annotations

from consistency.align.anchors import story_idf
from consistency.align.said import said_pairs
from consistency.normalize import normalize_article
from tests.helpers import story


def _said(*texts: str) -> list[tuple[str, str]]:
    claims = [c for a in story(*texts, published="2025-03-14") for c in normalize_article(a)]
    return [(p.a.value_text, p.b.value_text) for p in said_pairs(claims, "s", story_idf(claims))]


def test_one_speaker_s_statement_dated_in_two_leads_pairs():
    assert _said(
        "The Census Bureau announced Thursday that the population of Tallis County topped "
        "331,000 residents.",
        "Tallis County's population topped 331,000, the Census Bureau said Monday.",
    ) == [("Thursday", "Monday")]


def test_the_date_may_stand_before_the_verb_and_the_name_after_it():
    assert (
        _said(
            "The White House on Friday said the president would visit the Fenwick dam site.",
            "The president will visit the Fenwick dam site, said White House press secretary "
            "Dana Lowe on Tuesday.",
        )
        == []
    )  # "Lowe" is not "House": two speakers by name
    assert _said(
        "The White House on Friday said the president would visit the Fenwick dam site.",
        "The president will visit the Fenwick dam site, the White House said Tuesday.",
    ) == [("Friday", "Tuesday")]


def test_what_was_said_must_also_be_shared():
    assert (
        _said(
            "Gov. Ann Reyes said Tuesday that the Fenwick dam would reopen in May.",
            "Gov. Ann Reyes announced Thursday a new scholarship for nursing students.",
        )
        == []
    )


def test_past_the_lead_a_telling_pairs_nothing():
    assert (
        _said(
            "The Fenwick dam will reopen in May.\n\nGov. Ann Reyes said Tuesday that the "
            "Fenwick dam repairs were finished.",
            "The Fenwick dam repairs are finished, Gov. Ann Reyes said Thursday.",
        )
        == []
    )


def test_a_speaker_dated_twice_in_one_lead_pairs_nothing():
    assert (
        _said(
            "Gov. Ann Reyes said Tuesday that the Fenwick dam repairs were finished, and "
            "Reyes said Thursday that the dam would reopen in May.",
            "The Fenwick dam repairs are finished, Gov. Ann Reyes said Monday.",
        )
        == []
    )


def test_a_verb_that_describes_the_telling_pairs_nothing():
    assert (
        _said(
            "Gov. Ann Reyes warned Tuesday that the Fenwick dam repairs would run late.",
            "The Fenwick dam repairs will run late, Gov. Ann Reyes said Thursday.",
        )
        == []
    )


def test_he_or_she_is_the_name_that_opens_the_sentence():
    assert _said(
        "Gov. Ann Reyes is close to naming a new director for the Fenwick dam authority, she "
        "told reporters on Thursday.",
        "Gov. Ann Reyes said Sunday she is close to naming a new Fenwick dam authority director.",
    ) == [("Thursday", "Sunday")]


def test_a_date_away_from_the_verb_dates_something_else():
    # "on June 16" is the visit's day, not the telling's: the telling is dated once
    assert _said(
        "The governor will visit the Fenwick dam on June 16, the Harwick County Health "
        "Department said Friday.",
        "The Harwick County Health Department announced Tuesday that the governor will visit "
        "the Fenwick dam.",
    ) == [("Friday", "Tuesday")]
