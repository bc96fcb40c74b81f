"""The seed story's gold discrepancies (tests/gold_seed.json, copied from the shared gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.model import Severity

GOLD = json.loads((Path(__file__).parent / "gold_seed.json").read_text(encoding="utf-8"))
RANK = {"info": 0, "warning": 1, "error": 2}


def _fold(s: str) -> str:
    return s.lower().replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


def _hit(side, strings, spans: bool) -> bool:
    sentence = _fold(side.sentence)
    if not spans:
        return any(s in sentence for s in strings)
    # the claim span itself must lie in (or overlap) the evidence string
    offset = _fold(side.sentence).find(_fold(side.text))
    for s in strings:
        i = sentence.find(s)
        while i >= 0:
            if offset >= 0 and i < offset + len(side.text) and offset < i + len(s):
                return True
            i = sentence.find(s, i + 1)
    return False


def _matches(finding, item, *, spans: bool = False) -> bool:
    """gold.json: one evidence sentence contains an evidence string of one article and the
    other contains one of another article.

    With `spans`, the claim spans must also overlap those strings. The consistent items use
    it: a sentence can carry two facts (Gor's title and the meeting next month), and a
    finding about one of them does not flag the other."""
    ev = {Path(k).stem: [_fold(x) for x in v] for k, v in item["evidence"].items()}
    sides = finding.evidence
    if len(sides) < 2:
        return False
    for i, a in enumerate(sides):
        for b in sides[i + 1 :]:
            for art_a, strings_a in ev.items():
                for art_b, strings_b in ev.items():
                    if art_a == art_b:
                        continue
                    if (
                        a.article == art_a
                        and b.article == art_b
                        and _hit(a, strings_a, spans)
                        and _hit(b, strings_b, spans)
                    ):
                        return True
    return False


@pytest.mark.parametrize(
    "item", [d for d in GOLD["discrepancies"] if d["must"] == "flag"], ids=lambda d: d["id"]
)
def test_must_flag(seed_report, item):
    hits = [f for f in seed_report.findings if _matches(f, item)]
    assert hits, f"{item['id']} not found: {item['why']}"
    best = max(f.severity.rank for f in hits)
    assert best >= RANK[item["min_severity"]], [(f.rule, f.severity) for f in hits]


@pytest.mark.parametrize(
    "item", [d for d in GOLD["discrepancies"] if "max_severity" in d], ids=lambda d: d["id"]
)
def test_at_most(seed_report, item):
    for f in seed_report.findings:
        if _matches(f, item):
            assert f.severity.rank <= RANK[item["max_severity"]], (f.rule, f.message)


@pytest.mark.parametrize("item", GOLD["consistent"], ids=lambda d: d["id"])
def test_consistent_not_flagged(seed_report, item):
    for f in seed_report.findings:
        if f.severity.rank >= Severity.WARNING.rank:
            assert not _matches(f, item, spans=True), (
                f"{item['id']} flagged by {f.rule}: {f.message}"
            )


def test_no_input_errors(seed_report):
    assert not seed_report.errors
    assert not seed_report.problems
