"""Years said in words, as broadcast transcripts write them: "in nineteen ninety-six",
"January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
thousand"; and days of the month said as counts, "May twenty-one", "on June five".

A year in words is two numbers said in a row: a century from eleven to nineteen (or twenty),
then a number under a hundred ("ninety-six", "oh five") or "hundred". A year in
words is read after a word that introduces a year ("in", "since", "of", a month, a
determiner: "a nineteen ninety-seven attack"), as two numbers in a row may be a count or a
price; "two thousand" only after "the year".
"""

from __future__ import annotations

import datetime as dt
import re

from consistency import lexicon
from consistency.lexicon.calendar import MONTH_RE, month_number
from consistency.normalize.date_resolve import guess_year
from consistency.normalize.date_tense import past_beside, tense

_W = lexicon.table("number_words.toml")
_UNITS: dict[str, int] = {w: int(v) for w, v in _W["units"].items() if 1 <= v <= 19}
_TENS: dict[str, int] = {w: int(v) for w, v in _W["tens"].items()}
_SEASONS: dict[str, str] = lexicon.table("temporal.toml")["seasons"]

_ONE = "one|two|three|four|five|six|seven|eight|nine"
_TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_RE = "|".join(_TENS)
_CENTURY = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
_REST = (
    rf"(?P<tens>{_TENS_RE})(?:[- ](?P<one>{_ONE}))?\b|(?P<teen>{_TEEN})\b|oh[- ](?P<oh>{_ONE})\b"
)

_SPOKEN_RE = re.compile(
    rf"(?:\b(?P<m>(?-i:{MONTH_RE}))\s+|\b(?P<the>the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+of\s+)?"
    rf"(?:\b(?P<c>{_CENTURY})[- ](?:{_REST}|(?P<hundred>hundred)\b)"
    rf"|\b(?P<year_word>the\s+year\s+)two\s+thousand(?:\s+and)?(?:\s+(?P<k>{_ONE}|{_TEEN}))?\b)",
    re.IGNORECASE,
)
_CUE_RE = re.compile(
    r"\b(?:in|since|by|of|from|until|till|through|during|before|after|between|and|to"
    r"|a|the|its|their|his|her)\s+$",
    re.IGNORECASE,
)
_SEASON_MONTHS: dict[str, list[int]] = lexicon.table("temporal.toml")["season_months"]


def spoken_year(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """The year, or the month or season of it, a year in words names."""
    g = m.groupdict()
    if g["year_word"]:
        y = 2000 + (_UNITS.get((g["k"] or "").lower(), 0))
    else:
        century = _UNITS.get(g["c"].lower()) or _TENS[g["c"].lower()]
        if century == 20 and g["hundred"]:
            raise ValueError("'twenty hundred' is a count")
        if not (g["m"] or g["s"] or _CUE_RE.search(m.string, max(0, m.start() - 8), m.start())):
            raise ValueError("'nineteen ninety-nine' without a cue may be a count or a price")
        rest = 0
        if g["tens"]:
            rest = _TENS[g["tens"].lower()] + _UNITS.get((g["one"] or "").lower(), 0)
        elif g["teen"]:
            rest = _UNITS[g["teen"].lower()]
        elif g["oh"]:
            rest = _UNITS[g["oh"].lower()]
        y = century * 100 + rest
    if g["m"]:
        month = month_number(g["m"])
        lo = dt.date(y, month, 1)
        hi = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return lo, hi, "absolute", f"{y:04d}-{month:02d}"
    if g["s"]:
        code = _SEASONS[g["s"].lower()]
        first, last = _SEASON_MONTHS[code]  # winter: [12, 14], into the next year
        lo = dt.date(y, first, 1)
        hi = dt.date(y + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)
        start = m.start("the") if g["the"] else m.start("s")
        return lo, hi, "absolute", f"{y:04d}-{code}", (start, m.end())
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "absolute", f"{y:04d}"


_DAY_COUNT = r"(?:twenty|thirty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_DAY_COUNT += "|" + _ONE + "|" + _TEEN
# "May twenty-one", "on June five, 2017": a month and a day said as a count, read only where
# the count can be no count of anything: nothing but punctuation, a year or the end after
# it ("In May twenty-one people died" is a count), and no "in", "during", "for", "of"
# before the month (a month alone follows those: "the toll for May: twenty-one")
_MONTH_COUNT_RE = re.compile(
    rf"\b(?P<m>(?-i:{MONTH_RE}))\s+(?P<d>{_DAY_COUNT})(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?"
    r"(?=\s*(?:[.,;:!?)\"”]|$))(?![.,]\d|,\s*\d)",
    re.IGNORECASE,
)
_MONTH_ALONE_BEFORE_RE = re.compile(
    r"\b(?:in|during|for|of|throughout|through|since|until|till|by)\s+$", re.IGNORECASE
)


def month_count(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """The day a month and a count name ("May twenty-one"), in the year the text gives or
    the one its tense points at."""
    if _MONTH_ALONE_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start()):
        raise ValueError("'in May twenty-one' is a month and a count")
    parts = m.group("d").lower().replace("-", " ").split()
    day = _TENS.get(parts[0]) or _UNITS[parts[0]]
    if len(parts) > 1:
        day += _UNITS[parts[1]]
    month = month_number(m.group("m"))
    frame = tense(clause)
    if m.group("y"):
        d = dt.date(int(m.group("y")), month, day)
        return d, d, "absolute"
    year = guess_year(pub, month, day, frame, past_beside(m.string, m.start(), m.end()))
    if year is None:
        return None, None, frame
    d = dt.date(year, month, day)
    return d, d, frame


# tried first: "the winter of nineteen ninety-four" is one date, not "the winter" alone;
# "May nineteen ninety" is a year, never the 19th
PATTERNS = [("spoken_year", _SPOKEN_RE, spoken_year), ("month_count", _MONTH_COUNT_RE, month_count)]
