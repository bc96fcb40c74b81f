"""Dates without their year or week, placed as news places them (issue 17): a day a few
months ahead is the coming one unless its own verb is past; a weekday right after a
past-tense verb is the last one; an open weekday reads as the nearer day."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.normalize.date_tense import past_beside
from consistency.normalize.dates import find_dates

NOV = dt.date(2023, 11, 2)  # a Thursday


def _v(sentence, pub=NOV):
    return [(sentence[d.start : d.end], d.value, d.lo, d.hi) for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The dividend is payable Dec. 15 to holders of record.", "2023-12-15"),
        ("The offer expires Jan. 10.", "2024-01-10"),
        ("The deadline was extended to Dec. 1.", "2023-12-01"),
        ("The suspect was arrested on Dec. 15 in a raid.", "2022-12-15"),
        ("He has been missing since Dec. 3.", "2022-12-03"),
        ("The plant opened June 1.", "2023-06-01"),
        ("The company will report results on Oct. 20.", "2024-10-20"),
        ("Elections are held on Oct. 28.", "2023-10-28"),
    ],
)
def test_month_and_day_without_a_year(sentence, value):
    got = _v(sentence)
    assert [g[1] for g in got] == [value]


def test_a_weekday_after_a_past_verb_is_the_last_one_whatever_comes_next():
    sentence = "The minister announced Monday that the plant will close."
    assert _v(sentence)[0][1] == "2023-10-30"


def test_an_open_weekday_reads_as_the_nearer_day_and_may_be_either():
    (got,) = _v("The talks were expected to resume Friday.")
    assert got[1] == "2023-11-03"
    assert (got[2], got[3]) == (dt.date(2023, 10, 27), dt.date(2023, 11, 3))
    (got,) = _v("The vote is scheduled for Tuesday.")
    assert got[1] == "2023-10-31"


@pytest.mark.parametrize(
    ("sentence", "word", "past"),
    [
        ("Police arrested him on Friday.", "Friday", True),
        ("The king met Monday with envoys.", "Monday", True),
        ("Protesters rallied late Sunday.", "Sunday", True),
        ("The vote is on Friday.", "Friday", False),
        ("The deal closes by March 3.", "March 3", False),
    ],
)
def test_a_date_s_own_past_verb(sentence, word, past):
    s = sentence.index(word)
    assert past_beside(sentence, s, s + len(word)) is past
