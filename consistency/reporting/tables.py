"""Table outputs for analysts: CSV (formula-safe), JSON, Parquet."""

from __future__ import annotations

import csv
import io
import json
import math

from consistency.fileio import formula_safe
from consistency.model import Claim
from consistency.reporting.schema import CLAIM_COLUMNS, claim_rows, claims_frame


def _plain(v: object) -> object:
    if isinstance(v, float) and math.isinf(v):
        return "inf"
    return v


def render_table(claims: list[Claim], fmt: str) -> str | bytes:
    """Render the claims table as csv, json (records) or parquet (bytes)."""
    if fmt == "parquet":
        df = claims_frame(claims)
        buf = io.BytesIO()
        df.to_parquet(buf, index=False)
        return buf.getvalue()
    cols = claim_rows(claims)
    rows = [dict(zip(cols, values, strict=True)) for values in zip(*cols.values(), strict=True)]
    if fmt == "json":
        return (
            json.dumps(
                [{k: _plain(v) for k, v in r.items()} for r in rows], indent=2, ensure_ascii=False
            )
            + "\n"
        )
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(CLAIM_COLUMNS), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: formula_safe(_plain(v)) for k, v in r.items()})
    return out.getvalue()
