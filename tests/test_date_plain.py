"""Dates written plainly: a month and day with a slash, names in lower case, ordinal
weekdays of a month in lower case (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.normalize.dates import find_dates

PUB = dt.date(2023, 3, 8)  # a Wednesday


def _days(sentence, pub=PUB):
    return [
        (sentence[d.start : d.end], d.lo)
        for d in find_dates(sentence, pub)
        if d.lo and d.lo == d.hi
    ]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The county will hold a runoff on 4/18, officials said.", ("4/18", dt.date(2023, 4, 18))),
        ("The store reopened 2/27 after the flood.", ("2/27", dt.date(2023, 2, 27))),
        ("Voting closes on 3/9 at noon.", ("3/9", dt.date(2023, 3, 9))),
        ("The strike began on 17/02 in Leeds.", ("17/02", dt.date(2023, 2, 17))),
    ],
)
def test_a_month_and_day_with_a_slash(sentence, found):
    assert _days(sentence) == [found]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3/4 of voters backed the measure.",  # a fraction
        "The movie earned a 7/10 from critics.",  # a rating
        "Relatives of 9/11 victims met the senator.",  # an event's name
        "The clinic is now open 24/7.",  # a habit
        "Use a 5/16 inch bolt.",  # a measure
        "Cut 15/16 of the budget.",
    ],
)
def test_a_slash_that_is_no_date(sentence):
    assert _days(sentence) == []


def test_a_slash_with_a_year_is_still_read_whole():
    assert _days("The deal closed 4/22/2021.") == [("4/22/2021", dt.date(2021, 4, 22))]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "the hearing was held monday january 9th, 2023 in austin",
            ("monday january 9th, 2023", dt.date(2023, 1, 9)),
        ),
        ("the vote is set for april 4th", ("april 4th", dt.date(2023, 4, 4))),
        ("filings were due october 2, 2022", ("october 2, 2022", dt.date(2022, 10, 2))),
    ],
)
def test_a_month_in_lower_case_with_its_day(sentence, found):
    assert _days(sentence) == [found]


def test_a_lower_case_month_needs_an_ordinal_or_a_year():
    # "may" and "march" are verbs: "they may 12 ..." is read from nothing
    assert _days("the protesters march 5 miles and may 12 more join them") == []


def test_lower_case_weekdays():
    assert _days("the council met on monday") == [("monday", dt.date(2023, 3, 6))]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("the board meets on the first friday of june", dt.date(2023, 6, 2)),
        ("The parade is the second Sunday in May.", dt.date(2023, 5, 14)),
        ("results came on the first tuesday of this month", dt.date(2023, 3, 7)),
    ],
)
def test_the_nth_weekday_of_a_month(sentence, day):
    assert [lo for _, lo in _days(sentence)] == [day]
