"""The figure route: one uncommon value bounded two ways by two outlets. Sentences are
written for these tests."""

from __future__ import annotations

from consistency.api import check_articles
from consistency.model import Article, Severity


def _art(i: int, text: str) -> Article:
    return Article(
        article_id=f"a{i}",
        path=f"a{i}.md",
        text=text,
        story="s",
        source=f"Outlet{i}",
        published="2024-05-10",
        published_origin="metadata",
    )


def _num001(*texts: str) -> list[str]:
    report = check_articles([_art(i, t) for i, t in enumerate(texts)])
    return [
        f.message
        for f in report.findings
        if f.rule == "NUM001" and f.severity.rank >= Severity.WARNING.rank
    ]


def _routes(*texts: str) -> list[str]:
    report = check_articles([_art(i, t) for i, t in enumerate(texts)])
    return [p.route for p in report.pairs if p.a.kind == "quantity"]


def test_one_value_bounded_two_ways_is_flagged():
    texts = (
        "At most 12,500 doses have gone to waste, officials said on Friday.",
        "Clinics threw away more than 12,500 doses since March, records show.",
    )
    assert "figure" in _routes(*texts)
    assert _num001(*texts)


def test_one_value_told_alike_is_not_paired_by_value():
    assert "figure" not in _routes(
        "More than 12,500 flu vaccine doses in the county have gone to waste, officials said.",
        "More than 12,500 doses of flu vaccine were thrown away since March.",
    )


def test_one_value_of_two_units_is_two_facts():
    assert not _num001(
        "Nearly 400 county workers have gone without pay since the budget lapsed.",
        "The county closed more than 400 roads after the storm, workers said.",
    )


def test_a_small_value_pairs_nothing_by_value():
    assert "figure" not in _routes(
        "At least 3 flu vaccine clinics in the county closed early, officials said.",
        "Fewer than 3 flu vaccine clinics closed early, according to county records.",
    )
