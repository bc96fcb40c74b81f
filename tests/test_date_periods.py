"""Temporal expressions at their own granularity: quarters, halves, seasons, weekends,
decades, centuries, months without a day, times of day, sets and references (issue 17)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.model import Article
from consistency.normalize import normalize
from consistency.normalize.dates import find_dates

THU = dt.date(2024, 10, 24)  # a Thursday in the fourth quarter


def _t(sentence, pub=THU):
    """(text, TimeML value, frame) of each mention."""
    return [(sentence[d.start : d.end], d.timex, d.frame) for d in find_dates(sentence, pub)]


def _v(sentence, pub=THU):
    return [(sentence[d.start : d.end], d.timex) for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank posted a third-quarter loss.", [("a third-quarter", "2024-Q3")]),
        ("Profit rose in the fourth quarter of 2022.", [("the fourth quarter of 2022", "2022-Q4")]),
        ("Sales will slow in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),
        ("Earnings fell in the quarter.", [("the quarter", "2024-Q3")]),
        ("Revenue rose from the year-ago quarter.", [("the year-ago quarter", "2023-Q3")]),
        ("Sales fell in the first half of 2023.", [("the first half of 2023", "2023-H1")]),
        (
            "Net income rose in the second quarter, up from a year earlier.",
            [("the second quarter", "2024-Q2"), ("a year earlier", "2023-Q2")],
        ),
        ("Exports fell from a year earlier.", [("a year earlier", "2023")]),
        # "first two" and "last" before the unit are a half too
        (
            "Demand may lag in the first two quarters of 2025.",
            [("the first two quarters of 2025", "2025-H1")],
        ),
        ("Margins shrank in the last half of 2022.", [("the last half of 2022", "2022-H2")]),
        ("Sales rose in the first three quarters of 2023.", [("2023", "2023")]),
        ("Third-quarter sales dropped 11%.", [("Third-quarter", "2024-Q3")]),
    ],
)
def test_quarters_and_halves(sentence, expected):
    assert _v(sentence) == expected


def test_a_quarter_of_the_shares_is_no_date():
    assert _v("A quarter of the shares changed hands.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Talks began last fall.", [("last fall", "2023-FA")]),
        ("The plant opens next spring.", [("next spring", "2025-SP")]),
        ("Flooding hit the region in the winter of 2019.", [("the winter of 2019", "2019-WI")]),
        ("He was jailed in the 1960s.", [("the 1960s", "196X")]),
        ("The temple dates from the 11th century.", [("the 11th century", "10")]),
        # on a Thursday, what traders act ahead of is the weekend to come
        ("Traders squared positions ahead of the weekend.", [("the weekend", "2024-W43-WE")]),
        ("The summit ends this weekend.", [("this weekend", "2024-W43-WE")]),
    ],
)
def test_seasons_weekends_decades_centuries(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In March, the company was sold.", [("In March", "2024-03")]),
        ("He was rescued last November.", [("last November", "2023-11")]),
        ("The law will take effect in January.", [("in January", "2025-01")]),
        ("Prices peaked in late September.", [("late September", "2024-09")]),
    ],
)
def test_months_without_a_day(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month a few months ahead is the coming one, unless its clause tells of the past
        ("The chairman, who resigned as chief executive in January, died.", "2024-01"),
        ("In January, the board brought in a new chief executive.", "2024-01"),
        (
            "The mayor switched the city from a fiscal year to a calendar year in December.",
            "2023-12",
        ),
        # a past verb before an infinitive, a verb of the present, a preposition looking ahead
        ("The regulator decided to approve the merger in January.", "2025-01"),
        ("The talks, which are meant to end in January, stalled.", "2025-01"),
        ("The ministry gave the firm until mid-January to respond.", "2025-01"),
        ("The plant opens in January, officials said.", "2025-01"),
    ],
)
def test_a_month_ahead_is_the_last_one_when_its_clause_is_past(sentence, expected):
    assert [v for _, v in _v(sentence)] == [expected]


def test_may_and_march_alone_are_words():
    assert _v("Officials may march on the capital.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast occurred at about 10:35 a.m. Tuesday.", [("Tuesday", "2024-10-22T10:35")]),
        ("Ministers met Tuesday morning.", [("Tuesday", "2024-10-22TMO")]),
        ("The vote is expected tonight.", [("tonight", "2024-10-24TNI")]),
        ("Trading halted at noon.", [("noon", "2024-10-24T12:00")]),
    ],
)
def test_times_of_day_stay_on_their_day(sentence, expected):
    assert _v(sentence) == expected


def test_a_clock_time_without_a_day_is_never_compared():
    (d,) = find_dates("Polls close at 8 p.m.", THU)
    assert (d.lo, d.hi, d.frame) == (None, None, "time")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council meets every Monday.", [("every Monday", "XXXX-WXX-1", "set")]),
        ("The report is published annually.", [("annually", "P1Y", "set")]),
        ("Prices are now higher.", [("now", "PRESENT_REF", "ref")]),
        ("The firm currently employs 300 people.", [("currently", "PRESENT_REF", "ref")]),
        ("A recently announced venture failed.", [("recently", "PAST_REF", "ref")]),
        ("More cuts may come in the near future.", [("the near future", "FUTURE_REF", "ref")]),
    ],
)
def test_sets_and_references(sentence, expected):
    assert _t(sentence) == expected


def test_sets_and_references_have_no_value_or_interval():
    for d in find_dates("Prices are now higher and rise every week.", THU):
        assert (d.value, d.lo, d.hi) == ("", None, None)


def test_the_past_of_a_duration_is_no_reference():
    assert _v("Sales rose over the past three years.") == []


def test_periods_placed_by_a_guessed_year_are_not_compared():
    """A quarter, month or season without a year is read but has no interval, so the
    date rule never sets it against another date."""
    for sentence in (
        "Earnings fell in the quarter.",
        "Talks began last fall.",
        "In March, it closed.",
    ):
        (d,) = find_dates(sentence, THU)
        assert d.value and d.lo is None and d.hi is None


def test_an_explicit_year_is_compared_by_overlap():
    (d,) = find_dates("Profit rose in the fourth quarter of 2022.", THU)
    assert (d.lo, d.hi) == (dt.date(2022, 10, 1), dt.date(2022, 12, 31))


def test_references_and_sets_are_never_aligned_with_dates():
    """Claims of sets and references carry no value, so they are blocked out of alignment."""
    article = Article(
        article_id="a",
        text="Prices are now higher. The board meets every Monday.",
        source="s",
        published="2024-10-24",
        path="a.txt",
        story="s",
    )
    dates = [c for c in normalize([article]) if c.kind == "date"]
    assert [(c.value_text, c.value, c.frame, c.lo) for c in dates] == [
        ("now", "", "ref", None),
        ("every Monday", "", "set", None),
    ]


def test_a_quarter_just_ended_is_the_one_whose_results_are_to_come():
    pub = dt.date(2024, 10, 24)
    assert _v("The firm said third-quarter profit will fall.", pub) == [
        ("third-quarter", "2024-Q3")
    ]
    assert _v("Sales will rise in the second quarter.", pub) == [("the second quarter", "2025-Q2")]


def test_future_as_an_adjective_is_no_reference():
    assert _t("Future talks were cancelled.") == []
    assert _t("Prices may fall in the future.") == [("the future", "FUTURE_REF", "ref")]


def test_a_clock_time_on_a_written_date_and_a_part_of_day_before_its_day():
    pub = dt.date(2024, 10, 24)
    assert _v("Bids are due by 5 p.m. EST, Nov. 8.", pub) == [("Nov. 8", "2024-11-08T17:00")]
    assert _v("Shares slid in mid-afternoon yesterday.", pub) == [
        ("mid-afternoon yesterday", "2024-10-23TAF")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Revenue rose in Q3 2022, the company said.", [("Q3 2022", "2022-Q3")]),
        ("Its 3Q22 margin was the best in years.", [("3Q22", "2022-Q3")]),
        ("Guidance for Q1'23 was cut.", [("Q1'23", "2023-Q1")]),
        ("Profit fell in Q3 of 2021.", [("Q3 of 2021", "2021-Q3")]),
        ("Sales will slow in Q4.", [("Q4", "2024-Q4")]),
        ("The Q400 turboprop and the Q-tip are no quarters.", []),
    ],
)
def test_quarters_written_as_codes(sentence, expected):
    assert _v(sentence) == expected


def test_a_quarter_without_a_year_or_a_publication_date_keeps_its_quarter():
    assert _v("Earnings rose in Q2 and fell in the third quarter.", pub=None) == [
        ("Q2", "XXXX-Q2"),
        ("the third quarter", "XXXX-Q3"),
    ]
    assert all(d.lo is None for d in find_dates("Earnings rose in Q2.", None))
