"""Tables for analysts: articles, claims, alignments and findings, joined on their ids.

- articles: article_id, story, source, source_origin, published, published_origin,
  title, url, path, characters;
- claims: the documented claims table (consistency.reporting.schema.CLAIM_COLUMNS);
- alignments: one row per aligned pair: story, kind, group_id, claim_a, article_a,
  claim_b, article_b, score (group_id joins pairs that share claims);
- findings: one row per side of each finding: finding_id, rule, name, severity, story,
  message, side, claim_id, article_id, value, span_text.

CSV cells are formula-safe; every file is written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from consistency.fileio import formula_safe, write_output
from consistency.model import Report
from consistency.reporting.schema import claims_frame

ARTICLE_COLUMNS = (
    "article_id",
    "story",
    "source",
    "source_origin",
    "published",
    "published_origin",
    "title",
    "url",
    "path",
    "characters",
)
ALIGNMENT_COLUMNS = (
    "story",
    "kind",
    "group_id",
    "claim_a",
    "article_a",
    "claim_b",
    "article_b",
    "score",
    "route",
)
FINDING_COLUMNS = (
    "finding_id",
    "rule",
    "name",
    "severity",
    "story",
    "message",
    "side",
    "claim_id",
    "article_id",
    "value",
    "span_text",
)


def frames(report: Report) -> dict[str, object]:
    """The four tables as pandas DataFrames, rows in a stable order."""
    import pandas as pd

    articles = pd.DataFrame(
        [
            (
                a.article_id,
                a.story,
                a.source,
                a.source_origin,
                a.published or "",
                a.published_origin,
                a.title,
                a.url,
                a.path,
                len(a.text),
            )
            for a in sorted(report.articles, key=lambda a: (a.story, a.article_id))
        ],
        columns=list(ARTICLE_COLUMNS),
    )
    group_of = report.groups
    alignments = pd.DataFrame(
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
        columns=list(ALIGNMENT_COLUMNS),
    )
    findings = pd.DataFrame(
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
            )
            for f in report.findings
            for n, e in enumerate(f.evidence, start=1)
        ],
        columns=list(FINDING_COLUMNS),
    )
    return {
        "articles": articles,
        "claims": claims_frame(report.claims),
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
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_tables(report: Report, out_dir: str | Path, fmt: str = "csv") -> list[str]:
    """Write each table to OUT_DIR/<name>.<fmt>; return the paths written."""
    written = []
    for name, df in frames(report).items():
        path = Path(out_dir) / f"{name}.{fmt}"
        write_output(path, encode(df, fmt))
        written.append(str(path))
    return written
