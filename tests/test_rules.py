"""Every rule's own cases, run through the whole pipeline with only that rule selected."""

from __future__ import annotations

import re

import pytest

from consistency.api import check_articles
from consistency.config import Config
from consistency.model import Article
from consistency.rules import ALL_RULES

SECTIONS = ("Contradiction:", "Consistent:", "Why it matters:", "Known limits:")


def _articles(case) -> list[Article]:
    out = []
    for i, item in enumerate(case["articles"]):
        item = {"text": item} if isinstance(item, str) else item
        out.append(
            Article(
                article_id=f"a{i}",
                path=f"a{i}.txt",
                text=item["text"],
                story="case",
                source=f"outlet-{i}",
                published=item.get("published", "2024-05-16"),
                published_origin="metadata",
            )
        )
    return out


CASES = [(r, i, c) for r in ALL_RULES for i, c in enumerate(r.cases)]


@pytest.mark.parametrize(
    ("rule", "n", "case"), CASES, ids=[f"{r.code}-{i}-{c['expect']}" for r, i, c in CASES]
)
def test_rule_case(rule, n, case):
    report = check_articles(_articles(case), Config(select=(rule.code,)))
    found = [f for f in report.findings if f.rule == rule.code]
    if case["expect"] == "contradiction":
        assert found, f"{rule.code} missed case {n}"
        assert all(len(f.evidence) == 2 for f in found)
        if "severity" in case:  # a case may say how strongly the rule speaks
            assert {f.severity.name.lower() for f in found} == {case["severity"]}
    else:
        assert not found, [f.message for f in found]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_has_cases_and_docs(rule):
    expects = {c["expect"] for c in rule.cases}
    assert {"contradiction", "consistent"} <= expects, f"{rule.code} needs both kinds of case"
    positions = [rule.doc.find(s) for s in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.code} docstring lacks a section"
    assert positions == sorted(positions)
    assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)


def test_codes_and_names_unique():
    assert len({r.code for r in ALL_RULES}) == len(ALL_RULES)
    assert len({r.name for r in ALL_RULES}) == len(ALL_RULES)


def test_rule_module_names_start_with_code():
    import importlib

    for r in ALL_RULES:
        module = importlib.import_module(r.check.__module__)
        assert module.__name__.rsplit(".", 1)[1].startswith(r.code.lower())


def test_a_route_one_rule_claims_is_read_by_that_rule_alone():
    """A killed count beside an injured count (the casualty route) is no number mismatch."""
    texts = [
        "Flash flooding along the Merrow River killed nine people on Saturday.",
        "Saturday's flash flooding along the Merrow River left 30 residents injured.",
    ]
    assert check_articles(_articles({"articles": texts}), Config()).findings == []
