"""Durations with their qualifiers and open bounds, and the time between two events
(issue 17)."""

from __future__ import annotations

import math

import pytest

from consistency.normalize.durations import find_durations


def _d(sentence):
    return [
        (
            sentence[d.start : d.end],
            round(d.lo, 2),
            round(d.hi, 2) if not math.isinf(d.hi) else d.hi,
            d.frame,
        )
        for d in find_durations(sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three days later, the talks resumed.", [("Three days", 3.0, 3.0, "offset")]),
        ("He was freed two weeks after his arrest.", [("two weeks", 14.0, 14.0, "offset")]),
        ("A day earlier, the council voted.", [("A day", 1.0, 1.0, "offset")]),
        (
            "The order came at least 72 hours before the strike.",
            [("at least 72 hours", 3.0, math.inf, "offset")],
        ),
        (
            "The truce collapsed nearly two months after it began.",
            [("nearly two months", 53.57, 60.88, "offset")],
        ),
    ],
)
def test_the_time_between_two_events(sentence, expected):
    assert _d(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The dispute has lasted more than three years.",  # how long the dispute went on
            [("more than three years", 1095.75, math.inf, "persist")],
        ),
        (
            "Prices have doubled over the past 18 months.",
            [("18 months", 547.92, 547.92, "persist")],
        ),
        ("The decade-long war ended.", [("decade-long", 3652.5, 3652.5, "persist")]),
    ],
)
def test_qualifiers_and_open_bounds(sentence, expected):
    assert _d(sentence) == expected


def test_ages_and_dates_are_no_durations():
    assert _d("He left two years ago, aged 40 years old.") == []
    assert _d("The plant closes three months from now.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 6-year-old boy was returned to his father.", [("6-year", "age", "boy")]),
        ("The 44-year-old, who was injured, survived.", [("44-year", "age", "")]),
        ("The two-year-old dispute ended.", [("two-year", "persist", "strain")]),
        ("He is 80 years old.", []),
    ],
)
def test_ages_are_compared_with_ages_and_an_old_dispute_lasted(sentence, expected):
    assert [
        (sentence[d.start : d.end], d.frame, d.predicate) for d in find_durations(sentence)
    ] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Repairs to the bridge will take two to three weeks.",
            [("two to three weeks", 14.0, 21.0, "span")],
        ),
        ("The inquiry could last 10-15 years.", [("10-15 years", 3652.5, 5478.75, "persist")]),
        ("The crew rested two or three days.", [("two or three days", 2.0, 3.0, "span")]),
        # the low end is no range when it is not below the count
        ("Between 1990 and 5 years", [("5 years", 1826.25, 1826.25, "span")]),
    ],
)
def test_a_range_of_counts_is_read_from_its_low_end_to_its_high_end(sentence, expected):
    assert _d(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The navy may keep the base for at least 20 more years.",
            [("at least 20 more years", 7305.0, math.inf, "persist")],
        ),
        (
            "The mission needs three additional months.",
            [("three additional months", 91.32, 91.32, "span")],
        ),
    ],
)
def test_more_between_count_and_unit_keeps_the_count(sentence, expected):
    assert _d(sentence) == expected


def test_a_year_after_a_figure_is_a_rate_not_a_span():
    from consistency.normalize.durations import find_durations

    assert find_durations("The contract raises pay 4% a year.") == []
    assert find_durations("Workers there earn $15 an hour.") == []
    assert [d.frame for d in find_durations("The strike lasted a year.")] == ["persist"]
    assert [d.predicate for d in find_durations("The outage at the plant lasted a day.")] == [
        "outage"
    ]
