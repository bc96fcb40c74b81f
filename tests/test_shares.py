"""Shares written as fractions or ratios, and percentages written 'pct' or 'pc', read as
percentages (issue 17)."""

from __future__ import annotations

import pytest

from consistency.normalize.quantities import find_quantities


def _pct(sentence):
    return [
        (sentence[q.start : q.end], round(q.value, 2), round(q.lo, 2), round(q.hi, 2), q.noun)
        for q in find_quantities(sentence, [])
        if q.unit == "percent"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A third of voters backed the levy.", [("A third", 33.33, 28.33, 38.33, "voters")]),
        ("Two-thirds of the seats changed hands.", [("Two-thirds", 66.67, 56.67, 76.67, "seats")]),
        ("Nearly half of the staff quit.", [("Nearly half", 50.0, 37.4, 50.0, "staff")]),
        ("Three-quarters of tenants said no.", [("Three-quarters", 75.0, 63.75, 86.25, "tenants")]),
        ("One in five adults smokes.", [("One in five", 20.0, 17.0, 23.0, "adults")]),
        (
            "Two out of three doctors agreed.",
            [("Two out of three", 66.67, 56.67, 76.67, "doctors")],
        ),
    ],
)
def test_a_share_is_a_percentage(sentence, expected):
    assert _pct(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting ran a quarter of an hour late.",
        "Half of the way was paved.",
        "The parade is on the third of July.",
        "The race was won by a second of a margin.",
    ],
)
def test_a_fraction_of_a_length_or_an_ordinal_is_no_share(sentence):
    assert _pct(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The index fell 0.3 pct on Monday.", ("0.3 pct", 0.3)),
        ("House prices rose 5pc last year.", ("5pc", 5.0)),
    ],
)
def test_wire_abbreviations_are_percentages(sentence, expected):
    assert [(t, v) for t, v, *_ in _pct(sentence)] == [expected]


def test_pc_in_capitals_is_a_computer():
    assert _pct("The school bought 5 PC units.") == []
