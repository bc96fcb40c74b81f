"""Days as news writes them without digits (issue 17): a month and a day said as a count
("May twenty-one"), a day of the month by its ordinal word ("on the fifteenth", "Friday the
thirteenth"), "the day before" and "the day after" ending their clause, and the vague
"a month ago" read as the span it means, never as a duration."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.api import check_articles
from consistency.config import Config
from consistency.model import Article
from consistency.normalize.dates import find_dates
from consistency.normalize.durations import find_durations
from tests.helpers import article

PUB = dt.date(2024, 6, 14)  # a Friday


def _v(sentence, pub=PUB, named=("", "", "")):
    return [(sentence[d.start : d.end], d.timex) for d in find_dates(sentence, pub, "", named)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The anchor said the vote is on June twenty-two.", [("June twenty-two", "2024-06-22")]),
        ("The state funeral will be held July five.", [("July five", "2024-07-05")]),
        ("He was born on May twenty one, 1990.", [("May twenty one, 1990", "1990-05-21")]),
        ("Polls opened April thirty, officials said.", [("April thirty", "2024-04-30")]),
        # the ordinal, as before
        ("The treaty was signed on May twenty-first.", [("May twenty-first", "2024-05-21")]),
    ],
)
def test_a_month_and_a_day_said_as_a_count(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In May twenty-one people died in the clashes.",
        "The toll for May: twenty-one.",
        "Deaths fell in April and in May twenty-one.",
        "The archive dates from May nineteen ninety.",  # a year
        "June thirty-one is no day.",
        "May twenty percent of voters stay home?",
    ],
)
def test_a_count_after_a_month_is_no_day(sentence):
    assert [x for x in _v(sentence) if x[1].count("-") == 2] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The payment fell due on the fifteenth.", [("the fifteenth", "2024-05-15")]),
        ("The board will meet again on the twenty-second.", [("the twenty-second", "2024-06-22")]),
        ("Rent was paid by the twentieth, the landlord said.", [("the twentieth", "2024-05-20")]),
        # a weekday names the month: the nearest whose thirteenth is a Friday
        ("The blast happened on Friday the thirteenth.", [("Friday the thirteenth", "2023-10-13")]),
        ("The fair will open Sunday the thirtieth.", [("Sunday the thirtieth", "2024-06-30")]),
        ("It was Friday the 13th, and the market fell.", [("Friday the 13th", "2023-10-13")]),
    ],
)
def test_a_day_of_the_month_by_its_ordinal_word(sentence, expected):
    assert _v(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She won the title for the second time.",
        "He pleaded the fifth.",
        "The runner finished the second.",
        "The Cubs scored in the eleventh.",  # an inning
        "The church dates from the fifteenth century.",
        "Unemployment rose for the twentieth straight month.",
        "The city is the twentieth, by population.",
    ],
)
def test_an_ordinal_alone_is_no_day(sentence):
    assert [x for x in _v(sentence) if "the" in x[0]] == []


def test_the_twenty_second_of_a_month_is_no_duration():
    assert find_durations("The board will meet again on the twenty-second.") == []
    assert find_durations("The court adjourned until the twenty second.") == []
    # a count of seconds stays one
    (clip,) = find_durations("The network ran a twenty-second clip.")
    assert clip.value_days * 86400 == pytest.approx(20)
    (ad,) = find_durations("Viewers saw the twenty-second ad twice.")
    assert ad.value_days * 86400 == pytest.approx(20)


@pytest.mark.parametrize(
    ("sentence", "named", "expected"),
    [
        ("Rebels shelled the town the day before.", ("", "", ""), "2024-06-13"),
        ("He resigned the day after, aides said.", ("2024-03-04", "2024-03", "2024"), "2024-03-05"),
        (
            "Crowds had gathered the night before.",
            ("2024-03-04", "2024-03", "2024"),
            "2024-03-03TNI",
        ),
    ],
)
def test_the_day_before_or_after_ending_its_clause(sentence, named, expected):
    (d,) = find_dates(sentence, PUB, "", named)
    assert d.timex == expected
    assert d.lo is None and d.hi is None  # a reading of the text, never compared


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters queued the day before the election.",  # read against the election
        "She flew home the day after he died.",
        "The day before yesterday was quiet.",  # its own phrase
    ],
)
def test_the_day_before_an_event_is_not_read_against_the_last_day(sentence):
    assert all(not d.timex.startswith("2024-06-13T") for d in find_dates(sentence, PUB))
    assert all(sentence[d.start : d.end] != "the day before" for d in find_dates(sentence, PUB))


@pytest.mark.parametrize(
    ("sentence", "lo", "hi", "value"),
    [
        ("The mayor resigned a month ago.", "2024-04-29", "2024-05-30", "2024-05"),
        ('"We met two years ago," the minister said.', "2021-12-14", "2022-12-14", "2022"),
        ("The talks began a few days ago.", "2024-06-10", "2024-06-12", ""),
        ("The plant closed a few months ago.", "2024-01-29", "2024-04-29", ""),
    ],
)
def test_a_vague_time_ago_is_the_span_it_means(sentence, lo, hi, value):
    """Resolved against the publication date, inside a quotation too, as a span: "a month
    ago" is no exact day, so an outlet's "on May 20" never contradicts it."""
    (d,) = find_dates(sentence, PUB)
    assert (d.lo.isoformat(), d.hi.isoformat()) == (lo, hi)
    if value:
        assert d.value == value
    assert find_durations(sentence) == []


def _article(i: int, text: str) -> Article:
    return article(i, text, "2024-06-14")


def test_a_month_ago_contradicts_no_duration_and_no_day_inside_its_span():
    arts = [
        _article(0, "The strike at the port began a month ago, union leaders said."),
        _article(1, "The strike at the port has lasted three weeks, union leaders said."),
        _article(2, "The strike at the port began on May 20, union leaders said."),
    ]
    report = check_articles(arts, Config())
    assert [f.rule for f in report.findings if f.rule.startswith(("DUR", "DAT"))] == []
