"""Years said in words, as broadcast transcripts write them (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.normalize.dates import find_dates

PUB = dt.date(2003, 5, 6)


def _v(sentence):
    return [(sentence[d.start : d.end], d.timex) for d in find_dates(sentence, PUB)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dam was finished in nineteen eighty-two.", [("nineteen eighty-two", "1982")]),
        (
            "Floods hit the valley in the spring of nineteen ninety-three.",
            [("the spring of nineteen ninety-three", "1993-SP")],
        ),
        (
            "March nineteen ninety-nine. The first strike.",
            [("March nineteen ninety-nine", "1999-03")],
        ),
        ("It was a nineteen seventy-four law.", [("nineteen seventy-four", "1974")]),
        ("The mill opened in nineteen oh eight.", [("nineteen oh eight", "1908")]),
        ("The plan was to be ready by the year two thousand.", [("the year two thousand", "2000")]),
        ("Stocks rose since twenty ten.", [("twenty ten", "2010")]),
    ],
)
def test_a_year_in_words(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The ticket costs nineteen ninety-five.",  # a price
        "Twenty twenty-five players signed up.",
        "Nineteen fifteen-year-olds were hurt.",
        "They bought two thousand and five tickets.",
    ],
)
def test_two_numbers_in_a_row_without_a_cue_are_no_year(sentence):
    assert _v(sentence) == []
