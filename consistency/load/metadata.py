"""An article's publication date and source: from its metadata, else its dateline or
credit line, else (the date) its story's other articles or (the source) its file name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from consistency.lexicon.markup import agency_codes, credit_re, dateline
from consistency.load.formats import Record, pick
from consistency.load.result import LoadResult
from consistency.model import Article

FUTURE_SLACK = dt.timedelta(days=2)  # time zones and embargoes: a day or two ahead is normal


def parse_published(value: object) -> str | None:
    """Return an ISO date from a metadata value, or None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed else None


def article(record: Record, result: LoadResult) -> Article:
    """The article of a record, its date and source read; a date that cannot be read or
    lies in the future is a warning. A dateline date is left for `date_story` to resolve."""
    meta, text, path, line = record.meta, record.text, record.path, record.line
    published_raw = pick(meta, "published")
    published = parse_published(published_raw)
    where = f"{path}:{line}" if line else path
    if published_raw not in (None, "") and published is None:
        result.warnings.append(
            f"{where}: cannot read published date {published_raw!r}; use YYYY-MM-DD"
        )
    if published and dt.date.fromisoformat(published) > dt.date.today() + FUTURE_SLACK:
        result.warnings.append(
            f"{where}: published date {published} is in the future; relative dates ('on "
            "Tuesday') resolve against it, so check it"
        )
    origin = "metadata" if published else "unknown"
    source = str(pick(meta, "source") or "")
    source_origin = "metadata"
    dl = dateline(text)
    if dl and not published and dl.group("date"):
        published = None  # resolved against the story's other articles in date_story
        origin = "dateline:" + dl.group("date")
    if not source:
        codes = agency_codes()
        agency = dl.group("agency") if dl else None
        if agency and agency.upper() in {c.upper() for c in codes}:
            source, source_origin = agency.upper() if len(agency) <= 4 else agency, "dateline"
        else:
            credit = list(credit_re().finditer(text))
            if credit:
                source = credit[-1].group()[1:-1].split()[0]
                source_origin = "credit"
            else:
                source, source_origin = Path(path).stem, "filename"
    return Article(
        article_id=record.article_id,
        path=path,
        text=text,
        story=record.story,
        source=source,
        source_origin=source_origin,
        title=record.title,
        url=record.url,
        published=published,
        published_origin=origin,
        line_offset=record.line_offset,
        char_offset=record.char_offset,
        positions=record.positions,
    )


def _resolve_dateline(text_date: str, others: list[str]) -> str | None:
    """Resolve a year-less dateline date ("January 14") against the story's known dates."""
    from consistency.lexicon.calendar import month_number

    m = re.match(r"([A-Za-z]+)\.? (\d{1,2})(?:, (\d{4}))?", text_date)
    if not m:
        return None
    month = month_number(m[1])
    if month is None:
        return None
    years = [int(m[3])] if m[3] else sorted({int(o[:4]) for o in others})
    if not years:
        return None
    try:
        return dt.date(years[-1], month, int(m[2])).isoformat()
    except ValueError:
        return None


def date_story(group: list[Article]) -> list[Article]:
    """One story's articles, in order, with dateline dates given a year and missing dates
    inferred from the story's other articles."""
    known = [a.published for a in group if a.published]
    fixed: list[Article] = []
    for a in group:
        if a.published_origin.startswith("dateline:"):
            text_date = a.published_origin.split(":", 1)[1]
            resolved = _resolve_dateline(text_date, known)
            if resolved:
                a = replace(a, published=resolved, published_origin="dateline")
            else:
                a = replace(a, published_origin="unknown")
        fixed.append(a)
    dated = sorted(a.published for a in fixed if a.published)
    out: list[Article] = []
    for a in fixed:
        if not a.published and dated:
            # the story's earliest known date: the most conservative anchor
            a = replace(a, published=dated[0], published_origin="inferred")
        out.append(a)
    return out
