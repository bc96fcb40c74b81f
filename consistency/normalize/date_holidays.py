"""Holidays news dates events by: "on Thanksgiving Day", "last Christmas", "Easter 2024".

Each holiday is a rule for its day in a year (lexicon data file holidays.toml: a fixed day,
the n-th weekday of a month, or days from Easter). Without a year it is placed like a month
named alone: "last" and "next" are the ones before and after the publication date, one told
in the past the last one, else one at most a few months ahead the coming one. Its year is a
guess then, so its interval is compared only when the year is written.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.normalize.context import clause_end, clause_start
from consistency.normalize.date_periods import pick
from consistency.normalize.date_tense import past_beside, tense, told_past

_H = lexicon.table("holidays.toml")
# the name first (a literal alternation the scan skips through quickly), the words before
# it after (`_REL_RE`)
_HOLIDAY_RE = re.compile(
    rf"(?P<h>{alternation([*_H['fixed'], *_H['weekday'], *_H['easter']])})(?![\w'’])"
    r"(?:,?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b)?"
    rf"(?!\s+{alternation(_H['not_before']['nouns'])}\b|\s+[A-Z])"  # "Good Friday Agreement"
)


def easter(y: int) -> dt.date:
    """Easter Sunday of year y (Gregorian; the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    return dt.date(y, month, (h + ll - 7 * m + 114) % 31 + 1)


def holiday_day(name: str, y: int) -> dt.date:
    """The day holiday `name` falls on in year y."""
    if name in _H["fixed"]:
        month, day = _H["fixed"][name]
        return dt.date(y, month, day)
    if name in _H["easter"]:
        return easter(y) + dt.timedelta(days=_H["easter"][name])
    month, weekday, n, earliest = _H["weekday"][name]
    if n > 0:
        first = dt.date(y, month, earliest)
        first += dt.timedelta(days=(weekday - first.weekday()) % 7)
        return first + dt.timedelta(weeks=n - 1)
    last = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


_REL_RE = re.compile(r"\b(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+$")


def holiday(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    s, e = m.span()
    if s and (m.string[s - 1].isalnum() or m.string[s - 1] in "-'’"):
        raise ValueError("inside a word")
    name = " ".join(m.group("h").split())
    before = _REL_RE.search(m.string, max(0, s - 20), s)
    span = (before.start() if before else s, e)
    frame = tense(clause)
    if m.group("y"):
        d = holiday_day(name, int(m.group("y")))
        return d, d, "absolute", d.isoformat(), span
    if pub is None:
        return None, None, frame, "", span

    def inst(y: int) -> tuple[dt.date, dt.date]:
        d = holiday_day(name, y)
        return d, d

    rel = " ".join(before.group("rel").lower().split()) if before else ""
    lo_c, hi_c = clause_start(m.string, span[0], 120), clause_end(m.string, e, 90)
    past = past_beside(m.string, span[0], e) or told_past(m.string, lo_c, s, hi_c)
    (day, _), (lo, hi) = pick(inst, pub, rel, frame, not past)
    return lo, hi, frame, day.isoformat(), span


PATTERNS = [("holiday", _HOLIDAY_RE, holiday)]
