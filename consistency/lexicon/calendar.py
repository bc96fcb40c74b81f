"""Month names and numbers (English, from the standard library's calendar)."""

from __future__ import annotations

import calendar
import re

_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
_MONTHS["sept"] = 9

_FULL = [calendar.month_name[i] for i in range(1, 13)]
_ABBR = [a if a != "Sep" else "Sept?" for a in (calendar.month_abbr[i] for i in range(1, 13))]
_ABBR.remove("May")
# alternations for regular expressions: full names first, then abbreviations
MONTH_NAMES = "|".join(_FULL + _ABBR)
# the names of the days and months, lower-cased ("monday", "march", "mar")
CALENDAR_WORDS = frozenset(
    n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n
)
MONTH_RE = "(?:" + "|".join(_FULL + [a + r"\.?" for a in _ABBR]) + ")"


def month_number(name: str) -> int | None:
    """Return 1-12 for a month name or abbreviation ("Jan.", "sept")."""
    return _MONTHS.get(name.lower().rstrip("."))


_YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_MONTH_DAY_RE = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_WEEKDAY_RE = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def written_parts(text: str) -> str:
    """The parts of a date its words write, each to be compared only with the same part:
    "Sept. 11, 2001" -> "Y2001 M09-11", "Tuesday" -> "Wtues", "2015" -> "Y2015". A year
    guessed for "Jan. 6" is no written part: it never contradicts "the 2021 riot"."""
    parts = []
    year = _YEAR_RE.search(text)
    if year:
        parts.append("Y" + year.group())
    md = _MONTH_DAY_RE.search(text)
    if md:
        parts.append(f"M{month_number(md.group(1)):02d}-{int(md.group(2)):02d}")
    wd = _WEEKDAY_RE.search(text)
    if wd:
        parts.append("W" + wd.group(1).lower())
    return " ".join(parts)


# the value of a year, half, quarter or month ("2020", "2020-Q3", "XXXX-H1", "2021-03")
PERIOD_VALUE_RE = re.compile(r"(\d{4}|XXXX)(?:-(Q[1-4]|H[12]|\d\d))?")


def period_parts(value: str, placed: bool) -> str:
    """The parts of a period's value to compare, each only with the same part: "2020-Q3"
    -> "Y2020 Q3", "XXXX-H1" -> "H1", "2021-03" -> "Y2021 M03". The year counts only when
    the period is `placed` (its year written, not guessed from the publication date)."""
    m = PERIOD_VALUE_RE.fullmatch(value)
    if not m:
        return ""
    parts = [f"Y{m.group(1)}"] if placed and m.group(1) != "XXXX" else []
    sub = m.group(2) or ""
    if sub:
        parts.append(sub if sub[0] in "QH" else f"M{sub}")
    return " ".join(parts)


def parts_conflict(a: str, b: str) -> bool:
    """Whether two written forms ("Y2001 M09-11", "Wtues") differ in a part both write."""
    pa = {p[0]: p for p in a.split()}
    pb = {p[0]: p for p in b.split()}
    return any(pa[k] != pb[k] for k in pa.keys() & pb.keys())
