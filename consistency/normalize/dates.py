"""Dates and weekdays in text, resolved to day intervals against the publication date.

Candidates are found with a few anchored patterns and resolved by hand: months, days,
years, seasons of a year ("mid-2025"), weekdays by tense, and relative phrases ("last
week", "February last year"). A relative date is never resolved against today's date:
without a publication date it stays unresolved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from consistency.normalize.context import clause_end, clause_start

_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
_MONTHS["sept"] = 9
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"

# Ordered: the first pattern to claim a span wins.
_PATTERNS = [
    ("iso", re.compile(rf"\b({_YEAR})-(\d\d)-(\d\d)\b")),
    (
        "month_day",
        re.compile(
            rf"\b(?P<m>{MONTH_RE}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{MONTH_RE})(?:,? (?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "month_rel_year",
        re.compile(rf"\b(?P<m>{MONTH_RE}) (?P<rel>last|next|this) year\b", re.IGNORECASE),
    ),
    (
        "part_year",
        re.compile(
            rf"\b(?P<part>early|mid|late|the middle of|the end of|the start of|the beginning of)[- ](?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<m>{MONTH_RE}),? (?P<y>{_YEAR})\b")),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>last|next|this|this coming|coming|past) )?(?P<wd>{WEEKDAY_RE})\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:(?P<early>earlier|later) this (?P<u1>week|month|year)"
            r"|(?P<rel>last|next|this|past|previous|coming) (?P<u2>week|month|year)"
            r"|(?P<word>yesterday|today|tomorrow))\b",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(rf"(?<![\w$€£₹.,-])(?P<y>{_YEAR})(?![\w%-]|\.\d|,\d)")),
]

# Each pattern runs only on sentences that hold what it needs: a digit, a month name, a
# four-digit year, or one of its cue words (a cheap substring test). Most sentences need
# none of the scans.
_NEEDS = {
    "iso": ("year",),
    "month_day": ("digit", "month"),
    "day_month": ("digit", "month"),
    "month_rel_year": ("relative",),
    "part_year": ("year",),
    "month_year": ("year", "month"),
    "weekday": ("day",),
    "relative": ("relative",),
    "year": ("year",),
}
_RELATIVE_CUES = ("day", "week", "month", "year", "tomorrow")
_DIGIT_RE = re.compile(r"\d")
_YEAR_HINT_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_MONTH_HINT_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _hints(sentence: str) -> set[str]:
    lower = sentence.lower()
    found = set()
    if _DIGIT_RE.search(sentence):
        found.add("digit")
        if _YEAR_HINT_RE.search(sentence):
            found.add("year")
    if _MONTH_HINT_RE.search(sentence):
        found.add("month")
    if "day" in lower:
        found.add("day")
    if any(c in lower for c in _RELATIVE_CUES):
        found.add("relative")
    return found


_YEAR_CUE_RE = re.compile(
    r"(?:\b(?:in|since|by|of|from|until|till|through|during|before|after|between|and|to|early|late|year|fiscal)\s+$)|(?:-\s*$)",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(r"(?:\b(?:will|shall|going to|is to|are to)\b|['’]ll\b)", re.IGNORECASE)
_AMBIGUOUS_RE = re.compile(
    r"\b(?:would|scheduled|slated|due|expected|set to|planned|plans|plan to|to be held|is set|are set)\b",
    re.IGNORECASE,
)


def month_number(name: str) -> int | None:
    """Return 1-12 for a month name or abbreviation."""
    return _MONTHS.get(name.lower().rstrip("."))


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence: offsets are relative to the sentence."""

    start: int
    end: int
    value: str  # ISO day, YYYY-MM, YYYY, or "lo/hi"; "" when unresolved
    lo: dt.date | None
    hi: dt.date | None
    frame: str  # past | future | ambiguous | absolute


def tense(clause: str) -> str:
    """Return future, ambiguous or past for the clause a relative date stands in."""
    if _FUTURE_RE.search(clause):
        return "future"
    if _AMBIGUOUS_RE.search(clause):
        return "ambiguous"
    return "past"


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _value(lo: dt.date, hi: dt.date) -> str:
    if lo == hi:
        return lo.isoformat()
    if lo.day == 1 and hi == _month_span(lo.year, lo.month)[1]:
        return f"{lo.year:04d}-{lo.month:02d}"
    if (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year:
        return f"{lo.year:04d}"
    return f"{lo.isoformat()}/{hi.isoformat()}"


def _weekday(pub: dt.date, weekday: int, rel: str, frame: str) -> tuple[dt.date, dt.date]:
    back = (pub.weekday() - weekday) % 7
    last = pub - dt.timedelta(days=back)  # latest such day on or before publication
    ahead = (weekday - pub.weekday()) % 7 or 7
    nxt = pub + dt.timedelta(days=ahead)
    if rel in ("last", "past"):
        return (
            (last - dt.timedelta(days=7), last - dt.timedelta(days=7))
            if back == 0
            else (last, last)
        )
    if rel in ("next", "coming", "this coming"):
        return nxt, nxt
    if frame == "future":
        return (pub, pub) if back == 0 else (nxt, nxt)
    if frame == "ambiguous":
        return last, nxt
    return last, last


def _part_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    part = part.lower()
    if part in ("early", "the start of", "the beginning of"):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part in ("mid", "the middle of"):
        return dt.date(year, 4, 1), dt.date(year, 9, 30)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def _guess_year(pub: dt.date | None, month: int, day: int, frame: str) -> int | None:
    if pub is None:
        return None
    year = pub.year
    try:
        cand = dt.date(year, month, day)
    except ValueError:
        return None
    if frame == "future" and cand < pub - dt.timedelta(days=7):
        return year + 1
    if frame != "future" and cand > pub + dt.timedelta(days=7):
        return year - 1
    return year


def _resolve(kind: str, m: re.Match[str], pub: dt.date | None, clause: str):
    g = m.groupdict()
    if kind == "iso":
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d, d, "absolute"
    if kind in ("month_day", "day_month"):
        month, day = month_number(g["m"]), int(g["d"])
        frame = tense(clause)
        year = int(g["y"]) if g.get("y") else _guess_year(pub, month, day, frame)
        if year is None:
            return None, None, frame
        d = dt.date(year, month, day)
        return d, d, "absolute" if g.get("y") else frame
    if kind == "month_rel_year":
        if pub is None:
            return None, None, "past"
        shift = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        lo, hi = _month_span(pub.year + shift, month_number(g["m"]))
        return lo, hi, "past"
    if kind == "part_year":
        lo, hi = _part_year(g["part"], int(g["y"]))
        return lo, hi, "absolute"
    if kind == "month_year":
        lo, hi = _month_span(int(g["y"]), month_number(g["m"]))
        return lo, hi, "absolute"
    if kind == "year":
        y = int(g["y"])
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "absolute"
    frame = tense(clause)
    if pub is None:
        return None, None, frame
    if kind == "weekday":
        lo, hi = _weekday(pub, _WEEKDAYS[g["wd"].lower()], (g["rel"] or "").lower(), frame)
        return lo, hi, frame
    # relative
    if g["word"]:
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["word"].lower()]
        d = pub + dt.timedelta(days=shift)
        return d, d, frame
    unit = (g["u1"] or g["u2"]).lower()
    if g["early"]:
        rel = "this"
        lo, hi = _unit_span(pub, unit, 0)
        if g["early"].lower() == "earlier":
            return lo, pub, "past"
        return pub, hi, "future"
    rel = g["rel"].lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}[rel]
    lo, hi = _unit_span(pub, unit, shift)
    return lo, hi, "past" if shift < 0 else ("future" if shift > 0 else frame)


def _unit_span(pub: dt.date, unit: str, shift: int) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        idx = pub.year * 12 + pub.month - 1 + shift
        return _month_span(idx // 12, idx % 12 + 1)
    y = pub.year + shift
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def find_dates(sentence: str, pub: dt.date | None) -> list[DateMention]:
    """Find and resolve date mentions in one sentence."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    hints = _hints(sentence)
    for kind, pattern in _PATTERNS:
        if not hints.issuperset(_NEEDS[kind]):
            continue
        for m in pattern.finditer(sentence):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            if kind == "year" and not _YEAR_CUE_RE.search(sentence[max(0, s - 20) : s]):
                continue
            lo_c = max(clause_start(sentence, s), s - 120)
            clause = sentence[lo_c : min(clause_end(sentence, e), e + 60)]
            try:
                lo, hi, frame = _resolve(kind, m, pub, clause)
            except (ValueError, TypeError, OverflowError):
                continue
            taken.append((s, e))
            value = _value(lo, hi) if lo and hi else ""
            out.append(DateMention(s, e, value, lo, hi, frame))
    return sorted(out, key=lambda d: d.start)
