"""Findings as CSV: one row per side of each finding, formula-safe.

Columns: finding_id, rule, name, severity, story, message, side (1-based), article,
source, published, path, line, column, sentence, span_text, value, unit (as written:
"leaders", percent, a currency code, day), lo and hi (the side's interval after
qualifiers and rounding: numbers, days for durations, ISO dates for dates; inf when open;
empty for other kinds), counterpart_articles and counterpart_values (the other sides,
joined with " | ").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math

from consistency.fileio import formula_safe
from consistency.model import Evidence, Report
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
    "unit",
    "lo",
    "hi",
    "counterpart_articles",
    "counterpart_values",
)


def _bound(e: Evidence, x: float | None) -> str:
    """An interval end as a cell: an ISO date for a date, else the number ("inf")."""
    if x is None:
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if e.kind == "date":
        return dt.date.fromordinal(int(x)).isoformat()
    return f"{x:.12g}"


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
                e.unit,
                _bound(e, e.lo),
                _bound(e, e.hi),
                " | ".join(o.article for o in rest),
                " | ".join(o.value for o in rest),
            )
            w.writerow([formula_safe(visible(v) if isinstance(v, str) else v) for v in row])
    return buf.getvalue()
