"""The claims table: its documented columns, and conversion of claims into a DataFrame."""

from __future__ import annotations

from dataclasses import asdict

from consistency.model import Claim

# column -> meaning. The order is the table's column order.
CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "stable id: article id, kind, start offset and a digest of the span",
    "article_id": "the article the claim is in",
    "source": "the outlet",
    "published": "publication date of the article (ISO), if known",
    "kind": "quantity | date | duration | role | party | quote | status | sentence (a sentence of a minimal pair, see alignments)",
    "subject": "what the claim is about (noun, person key, relation, law name)",
    "predicate": "what the value is of (killed, tariffs, strain, title head, status group, cue verb)",
    "value_text": "the surface form; text[start:end] == value_text",
    "value": "normalized value (number, ISO date or interval, days, title, state, quote words)",
    "lo": "interval low end (numbers; date ordinals; days for durations)",
    "hi": "interval high end (inf when open)",
    "unit": "percent, currency code, counted noun, day",
    "qualifier": "about, over, at least, up to, ...",
    "frame": "dates: past | future | ambiguous | absolute; durations: span | persist | novelty",
    "polarity": "affirmed | negated",
    "modality": "asserted | hedged",
    "speaker": 'who said it: a quote\'s speaker, the speaker of the quotation a claim stands in, or the source the sentence reports ("police said ...", "..., officials said")',
    "sentence_index": "0-based sentence number in the article",
    "sentence": "the whole sentence",
    "start": "character offset of the span in the article text",
    "end": "character offset after the span",
    "line": "1-based line in the file",
    "column": "1-based column in the line",
    "context": "masked context words used for alignment (quantities, dates, durations; empty for other kinds)",
    "extra": "kind-specific details as key=value pairs (title state and rank, aliases)",
}


def claim_rows(claims: list[Claim]) -> dict[str, list]:
    cols: dict[str, list] = {c: [] for c in CLAIM_COLUMNS}
    for claim in claims:
        d = asdict(claim)
        d["extra"] = ";".join(f"{k}={v}" for k, v in sorted(claim.extra.items()))
        for c in CLAIM_COLUMNS:
            cols[c].append(d[c])
    return cols


def claims_frame(claims: list[Claim]):
    """Return the claims table as a pandas DataFrame with the documented columns."""
    import pandas as pd

    df = pd.DataFrame(claim_rows(claims), columns=list(CLAIM_COLUMNS))
    for c in ("lo", "hi"):
        df[c] = df[c].astype("float64")
    for c in ("start", "end", "line", "column", "sentence_index"):
        df[c] = df[c].astype("int64")
    validate(df)
    return df


def validate(df) -> None:
    """Check the table's columns and basic invariants; raise ValueError on a violation."""
    missing = [c for c in CLAIM_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"claims table lacks columns: {', '.join(missing)}")
    if not df["claim_id"].is_unique:
        raise ValueError("claims table: claim_id is not unique")
    if ((df["end"] < df["start"]) | (df["start"] < 0)).any():
        raise ValueError("claims table: a span has end before start")
