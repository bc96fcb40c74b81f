"""The act route: dates of one named person's act, told with one verb by two outlets, meet
however differently the sentences around them read."""

from __future__ import annotations

from consistency.align.acted import acted_pairs
from consistency.api import check_articles
from consistency.normalize import normalize_article
from tests.helpers import story


def _dates(*texts: str, published: str = "2025-01-08") -> list[str]:
    report = check_articles(story(*texts, published=published))
    return [f.message for f in report.findings if f.rule == "DAT001" and f.severity.rank >= 1]


def test_one_person_s_act_dated_two_ways_conflicts():
    found = _dates(
        "Eleanor Voss, who led the Fairhaven Historical Society for three decades, died "
        "Friday, Jan. 3, at 91.",
        "Longtime Fairhaven Historical Society leader Eleanor Voss died at her home on "
        "Sunday, her family said.",
    )
    assert len(found) == 1 and "Jan. 3" in found[0] and "Sunday" in found[0]


def test_an_act_done_to_someone_meets_in_the_passive():
    found = _dates(
        "Grayson Pike was arrested Friday in connection with the hit-and-run on Elm Parkway.",
        "Officers arrested Pike on Monday at a motel near the county line.",
        published="2025-07-12",
    )
    assert len(found) == 1


def _acted(*texts: str) -> list[tuple[str, str]]:
    claims = [c for a in story(*texts, published="2025-01-08") for c in normalize_article(a)]
    return [(p.a.value_text, p.b.value_text) for p in acted_pairs(claims, "s")]


def test_the_route_pairs_the_dates_of_one_act():
    assert _acted(
        "Mayor Ana Ruiz signed the order on Monday at City Hall.",
        "Ruiz signed it Tuesday, her office said.",
    ) == [("Monday", "Tuesday")]


def test_an_act_an_outlet_dates_twice_is_no_single_event():
    assert (
        _acted(
            "Mayor Ruiz met the union on Monday and met the union again on Wednesday.",
            "Ruiz met union leaders on Tuesday to discuss the contract.",
        )
        == []
    )


def test_a_body_acts_too_often_to_pair_by_its_name():
    assert (
        _acted(
            "Senate Democrats voted Friday to block the spending bill, leaving the plan stalled.",
            "Democrats in the Senate on Monday voted to advance the agreement to a final vote.",
        )
        == []
    )


def test_a_date_inside_a_quotation_or_not_written_out_pairs_nothing():
    assert (
        _acted(
            "Mayor Ana Ruiz and Governor Tom Hale met privately at City Hall on Sunday.",
            'Mayor Ruiz said: "Governor Hale and I met on Saturday at City Hall."',
            "This afternoon Governor Hale met the mayor at City Hall.",
        )
        == []
    )


def test_one_act_told_by_many_outlets_is_compared_in_linear_work():
    from consistency.model import Article

    articles = [
        Article(
            article_id=f"a{i:03d}",
            path=f"a{i:03d}.md",
            text=f"Mayor Ana Ruiz signed the order on {'Tuesday' if i % 30 == 0 else 'Monday'}.",
            story="s",
            source=f"Outlet{i}",
            published="2025-01-08",
        )
        for i in range(120)
    ]
    claims = [c for a in articles for c in normalize_article(a)]
    pairs = acted_pairs(claims, "s")
    assert len(pairs) <= 2 * len(articles)  # not the 7,140 pairs of every two outlets
    assert any(p.a.value != p.b.value for p in pairs)  # the outlets that differ still meet


def test_a_count_that_opens_a_sentence_is_no_doer():
    from consistency.normalize.acts import find_acts

    assert [a.doer for a in find_acts("Twelve people were killed in the blast.")] == []


def test_the_state_of_a_party_code_is_no_doer():
    from consistency.normalize.acts import find_acts

    found = find_acts("Rep. Dana Holt, R-Texas, signed the letter on Friday.")
    assert [a.doer for a in found] == ["holt"]


def test_a_decision_voted_for_turned_down_or_passed_by_a_named_body_is_an_act():
    from consistency.normalize.acts import find_acts

    def read(s):
        return [(a.verb, a.doer, a.passive, a.agent, a.negated) for a in find_acts(s)]

    assert ("approv", "board", False, "", False) in read(
        "The Brackley Zoning Board voted 5-2 on Monday to approve the plan."
    )
    assert ("approv", "board", False, "", True) in read(
        "The Brackley Zoning Board voted on Monday not to approve the plan."
    )
    assert read("Brackley's Zoning Board turned down the plan.") == [
        ("reject", "board", False, "", False)
    ]
    # a passive's doer after "by", a day after "by" no one
    assert read("The plan was rejected on Monday night by Brackley's Zoning Board.") == [
        ("reject", "", True, "board", False)
    ]
    assert read("The report was released by Tuesday.") == []
    # "voted to" before a verb that decides nothing is no decision
    assert [a[0] for a in read("The Brackley Zoning Board voted to meet again.")] == ["vot"]


def test_a_forecast_cue_must_govern_an_act_to_make_it_one():
    from consistency.normalize import normalize_article

    acts = {
        c.value: c.modality
        for c in normalize_article(
            story(
                "Plans for 90 homes were rejected by the Brackley Zoning Board. "
                "The Reno council is expected to approve the Elm Street plan."
            )[0]
        )
        if c.kind == "act"
    }
    assert acts.get("reject") == "asserted"


def test_a_negation_does_not_reach_past_and_and_and_is_no_verb():
    from consistency.normalize.acts import find_acts

    acts = find_acts("Mr. Sestak said no and went on to win the primary.")
    assert [(a.verb, a.negated) for a in acts] == [("went", False)]
    acts = find_acts("Mayor Reyes did not stop and went home.")
    assert [(a.verb, a.negated) for a in acts] == [("stop", True), ("went", False)]
    acts = find_acts("Reyes didn't and wouldn't sign it.")
    assert [(a.verb, a.negated) for a in acts] == [("sign", True)]
