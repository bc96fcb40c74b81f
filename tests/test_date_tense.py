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
    (got,) = _v("The vote was scheduled for Tuesday.")  # "is scheduled": the coming one
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


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The firm was founded 41 years ago.", "1982"),
        ("Prices peaked two months ago.", "2023-09"),
        ("The strike began six weeks ago.", "2023-W38"),
        ("He arrived three days ago.", "2023-10-30"),
        ("Rates rose earlier this month.", "2023-11"),
        ("Rates rose earlier this year.", "2023"),
        ("The bill passed earlier this week.", "2023-W44"),
        ("More cuts are due later this year.", "2023"),
        ("She resigned last week.", "2023-10-23/2023-10-29"),
    ],
)
def test_relative_phrases_at_their_own_granularity(sentence, value):
    assert [g[1] for g in _v(sentence)] == [value]


def test_part_of_a_period_keeps_its_days_for_comparison():
    (got,) = _v("Rates rose earlier this month.")
    assert (got[2], got[3]) == (dt.date(2023, 11, 1), NOV)
    (got,) = _v("He won a seat a few years ago.")
    assert got[1] == f"{got[2].isoformat()}/{got[3].isoformat()}"  # a vague count: a range


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The summit will be held in January.", "2024-01"),
        ("The case is heard in February.", "2024-02"),
        ("Talks must conclude by March.", "2024-03"),
        ("The plant was closed in June.", "2023-06"),
        ("The firm was sold in January.", "2023-01"),
        ("Output rose in August.", "2023-08"),
    ],
)
def test_a_month_alone_a_few_months_ahead_is_the_coming_one(sentence, value):
    assert [g[1] for g in _v(sentence)] == [value]


def test_part_of_a_year_reads_as_the_year_and_keeps_its_months():
    (got,) = _v("The plant opens in early 2025.")
    assert got[1:] == ("2025", dt.date(2025, 1, 1), dt.date(2025, 4, 30))


def test_a_time_of_day_after_a_past_verb_is_on_the_last_such_day():
    sentence = "Crowds rallied Tuesday night, and the marches will go on."
    assert _v(sentence)[0][1] == "2023-10-31TNI"
    (got,) = _v("The talks were expected to resume Friday morning.")
    assert got[1] == "2023-11-03TMO"  # open: the nearer Friday


def test_a_weekday_written_with_its_date_is_one_date():
    sentence = "The paper said in an editorial on Monday, Oct. 30, that it disagreed."
    assert [g[:2] for g in _v(sentence)] == [("Monday, Oct. 30", "2023-10-30")]
    sentence = "He spoke on Monday, and on Oct. 20 he left."
    assert [g[0] for g in _v(sentence)] == ["Monday", "Oct. 20"]


def test_the_current_year_and_a_fiscal_year_never_compared():
    assert _v("The current year has been hard.")[0][1:] == (
        "2023",
        dt.date(2023, 1, 1),
        dt.date(2023, 12, 31),
    )
    assert _v("Sales fell last fiscal year.")[0][1:] == ("2022", None, None)
    assert _v("The current president spoke.")[0][1] == ""  # a reference, not a year


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials cited the 2019 report.", [("2019", "2019", None, None)]),
        ("A 1996 law tightened the embargo.", [("1996", "1996", None, None)]),
        (
            "Floods hit in 2019, 2020 and 2022.",
            [
                ("2019", "2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31)),
                ("2020", "2020", dt.date(2020, 1, 1), dt.date(2020, 12, 31)),
                ("2022", "2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
            ],
        ),
        ("The 2000 delegates voted.", []),
        # weaker cues: read, never compared; a count before a plural or "people" is no year
        ("For 2022, the utility earned $2 billion.", [("2022", "2022", None, None)]),
        ("The notes are due 2031.", [("2031", "2031", None, None)]),
        ("The city's 2024 budget was cut.", [("2024", "2024", None, None)]),
        ("It was his failed 2016 bid.", [("2016", "2016", None, None)]),
        ("The hall has seats for 1900 people.", []),
        ("The fund paid for 1850 homes.", []),
    ],
)
def test_a_year_before_a_noun_is_read_never_compared(sentence, expected):
    assert _v(sentence) == expected


def test_a_week_or_so_ago_is_read_like_a_week_ago():
    import datetime as dt

    from consistency.normalize.dates import find_dates

    s = "A week or so ago, the council picked a new chairman."
    found = [(s[d.start : d.end], d.value) for d in find_dates(s, dt.date(2024, 5, 20))]
    assert found == [("A week or so ago", "2024-W20")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The merger is scheduled to close Monday.", "2023-11-06"),
        ("The two leaders are expected to meet Monday.", "2023-11-06"),
        # in the past tense the plan may have been for the Monday gone
        ("The merger was scheduled to close Monday.", "2023-10-30"),
    ],
)
def test_a_scheduled_event_in_the_present_tense_is_ahead(sentence, value):
    assert _v(sentence)[0][1] == value


def test_a_weekday_whose_own_verb_is_past_stays_past_when_a_later_clause_looks_ahead():
    s = "The envoys issued a joint statement Friday saying the accord will hold."
    assert _v(s)[0][1] == "2023-10-27"
    assert _v("The envoys will issue a statement Friday.")[0][1] == "2023-11-03"


def test_what_something_comes_ahead_of_is_to_come():
    s = "Traders squared positions ahead of the weekend."  # a Thursday's paper
    from consistency.normalize.dates import find_dates

    (d,) = find_dates(s, NOV)
    assert d.timex == "2023-W44-WE"
    # the weekend after the day the story is about, not after publication
    (d,) = find_dates(s, dt.date(2023, 11, 6), "", ("2023-11-03", "", ""))
    assert d.timex == "2023-W44-WE"
    assert _v("Campaigning ended ahead of Sunday's vote.")[0][1] == "2023-11-05"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a time limit to come (NOV is a Thursday)
        ("The board postponed the vote until Tuesday.", "2023-11-07"),
        ("The agency has given the family until 9 a.m. Tuesday to reply.", "2023-11-07T09:00"),
        ("Officials postponed any action until Tuesday morning.", "2023-11-07TMO"),
        ("Bidders must file by Monday.", "2023-11-06"),
        # a stay that ended, and a sentence that opens on the limit, are told in the past
        ("The protesters stayed until Tuesday.", "2023-10-31"),
        ("Until Tuesday, the police had named no suspect.", "2023-10-31"),
    ],
)
def test_a_time_limit_after_until_or_by_is_to_come(sentence, value):
    got = find_dates(sentence, NOV)
    assert [d.timex for d in got] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The envoy returns two days from tomorrow.", "2023-11-05"),
        ("The ruling came three days from yesterday.", "2023-11-04"),
    ],
)
def test_a_count_of_days_from_a_day_word_counts_from_that_day(sentence, value):
    assert [d.timex for d in find_dates(sentence, NOV)] == [value]
