"""Dates written plainly: a month and day with a slash and no year ("on 4/22", as US news
writes them; "22/04" day first when the first number is no month) and a month name in
lower case with its day ("january 12th, 2016", as lower-cased copy writes them).

A slash between two small numbers is often no date: a fraction ("1/2", "3/4 of voters"),
a rating ("7/10"), an event's name ("9/11", lexicon slash_names.txt). A month and day with
a slash is read when the day is past 12 (no common fraction or rating has such a
denominator) or a preposition of dates stands before it ("on 4/5"), never before "of" or a
lower-case word that is no verb ("3/4 cup"). A month name in lower case is read only with a
day marked as an ordinal or followed by a year: "may" and "march" are verbs too.
"""

from __future__ import annotations

import datetime as dt
import re

from consistency import lexicon
from consistency.normalize.date_resolve import guess_year, resolve
from consistency.normalize.date_tense import past_beside, tense

_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"

_SLASH_RE = re.compile(r"(?<![\w/.$€£-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/%-]|[.,]\d|,\s?\d)")
_NEXT_RE = re.compile(r"\s+([a-z]+)")
_DATE_PREP_RE = re.compile(
    r"\b(?:on|since|by|until|till|through|from|before|after|to|between|and)\s+$", re.IGNORECASE
)
_NAMES = frozenset(lexicon.lines("slash_names.txt"))
# what follows a fraction, never a day: "3/16 of an inch", "15/16 inch", "5/16-inch"
_MEASURE_AFTER = frozenset(
    [
        "of",
        "inch",
        "inches",
        "cup",
        "cups",
        "mile",
        "miles",
        "teaspoon",
        "teaspoons",
        "tablespoon",
        "tablespoons",
        "pound",
        "pounds",
        "ounce",
        "ounces",
        "odds",
    ]
)

_LOWER_RE = re.compile(
    rf"\b(?P<m>{_MONTHS})\s(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)\b|(?=,?\s{_YEAR}\b))"
    rf"(?:,?\s(?P<y>{_YEAR})\b)?"
)


def _slash(m: re.Match[str], pub: dt.date | None, clause: str, _out):
    if m.group() in _NAMES:
        raise ValueError("a name")
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (b, a) if a > 12 else (a, b)
    if day <= 12 and not _DATE_PREP_RE.search(m.string, max(0, m.start() - 12), m.start()):
        raise ValueError("maybe a fraction")
    nxt = _NEXT_RE.match(m.string, m.end())
    if nxt and nxt.group(1) in _MEASURE_AFTER:
        raise ValueError("a measure")
    dt.date(2000, month, day)  # 2000: leap, so "2/29" is a day
    frame = tense(clause)
    year = guess_year(pub, month, day, frame, past_beside(m.string, m.start(), m.end()))
    if year is None:
        return None, None, frame
    d = dt.date(year, month, day)
    return d, d, frame


def _lower(m: re.Match[str], pub: dt.date | None, clause: str, _out):
    return resolve("month_day", m, pub, clause)


PATTERNS = [("slash_day", _SLASH_RE, _slash), ("lower_month_day", _LOWER_RE, _lower)]
