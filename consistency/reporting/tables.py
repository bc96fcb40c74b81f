"""The claims table for analysts (`consistency claims`): CSV (formula-safe), JSON,
Parquet, all with the typed columns of consistency.reporting.schema.CLAIM_COLUMNS."""

from __future__ import annotations

import datetime as dt
import json
import math

from consistency.model import Claim
from consistency.reporting.schema import CLAIM_COLUMNS, claim_row, claims_frame


def _plain(v: object) -> object:
    """A JSON value: dates as ISO strings, an open bound as "inf"."""
    if isinstance(v, float) and math.isinf(v):
        return "inf" if v > 0 else "-inf"
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def render_table(
    claims: list[Claim], fmt: str, stories: dict[str, str] | None = None
) -> str | bytes:
    """Render the claims table as csv, json (records) or parquet (bytes); `stories` maps
    article ids to their story."""
    if fmt == "json":
        stories = stories or {}
        rows = [claim_row(c, stories.get(c.article_id, "")) for c in claims]
        doc = [{k: _plain(r[k]) for k in CLAIM_COLUMNS} for r in rows]
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    from consistency.reporting.exports import encode

    data = encode(claims_frame(claims, stories), fmt)
    return data if fmt == "parquet" else data.decode("utf-8")
