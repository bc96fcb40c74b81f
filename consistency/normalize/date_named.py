"""Dates that point back at one the article named before: "that day", "the next morning",
"later that year", "the following month", "the day before"; and what a clock time with no day of its own, or
"a year earlier" after a day, is read against.

A story names its day once ("Slepian was shot on Oct. 23") and then writes "at 10 p.m.",
"the next morning", "later that year". `remember` keeps the last day, month and year the
article named (TimeML values, "1998-10-23", "1998-10", "1998"); `find_dates` hands them to
the resolvers as mentions before the sentence's start (`as_mentions`), and `named` reads
back the nearest one at a granularity, a date named earlier in the sentence first. Without
one, the publication date stands in (what TimeML reads such phrases against). Values read
this way are a reading of the text: their intervals are never compared (the day pointed
at may be another outlet's "Friday").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from consistency import lexicon
from consistency.normalize import date_anchor
from consistency.normalize.date_tense import tense

_DAY_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_MONTH_RE = re.compile(r"(\d{4})-(\d\d)(?![\d-])|(\d{4})-(\d\d)-\d\d")
_YEAR_RE = re.compile(r"(\d{4})(?!\d)")
_PARTS: dict[str, str] = lexicon.table("temporal.toml")["day_parts"]
NAMED_START = -2  # where the remembered dates stand, before the sentence (and its anchor)


def _grain_value(timex: str, grain: str) -> str:
    """The day, month or year of a TimeML value that holds one ("1998-10-23T22:00" holds
    all three, "1998-Q3" a year only); "" when it holds none."""
    if grain == "day":
        m = _DAY_RE.match(timex)
        return m.group(0) if m else ""
    if grain == "month":
        m = _MONTH_RE.match(timex)
        return timex[:7] if m else ""
    m = _YEAR_RE.match(timex)
    return m.group(1) if m else ""


# what a date names itself by: a digit, a capitalized name (a month, a weekday, a holiday),
# a day word ("overnight" and a bare "10 p.m." fall back on the publication day: no name)
_NAMING_RE = re.compile(
    r"\d|\b(?!(?:The|That|This|Earlier|Later|Last|Next|Past|Coming|Over|In|On|At|A|An)\b)[A-Z][a-z]"
    r"|\b(?i:yesterday|today|tomorrow|tonight|year|month)\b"
)


def remember(sentence: str, mentions, named: tuple[str, str, str]) -> tuple[str, str, str]:
    """The last day, month and year named, after a sentence's mentions (in order); sets,
    references and dates that name no day of their own leave them as they are."""
    if not mentions:
        return named
    day, month, year = named
    for d in mentions:
        if d.frame in ("set", "ref", "time") or d.start < 0:
            continue
        if not _NAMING_RE.search(sentence, d.start, d.end):
            continue
        day = _grain_value(d.timex, "day") or day
        month = _grain_value(d.timex, "month") or month
        year = _grain_value(d.timex, "year") or year
    return day, month, year


@lru_cache(maxsize=256)
def as_mentions(named: tuple[str, str, str], mention_type) -> tuple:
    """The remembered day, month and year as mentions before the sentence (the same for
    many sentences in a row: kept)."""
    return tuple(
        mention_type(NAMED_START, NAMED_START, v, None, None, "named", v) for v in named if v
    )


def named(found, before: int, grain: str, sentence_only: bool = False) -> str:
    """The value at `grain` of the nearest date before offset `before`: one named earlier in
    the sentence, else (unless `sentence_only`) the one the article named last; ""."""
    best = ""
    best_start = None
    for d in found:
        if d.start >= before or (sentence_only and d.start < 0) or d.frame in ("set", "ref"):
            continue
        v = _grain_value(d.timex, grain)
        if v and (best_start is None or d.start > best_start):
            best, best_start = v, d.start
    return best


def named_day(found, before: int, pub: dt.date | None) -> dt.date | None:
    """The day a clock time or "the next day" is read against: the nearest day named, else
    the publication date."""
    v = named(found, before, "day")
    return dt.date.fromisoformat(v) if v else pub


def a_year_before_day(sentence: str, found, d):
    """ "a year earlier" after a day the sentence writes out, with no quarter or half between
    them ("for the six months ended Aug. 12, ... a year earlier"; not "said Friday"): that
    day a year before, as its value (`d` with it), else None. Run once the sentence's days
    are found."""
    written = [
        x for x in found if x.start >= 0 and any(c.isdigit() for c in sentence[x.start : x.end])
    ]
    day = named(written, d.start, "day", sentence_only=True)
    if not day:
        return None
    at = max(x.start for x in found if 0 <= x.start < d.start and x.timex.startswith(day))
    if any(at < x.start < d.start and date_anchor.QUARTER_VALUE_RE.match(x.timex) for x in found):
        return None
    y, mo, dd = (int(p) for p in day.split("-"))
    value = dt.date(y - 1, mo, min(dd, 28) if (mo, dd) == (2, 29) else dd).isoformat()
    return replace(d, value=value, timex=value)


# "that day" first (a scan that skips to a "t"), "earlier" or "later" before it after
_ANAPHOR_RE = re.compile(
    r"(?:(?P<that>[Tt]hat(?:\s+same)?|[Tt]he\s+same)|[Tt]he\s+(?P<rel>next|following|previous))"
    r"\s+(?P<u>day|morning|afternoon|evening|night|month|year)\b"
    r"(?!\s+(?:of|in|to|before|after|that|when)\b|[-’']|\s+(?:care|job|trip|pass)\b)"
    # "the day before", "the night after" that end their clause: the day named before, moved
    # (not "the day before the vote" nor "the day after he died", read against an event)
    r"|[Tt]he\s+(?P<u2>day|morning|afternoon|evening|night)\s+(?P<ba>before|after)"
    r"(?=\s*(?:[.,;:!?)\"”]|$))"
)
_SHIFT = {"next": 1, "following": 1, "previous": -1, "before": -1, "after": 1}
_PRE_RE = re.compile(r"\b(?:[Ee]arlier|[Ll]ater)\s+$")


def anaphor(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "that day", "the next morning", "later that year", "the following month": the day,
    month or year named before (the publication date's when none was), moved by one for
    "next", "following" and "previous". "the next year" and "the previous month" are left to
    the patterns that read them against the publication date."""
    s = m.start()
    if s and m.string[s - 1].isalnum():
        raise ValueError("inside a word")
    pre = _PRE_RE.search(m.string, max(0, s - 10), s)
    span = (pre.start() if pre else s, m.end())
    unit = m.group("u") or m.group("u2")
    rel = m.group("rel") or m.group("ba") or ""
    frame = tense(clause)
    if rel == "previous" and unit in ("month", "year"):
        raise ValueError("'the previous year' is a year before publication (year_earlier)")
    if rel == "next" and unit in ("month", "year") and not pre:
        raise ValueError("'in the next year' speaks of the time to come")
    shift = _SHIFT.get(rel, 0)
    if unit in ("month", "year"):
        v = named(found, m.start(), unit)
        if not v and pub is None:
            raise ValueError("no date to point back at")
        if unit == "year":
            y = int(v) if v else pub.year
            return None, None, frame, f"{y + shift:04d}", span
        y, mo = (int(v[:4]), int(v[5:7])) if v else (pub.year, pub.month)
        idx = y * 12 + mo - 1 + shift
        return None, None, frame, f"{idx // 12:04d}-{idx % 12 + 1:02d}", span
    day = named_day(found, m.start(), pub)
    if day is None:
        raise ValueError("no day to point back at")
    day += dt.timedelta(days=shift)
    code = "" if unit == "day" else "T" + _PARTS[unit]
    return None, None, frame, f"{day.isoformat()}{code}", span


_FULL_YEAR_RE = re.compile(r"\b[Tt]he\s+(?:full|whole|entire)\s+year\b(?![-’'])")


def full_year(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "for the full year": the year the report is on, the publication year (the year
    before, told in the past in its first quarter: a year's results come out early in the
    next)."""
    if pub is None:
        raise ValueError("no publication date")
    frame = tense(clause)
    y = pub.year - 1 if pub.month <= 3 and frame == "past" else pub.year
    return None, None, frame, f"{y:04d}"


_WEEKDAY_ANAPHOR_RE = re.compile(
    r"\b[Tt]he\s+(?P<rel>previous|preceding|following)\s+"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_anaphor(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "the previous Friday", "the following Monday": the weekday before or after the day
    named last (the publication day when none was)."""
    day = named_day(found, m.start(), pub)
    if day is None:
        raise ValueError("no day to point back at")
    wd = _WEEKDAYS.index(m.group("wd").lower())
    if m.group("rel") == "following":
        d = day + dt.timedelta(days=(wd - day.weekday()) % 7 or 7)
    else:
        d = day - dt.timedelta(days=(day.weekday() - wd) % 7 or 7)
    return None, None, tense(clause), d.isoformat()


_AROUND_RE = re.compile(r"(?:\b[Tt]he\s+)?(?P<w>week\s+of|day\s+before|day\s+after)\s+$")


def around_a_day(sentence: str, out: list) -> list:
    """ "the week of March 6", "the day before Tuesday's hearing": one date, the week of the
    day or the day next to it, with its interval when the day has one."""
    merged = []
    for d in out:
        a = _AROUND_RE.search(sentence, max(0, d.start - 20), d.start) if d.start > 0 else None
        day = _DAY_RE.match(d.timex) if a else None
        if day is None or (merged and merged[-1].end > a.start()):
            merged.append(d)
            continue
        x = dt.date.fromisoformat(day.group(0))
        if a.group("w").startswith("week"):
            lo = x - dt.timedelta(days=x.weekday())
            hi = lo + dt.timedelta(days=6)
            iy, iw, _ = x.isocalendar()
            value = f"{iy:04d}-W{iw:02d}"
        else:
            lo = hi = x + dt.timedelta(days=-1 if "before" in a.group("w") else 1)
            value = lo.isoformat()
        if d.lo is None:
            lo = hi = None
        end = d.end
        shown = value if d.value else ""
        merged.append(replace(d, start=a.start(), end=end, value=shown, lo=lo, hi=hi, timex=value))
    return merged


# tried after the patterns of dates named in full, so that the sentence's own are found
PATTERNS = [("anaphor", _ANAPHOR_RE, anaphor), ("full_year", _FULL_YEAR_RE, full_year)]
# before the weekdays read alone
EARLY_PATTERNS = [("weekday_anaphor", _WEEKDAY_ANAPHOR_RE, weekday_anaphor)]
