"""Dates read back from the one the article named before: "that day", "later that year",
a clock time with no day of its own, "a year earlier" after a day (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.model import Article
from consistency.normalize import normalize
from consistency.normalize.date_named import remember
from consistency.normalize.dates import find_dates

PUB = dt.date(2024, 6, 14)  # a Friday


def _v(sentence, named=("", "", ""), pub=PUB):
    return [(sentence[d.start : d.end], d.timex) for d in find_dates(sentence, pub, "", named)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor moved to the capital in June 2011 and left later that year.",
            [("June 2011", "2011-06"), ("later that year", "2011")],
        ),
        (
            "On May 2, 2019, she was sworn in, and the following year she resigned.",
            [("May 2, 2019", "2019-05-02"), ("the following year", "2020")],
        ),
        (
            "Exports reached $4 billion in 2016, a record for that year.",
            [("2016", "2016"), ("that year", "2016")],
        ),
    ],
)
def test_a_date_named_earlier_in_the_sentence(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Earlier that day, the family sent a letter.", [("Earlier that day", "2024-03-09")]),
        ("He appeared in court the next morning.", [("the next morning", "2024-03-10TMO")]),
        ("The following month, the plant closed.", [("The following month", "2024-04")]),
        ("The blast came at 10 p.m.", [("10 p.m.", "2024-03-09T22:00")]),
    ],
)
def test_a_date_the_article_named_before(sentence, expected):
    assert _v(sentence, ("2024-03-09", "2024-03", "2024")) == expected


def test_without_a_date_named_the_publication_date_stands_in():
    assert _v("The blast came at 10 p.m.") == [("10 p.m.", "2024-06-14T22:00")]
    assert _v("He returned the next day.") == [("the next day", "2024-06-15")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales will grow in the next year.",  # the time to come, no point back
        "That day care centre reopened.",
        "The same day of the week.",
    ],
)
def test_phrases_that_point_at_no_named_date(sentence):
    assert [t for t, _ in _v(sentence, ("2024-03-09", "2024-03", "2024"))] in ([], ["next year"])


def test_read_back_dates_are_never_compared():
    (d,) = find_dates(
        "Earlier that day, the family sent a letter.", PUB, "", ("2024-03-09", "", "")
    )
    assert (d.lo, d.hi) == (None, None)


def test_the_article_remembers_the_last_day_month_and_year_it_named():
    s = "The vote was held on March 9, 2024, and counted in April."
    assert remember(s, find_dates(s, PUB), ("", "", "")) == ("2024-03-09", "2024-04", "2024")
    before = ("2024-03-09", "2024-03", "2024")
    for s in ("The council meets every Monday.", "Shares fell overnight.", "It began at 9 a.m."):
        assert remember(s, find_dates(s, PUB), before) == before, s


def test_a_clock_time_in_a_later_sentence_is_on_the_day_named_before():
    text = "The gunman was arrested on March 9. Police said the attack began at 10 p.m."
    art = Article(
        article_id="a", source="s", published="2024-06-14", text=text, path="a.txt", story="x"
    )
    values = [c.value for c in normalize([art]) if c.kind == "date"]
    assert values == ["2024-03-09", "2024-03-09T22:00"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "For the six months ended Aug. 12, profit was $6 million, against $4 million a year earlier.",
            "2022-08-12",
        ),
        # a quarter named after the day is what the sentence compares
        (
            "Through March 31, in the first quarter, sales rose 4% from a year earlier.",
            "2023-Q1",
        ),
        # a weekday after a verb of speech is when it was said, not what is compared
        ("The firm said Friday that it lost $3 million, against a profit a year earlier.", "2023"),
    ],
)
def test_a_year_earlier_after_a_day_the_sentence_writes_out(sentence, expected):
    values = _v(sentence)
    assert values[-1] == ("a year earlier", expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A hearing is set for the week of Oct. 7.", [("the week of Oct. 7", "2024-W41")]),
        (
            "The day before Tuesday's vote, the senator left.",
            [("The day before Tuesday", "2024-06-10")],
        ),
        ("The day before the vote, the senator left.", []),
    ],
)
def test_the_week_of_a_day_and_the_day_next_to_it(sentence, expected):
    assert _v(sentence) == expected


def test_the_week_of_a_day_keeps_an_interval_to_compare():
    (d,) = find_dates("A hearing is set for the week of Oct. 7.", PUB)
    assert (d.lo, d.hi) == (dt.date(2024, 10, 7), dt.date(2024, 10, 13))


@pytest.mark.parametrize(
    ("pub", "sentence", "expected"),
    [
        (dt.date(2024, 10, 30), "The firm expects higher profit for the full year.", "2024"),
        (dt.date(2024, 2, 12), "Sales for the full year rose 4%.", "2023"),
        (dt.date(2024, 2, 12), "Sales for the full year will rise 4%.", "2024"),
    ],
)
def test_the_full_year_is_the_year_reported_on(pub, sentence, expected):
    assert _v(sentence, pub=pub) == [("the full year", expected)]


def test_a_date_that_opens_its_clause_reads_the_clause_it_opens():
    monday = dt.date(2024, 6, 10)
    got = _v(
        "On Tuesday, the national teachers' association, its regional unions and allies plan to march.",
        pub=monday,
    )
    assert got == [("Tuesday", "2024-06-11")]


@pytest.mark.parametrize(
    ("named", "sentence", "expected"),
    [
        # the index closed Friday, March 8: "the previous Friday" is the one before
        (("2024-03-08", "", ""), "It was down 4% from the previous Friday.", "2024-03-01"),
        (("2024-03-08", "", ""), "Talks resumed the following Monday.", "2024-03-11"),
        (("", "", ""), "It was down 4% from the previous Friday.", "2024-06-07"),
    ],
)
def test_the_previous_or_following_weekday_of_the_day_named(named, sentence, expected):
    ((_, value),) = _v(sentence, named)
    assert value == expected


def test_a_holiday_is_remembered_and_the_next_morning_is_not_a_name():
    s = "The boy was found on Thanksgiving Day."
    assert remember(s, find_dates(s, PUB), ("", "", "")) == ("2023-11-23", "2023-11", "2023")
    s = "He appeared in court the next morning."
    before = ("2024-03-09", "2024-03", "2024")
    assert remember(s, find_dates(s, PUB, "", before), before) == before


def test_ahead_of_the_weekend_reads_a_day_named_long_before_as_stale():
    s = "Traders squared positions ahead of the weekend."
    (d,) = find_dates(s, PUB, "", ("2022-07-31", "2022-07", "2022"))  # PUB: Friday 14 June
    assert d.timex == "2024-W24-WE"
