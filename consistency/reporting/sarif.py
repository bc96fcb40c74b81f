"""SARIF 2.1.0 as GitHub code scanning reads it.

The driver lists every rule (short and full description, Markdown help, default level).
Each result sits in the article being checked (the newest side) with a full region in the
file's own lines and columns (and characters, front matter included, when the text stands
verbatim in the file; a JSON(L) article's text is an escaped literal, so it has none); a
path inside the working directory is a URI relative to %SRCROOT%, any other a file:// URI; the other sides are relatedLocations; partialFingerprints carry the finding's
fingerprint, which does not move when an article is reformatted.
"""

from __future__ import annotations

import json
from pathlib import Path

from consistency import __version__
from consistency.model import Article, Evidence, Report, Severity
from consistency.reporting.common import RenderOptions, end_of, others, primary, shown

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/consistency-checker/consistency"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    """A relative URI reference (RFC 3986): spaces, '#', '?', '%' and the rest encoded."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/").removeprefix("./"), safe="/-._~!$&'()*+,;=:@")


def artifact(path: str) -> dict:
    """A path inside the working directory is relative to %SRCROOT% (where the run
    started); any other is an absolute file:// URI with no base."""
    absolute = Path(path.replace("\\", "/")).resolve()
    try:
        rel = absolute.relative_to(Path.cwd().resolve())
    except ValueError:
        return {"uri": absolute.as_uri()}  # as_uri percent-encodes
    return {"uri": _uri(rel.as_posix()), "uriBaseId": "%SRCROOT%"}


def _location(e: Evidence, article: Article | None) -> dict:
    end_line, end_col = end_of(e, article)
    region = {
        "startLine": e.line,
        "startColumn": e.column,
        "endLine": end_line,
        "endColumn": end_col,
    }
    if article is None or not article.positions:  # the text stands verbatim in the file
        offset = article.char_offset if article is not None else 0
        region |= {"charOffset": offset + e.start, "charLength": e.end - e.start}
    region["snippet"] = {"text": e.text}
    return {
        "physicalLocation": {
            "artifactLocation": artifact(e.path),
            "region": region,
            "contextRegion": {"startLine": e.line, "snippet": {"text": e.sentence}},
        }
    }


def _invocations(report: Report) -> dict:
    """When the check could not run, an invocation that says so (else none)."""
    if not report.failure:
        return {}
    note = {"level": "error", "message": {"text": report.failure}}
    return {"invocations": [{"executionSuccessful": False, "toolExecutionNotifications": [note]}]}


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
    articles = {a.article_id: a for a in report.articles}
    results = []
    for f in shown(report, opts):
        main = primary(f)
        related = []
        for n, e in enumerate(others(f), start=1):
            loc = _location(e, articles.get(e.article))
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
                "locations": [_location(main, articles.get(main.article))],
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
                **_invocations(report),
                "results": results,
            }
        ],
    }


def render(report: Report, opts: RenderOptions) -> str:
    return json.dumps(to_dict(report, opts), indent=2, ensure_ascii=False) + "\n"
