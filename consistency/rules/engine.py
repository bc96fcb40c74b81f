"""Run the selected rules over aligned pairs, turn hits into findings with evidence, and
merge the findings about one fact into one finding with every side.

Severity follows the evidence: a rule's hit may say how strong it is (a minimal pair is
stronger than an aligned paraphrase); a severity the configuration sets for a rule wins.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from consistency.model import Article, Claim, Evidence, Finding, Pair, RuleOptions, Severity
from consistency.partition import Partition
from consistency.rules.base import EXCLUSIVE_ROUTES, Rule


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


def fingerprint(code: str, subject: str, sides: tuple[Evidence, ...]) -> str:
    """A finding id ("NUM001-3f2a…"): the rule code, then a hash of rule, subject, articles
    and normalized values; no positions, so reformatting an article does not change it."""
    parts = [code, subject.lower()]
    parts += sorted(f"{e.article}={e.value}|{e.text.lower()}" for e in sides)
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"{code}-{digest}"


def run_rules(
    pairs: list[Pair],
    articles: dict[str, Article],
    rules: list[tuple[Rule, Severity]],
    opts: RuleOptions,
    fixed: frozenset[str] = frozenset(),
) -> tuple[list[Finding], list[str]]:
    """Return sorted findings, and one message per rule that crashed on a pair. `fixed` are
    the codes whose severity the configuration sets."""
    findings: dict[str, Finding] = {}
    problems: list[str] = []
    by_kind: dict[str, list[tuple[Rule, Severity]]] = {}
    for rule, sev in rules:
        for k in rule.kinds:
            by_kind.setdefault(k, []).append((rule, sev))
    for pair in pairs:
        for rule, sev in by_kind.get(pair.a.kind, []):
            if (pair.route not in rule.routes) if rule.routes else (pair.route in EXCLUSIVE_ROUTES):
                continue  # a route read only by the rules that name it
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
            if hit.sides:
                sides = sorted(hit.sides, key=lambda c: (c.article_id, c.start))
            cited = tuple(evidence(c, articles[c.article_id]) for c in sides)
            fid = fingerprint(rule.code, hit.subject, cited)
            if fid in findings:
                continue
            findings[fid] = Finding(
                id=fid,
                rule=rule.code,
                name=rule.name,
                severity=hit.severity if hit.severity and rule.code not in fixed else sev,
                message=hit.message,
                story=pair.story,
                subject=hit.subject,
                evidence=cited,
            )
    return sorted(merge(one_per_sentences(list(findings.values()))), key=finding_order), problems


def one_per_sentences(findings: list[Finding]) -> list[Finding]:
    """One finding of a rule per set of sentences: when a minimal pair and an aligned claim
    pair of the same sentences say the same thing, the stronger stays."""
    best: dict[tuple, Finding] = {}
    for f in sorted(findings, key=lambda f: (-f.severity.rank, f.id)):
        key = (f.rule, f.story, frozenset((e.article, e.sentence) for e in f.evidence))
        best.setdefault(key, f)
    return list(best.values())


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per fact: findings of one rule in one story that share a side are merged,
    with every side, the values grouped by the sources that give them."""
    sets = Partition()
    for f in findings:
        ids = [f"{f.rule}|{f.story}|{e.claim_id}" for e in f.evidence]
        for other in ids[1:]:
            sets.union(ids[0], other)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[sets.find(f"{f.rule}|{f.story}|{f.evidence[0].claim_id}")].append(f)
    return [m[0] if len(m) == 1 else _merged(m) for m in groups.values()]


def _merged(members: list[Finding]) -> Finding:
    members = sorted(members, key=lambda f: (-f.severity.rank, f.id))
    first = members[0]
    sides: dict[str, Evidence] = {}
    for f in members:
        for e in f.evidence:
            sides.setdefault(e.claim_id, e)
    evidence = tuple(sorted(sides.values(), key=lambda e: (e.article, e.start)))
    by_value: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    for e in evidence:
        sources = by_value.setdefault(e.value, [])
        if (e.source or e.article) not in sources:
            sources.append(e.source or e.article)
        texts.setdefault(e.value, e.text)
    what = first.message.split(":", 1)[0]
    sides_text = " vs ".join(f"'{texts[v]}' ({', '.join(s)})" for v, s in by_value.items())
    tail = first.message.rsplit(") for ", 1)  # what the first message says it is about
    about = f" for {tail[1]}" if len(tail) == 2 else ""
    return Finding(
        id=fingerprint(first.rule, first.subject, evidence),
        rule=first.rule,
        name=first.name,
        severity=first.severity,
        message=f"{what}: {sides_text}{about}",
        story=first.story,
        subject=first.subject,
        evidence=evidence,
    )


def finding_order(f: Finding) -> tuple:
    """The order of findings in every report: story, most severe first, rule, position."""
    return (f.story, -f.severity.rank, f.rule, f.evidence[0].article, f.evidence[0].start, f.id)
