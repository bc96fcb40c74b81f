"""Tables for analysts: articles, claims, alignments and findings, joined on their ids.

Their columns, types and meanings are documented in one place,
consistency.reporting.schema (TABLES), from which the README's tables are generated.
CSV cells are formula-safe (a cell starting with = + - @ gets a leading '); Parquet keeps
the raw values and the types (dates as dates). Every file is written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from consistency.fileio import formula_safe, write_output
from consistency.model import Report
from consistency.reporting.schema import (
    ALIGNMENT_COLUMNS,
    ARTICLE_COLUMNS,
    FINDING_COLUMNS,
    as_date,
    claims_frame,
    frame,
)

# finding id -> (state, reason, who decided), as the baseline records them
Decisions = dict[str, tuple[str, str, str]]


def frames(report: Report, decisions: Decisions | None = None) -> dict[str, object]:
    """The four tables as typed pandas DataFrames, rows in a stable order; `decisions`
    gives each finding's triage state."""
    decisions = decisions or {}
    articles = frame(
        ARTICLE_COLUMNS,
        [
            (
                a.article_id,
                a.story,
                a.source,
                a.source_origin,
                as_date(a.published),
                a.published_origin,
                a.title,
                a.url,
                a.path,
                len(a.text),
            )
            for a in sorted(report.articles, key=lambda a: (a.story, a.article_id))
        ],
    )
    group_of = report.groups
    alignments = frame(
        ALIGNMENT_COLUMNS,
        [
            (
                p.story,
                p.a.kind,
                group_of.get(p.a.claim_id, ""),
                p.a.claim_id,
                p.a.article_id,
                p.b.claim_id,
                p.b.article_id,
                p.score,
                p.route,
            )
            for p in report.pairs
        ],
    )
    findings = frame(
        FINDING_COLUMNS,
        [
            (
                f.id,
                f.rule,
                f.name,
                f.severity.value,
                f.story,
                f.message,
                n,
                e.claim_id,
                e.article,
                e.value,
                e.text,
                *decisions.get(f.id, ("", "", "")),
            )
            for f in report.findings
            for n, e in enumerate(f.evidence, start=1)
        ],
    )
    stories = {a.article_id: a.story for a in report.articles}
    return {
        "articles": articles,
        "claims": claims_frame(report.claims, stories),
        "alignments": alignments,
        "findings": findings,
    }


def encode(df, fmt: str) -> bytes:
    """One table as file bytes: formula-safe UTF-8 CSV, or Parquet."""
    if fmt == "parquet":
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        return buf.getvalue()
    safe = df.map(formula_safe) if len(df) else df
    return safe.to_csv(index=False, lineterminator="\n", float_format="%.12g").encode("utf-8")


def write_tables(
    report: Report, out_dir: str | Path, fmt: str = "csv", decisions: Decisions | None = None
) -> list[str]:
    """Write each table to OUT_DIR/<name>.<fmt>; return the paths written."""
    written = []
    for name, df in frames(report, decisions).items():
        path = Path(out_dir) / f"{name}.{fmt}"
        write_output(path, encode(df, fmt))
        written.append(str(path))
    return written
