"""The library entry points: load -> normalize -> align -> rules -> gate, as one call."""

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
    suppressed: int = 0  # silenced by inline suppressions
    unrelated: int = 0  # left out: no changed article takes part
    baselined: int = 0  # hidden by the baseline


@dataclass
class Gate:
    """What a CI run reports: only findings with a changed article (when `changed` is
    given, as resolved paths), not in the baseline, not suppressed inline."""

    changed: set[str] | None = None
    baseline: object = None  # a consistency.baseline.Baseline
    inline_suppressions: bool = True


def _normalize(articles: list[Article], config: Config, notes: list[str]) -> list[Claim]:
    if not config.cache:
        return normalize(articles, notes)
    from consistency.cache import ClaimCache, article_key
    from consistency.config import fingerprint

    cache = ClaimCache.open(config.cache, notes)
    if cache is None:
        return normalize(articles, notes)
    try:
        chash = fingerprint(config)
        keys = {a.article_id: article_key(a, chash) for a in articles}
        hits = cache.get(list(keys.values()))
        fresh = []
        out: list[Claim] = []
        for a in articles:
            key = keys[a.article_id]
            if key in hits:
                claims, old_notes = hits[key]
                notes.extend(old_notes)
            else:
                mine: list[str] = []
                claims = normalize([a], mine)
                notes.extend(mine)
                fresh.append((key, claims, mine))
            out.extend(claims)
        cache.put_many(fresh)
        return out
    finally:
        cache.close()


def check_articles(
    articles: list[Article], config: Config | None = None, gate: Gate | None = None
) -> Report:
    """Check already loaded articles."""
    config = config or Config()
    gate = gate or Gate(inline_suppressions=config.inline_suppressions)
    if gate.changed is not None:
        # only the stories a changed article belongs to; each still against its whole story
        stories = {a.story for a in articles if _resolved(a.path) in gate.changed}
        articles = [a for a in articles if a.story in stories]
    notes: list[str] = []
    claims = _normalize(articles, config, notes)
    story_of = {a.article_id: a.story for a in articles}
    pairs = align(claims, story_of, config.align)
    rules = config.rules()
    by_id = {a.article_id: a for a in articles}
    findings, problems = run_rules(pairs, by_id, rules, config.tolerances)
    report = Report(
        articles=sorted(articles, key=lambda a: (a.story, a.article_id)),
        claims=claims,
        pairs=pairs,
        problems=problems,
        rules=rules,
        warnings=notes,
    )
    if gate.inline_suppressions:
        from consistency import suppress

        findings, report.suppressed, unused, bad = suppress.apply(findings, articles)
        report.warnings.extend(unused)
        report.errors.extend(bad)
    from consistency import gate as gating

    report.findings, report.unrelated, report.baselined = gating.apply(
        findings, changed=gate.changed, baseline=gate.baseline
    )
    return report


def _resolved(path: str) -> str:
    import os

    return os.path.realpath(path)


def check(paths: list[str], config: Config | None = None, gate: Gate | None = None) -> Report:
    """Load every article under `paths` and check each story for contradictions."""
    loaded = load_articles(paths)
    report = check_articles(loaded.articles, config, gate)
    report.errors = loaded.errors + report.errors
    report.warnings = loaded.warnings + report.warnings
    return report
