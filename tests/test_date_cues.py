"""The cue-word gate of the date patterns: it may skip a pattern only where the pattern
would find nothing, so gated and ungated reading agree on every sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import lexicon
from consistency.normalize import dates
from consistency.normalize.date_cues import Gate, words
from consistency.normalize.durations import find_durations

PUB = dt.date(2025, 6, 12)  # a Thursday

# one or more sentences for every pattern (the last test checks that each kind is covered)
SENTENCES = [
    "The council meets every Monday and files its accounts annually.",
    "The polls closed at 8 p.m. Tuesday and results came at 0735 GMT.",
    "Rescuers worked overnight and resumed Friday morning.",
    "The company posted a loss in the third quarter of 2024.",
    "Its Q3 2024 revenue beat forecasts.",
    "Sales rose in the first half, the company said.",
    "The bridge reopens next spring.",
    "Protests spread over the weekend.",
    "The band was formed in the 1980s and split in the '90s, late in the 20th century.",
    "Exports fell 3 percent from a year earlier.",
    "Sales rose 8 percent from the year-ago period.",
    "The filing, dated 2024-11-07, was amended on 2024/12/01.",
    "The ruling of 02/22/2024 was upheld on 13.5.2025.",
    "The vote is set for January 14, and the count for Oct. 2.",
    "He was sworn in on 3 March 2024.",
    "The treaty was signed on May twenty-first, 2023.",
    "The deadline is the twentieth of next month, not the 2nd of July.",
    "Talks stalled in February last year.",
    "The law took effect in mid-2024 and was amended late 2024.",
    "The merger closed in September 2024.",
    "The envoy arrives Friday next week.",
    "Votes are counted on the first Tuesday in November.",
    "The fine was paid on the 9th.",
    "He left two days ago and returns three weeks from now.",
    "She testified on Wednesday and will return next Monday.",
    "Shares fell yesterday after rising earlier this week and last month.",
    "The election was held in 2019, before the pandemic.",
    "Turnout was higher in March than in late April.",
    "Prices are now higher than in recent years, and currently rising.",
    "Officials were recently told, and the future tense was used.",
    "The plant closed in 2009 and reopened later that year.",
    "The mill was built in nineteen oh eight.",
    "Profit for the full year rose.",
    "The index fell from the previous Friday.",
    "Shops close on Christmas Day.",
    "The runoff is on 4/18, and the recount was held january 9th, 2025.",
    "The anchor said the vote is on June twenty-two.",
    "The court sits again on the twenty-second, and the jury met Friday the thirteenth.",
    "The ceasefire collapsed on Monday; fighting had resumed the day before.",
]


def _read(sentence: str):
    return [
        (d.start, d.end, d.value, d.lo, d.hi, d.frame, d.timex)
        for d in dates.find_dates(sentence, PUB)
    ]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gate_skips_only_patterns_that_find_nothing(sentence, monkeypatch):
    gated = _read(sentence)
    open_gate = Gate(dates._GATE.entries, {kind: [] for kind, _, _ in dates._GATE.entries})
    monkeypatch.setattr(dates, "_GATE", open_gate)
    assert _read(sentence) == gated


def test_every_pattern_has_a_cue_entry_and_a_sentence_here():
    cues = lexicon.table("temporal.toml")["cues"]
    kinds = [kind for kind, _, _ in dates._GATE.entries]
    assert sorted(kinds) == sorted(cues)
    for kind, pattern, _ in dates._GATE.entries:
        assert any(pattern.search(s) for s in SENTENCES), kind
        assert any(entry[0] == kind for s in SENTENCES for entry in dates._GATE.scans(s)), kind


def test_reference_and_set_phrases_have_their_cues():
    t = lexicon.table("temporal.toml")
    cue_words = {w for group in t["cues"]["ref"] for w in group}
    assert {phrase.split()[-1] for phrase in t["refs"]} <= cue_words
    set_words = {w for group in t["cues"]["set"] for w in group}
    assert {phrase.split()[0] for phrase in t["sets"]} <= set_words
    time_words = {w for group in t["cues"]["time"] for w in group}
    assert set(t["day_parts"]) - {"noon", "midnight"} <= time_words


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The flight took 3h in bad weather.", 0.125),
        ("He served a 2years sentence.", 730.5),
        ("The strike lasted four days.", 4.0),
        ("It was a three-week standoff.", 21.0),
        ("Ties go back two centuries.", 73050.0),
        ("A DECADE of growth ended.", 3652.5),
    ],
)
def test_durations_pass_the_word_gate_in_every_written_form(sentence, days):
    assert [round(d.value_days, 3) for d in find_durations(sentence)] == [days]


def test_the_sentence_words_are_kept_for_the_same_sentence_only():
    a, b = "Sales rose last year.", "Sales rose last week."
    assert words(a)[1] == ["sales", "rose", "last", "year"]
    assert words(b)[1] == ["sales", "rose", "last", "week"]
    assert words(a.lower())[1] == ["sales", "rose", "last", "year"]
