"""Findings as CSV: one row per side of each finding, formula-safe.

Columns: finding_id, rule, name, severity, story, message, side (1-based), article,
source, published, path, line, column, sentence, span_text, value, counterpart_articles
and counterpart_values (the other sides, joined with " | ").
"""

from __future__ import annotations

import csv
import io

from consistency.fileio import formula_safe
from consistency.model import Report
from consistency.reporting.common import RenderOptions, shown, visible

COLUMNS = (
    "finding_id",
    "rule",
    "name",
    "severity",
    "story",
    "message",
    "side",
    "article",
    "source",
    "published",
    "path",
    "line",
    "column",
    "sentence",
    "span_text",
    "value",
    "counterpart_articles",
    "counterpart_values",
)


def render(report: Report, opts: RenderOptions) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    if report.failure:  # the check could not run: one row says why
        w.writerow([formula_safe(v) for v in ("", "", "", "error", "", report.failure)])
    for f in shown(report, opts):
        for n, e in enumerate(f.evidence, start=1):
            rest = [o for o in f.evidence if o is not e]
            row = (
                f.id,
                f.rule,
                f.name,
                f.severity.value,
                f.story,
                f.message,
                n,
                e.article,
                e.source,
                e.published or "",
                e.path,
                e.line,
                e.column,
                e.sentence,
                e.text,
                e.value,
                " | ".join(o.article for o in rest),
                " | ".join(o.value for o in rest),
            )
            w.writerow([formula_safe(visible(v) if isinstance(v, str) else v) for v in row])
    return buf.getvalue()
