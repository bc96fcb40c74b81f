"""Changes told in words (normalize.changes) and the change route that pairs them
(align.changes). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from consistency.normalize.changes import find_changes
from tests.helpers import serious


def _c(sentence: str) -> list[tuple[str, str, str]]:
    """(word, direction, measure) of each change."""
    return [(sentence[m.start : m.end], m.direction, m.measure) for m in find_changes(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Net income rose in the quarter.", [("rose", "up", "net income")]),
        ("The bank reported an increase in net income.", [("increase", "up", "net income")]),
        ("Organic sales growth slowed.", [("growth", "up", "sales")]),  # "organic" sizes it
        ("The board raised its dividend.", [("raised", "up", "dividend")]),
        ("The county cut property taxes.", [("cut", "down", "property taxes")]),
        (
            "Analysts expect consolidated sales to decrease next year.",
            [("decrease", "down", "consolidated sales")],
        ),
        ("Fuel costs for airlines fell.", [("fell", "down", "fuel costs for airlines")]),
        ("The merger weakened its balance sheet.", [("weakened", "worse", "balance sheet")]),
        ("Consumer prices in June rose 0.9%.", [("rose", "up", "consumer prices")]),
        ("The price hike in June was the largest.", [("hike", "up", "price")]),
        ("Home prices edged up in May.", [("edged", "up", "home prices")]),
    ],
)
def test_a_change_finds_its_measure(sentence, expected):
    assert _c(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor declined to comment.",
        "Last fall, the festival moved downtown.",
        "The president unveiled a plan to reduce gun violence.",
    ],
)
def test_refusals_seasons_and_aims_are_no_changes(sentence):
    assert _c(sentence) == []


def test_a_figure_and_a_base_are_kept():
    (m,) = find_changes("Revenue rose 5% compared with a year earlier.")
    assert m.figure and m.base == "year"
    (m,) = find_changes("Net orders increased quarter-over-quarter.")
    assert not m.figure and m.base == "quarter"


def test_a_change_after_a_modal_is_to_come():
    (m,) = find_changes("Economists said the jobless rate would likely drop in May.")
    assert m.modal
    (m,) = find_changes("The jobless rate dropped in May.")
    assert not m.modal


def _chg001(story_report, *texts):
    return serious(story_report(*texts), "CHG001")


def test_one_measure_moved_both_ways_by_two_outlets_is_flagged(story_report):
    found = _chg001(
        story_report,
        "The Harlow school district said enrollment at its charter schools declined this fall.",
        "Enrollment at Harlow charter schools increased this fall, the school district said.",
    )
    assert found and "enrollment" in found[0].message


def test_different_measures_with_one_head_are_not_paired(story_report):
    assert not _chg001(
        story_report,
        "The Harlow school district said enrollment at its charter schools declined this fall.",
        "Enrollment at Harlow private academies increased this fall, the school district said.",
    )
