"""The quarter an article reports on, for the phrases that point back at it.

An earnings story leads with its quarter ("Du Pont's third-quarter profit rose 19%") and
then writes "the quarter", "the latest period", "a year earlier" and "the year-ago period"
for it, sentences later, between side mentions of other quarters ("after a flat second
quarter", an outlook for the fourth). `next_anchor` keeps the first quarter or half the
article names (its TimeML value, "1989-Q3"); `find_dates` hands it to the resolvers as a
mention before the sentence's start (`as_mention`), and `anchored` reads it back, after any
quarter named earlier in the sentence itself. A month or season named without a quarter
ends it: the story has moved on, and the next quarter it names is the anchor. Values read from the anchor are a
reading of the text; their intervals are never compared (their kinds are uncompared).
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

QUARTER_VALUE_RE = re.compile(r"(\d{4})-(Q[1-4]|H[12])$")
# the words that name a quarter, not point back at one ("the year-ago quarter" points)
_NAMING_RE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|Q[1-4])\b", re.I)
_POINTING_RE = re.compile(r"\b(?:ago|earlier|before|previous|prior|preceding|last)\b", re.I)
_MOVED_RE = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)$")  # a month or a season
# a sentence that speaks of another period than the quarter: "For the nine months, ...
# a year earlier" compares the nine months, "the full year" the year
_OTHER_PERIOD_RE = re.compile(
    r"\b(?:(?:nine|six|three|twelve|\d+)[- ]months?|(?:the|full|fiscal|calendar)[- ]year\b"
    r"|(?:first|second)\s+half|year\s+(?:ended|to\s+date)|year-to-date)",
    re.IGNORECASE,
)


def next_anchor(sentence: str, mentions, anchor: str, pub: dt.date | None) -> str:
    """The anchor after a sentence and its date mentions: `anchor` when there is one, else
    the first quarter or half the sentence names that had begun by publication (a forecast
    for "the third quarter of 1990" is no report on it); "" when the sentence names a month
    or season and no quarter."""
    named = ""
    moved = False
    for d in mentions:
        q = QUARTER_VALUE_RE.match(d.timex)
        if q:
            text = sentence[d.start : d.end]
            begun = pub is None or label_span(int(q.group(1)), q.group(2))[0] <= pub
            if begun and _NAMING_RE.search(text) and not _POINTING_RE.search(text):
                named = named or d.timex
        elif _MOVED_RE.match(d.timex):
            moved = True
    if named:
        return anchor or named
    return "" if moved else anchor


def as_mention(anchor: str, mention_type):
    """The anchor as a mention before the sentence (start -1), for the resolvers' `found`."""
    return mention_type(-1, -1, anchor, None, None, "absolute", anchor)


def anchored(found, before: int, sentence: str = "") -> tuple[int, str] | None:
    """(year, "Q3") of the nearest quarter or half before offset `before`: one named earlier
    in the sentence, else the article's anchor unless the sentence, before `before`, speaks
    of another period ("For the nine months")."""
    best = None
    for d in found:
        near = best is None or d.start > best.start
        if near and d.start < before and QUARTER_VALUE_RE.match(d.value or ""):
            best = d
    if best is None:
        return None
    if best.start < 0 and _OTHER_PERIOD_RE.search(sentence, 0, before):
        return None
    y, label = QUARTER_VALUE_RE.match(best.value).groups()
    return int(y), label


def label_span(y: int, label: str) -> tuple[dt.date, dt.date]:
    """The days of quarter or half `label` ("Q3", "H1") of year y."""
    import calendar

    n = int(label[1])
    first, last = (3 * n - 2, 3 * n) if label[0] == "Q" else (6 * n - 5, 6 * n)
    return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])


_PERIOD_REF_RE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Ii]ts)\s+(?:(?P<y>(?:1[89]|20)\d\d)\s+"
    r"|(?P<ago>year[- ](?:ago|earlier)|prior[- ]year|previous[- ]year)\s+"
    r"|(?P<same>same|comparable|corresponding|latest|most\s+recent)\s+"
    r"(?:(?P<ago2>year[- ](?:ago|earlier))\s+)?)"
    r"period\b(?:\s+(?P<last>(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year"
    r"|(?:the\s+)?(?:previous|prior)\s+year)))?",
)


def period_ref(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "the latest period", "the year-ago period", "the 1988 period", "the same period last
    year": the quarter the article reports on (in the year named or a year before); without
    one a year-ago period is the year before, and "the latest period" is left unread."""
    if pub is None:
        raise ValueError("no publication date")
    back = bool(m.group("ago") or m.group("ago2") or m.group("last"))
    got = anchored(found, m.start(), m.string)
    if got is None:
        if m.group("y"):
            y = int(m.group("y"))
        elif back:
            y = pub.year - 1
        else:
            raise ValueError("the latest period of what")
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "past", f"{y:04d}"
    y, label = got
    y = int(m.group("y")) if m.group("y") else y - back
    lo, hi = label_span(y, label)
    return lo, hi, "past", f"{y:04d}-{label}"


PATTERNS = [("period_ref", _PERIOD_REF_RE, period_ref)]


_ENDED_RE = re.compile(r"\s+(?:ended|ending|that\s+ended)\s+")
_DAY_RE = re.compile(r"\d{4}-\d\d-\d\d")


def ended_quarter(sentence: str, out: list) -> list:
    """ "the quarter ended July 31": a quarter without its ordinal is the calendar quarter
    holding most of the three months up to that day (May to July: the second), not the one
    the article reported on. `out`: the sentence's mentions in order of start."""
    from dataclasses import replace

    result = list(out)
    for i, (d, day) in enumerate(pairwise(out)):
        if (
            "-Q" not in d.timex
            or not _DAY_RE.fullmatch(day.timex)
            or not _ENDED_RE.fullmatch(sentence, d.end, day.start)
            or _NAMING_RE.search(sentence, d.start, d.end)
        ):
            continue
        mid = dt.date.fromisoformat(day.timex) - dt.timedelta(days=45)
        value = f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}"
        result[i] = replace(d, value=value if d.value else "", timex=value)
    return result
