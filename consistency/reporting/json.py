"""The JSON report: a stable contract, sorted, without timestamps.

Schema version 2 (since the judgement core): a discrepancy is one fact on which sources
disagree, with every side as evidence, `sides` grouping the evidence by value (which
sources agree with which) and `majority` the value most sources give when three or more
speak and one value leads (else null). Version 1 had two sides per discrepancy and neither
field.

Each evidence says where it stands twice: `line` and `column` in the file at `path` (for a
JSON or JSONL article, inside the escaped string literal on the file's line), and `start`
and `end`, character offsets in the text of the article `article`."""

from __future__ import annotations

import json

from consistency import __version__
from consistency.model import Report, Severity
from consistency.reporting.common import RenderOptions, majority

SCHEMA_VERSION = 2


def to_dict(report: Report, min_severity: Severity = Severity.INFO) -> dict:
    findings = [f for f in report.findings if f.severity.rank >= min_severity.rank]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "consistency", "version": __version__},
        "articles": [
            {
                "id": a.article_id,
                "path": a.path,
                "source": a.source,
                "published": a.published,
                "published_origin": a.published_origin,
                "story": a.story,
            }
            for a in report.articles
        ],
        "discrepancies": [
            {
                "id": f.id,
                "rule": f.rule,
                "name": f.name,
                "severity": str(f.severity),
                "message": f.message,
                "story": f.story,
                "evidence": [
                    {
                        "article": e.article,
                        "path": e.path,
                        "source": e.source,
                        "sentence": e.sentence,
                        "text": e.text,
                        "start": e.start,
                        "end": e.end,
                        "line": e.line,
                        "column": e.column,
                        "value": e.value,
                    }
                    for e in f.evidence
                ],
                "sides": sides(f),
                "majority": majority(f),
            }
            for f in findings
        ],
        "errors": ([report.failure] if report.failure else []) + [str(e) for e in report.errors],
        "summary": summary(report, findings),
    } | ({"failure": report.failure} if report.failure else {})


def sides(f) -> list[dict]:
    """The evidence grouped by value, in the order values first appear."""
    out: dict[str, dict] = {}
    for e in f.evidence:
        side = out.setdefault(
            e.value, {"value": e.value, "text": e.text, "sources": [], "articles": []}
        )
        if e.source not in side["sources"]:
            side["sources"].append(e.source)
        side["articles"].append(e.article)
    return list(out.values())


def summary(report: Report, findings) -> dict:
    counts = {s.value: 0 for s in Severity}
    for f in findings:
        counts[f.severity.value] += 1
    return {
        "articles": len(report.articles),
        "findings": counts,
        "input_errors": len(report.errors),
        "hidden": {
            "baseline": report.baselined,
            "suppressed": report.suppressed,
            "unrelated": report.unrelated,
        },
    }


def render(report: Report, opts: RenderOptions) -> str:
    doc = to_dict(report, opts.min_severity)
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
