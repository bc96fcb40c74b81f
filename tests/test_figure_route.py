"""The figure route: one uncommon value bounded two ways by two outlets. Sentences are
written for these tests."""

from __future__ import annotations

from consistency.model import Severity


def _num001(report) -> list[str]:
    return [
        f.message
        for f in report.findings
        if f.rule == "NUM001" and f.severity.rank >= Severity.WARNING.rank
    ]


def _routes(report) -> list[str]:
    return [p.route for p in report.pairs if p.a.kind == "quantity"]


def test_one_value_bounded_two_ways_is_flagged(story_report):
    report = story_report(
        "At most 12,500 doses have gone to waste, officials said on Friday.",
        "Clinics threw away more than 12,500 doses since March, records show.",
    )
    assert "figure" in _routes(report)
    assert _num001(report)


def test_one_value_told_alike_is_not_paired_by_value(story_report):
    report = story_report(
        "More than 12,500 flu vaccine doses in the county have gone to waste, officials said.",
        "More than 12,500 doses of flu vaccine were thrown away since March.",
    )
    assert "figure" not in _routes(report)


def test_one_value_of_two_units_is_two_facts(story_report):
    report = story_report(
        "Nearly 400 county workers have gone without pay since the budget lapsed.",
        "The county closed more than 400 roads after the storm, workers said.",
    )
    assert not _num001(report)


def test_a_small_value_pairs_nothing_by_value(story_report):
    report = story_report(
        "At least 3 flu vaccine clinics in the county closed early, officials said.",
        "Fewer than 3 flu vaccine clinics closed early, according to county records.",
    )
    assert "figure" not in _routes(report)
