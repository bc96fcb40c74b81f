"""Holidays news dates events by (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.normalize.date_holidays import easter, holiday_day
from consistency.normalize.dates import find_dates


def _v(sentence, pub):
    return [(sentence[d.start : d.end], d.timex, d.lo) for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("Thanksgiving", 2023, dt.date(2023, 11, 23)),
        ("Election Day", 2024, dt.date(2024, 11, 5)),
        ("Election Day", 2022, dt.date(2022, 11, 8)),
        ("Memorial Day", 2024, dt.date(2024, 5, 27)),
        ("Labor Day", 2024, dt.date(2024, 9, 2)),
        ("Christmas Eve", 2024, dt.date(2024, 12, 24)),
        ("Good Friday", 2024, dt.date(2024, 3, 29)),
    ],
)
def test_the_day_of_a_holiday_in_a_year(name, year, day):
    assert holiday_day(name, year) == day


def test_easter_sunday():
    assert [easter(y) for y in (2019, 2024, 2025)] == [
        dt.date(2019, 4, 21),
        dt.date(2024, 3, 31),
        dt.date(2025, 4, 20),
    ]


@pytest.mark.parametrize(
    ("sentence", "pub", "expected"),
    [
        # told in the past: the last one; ahead within a few months: the coming one
        (
            "The boy was rescued on Thanksgiving Day.",
            dt.date(2024, 1, 9),
            ("Thanksgiving Day", "2023-11-23", None),
        ),
        (
            "The race will stay close until Election Day.",
            dt.date(2024, 9, 20),
            ("Election Day", "2024-11-05", None),
        ),
        (
            "The ferry sank last Christmas.",
            dt.date(2024, 3, 2),
            ("last Christmas", "2023-12-25", None),
        ),
        # a written year: compared
        (
            "The truce held through Christmas 2014.",
            dt.date(2020, 5, 1),
            ("Christmas 2014", "2014-12-25", dt.date(2014, 12, 25)),
        ),
    ],
)
def test_a_holiday_names_a_day(sentence, pub, expected):
    assert _v(sentence, pub) == [expected]


@pytest.mark.parametrize(
    "sentence",
    ["Retailers fear a weak Christmas shopping season.", "Easter Island lies far from Chile."],
)
def test_a_holiday_before_a_noun_or_in_a_name_is_no_date(sentence):
    assert _v(sentence, dt.date(2024, 5, 1)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Good Friday Agreement ended the conflict.", []),
        ("Police said Friday President Lee would visit.", ["Friday"]),
    ],
)
def test_a_weekday_between_capitalized_words_is_part_of_a_name(sentence, expected):
    assert [t for t, _, _ in _v(sentence, dt.date(2024, 5, 1))] == expected
