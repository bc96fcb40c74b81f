"""Run the selected rules over aligned pairs and turn hits into findings with evidence."""

from __future__ import annotations

import hashlib

from consistency.model import Article, Claim, Evidence, Finding, Pair, RuleOptions, Severity
from consistency.rules.base import Rule


def evidence(claim: Claim, article: Article) -> Evidence:
    return Evidence(
        article=claim.article_id,
        path=article.path,
        source=article.source,
        published=article.published,
        sentence=claim.sentence,
        text=claim.value_text,
        start=claim.start,
        end=claim.end,
        line=claim.line,
        column=claim.column,
        value=claim.value,
        claim_id=claim.claim_id,
    )


def fingerprint(rule: Rule, subject: str, sides: list[Claim]) -> str:
    """A finding id ("NUM001-3f2a…"): the rule code, then a hash of rule, subject, articles
    and normalized values; no positions, so reformatting an article does not change it."""
    parts = [rule.code, subject.lower()]
    parts += sorted(f"{c.article_id}={c.value}|{c.value_text.lower()}" for c in sides)
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
    return f"{rule.code}-{digest}"


def run_rules(
    pairs: list[Pair],
    articles: dict[str, Article],
    rules: list[tuple[Rule, Severity]],
    opts: RuleOptions,
) -> tuple[list[Finding], list[str]]:
    """Return sorted findings, and one message per rule that crashed on a pair."""
    findings: dict[str, Finding] = {}
    problems: list[str] = []
    by_kind: dict[str, list[tuple[Rule, Severity]]] = {}
    for rule, sev in rules:
        for k in rule.kinds:
            by_kind.setdefault(k, []).append((rule, sev))
    for pair in pairs:
        for rule, sev in by_kind.get(pair.a.kind, []):
            try:
                hit = rule.check(pair, opts)
            except Exception as exc:
                problems.append(
                    f"rule {rule.code} failed on {pair.a.claim_id} / {pair.b.claim_id}: {exc!r}"
                )
                continue
            if hit is None:
                continue
            sides = sorted((pair.a, pair.b), key=lambda c: (c.article_id, c.start))
            fid = fingerprint(rule, hit.subject, sides)
            if fid in findings:
                continue
            findings[fid] = Finding(
                id=fid,
                rule=rule.code,
                name=rule.name,
                severity=sev,
                message=hit.message,
                story=pair.story,
                subject=hit.subject,
                evidence=tuple(evidence(c, articles[c.article_id]) for c in sides),
            )
    return sorted(findings.values(), key=finding_order), problems


def finding_order(f: Finding) -> tuple:
    """The order of findings in every report: story, most severe first, rule, position."""
    return (f.story, -f.severity.rank, f.rule, f.evidence[0].article, f.evidence[0].start, f.id)
