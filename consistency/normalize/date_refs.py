"""Temporal expressions that are no single calendar period: times of day kept on their day
("10:35 a.m. Friday", "Tuesday morning", "tonight"), sets ("every Monday", "annually"),
and references to the present, past or future ("now", "currently", "recently").

Sets and references carry a TimeML value ("P1Y", "XXXX-WXX-1", "PRESENT_REF") with their
frame ("set", "ref") and no interval, so the date rule never compares them with a date.
A time of day keeps the day it is on as its interval; a clock time with no day of its own is
read on the day the article named last (the publication day when none) as a value only (no
interval: the day is a guess).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from consistency import lexicon
from consistency.lexicon.calendar import MONTH_RE, month_number
from consistency.lexicon.patterns import alternation
from consistency.normalize.date_named import named_day
from consistency.normalize.date_resolve import _weekday, guess_year, nearer, tense
from consistency.normalize.date_tense import deadline_before, past_beside

_T = lexicon.table("temporal.toml")
_REFS: dict[str, str] = _T["refs"]
_SETS: dict[str, str] = _T["sets"]
_PARTS: dict[str, str] = _T["day_parts"]
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
_WD = "|".join(calendar.day_name[i] for i in range(7))
_DAYWORD = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0}

_REF_RE = re.compile(
    rf"(?<![\w-])(?P<r>{alternation(_REFS)})(?![\w-])",
    re.IGNORECASE,
)
# "the past three years", "the past decade", "the future tense": part of a longer phrase
_LONGER_RE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?|centur|quarters?|hours?|minutes?"
    r"|half|several|few|tense|perfect|\d)",
    re.IGNORECASE,
)
_NOT_NOW_RE = re.compile(
    r"\b(?:from|until|till|by|up to|than|between)\s+$|\b(?:now\s+that)\b", re.I
)


def ref(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    word = " ".join(m.group("r").lower().split())
    if word == "now" and _NOT_NOW_RE.search(m.string[max(0, m.start() - 12) : m.end() + 5]):
        raise ValueError("'from now', 'now that': no reference of its own")
    if word.endswith(("past", "future", "term")) and _LONGER_RE.match(m.string, m.end()):
        raise ValueError("the past of 'the past three years' belongs to the duration")
    if word in ("current", "recent") and not re.match(r"\s+[a-z]", m.string[m.end() :]):
        raise ValueError("an adjective before a noun only")
    return None, None, "ref", _REFS[word]


_EVERY_UNIT = (
    r"day|week|month|year|quarter|night|morning|evening|afternoon|hour|weekend|summer|winter"
)
_SET_RE = re.compile(
    rf"(?<![\w-])(?:(?P<w>{alternation(_SETS)})"
    rf"|(?P<q>every|each)\s+(?:(?P<other>other|single)\s+)?(?:(?P<wd>{_WD})|(?P<u>{_EVERY_UNIT}))"
    rf"|(?P<wds>(?:{_WD})s)(?=\s+(?:and|or|through)\b|[,.;]|\s+(?:at|in|from)\s))(?![\w-])",
    re.IGNORECASE,
)
_SET_UNIT = {"day": "P1D", "night": "P1D", "morning": "P1D", "evening": "P1D", "afternoon": "P1D"}
_SET_UNIT |= {"week": "P1W", "weekend": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M"}
_SET_UNIT |= {"hour": "PT1H", "summer": "P1Y", "winter": "P1Y"}


def every(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    g = m.groupdict()
    if g["w"]:
        word = " ".join(g["w"].lower().split())
        if word in ("daily", "weekly", "monthly") and re.match(r"\s+[A-Z]", m.string[m.end() :]):
            raise ValueError("'Daily News', 'Weekly Standard': a name")
        return None, None, "set", _SETS[word]
    wd = g["wd"] or (g["wds"] or "")[:-1]
    if wd:
        if g["wds"] and not re.search(r"\b(?:on|every|most|some|all)\s+$", m.string[: m.start()]):
            raise ValueError("a plural weekday is a set after 'on' only")
        return None, None, "set", f"XXXX-WXX-{_WEEKDAYS[wd.lower()] + 1}"
    value = _SET_UNIT[g["u"].lower()]
    if g["other"] and g["other"].lower() == "other":
        value = value.replace("1", "2")
    return None, None, "set", value


_CLOCK = (
    r"(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.|[ap]m\b)"
    r"|(?P<h24>[01]\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s*(?:GMT|UTC|hours|hrs))"
    r"|(?P<noon>noon|midnight)"
)
_TZ = r"(?:\s*\((?:[^()]{1,16})\))?(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?"
_CLOCK_RE = re.compile(
    rf"\b(?:{_CLOCK}){_TZ}"
    rf"(?:,?\s+(?:on\s+)?(?P<wd2>{_WD})|,?\s+(?P<dw2>today|yesterday|tomorrow)\b"
    rf"|,?\s+(?:on\s+)?(?P<md>(?-i:(?P<mon>{MONTH_RE}))\s?(?P<mday>[0-3]?\d)\b))?",
    re.IGNORECASE,
)
# a part of the day is found first, then the day it is on, before it (a cheaper scan)
_PART_RE = re.compile(
    r"\b(?P<part>morning|afternoon|evening|night|tonight|overnight|midday|mid-?afternoon"
    r"|mid-?morning)\b",
    re.IGNORECASE,
)
_DAY_BEFORE_RE = re.compile(
    rf"(?:\b(?:early|late|mid)[- ])?\b(?:(?P<wd>{_WD})|(?P<dw>today|yesterday|tomorrow|this|last|that))\s+$",
    re.IGNORECASE,
)
_DAY_AFTER_RE = re.compile(r"\s+(?P<dw>yesterday|today|tomorrow)\b", re.IGNORECASE)
_STANDALONE = ("tonight", "overnight", "midday", "midafternoon", "midmorning")


def _day(pub: dt.date, wd: str | None, dw: str | None, frame: str):
    """The day a time of day is on (its likeliest reading), the days it can be on, and
    whether the text names it."""
    if wd:
        lo, hi = _weekday(pub, _WEEKDAYS[wd.lower()], "", frame)
        return (hi if frame == "future" else nearer(pub, lo, hi)), (lo, hi), True
    day = pub
    if dw and dw.lower() in _DAYWORD:
        day = pub + dt.timedelta(days=_DAYWORD[dw.lower()])
    elif dw and dw.lower() == "last":
        day = pub - dt.timedelta(days=1)
    return day, (day, day), bool(dw)


def _named_day(m: re.Match[str], *groups: str) -> tuple[int, int] | None:
    """The span of the weekday a time of day is attached to: the claim is that day, as other
    outlets write it ("late Friday afternoon" and "Friday"), its value carries the time."""
    for name in groups:
        if m.group(name):
            return m.span(name)
    return None


def day_part(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "Tuesday morning", "this evening", "tonight": the day, with the part of it."""
    word = m.group("part").lower().replace("-", "")
    lead = max(0, m.start() - 30)
    before = _DAY_BEFORE_RE.search(m.string, lead, m.start())
    after = _DAY_AFTER_RE.match(m.string, m.end()) if before is None else None
    if after is not None:  # "mid-afternoon yesterday", "late morning today"
        frame = tense(clause)
        if pub is None:
            return None, None, frame, ""
        day = pub + dt.timedelta(days=_DAYWORD[after.group("dw").lower()])
        code = _PARTS.get(word) or ("AF" if "afternoon" in word else "MO")
        return day, day, frame, f"{day.isoformat()}T{code}", (m.start(), after.end())
    if before is None and word not in _STANDALONE:
        raise ValueError("'in the morning' names no day")
    code = _PARTS.get(word) or ("AF" if "afternoon" in word else "MO")
    frame = tense(clause)
    if before is not None and before.group("wd") and past_beside(m.string, before.start(), m.end()):
        frame = "past"  # "rallied Friday night" in a clause that speaks of what will come
    if before is not None and before.group("wd") and deadline_before(m.string, before.start()):
        frame = "future"  # "postponed until Tuesday morning"
    if pub is None:
        return None, None, frame, ""
    wd, dw = (before.group("wd"), before.group("dw")) if before else (None, "today")
    day, (lo, hi), _ = _day(pub, wd, dw, frame)
    value = f"{day.isoformat()}T{code}"
    span = before.span("wd") if wd else ((before.start(), m.end()) if before else m.span())
    return lo, hi, frame, value, span


def clock(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "10:35 a.m. Friday", "noon", "0735 GMT": a clock time on its day."""
    g = m.groupdict()
    frame = "future" if deadline_before(m.string, m.start()) else tense(clause)
    if g["noon"]:
        hhmm = _PARTS[g["noon"].lower()]
    elif g["h24"]:
        hhmm = f"{g['h24']}:{g['mi24']}"
    else:
        h = int(g["h"])
        if h > 12 or h == 0:
            raise ValueError("no such clock time")
        pm = g["ap"].lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
        hhmm = f"{h:02d}:{g['mi'] or '00'}"
    if pub is None:
        return None, None, frame, ""
    if g["md"]:  # "5 p.m. EST, Nov. 9": the claim is the date, its value carries the time
        past = past_beside(m.string, m.start(), m.end())
        year = guess_year(pub, month_number(g["mon"]), int(g["mday"]), frame, past)
        day = dt.date(year, month_number(g["mon"]), int(g["mday"]))
        return day, day, frame, f"{day.isoformat()}T{hhmm}", m.span("md")
    day, (lo, hi), named = _day(pub, g["wd2"], g["dw2"], frame)
    if not named:  # on the day named last ("shot on Oct. 23 ... at 10 p.m."), never compared
        day = named_day(found, m.start(), pub)
        return None, None, "time", f"{day.isoformat()}T{hhmm}"
    span = _named_day(m, "wd2")
    value = f"{day.isoformat()}T{hhmm}"
    return (lo, hi, frame, value, span) if span else (lo, hi, frame, value)


# (kind, pattern, resolver): tried before the day patterns of dates.py (sets before
# weekdays: "every Monday"), references after them; their cue words are in temporal.toml
PATTERNS = [("set", _SET_RE, every), ("clock", _CLOCK_RE, clock), ("time", _PART_RE, day_part)]
LATE_PATTERNS = [("ref", _REF_RE, ref)]
