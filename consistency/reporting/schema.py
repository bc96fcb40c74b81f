"""The analysts' tables: one documented schema for articles, claims, alignments and
findings (the columns, their types and meaning), and typed DataFrames built from it.

Types: `str`; `date` (a date: ISO `YYYY-MM-DD` in CSV, a date type in Parquet); `float`
(`inf` for an open bound; empty when it does not apply); `int`; `bool` (`True`/`False`;
empty when it does not apply). The README's tables are generated from this module
(`markdown()`); a test fails when they differ.
"""

from __future__ import annotations

import datetime as dt
import math

from consistency.model import Claim

Columns = dict[str, tuple[str, str]]  # column -> (type, meaning), in the table's order

ARTICLE_COLUMNS: Columns = {
    "article_id": ("str", "the article's id (metadata `id`, else the file name and a digest)"),
    "story": ("str", "the story it belongs to"),
    "source": ("str", "the outlet"),
    "source_origin": ("str", "where the source came from: metadata | dateline | credit | filename"),
    "published": ("date", "publication date, if known"),
    "published_origin": ("str", "metadata | dateline | inferred | unknown"),
    "title": ("str", "the title, if given"),
    "url": ("str", "the URL, if given"),
    "path": ("str", "the file"),
    "characters": ("int", "length of the article text"),
}

CLAIM_COLUMNS: Columns = {
    "claim_id": ("str", "stable id: article id, kind, start offset and a digest of the span"),
    "article_id": ("str", "the article the claim is in"),
    "story": ("str", "the story of that article"),
    "source": ("str", "the outlet"),
    "published": ("date", "publication date of the article, if known"),
    "kind": (
        "str",
        "quantity | date | duration | tally | role | party | act | change | quote | status | sentence "
        "(a sentence of a minimal pair, see alignments)",
    ),
    "subject": (
        "str",
        "what the claim is about (noun, person key, relation, law name; a tally's kind: "
        "score, vote, series, record)",
    ),
    "predicate": (
        "str",
        "what the value is of (killed, tariffs, strain, title head, status group, act verb, "
        "the head of a changed measure, the word of contest beside a tally)",
    ),
    "value_text": ("str", "the surface form; text[start:end] == value_text"),
    "value": (
        "str",
        "normalized value as text (number, ISO date or interval, days, title, state, words)",
    ),
    "value_number": ("float", "the value as a number: quantities, and durations in days"),
    "lo": ("float", "low end of a number's interval after qualifiers and rounding (days)"),
    "hi": ("float", "high end of that interval (inf when open)"),
    "date_lo": ("date", "dates: the first day the date can mean"),
    "date_hi": ("date", "dates: the last day the date can mean"),
    "unit": (
        "str",
        "as written: the counted noun (leaders), percent, a currency code, age (a limit), day",
    ),
    "unit_key": ("str", "the normalized unit claims are compared on (a noun's stem)"),
    "qualifier": ("str", "about, over, at least, up to, ..."),
    "frame": (
        "str",
        "dates: past | future | ambiguous | absolute; durations: span | persist | novelty",
    ),
    "polarity": ("str", "affirmed | negated"),
    "modality": ("str", "asserted | hedged | forecast"),
    "speaker": (
        "str",
        "who said it: a quote's speaker, the speaker of the quotation a claim stands in, "
        'or the source the sentence reports ("police said ...")',
    ),
    "sentence_index": ("int", "0-based sentence number in the article"),
    "sentence": ("str", "the whole sentence"),
    "start": ("int", "character offset of the span in the article text"),
    "end": ("int", "character offset after the span"),
    "line": ("int", "1-based line in the file"),
    "column": ("int", "1-based column in the line"),
    "context": ("str", "masked context words used for alignment (quantities, dates, durations)"),
    "name": ("str", "roles and parties: the person named"),
    "state": ("str", "roles: designate | acting | elect | former ...; parties: its state"),
    "rank": ("str", "roles: the rank within the title"),
    "historic": ("bool", "roles: a title held in the past (empty for other kinds)"),
    "alias": ("str", "status: the short name a law or bill is also called"),
    "in_quote": ("bool", "the claim stands inside a quotation"),
    "speaker_via": ("str", "how the speaker was found: name | quote | reported"),
    "words": ("int", "quotes: number of words"),
    "extra": ("str", "any other kind-specific detail, as key=value pairs joined by ;"),
}
EXTRA_COLUMNS = ("name", "state", "rank", "historic", "alias", "in_quote", "speaker_via", "words")

ALIGNMENT_COLUMNS: Columns = {
    "story": ("str", "the story"),
    "kind": ("str", "the claims' kind"),
    "group_id": ("str", "joins pairs that share claims"),
    "claim_a": ("str", "one claim"),
    "article_a": ("str", "its article"),
    "claim_b": ("str", "the other claim"),
    "article_b": ("str", "its article"),
    "score": ("float", "alignment score, 0-100"),
    "route": (
        "str",
        "how they met: claim | anchor | named | figure | act | said | lead | novelty | period | "
        "casualty | toll | amount | limit | whole | change | decision | tally | sentence",
    ),
}

FINDING_COLUMNS: Columns = {
    "finding_id": ("str", "stable id: rule code and a hash of rule, subject, articles, values"),
    "rule": ("str", "rule code"),
    "name": ("str", "rule name"),
    "severity": ("str", "info | warning | error"),
    "story": ("str", "the story"),
    "message": ("str", "what differs"),
    "side": ("int", "1-based number of this side (one row per side of a finding)"),
    "claim_id": ("str", "the claim of this side (joins the claims table)"),
    "article_id": ("str", "its article"),
    "value": ("str", "the side's normalized value"),
    "span_text": ("str", "the words as written"),
    "triage_state": (
        "str",
        "the baseline's decision: open | confirmed | dismissed | wont-fix; empty when not recorded",
    ),
    "triage_reason": ("str", "why, as recorded"),
    "triage_by": ("str", "who decided"),
}

TABLES: dict[str, Columns] = {
    "articles": ARTICLE_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "alignments": ALIGNMENT_COLUMNS,
    "findings": FINDING_COLUMNS,
}

_DTYPES = {"str": "object", "float": "float64", "int": "Int64", "bool": "boolean"}


def as_date(value: str | float | None) -> dt.date | None:
    """An ISO date or a date ordinal as a date; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return dt.date.fromordinal(int(value))


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def claim_row(claim: Claim, story: str = "") -> dict[str, object]:
    """One claim as a typed row of the claims table."""
    extra = dict(claim.extra)
    dated = claim.kind == "date"
    numeric = claim.kind in ("quantity", "duration")
    row: dict[str, object] = {
        "claim_id": claim.claim_id,
        "article_id": claim.article_id,
        "story": story,
        "source": claim.source,
        "published": as_date(claim.published),
        "kind": claim.kind,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "value_text": claim.value_text,
        "value": claim.value,
        "value_number": _number(claim.value) if numeric else None,
        "lo": claim.lo if numeric else None,
        "hi": claim.hi if numeric else None,
        "date_lo": as_date(claim.lo) if dated else None,
        "date_hi": as_date(claim.hi) if dated else None,
        "unit": claim.unit_noun,
        "unit_key": claim.unit,
    }
    for c in ("qualifier", "frame", "polarity", "modality", "speaker", "sentence_index"):
        row[c] = getattr(claim, c)
    for c in ("sentence", "start", "end", "line", "column", "context"):
        row[c] = getattr(claim, c)
    for key in EXTRA_COLUMNS:
        raw = extra.pop(key, None)
        kind = CLAIM_COLUMNS[key][0]
        if key == "historic":  # said of titles only
            row[key] = raw == "yes" if claim.kind == "role" else None
        elif kind == "bool":
            row[key] = raw == "yes"
        elif kind == "int":
            row[key] = int(raw) if raw and raw.isdigit() else None
        else:
            row[key] = raw or ""
    row["extra"] = ";".join(f"{k}={v}" for k, v in sorted(extra.items()))
    return row


def frame(columns: Columns, rows: list[dict[str, object]] | list[tuple]):
    """A DataFrame with exactly `columns`, each of its documented type."""
    import pandas as pd

    names = list(columns)
    df = pd.DataFrame.from_records(rows, columns=names) if rows else pd.DataFrame(columns=names)
    for c, (kind, _) in columns.items():
        if kind == "date":
            df[c] = df[c].astype("object").where(df[c].notna(), None)
        elif kind == "str":
            df[c] = df[c].astype("object").fillna("")
        else:
            df[c] = df[c].astype(_DTYPES[kind])
    return df


def claims_frame(claims: list[Claim], stories: dict[str, str] | None = None):
    """The claims table as a typed pandas DataFrame with the documented columns;
    `stories` maps article ids to their story."""
    stories = stories or {}
    df = frame(CLAIM_COLUMNS, [claim_row(c, stories.get(c.article_id, "")) for c in claims])
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


def markdown() -> str:
    """The README's section on the tables: one Markdown table per export table."""
    out = []
    for name, columns in TABLES.items():
        out.append(f"`{name}`:\n\n| column | type | meaning |\n| --- | --- | --- |")
        for c, (kind, doc) in columns.items():
            cell = doc.replace("|", "\\|")
            out.append(f"| `{c}` | {kind} | {cell} |")
        out.append("")
    return "\n".join(out)
