"""Dates read with their context: phrases that point back at the quarter an article reports
on, and a clock time kept in one sentence with its day (issue 17)."""

from __future__ import annotations

from consistency.model import Article
from consistency.normalize import normalize


def _dates(text, published="2024-11-14"):
    article = Article(
        article_id="a", text=text, source="s", published=published, path="a.txt", story="s"
    )
    return [(c.value_text, c.value, c.lo) for c in normalize([article]) if c.kind == "date"]


def test_a_year_earlier_is_the_quarter_the_story_leads_with():
    text = (
        "The retailer said its fiscal second-quarter profit rose 12 percent.\n\n"
        "Sales climbed to $4.1 billion from $3.8 billion a year earlier.\n\n"
        "In the year-ago period, the company closed 40 stores."
    )
    assert _dates(text) == [
        ("its fiscal second-quarter", "2024-Q2", None),
        ("a year earlier", "2023-Q2", None),
        ("the year-ago period", "2023-Q2", None),
    ]


def test_the_quarter_and_the_latest_period_point_back():
    text = (
        "The airline reported a third-quarter loss of $12 million.\n\n"
        "Fuel costs rose 9 percent in the quarter, after a flat second quarter.\n\n"
        "The latest period included a charge for job cuts."
    )
    got = [(t, v) for t, v, _ in _dates(text)]
    assert got == [
        ("a third-quarter", "2024-Q3"),
        ("the quarter", "2024-Q3"),
        ("second quarter", "2024-Q2"),
        ("The latest period", "2024-Q3"),
    ]


def test_other_periods_in_the_sentence_keep_the_year():
    text = (
        "The bank's third-quarter profit doubled.\n\n"
        "For the nine months, net income rose 20 percent from a year earlier."
    )
    assert _dates(text)[-1][:2] == ("a year earlier", "2023")


def test_a_forecast_quarter_is_no_anchor_and_a_month_ends_one():
    text = (
        "The steelmaker expects a loss in the third quarter of 2025.\n\n"
        "Output fell from a year earlier.\n\n"
        "The first-quarter figures were restated.\n\n"
        "Its chief executive resigned in March.\n\n"
        "Prices were higher than a year ago."
    )
    values = [(t, v) for t, v, _ in _dates(text)]
    assert ("a year earlier", "2023") in values
    assert values[-1] == ("a year ago", "2023")


def test_without_a_quarter_a_year_ago_period_is_the_year_before():
    assert _dates("Costs were lower in the year-ago period.")[0][:2] == (
        "the year-ago period",
        "2023",
    )


def test_a_clock_time_and_its_day_stay_in_one_sentence():
    from consistency.normalize.sentences import split_sentences

    text = "The offer runs until 5 p.m. EST Nov. 9. Polls close at 8 p.m. He left at 5 p.m. Police said."
    got = [text[s.start : s.end] for s in split_sentences(text, [])]
    assert got == [
        "The offer runs until 5 p.m. EST Nov. 9.",
        "Polls close at 8 p.m.",
        "He left at 5 p.m.",
        "Police said.",
    ]
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, police said."
    assert len(split_sentences(text, [])) == 1
    dates = _dates("The offer was extended until 5 p.m. EST Nov. 9.", "2024-11-02")
    assert dates[0][:2] == ("Nov. 9", "2024-11-09T17:00")


def test_a_quarter_ended_on_a_day_is_the_calendar_quarter_of_most_of_its_months():
    import datetime as dt

    from consistency.normalize.dates import find_dates

    pub = dt.date(2023, 10, 30)
    s = "In the quarter ended July 31, the retailer sold 40 stores."
    assert next((s[d.start : d.end], d.timex) for d in find_dates(s, pub)) == (
        "the quarter",
        "2023-Q2",
    )
    # with its ordinal the company's own numbering is kept
    s = "For the second quarter ended Oct. 31, the retailer lost money."
    assert next((s[d.start : d.end], d.timex) for d in find_dates(s, pub)) == (
        "the second quarter",
        "2023-Q2",
    )
