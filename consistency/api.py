"""The library entry points: load -> normalize -> align -> rules, as one call."""

from __future__ import annotations

from dataclasses import dataclass, field

from consistency.align import Pair, align
from consistency.config import Config
from consistency.engine import run_rules
from consistency.errors import InputError
from consistency.load import load_articles
from consistency.model import Article, Claim, Finding
from consistency.normalize import normalize


@dataclass
class Report:
    """Everything a run produced; the only input of every renderer."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rules: list = field(default_factory=list)


def check_articles(articles: list[Article], config: Config | None = None) -> Report:
    """Check already loaded articles."""
    config = config or Config()
    notes: list[str] = []
    claims = normalize(articles, notes)
    story_of = {a.article_id: a.story for a in articles}
    pairs = align(claims, story_of, config.align)
    rules = config.rules()
    by_id = {a.article_id: a for a in articles}
    findings, problems = run_rules(pairs, by_id, rules, config.tolerances)
    return Report(
        articles=sorted(articles, key=lambda a: (a.story, a.article_id)),
        claims=claims,
        pairs=pairs,
        findings=findings,
        problems=problems,
        rules=rules,
        warnings=notes,
    )


def check(paths: list[str], config: Config | None = None) -> Report:
    """Load every article under `paths` and check each story for contradictions."""
    loaded = load_articles(paths)
    report = check_articles(loaded.articles, config)
    report.errors = loaded.errors
    report.warnings = loaded.warnings + report.warnings
    return report
