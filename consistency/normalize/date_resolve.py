"""Date arithmetic: a matched date phrase and the publication date to a day interval
[lo, hi] and a frame (past, future, ambiguous, absolute); tense of the clause."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from consistency import lexicon
from consistency.lexicon.calendar import month_number
from consistency.normalize.date_tense import (
    UPCOMING_DAYS,
    ahead_before,
    deadline_before,
    past_beside,
    tense,
    told_past,
)

_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

# "first".."nineteenth", from the number words data file (its fraction words left out)
_DAY_ORDINALS = {
    w: int(v)
    for w, v in lexicon.table("number_words.toml")["ordinals"].items()
    if v < 20 and w not in ("half", "halves", "quarter")
}
_UNIT_ORDINALS = "|".join(w for w, v in _DAY_ORDINALS.items() if v < 10)
ORDINAL_DAY = (
    rf"(?:(?:twenty|thirty)[- ](?:{_UNIT_ORDINALS})"
    r"|twentieth|thirtieth|" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + ")"
)
# a word every ORDINAL_DAY holds ("twenty-first" holds "first")
ORDINAL_WORDS = frozenset(_DAY_ORDINALS) | {"twentieth", "thirtieth"}


def _ordinal_day(text: str) -> int:
    """ "twenty-first" -> 21, "3rd" -> 3."""
    t = text.lower().replace("-", " ")
    if t[0].isdigit():
        return int(re.match(r"\d+", t).group())
    tens = {"twenty": 20, "thirty": 30, "twentieth": 20, "thirtieth": 30}
    parts = t.split()
    value = tens.get(parts[0], 0)
    last = parts[-1]
    return value + _DAY_ORDINALS.get(last, 0) if last not in tens else value


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def interval_value(lo: dt.date, hi: dt.date) -> str:
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


def nearer(pub: dt.date, before: dt.date, after: dt.date) -> dt.date:
    """Of a day before the publication date and one after it, the nearer (the earlier when
    both are as near)."""
    return before if (pub - before) <= (after - pub) else after


def _part_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    part = part.lower()
    if part in ("early", "the start of", "the beginning of"):
        return dt.date(year, 1, 1), dt.date(year, 4, 30)
    if part in ("mid", "the middle of"):
        return dt.date(year, 4, 1), dt.date(year, 9, 30)
    return dt.date(year, 9, 1), dt.date(year, 12, 31)


def guess_year(
    pub: dt.date | None, month: int, day: int, frame: str, past: bool = False
) -> int | None:
    """The year of a month and day written without one: in the future, the first not more
    than a week back; with a past-tense verb of its own, the last not more than a week
    ahead; else the coming one when it is at most UPCOMING_DAYS ahead, the last one when not."""
    if pub is None:
        return None
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    week = dt.timedelta(days=7)
    if frame == "future":
        return next((c.year for c in cands if c >= pub - week), None)
    if not past:
        ahead = pub + dt.timedelta(days=UPCOMING_DAYS)
        upcoming = [c for c in cands if pub + week < c <= ahead]
        if upcoming:
            return upcoming[0].year
    return max((c.year for c in cands if c <= pub + week), default=None)


def _past_before(m: re.Match[str], frame: str) -> bool:
    """A date read in the future for a word after it ("issued a statement Friday saying the
    entry will ...") whose own verb, before it, is in the past."""
    if frame != "future":
        return False
    from consistency.normalize.context import clause_start

    s = m.start()
    return told_past(m.string, clause_start(m.string, s, 120), s, s)


# before "the fifteenth" with no weekday: the prepositions of a day ("on the fifteenth",
# "by the twenty-second"), not "in" ("in the eleventh", an inning or a round)
_DAY_PREP_RE = re.compile(
    r"\b(?:on|by|until|till|since|before|after|for|from|through)\s+$", re.IGNORECASE
)


def resolve(kind: str, m: re.Match[str], pub: dt.date | None, clause: str):
    g = m.groupdict()
    if kind == "iso":
        month = int(g["m"]) if g["m"].isdigit() else month_number(g["m"])
        d = dt.date(int(g["y"]), month, int(g["d"]))
        return d, d, "absolute"
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        # dots mean day first (13.5.2015); else US month first unless the first is no month
        day, month = (a, b) if g["s"] == "." or a > 12 else (b, a)
        d = dt.date(_full_year(g["y"], pub), month, day)
        return d, d, "absolute"
    if kind == "nth_weekday":
        return _nth_weekday(g, pub, clause)
    if kind == "nth_word":
        day = _ordinal_day(g["ow"])
        if not g["wd"] and (
            day < 11 or not _DAY_PREP_RE.search(m.string, max(0, m.start() - 9), m.start())
        ):
            raise ValueError("'the second', 'the fifteenth' alone: an ordinal of anything")
    if kind in ("nth", "nth_word"):
        if pub is None:
            return None, None, "past"
        frame = tense(clause)
        day = int(g["d"]) if kind == "nth" else _ordinal_day(g["ow"])
        shift = 0
        if frame == "future" and day < pub.day:
            shift = 1
        elif frame != "future" and day > pub.day:
            shift = -1
        idx = pub.year * 12 + pub.month - 1 + shift
        if g["wd"]:  # "Friday the 13th": the nearest month, that way, whose 13th is a Friday
            return _weekday_day(idx, day, _WEEKDAYS[g["wd"].lower()], frame)
        d = dt.date(idx // 12, idx % 12 + 1, day)
        return d, d, frame
    if kind in ("month_day", "day_month"):
        month, day = month_number(g["m"]), int(g["d"])
        frame = tense(clause)
        past = not g.get("y") and past_beside(m.string, m.start(), m.end())
        year = int(g["y"]) if g.get("y") else guess_year(pub, month, day, frame, past)
        if year is None:
            return None, None, frame
        d = dt.date(year, month, day)
        return d, d, "absolute" if g.get("y") else frame
    if kind in ("month_ord", "ord_month"):
        day = _ordinal_day(g["ow"])
        frame = tense(clause)
        if g.get("rel"):
            if pub is None:
                return None, None, frame
            shift = {"next": 1, "this": 0, "last": -1}[g["rel"]]
            first = _unit_span(pub, "month", shift)[0]
            d = dt.date(first.year, first.month, day)
            return d, d, frame
        month = month_number(g["m"])
        past = not g.get("y") and past_beside(m.string, m.start(), m.end())
        year = int(g["y"]) if g.get("y") else guess_year(pub, month, day, frame, past)
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
    if kind == "part_year":  # "early 2019": the year (TimeML adds a modifier), its days kept
        lo, hi = _part_year(g["part"], int(g["y"]))
        return lo, hi, "absolute", g["y"]
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
        rel = (g["rel"] or "").lower()
        if not rel and (ahead_before(m.string, m.start()) or deadline_before(m.string, m.start())):
            frame = "future"  # "ahead of Sunday's vote", "postponed until Tuesday"
        elif not rel and (past_beside(m.string, m.start(), m.end()) or _past_before(m, frame)):
            frame = "past"  # "said Friday" in a clause that speaks of what will come
        lo, hi = _weekday(pub, _WEEKDAYS[g["wd"].lower()], rel, frame)
        if lo != hi:  # either day may be meant: the nearer is the likelier reading
            return lo, hi, frame, nearer(pub, lo, hi).isoformat()
        return lo, hi, frame
    if kind == "week_day":
        shift = {"last": -1, "this": 0, "next": 1}[(g["rel1"] or g["rel2"]).lower()]
        monday = _unit_span(pub, "week", shift)[0]
        d = monday + dt.timedelta(days=_WEEKDAYS[(g["wd1"] or g["wd2"]).lower()])
        return d, d, "past" if shift < 0 else ("future" if shift > 0 else frame)
    if kind == "ago":
        base = pub + dt.timedelta(
            days={"tomorrow": 1, "yesterday": -1}.get((g["base"] or "").lower(), 0)
        )
        return _ago(base, g["n"], g["u"].lower(), -1 if g["dir"].lower() == "ago" else 1)
    # relative
    if g["word"]:
        word = " ".join(g["word"].lower().split()).removeprefix("the ")
        shift = {
            "yesterday": -1,
            "today": 0,
            "tomorrow": 1,
            "day before yesterday": -2,
            "day after tomorrow": 2,
        }[word]
        d = pub + dt.timedelta(days=shift)
        return d, d, frame
    unit = (g["u1"] or g["u2"]).lower()
    if g["early"]:  # "earlier this month": part of the month, read as the month
        lo, hi = _unit_span(pub, unit, 0)
        value = _unit_value(lo, unit)
        if g["early"].lower() == "earlier":
            return lo, pub, "past", value
        return pub, hi, "future", value
    rel = g["rel"].lower()
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    lo, hi = _unit_span(pub, unit, shift)
    frame = "past" if shift < 0 else ("future" if shift > 0 else frame)
    if "fiscal" in m.group(0).lower():  # its months are the company's: read, never compared
        return None, None, frame, _unit_value(lo, unit)
    return lo, hi, frame  # a week as its days: "2026-01-05/2026-01-11" reads in a report


def _weekday_day(idx: int, day: int, weekday: int, frame: str) -> tuple:
    """The day `day` of month index `idx` (year * 12 + month - 1), or of the nearest month
    after it (in the future) or before it (else) where that day is `weekday`, within two
    years; the day of month `idx` when none is."""
    step = 1 if frame == "future" else -1
    for k in range(25):
        i = idx + step * k
        try:
            d = dt.date(i // 12, i % 12 + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            return d, d, frame
    d = dt.date(idx // 12, idx % 12 + 1, day)
    return d, d, frame


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def _nth_weekday(g: dict, pub: dt.date | None, clause: str):
    """The n-th (or last) weekday of a month; None when the month has no such day."""
    frame = tense(clause)
    if g["rel"]:
        if pub is None:
            return None, None, frame
        shift = {"this": 0, "next": 1, "last": -1, "previous": -1}[g["rel"].lower()]
        year, month = _unit_span(pub, "month", shift)[0].timetuple()[:2]
    else:
        month = month_number(g["m"])
        year = int(g["y"]) if g["y"] else guess_year(pub, month, 1, frame)
        if year is None:
            return None, None, frame
    weekday = _WEEKDAYS[g["wd"].lower()]
    days = [
        d
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    n = _ORDINALS[g["ord"].lower()]
    if n > len(days):
        raise ValueError("no such day")  # "the fifth Sunday" of a month with four
    d = dt.date(year, month, days[n - 1] if n > 0 else days[-1])
    return d, d, "absolute" if g["y"] else frame


def _full_year(text: str, pub: dt.date | None) -> int:
    """A two-digit year in the century that puts it at most 20 years after publication."""
    if len(text) == 4:
        return int(text)
    yy = int(text)
    ref = pub.year if pub else 2000
    year = ref // 100 * 100 + yy
    return year - 100 if year > ref + 20 else year


_VAGUE_COUNTS = {"few": (2, 4), "a few": (2, 4), "several": (3, 9), "a couple of": (2, 3)}


def _ago(pub: dt.date, count: str, unit: str, sign: int) -> tuple:
    """ "two days ago" is a day; "two years ago" spans half a unit either side, as newsroom
    usage is loose; vague counts ("a few weeks ago") span their range. A counted phrase
    reads at its own granularity: "six weeks ago" a week, "two months ago" a month, "41
    years ago" a year."""
    from consistency.normalize.numbers import parse_number

    c = " ".join(count.lower().split())
    lo_n, hi_n = _VAGUE_COUNTS.get(c) or ((1, 1) if c in ("a", "an") else (parse_number(c),) * 2)
    if lo_n is None:
        raise ValueError(count)
    days = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}[unit]
    slack = 0 if unit in ("day", "week") else days / 2
    # the slack widens the span on both sides ("a few months ago": 1.5 to 4.5 months back)
    near, far = sorted((sign * lo_n * days, sign * hi_n * days))
    lo = pub + dt.timedelta(days=round(near - slack))
    hi = pub + dt.timedelta(days=round(far + slack))
    frame = "past" if sign < 0 else "future"
    if lo_n != hi_n or lo_n != int(lo_n) or unit == "day":
        return lo, hi, frame
    n = int(lo_n) * sign
    if unit == "week":
        iy, iw, _ = (pub + dt.timedelta(weeks=n)).isocalendar()
        return lo, hi, frame, f"{iy:04d}-W{iw:02d}"
    if unit == "month":
        first = _unit_span(pub, "month", n)[0]
        return lo, hi, frame, f"{first.year:04d}-{first.month:02d}"
    return lo, hi, frame, f"{pub.year + n:04d}"


def _unit_value(first: dt.date, unit: str) -> str:
    """A week, month or year starting on `first`, as TimeML writes it."""
    if unit == "week":
        iy, iw, _ = first.isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    return f"{first.year:04d}-{first.month:02d}" if unit == "month" else f"{first.year:04d}"


def _unit_span(pub: dt.date, unit: str, shift: int) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        idx = pub.year * 12 + pub.month - 1 + shift
        return _month_span(idx // 12, idx % 12 + 1)
    y = pub.year + shift
    return dt.date(y, 1, 1), dt.date(y, 12, 31)
