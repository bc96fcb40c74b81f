"""Tallies: a score or a vote count is read beside a word of contest, never from a range,
a name or a score at a moment of the game (consistency.normalize.tallies)."""

from __future__ import annotations

import pytest

from consistency.normalize.tallies import find_tallies


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[t.start : t.end], t.value, t.kind) for t in find_tallies(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Riverside United beat Oakmont FC 3-1 on Saturday.", [("3-1", "3-1", "score")]),
        ("Oakmont lost 1-3 at Riverside on Saturday.", [("1-3", "3-1", "score")]),
        ("The board decided in a 5-2 vote on Tuesday night.", [("5-2", "5-2", "vote")]),
        ("The Senate passed the bill 52 to 48.", [("52 to 48", "52-48", "vote")]),
        ("The court ruled 6–3 that the law stands.", [("6–3", "6-3", "vote")]),
        ("The Hawks improved to 10-2 on the season.", [("10-2", "10-2", "record")]),
        ("Central State edged Western Tech 28-24 in overtime.", [("28-24", "28-24", "score")]),
        (  # the word of contest nearest the pair names its kind
            "The Democrats secured an 11-2 victory, taking the edge in the lifetime series.",
            [("11-2", "11-2", "score")],
        ),
    ],
)
def test_tallies_beside_a_word_of_contest(sentence, expected):
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Children ages 5-11 can get the shot at the clinic after the vote.",
        "Prices rose 3-5 percent in the year the team won.",
        "It will cost $3-4 million to win the contract.",
        "The vaccine is for kids 5 to 11, the board voted.",
        "The Hawks led 2-0 at halftime on Sunday.",
        "The Hawks were beaten 2-0 at the half, then rallied.",
        "The Hawks built a 3-1 lead before the storm.",
        "The 9-11 attacks changed the city.",
        "The fire burned 10-12 acres near the stadium where the team won.",
    ],
)
def test_no_tally_in_ranges_names_or_moments(sentence):
    assert _read(sentence) == []
