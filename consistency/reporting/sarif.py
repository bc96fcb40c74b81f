"""SARIF 2.1.0 as GitHub code scanning reads it.

The driver lists every rule (short and full description, Markdown help, default level).
Each result sits in the article being checked (the newest side) with a relative URI and a
full region; the other sides are relatedLocations; partialFingerprints carry the finding's
fingerprint, which does not move when an article is reformatted.
"""

from __future__ import annotations

import json

from consistency import __version__
from consistency.model import Evidence, Report, Severity
from consistency.reporting.common import RenderOptions, end_of, others, primary, shown

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/consistency-checker/consistency"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A relative URI reference (RFC 3986): spaces, '#', '?', '%' and the rest encoded."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/").removeprefix("./"), safe="/-._~!$&'()*+,;=:@")


def _location(e: Evidence) -> dict:
    end_line, end_col = end_of(e)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(e.path), "uriBaseId": "%SRCROOT%"},
            "region": {
                "startLine": e.line,
                "startColumn": e.column,
                "endLine": end_line,
                "endColumn": end_col,
                "charOffset": e.start,
                "charLength": e.end - e.start,
                "snippet": {"text": e.text},
            },
            "contextRegion": {"startLine": e.line, "snippet": {"text": e.sentence}},
        }
    }


def _rule(rule) -> dict:
    paragraphs = [p.strip() for p in rule.doc.strip().split("\n\n")]
    full = " ".join(paragraphs[0].split("\n")).strip()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc.strip(), "markdown": _markdown_help(rule)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["consistency", rule.name]},
    }


def _markdown_help(rule) -> str:
    out = [f"**{rule.code} {rule.name}**: {rule.summary}", ""]
    for block in rule.doc.strip().split("\n\n")[1:]:
        lines = block.strip().split("\n")
        head, body = lines[0].rstrip(":"), " ".join(x.strip() for x in lines[1:])
        out += [f"*{head}*: {body}" if body else head, ""]
    return "\n".join(out).strip() + "\n"


def to_dict(report: Report, opts: RenderOptions) -> dict:
    index = {r.code: i for i, r in enumerate(report.rules)}
    results = []
    for f in shown(report, opts):
        main = primary(f)
        related = []
        for n, e in enumerate(others(f), start=1):
            loc = _location(e)
            loc["id"] = n
            loc["message"] = {"text": f"{e.source} gives '{e.text}'"}
            related.append(loc)
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index.get(f.rule, -1),
                "level": _LEVEL[f.severity],
                "message": {
                    "text": f"{f.message} ({main.source} vs "
                    + ", ".join(e.source for e in others(f))
                    + ")"
                },
                "locations": [_location(main)],
                "relatedLocations": related,
                "partialFingerprints": {"consistencyFinding/v1": f.id},
                "properties": {"story": f.story, "findingId": f.id},
            }
        )
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "consistency",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [_rule(r) for r in report.rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(report: Report, opts: RenderOptions) -> str:
    return json.dumps(to_dict(report, opts), indent=2, ensure_ascii=False) + "\n"
