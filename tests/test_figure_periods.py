"""The period a figure is given for (normalize.figure_periods) and the period route that
compares it (align.periods). Sentences are written for these tests."""

from __future__ import annotations

from consistency.normalize import normalize_article
from tests.helpers import article, serious


def _bound(text: str) -> list[tuple[str, str, str]]:
    """(period, figure, role) of each period bound to a figure."""
    return [
        (c.value_text, c.extra["figure_text"], c.extra["figure_role"])
        for c in normalize_article(article(0, text))
        if c.kind == "date" and "figure" in c.extra
    ]


def test_the_period_right_after_a_figure_is_its_own():
    assert _bound("Net income was $1.27 billion in the third quarter of 2023.") == [
        ("the third quarter of 2023", "$1.27 billion", "own")
    ]


def test_each_figure_of_a_list_keeps_its_own_period():
    got = _bound(
        "Earnings were $3.69 a share for the third quarter of 2023, up from $3.41 in the "
        "second quarter of 2023 and $2.75 in the third quarter of 2022."
    )
    assert [(p, f) for p, f, _ in got] == [
        ("the third quarter of 2023", "$3.69"),
        ("the second quarter of 2023", "$3.41"),
        ("the third quarter of 2022", "$2.75"),
    ]


def test_a_period_before_the_figure_in_its_clause_or_opening_the_sentence():
    assert _bound("Q2 2023 earnings per share of $5.52 beat forecasts.") == [
        ("Q2 2023", "$5.52", "own")
    ]
    assert _bound("In the fourth quarter of 2023, the chain earned $86.4 million.") == [
        ("the fourth quarter of 2023", "$86.4 million", "own")
    ]


def test_a_period_after_from_is_the_base_of_a_change():
    assert _bound("Prices rose 0.8% from May 2023, the agency said.") == [
        ("May 2023", "0.8%", "base")
    ]


def test_a_period_across_a_clause_break_is_not_bound():
    assert _bound("The plant opened in 2019; it now employs 1,250 people.") == []


def _dat001(story_report, *texts):
    return serious(story_report(*texts), "DAT001")


def test_one_figure_given_for_two_years_is_flagged(story_report):
    found = _dat001(
        story_report,
        "The state expects tax revenue of $48.6 billion in 2025, the budget office said.",
        "Budget analysts put tax revenue for 2026 at $48.6 billion, a record.",
    )
    assert found and "two periods" in found[0].message


def test_a_plain_figure_needs_the_same_measured_thing(story_report):
    assert not _dat001(
        story_report,
        "The city hired 40 officers in 2022 after a long freeze.",
        "The county closed 40 schools in 2023 as enrolment fell.",
    )
