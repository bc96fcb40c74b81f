"""Calendar periods longer than a day and shorter or longer than a year, each at its own
granularity: quarters and halves (calendar or fiscal, "the third quarter of 1997", "the
year-ago quarter"), seasons ("last fall"), weekends, decades ("the 1990s"), centuries,
months without a day ("in March", "last April"), and "a year earlier".

Every resolver returns (lo, hi, frame, value): [lo, hi] is the interval of days the phrase
can mean (what the date rule compares, by overlap), `value` the TimeML reading at the
phrase's granularity ("1997-Q3", "1998-FA", "199X", "1998-W32-WE", "1998-03").
A period without a year is placed against the publication date: "last" and "next" are the
instances before and after it; a bare one by the clause's tense, the nearest one when the
tense is open. Fiscal quarters are read as calendar quarters (a company's fiscal year is
not in the text).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from consistency import lexicon
from consistency.lexicon.calendar import month_number
from consistency.normalize import date_anchor, date_named, date_tense
from consistency.normalize.context import clause_end, clause_start
from consistency.normalize.date_tense import UPCOMING_DAYS, past_beside, tense, told_past

YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_FULL_MONTHS = "|".join(calendar.month_name[i] for i in range(1, 13))
_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORD_RE = r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)"  # "Third-quarter sales"
_BEFORE = {"last", "past", "previous", "prior", "preceding", "this past", "latest", "most recent"}
_AFTER = {"next", "coming", "this coming", "following", "upcoming"}
_THIS = {"this", "current", "present"}

Span = tuple[dt.date, dt.date]
# a quarter or half that ended this many days before publication is still the one whose
# results are to come: "will report third-quarter earnings" in October
_REPORTING_DAYS = 60


def _month_span(y: int, m: int) -> Span:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, first: int, last: int) -> Span:
    return _month_span(y, first)[0], _month_span(y, last)[1]


def pick(
    inst: Callable[[int], Span], pub: dt.date, rel: str, frame: str, upcoming: bool = False
) -> tuple[Span, Span]:
    """The instance of a yearly period meant, against the publication date, and the interval
    it may mean: (value span, [lo, hi] span). With `upcoming` (no tense of its own), an
    instance starting at most UPCOMING_DAYS ahead is the coming one."""
    cands = [inst(y) for y in range(pub.year - 2, pub.year + 2)]
    before = [c for c in cands if c[1] < pub]
    after = [c for c in cands if c[0] > pub]
    holding = [c for c in cands if c[0] <= pub <= c[1]]
    if rel in _BEFORE:
        c = before[-1]
    elif rel in _AFTER:
        c = after[0]
    elif rel in _THIS:
        c = holding[0] if holding else inst(pub.year)
    elif holding:
        c = holding[0]
    else:
        last, nxt = before[-1], after[0]
        soon = upcoming and frame == "past" and (nxt[0] - pub).days <= UPCOMING_DAYS
        if frame == "future" or soon:
            c = nxt
        elif frame == "ambiguous":
            c = last if (pub - last[1]) < (nxt[0] - pub) else nxt
            return c, (last[0], nxt[1])
        else:
            c = last
    return c, c


def _quarter_span(y: int, q: int) -> Span:
    return _months(y, 3 * q - 2, 3 * q)


def _quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _quarter_value(y: int, q: int) -> str:
    return f"{y:04d}-Q{q}"


def _reference_quarter(pub: dt.date, frame: str) -> tuple[int, int]:
    """ "the quarter" in news: the latest quarter that has ended (the one reported on), or
    the current one when the clause speaks of the future."""
    y, q = _quarter_of(pub)
    if frame == "future":
        return y, q
    return (y, q - 1) if q > 1 else (y - 1, 4)


# "the current quarter", "the latest quarter": placed against the publication date
_OWN_QUARTER = {"current", "this", "next", "coming", "previous", "prior", "preceding", "past"}
_OWN_QUARTER |= {"last", "recent", "latest", "most recent"}
_DET = r"(?:(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Aa])\s+)?"
_PERIOD_RE = re.compile(
    _DET + r"(?:(?P<py>" + YEAR + r")\s+|(?P<prel>this|last|next)\s+year['’]s\s+"
    r"|(?P<pago>year[- ](?:ago|earlier)|same|comparable|corresponding)\s+)?"
    r"(?:(?P<fis>fiscal|calendar)[- ](?:(?P<fy>" + YEAR + r")[- ])?)?"
    r"(?:(?:(?P<ord>"
    + _ORD_RE
    + r"|(?P<firstn>first|last)\s+(?:two|three)|(?P<hord>last|latter|back|front))"
    r"|(?P<rel>latest|most recent|recent|current|previous|prior|preceding|past|last|next"
    r"|coming|same|comparable|corresponding|year[- ](?:ago|earlier)))"
    r"[- ](?:(?P<fis2>fiscal)[- ])?)?(?P<unit>quarters?|half)\b"
    r"(?:(?:\s+of|,)?\s+(?:(?:fiscal|the\s+fiscal\s+year|the\s+year)\s+)?(?P<y>" + YEAR + r")\b"
    r"|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b"
    r"|\s+(?P<ago>a\s+year\s+(?:ago|earlier)|of\s+(?:the\s+)?(?:previous|prior|last)\s+year)\b)?",
)


def period(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """Quarters and halves."""
    g = m.groupdict()
    unit = g["unit"].lower()
    if unit == "quarters" and not g["firstn"]:
        raise ValueError("plural quarters are a duration")
    if not (g["ord"] or g["firstn"] or g["hord"] or g["rel"] or g["det"] or g["py"] or g["prel"]):
        raise ValueError("a bare 'quarter' (a quarter of the shares)")
    if not (g["ord"] or g["firstn"] or g["hord"] or g["rel"]) and (
        (g["det"] or "").lower() == "a"
        or re.match(r"\s+of\s+(?:the|a|an|its|their)\b", m.string[m.end() :])
    ):
        raise ValueError("'a quarter', 'the half of the' are shares, not periods")
    frame = tense(clause)
    explicit = g["y"] or g["py"] or g["fy"]
    shift = -1 if (g["ago"] and "a year" in g["ago"]) or g["ago"] else 0
    if (g["pago"] or "").lower().startswith("year") or (g["rel"] or "").lower().startswith("year"):
        shift = -1
    yrel = (g["yrel"] or g["prel"] or "").lower()
    if unit == "half" or g["firstn"]:
        # the "ord" group also holds "first two" and "last": the ordinal alone is `plain`
        plain = "" if g["firstn"] or g["hord"] else (g["ord"] or "").lower()
        if plain and _ORD[plain] > 2:
            raise ValueError("no third half")
        if g["firstn"] and "three" in g["ord"].lower():
            raise ValueError("'the first three quarters' are nine months, no half")
        lead = (g["firstn"] or g["hord"] or plain).lower()
        n = 1 if lead in ("first", "1st", "front") else 2

        def inst(y: int) -> Span:
            return _months(y, 6 * n - 5, 6 * n)

        label = f"H{n}"
    else:
        if g["ord"]:
            q = _ORD[g["ord"].lower()]
        else:
            if pub is None:
                return None, None, frame, ""
            rel = (g["rel"] or "").lower()
            got = None
            if rel not in _OWN_QUARTER and (g["det"] or "").lower() != "this" and not explicit:
                got = date_anchor.anchored(found, m.start(), m.string)  # the one reported on
            if got and got[1][0] == "Q":
                y0, q = got[0], int(got[1][1])
            elif rel in ("current", "this") or ((g["det"] or "").lower() == "this" and not rel):
                y0, q = _quarter_of(pub)
            elif rel in ("next", "coming"):
                y0, q = _quarter_of(_quarter_span(*_quarter_of(pub))[1] + dt.timedelta(days=1))
            else:
                y0, q = _reference_quarter(pub, frame)
            if explicit:
                y0 = int(explicit)
            elif yrel:
                y0 = pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
            y0 += shift
            lo, hi = _quarter_span(y0, q)
            return lo, hi, frame, _quarter_value(y0, q)

        def inst(y: int) -> Span:
            return _quarter_span(y, q)

        label = f"Q{q}"
    return _placed(inst, label, int(explicit) if explicit else None, yrel, shift, pub, frame)


def _placed(
    inst: Callable[[int], Span],
    label: str,
    explicit: int | None,
    yrel: str,
    shift: int,
    pub: dt.date | None,
    frame: str,
) -> tuple:
    """A quarter or half (`label` "Q3", "H1") in its year: the year written, else the one
    "this", "last" or "next year" names, else the one the publication date and the tense
    make likely. Without a year or a publication date its value is read ("XXXX-Q3"), never
    placed."""
    if explicit:
        y = explicit
    elif yrel and pub:
        y = pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif pub is None:
        return None, None, frame, f"XXXX-{label}"
    elif frame != "past" and 0 <= (pub - inst(pub.year)[1]).days <= _REPORTING_DAYS:
        y = pub.year  # "third-quarter results will be lower", weeks after it ended
    else:
        (lo, _), _ = pick(inst, pub, "", frame)
        y = lo.year
    y += shift
    lo, hi = inst(y)
    return lo, hi, "absolute" if explicit else frame, f"{y:04d}-{label}"


# a quarter as a code: "Q3", "Q3 2020", "Q3 of 2020", "Q3'20", "3Q", "3Q 2020", "3Q20",
# "fiscal Q3", "FQ3"
_CODE_RE = re.compile(
    r"(?<![\w-])(?:(?:F|(?:[Ff]iscal|[Cc]alendar)\s+)?Q(?P<q>[1-4])|(?P<q2>[1-4])Q(?P<yy2>\d\d)?)"
    r"(?![\w-])(?:(?:\s+of|,)?\s+(?:(?:fiscal|FY)\s*)?(?P<y>" + YEAR + r")(?![\w-])"
    r"|['’](?P<yy>\d\d)\b)?"
)


def quarter_code(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """A quarter written as a code ("Q3 2020", "3Q"), read as "the third quarter" is."""
    q = int(m.group("q") or m.group("q2"))
    yy = m.group("yy") or m.group("yy2")
    year = int(m.group("y")) if m.group("y") else 2000 + int(yy) if yy else None

    def inst(y: int) -> Span:
        return _quarter_span(y, q)

    return _placed(inst, f"Q{q}", year, "", 0, pub, tense(clause))


_SEASONS = lexicon.table("temporal.toml")["seasons"]
_SEASON_MONTHS = lexicon.table("temporal.toml")["season_months"]
_SEASON_RE = re.compile(
    r"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming|early|late|mid)[- ]"
    r"|(?P<pre>(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Tt]hrough|[Ff]or|[Oo]ver)\s+)(?P<the>the\s+))"
    r"(?P<s>spring|summer|fall|autumn|winter)\b"
    r"(?:\s+(?:of\s+)?(?P<y>" + YEAR + r"))?"
    r"|\b(?P<s2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y2>" + YEAR + r")\b",
    re.IGNORECASE,
)


def season(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    g = m.groupdict()
    code = _SEASONS[(g["s"] or g["s2"]).lower()]
    first, last = _SEASON_MONTHS[code]

    def inst(y: int) -> Span:
        return _months(y, first, last)

    frame = tense(clause)
    year = g["y"] or g["y2"]
    if year:
        y = int(year)
        lo, hi = inst(y)
        return lo, hi, "absolute", f"{y:04d}-{code}", _from_the(m)
    if pub is None:
        return None, None, frame, ""
    rel = " ".join((g["rel"] or "").lower().split())
    if rel in ("early", "late", "mid"):
        rel = ""
    (lo, hi), (wlo, whi) = pick(inst, pub, rel, frame)
    return wlo, whi, frame, f"{lo.year:04d}-{code}", _from_the(m)


def _from_the(m: re.Match[str]) -> tuple[int, int]:
    """The phrase without the preposition before it ("in the fall" -> "the fall")."""
    return (m.start("the"), m.end()) if m.group("the") else m.span()


_WEEKEND_RE = re.compile(
    r"\b(?P<det>the|this|last|next|that|this\s+past|this\s+coming|past|coming)\s+weekend\b"
    r"(?!\s+(?:edition|program|show|news|anchor))",
    re.IGNORECASE,
)


def weekend(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    frame = tense(clause)
    if pub is None:
        return None, None, frame, ""
    det = " ".join(m.group("det").lower().split())
    sat = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5)  # of pub's week
    upcoming = sat if pub.weekday() < 5 else sat + dt.timedelta(days=7)
    latest = sat if pub.weekday() >= 5 else sat - dt.timedelta(days=7)
    if det in ("next", "coming", "this coming"):
        lo = upcoming
    elif det == "this":
        lo = sat
    elif det in ("last", "past", "this past"):
        lo = sat - dt.timedelta(days=7)
    elif date_tense.ahead_before(m.string, m.start()):  # the first after the day named last
        day = date_named.named_day(found, m.start(), pub)
        day = day if pub - dt.timedelta(days=7) <= day <= pub else pub  # that week's news
        lo = day + dt.timedelta(days=(5 - day.weekday()) % 7 or 7)
    else:
        lo = upcoming if frame == "future" else latest
    hi = lo + dt.timedelta(days=1)
    iy, iw, _ = lo.isocalendar()
    return lo, hi, frame, f"{iy:04d}-W{iw:02d}-WE"


_DECADE_RE = re.compile(
    r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[- ])?"
    r"(?:(?P<y>1[0-9]\d0|20\d0)['’]?s\b|['’](?P<yy>\d0)['’]?s\b"
    r"|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
    r"|\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[- ]century\b"
    r"|\b(?P<crel>this|last|next|the\s+(?:last|past|previous|next|current))\s+(?P<cu>century|decade)\b",
    re.IGNORECASE,
)
_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6}
_DECADE_WORDS |= {"seventies": 7, "eighties": 8, "nineties": 9}


def decade(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    g = m.groupdict()
    frame = "absolute"
    if g["c"]:
        c = int(g["c"]) - 1
        lo, hi = dt.date(max(1, c * 100), 1, 1), dt.date(c * 100 + 99, 12, 31)
        return lo, hi, frame, f"{c:02d}"
    if g["crel"]:
        if pub is None:
            return None, None, "past", ""
        rel = g["crel"].lower().split()[-1]
        size = 100 if g["cu"].lower() == "century" else 10
        shift = {"this": 0, "current": 0, "next": 1}.get(rel, -1)
        if size == 10 and rel in ("last", "past"):
            raise ValueError("'the past decade' is a duration")  # the ten years before
        start = (pub.year // size + shift) * size
        lo, hi = dt.date(start, 1, 1), dt.date(start + size - 1, 12, 31)
        return lo, hi, "past", f"{start // 100:02d}" if size == 100 else f"{start // 10:03d}X"
    if g["y"]:
        start = int(g["y"])
        if start % 100 == 0 and not m.group(0).lower().startswith("the"):
            raise ValueError("'1900s' without 'the' may be a century")
    else:
        tens = int(g["yy"]) // 10 if g["yy"] else _DECADE_WORDS[g["w"].lower()]
        century = (pub.year // 100) * 100 if pub else 1900
        start = century + tens * 10
        if pub and start > pub.year:
            start -= 100
    lo, hi = dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    return lo, hi, frame, f"{start // 10:03d}X"


# the month name is found first (case-sensitive: a cheap scan), then the words before it
_MONTH_ALONE_RE = re.compile(
    r"\b(?P<m>" + _FULL_MONTHS + r"|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?![\w-])"
    r"(?!\.?\s*\d|,?\s+(?:of\s+)?(?:last|next|this)\s+year)"
)
_MONTH_BEFORE_RE = re.compile(
    r"(?:\b(?P<rel>last|next|this|this\s+past|this\s+coming|early|late|mid|the\s+end\s+of"
    r"|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of)[- ]"
    r"|\b(?P<pre>in|since|until|till|by|from|through|during|before|after|of|for)\s+)$",
    re.IGNORECASE,
)


def month_alone(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """A month without a day: "in March", "last April", "late November"."""
    name = m.group("m")
    before = _MONTH_BEFORE_RE.search(m.string, max(0, m.start() - 22), m.start())
    rel = " ".join(before.group("rel").lower().split()) if before and before.group("rel") else ""
    if not before and (name in ("May", "March") or name.endswith(".")):
        raise ValueError("'May', 'March' alone are words")
    month = month_number(name)
    frame = tense(clause)
    if pub is None:
        return None, None, frame, ""
    rel = rel if rel in _BEFORE | _AFTER | _THIS else ""

    def inst(y: int) -> Span:
        return _month_span(y, month)

    start = before.start() if before else m.start()
    lo_c, hi_c = clause_start(m.string, start, 120), clause_end(m.string, m.end(), 90)
    past = past_beside(m.string, start, m.end()) or told_past(m.string, lo_c, m.start(), hi_c)
    (lo, _), (wlo, whi) = pick(inst, pub, rel, frame, not past)
    return wlo, whi, frame, f"{lo.year:04d}-{lo.month:02d}", (start, m.end())


_EARLIER_RE = re.compile(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:the\s+)?year[- ](?:earlier|ago|before)"
    r"(?!\s+(?:quarter|period|half))"
    r"|(?:the\s+)?(?:previous|prior|preceding)\s+year)\b",
    re.IGNORECASE,
)


def year_earlier(m: re.Match[str], pub: dt.date | None, clause: str, found) -> tuple:
    """ "a year earlier": the period the sentence speaks of, a year before (the quarter or
    half; a day, see `date_named.a_year_before_day`); a year when the sentence names none."""
    if pub is None:
        return None, None, "past", ""
    got = date_anchor.anchored(found, m.start(), m.string)
    if got:
        y, label = got[0] - 1, got[1]
        lo, hi = date_anchor.label_span(y, label)
        return lo, hi, "past", f"{y:04d}-{label}"
    if "quarter" in clause.lower() and "year" not in clause.lower().replace(m.group(0).lower(), ""):
        y, q = _reference_quarter(pub, "past")
        lo, hi = _quarter_span(y - 1, q)
        return lo, hi, "past", _quarter_value(y - 1, q)
    y = pub.year - 1
    return dt.date(y, 1, 1), dt.date(y, 12, 31), "past", f"{y:04d}"


# (kind, pattern, resolver): tried before the day patterns of dates.py, except
# "month_alone", tried after them; their cue words are in temporal.toml [cues]
PATTERNS = [
    ("period", _PERIOD_RE, period),
    ("quarter_code", _CODE_RE, quarter_code),
    ("season", _SEASON_RE, season),
    ("weekend", _WEEKEND_RE, weekend),
    ("decade", _DECADE_RE, decade),
    ("year_earlier", _EARLIER_RE, year_earlier),
]
LATE_PATTERNS = [("month_alone", _MONTH_ALONE_RE, month_alone)]
