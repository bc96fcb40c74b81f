"""Dates and weekdays in text, resolved to day intervals against the publication date.

Candidates are found with a few anchored patterns and resolved by hand: months, days,
years, seasons of a year ("mid-2025"), weekdays by tense, and relative phrases ("last
week", "February last year"). A relative date is never resolved against today's date:
without a publication date it stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.calendar import MONTH_RE
from consistency.normalize import (
    date_anchor,
    date_cues,
    date_holidays,
    date_named,
    date_periods,
    date_plain,
    date_refs,
    date_spoken,
)
from consistency.normalize.context import clause_end, clause_start
from consistency.normalize.date_resolve import ORDINAL_DAY, ORDINAL_WORDS, interval_value, resolve
from consistency.normalize.date_tense import is_past_verb

WEEKDAY_RE = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"

_MON3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"


def _count_pattern() -> str:
    """A count before "days ago": digits or number words ("two-and-a-half"); kept small,
    as this pattern is compiled when the module loads."""
    from consistency.normalize.numbers import word_pattern

    w = word_pattern()
    sep = r"(?:\s+|\s*-\s*)"
    return rf"\d+(?:\.\d+)?|{w}(?:{sep}(?:and{sep}(?:an?{sep})?)?(?:{w}|half))*"


# Ordered: the first pattern to claim a span wins.
_PATTERNS = [
    (
        "iso",  # 2016-11-07, 2015/08/12, 2015.5.13, 2019-sep-1
        re.compile(
            rf"(?<![\d/.-])(?P<y>{_YEAR})(?P<s>[/.-])(?P<m>\d{{1,2}}|{_MON3})(?P=s)(?P<d>\d{{1,2}})(?![\d/-]|\.\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "numeric",  # 02/22/2016 (US), 21/04/16 (day first when it must be), 13.5.2015
        re.compile(
            r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?:(?P=s)|,\s?)"
            r"(?P<y>\d{4}|\d\d)(?![\d/-]|\.\d)"
        ),
    ),
    (
        "month_day",  # January 14, Oct. 2, Oct-2, Jan/1, January 12, 2016
        re.compile(
            rf"\b(?P<m>{MONTH_RE})(?:\.?\s|[-/])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "day_month",
        re.compile(
            rf"\b(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)? (?:of )?(?P<m>{MONTH_RE})(?:,? (?P<y>{_YEAR}|1[0-7]\d\d))?\b"
        ),
    ),
    (
        "month_ord",  # "Jan first", "May twenty-first"
        re.compile(rf"\b(?P<m>{MONTH_RE})\.? (?P<ow>{ORDINAL_DAY})\b(?:,? (?P<y>{_YEAR}))?"),
    ),
    (
        "ord_month",  # "second of Aug.", "the twenty second of June", "20th of next month"
        re.compile(
            rf"\b(?:the )?(?P<ow>{ORDINAL_DAY}|\d{{1,2}}(?:st|nd|rd|th)) of "
            rf"(?:(?P<m>{MONTH_RE})|(?P<rel>next|this|last) month)\b"
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
        "week_day",  # "Friday next week", "next week on Friday", "Sunday of last week"
        re.compile(
            rf"\b(?:(?P<wd1>{WEEKDAY_RE}),?\s+(?:of\s+)?(?P<rel1>next|last|this)\s+week"
            rf"|(?P<rel2>next|last|this)\s+week(?:\s+on)?\s+(?P<wd2>{WEEKDAY_RE}))\b"
        ),
    ),
    (
        "nth_weekday",  # "the first Monday in October", "the second Monday of next month"
        re.compile(
            rf"\b(?:[Tt]he\s+)?(?P<ord>(?i:first|second|third|fourth|fifth|last))\s+(?P<wd>{WEEKDAY_RE})"
            rf"\s+(?:of|in)\s+(?:(?P<m>(?i:{MONTH_RE}))(?:,?\s+(?P<y>{_YEAR}))?"
            r"|(?P<rel>this|next|last|previous)\s+month)\b",
        ),
    ),
    (
        "nth",  # "the 27th", "Friday the 15th": a day of the month of publication
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\b|[A-Za-z]))"
        ),
    ),
    (
        "nth_word",  # "Friday the thirteenth", "by the twenty-second": read in date_resolve
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?the\s+(?P<ow>(?i:{ORDINAL_DAY}))\b"
            r"(?![-’']|\s+(?:of\b|[A-Za-z]))"
        ),
    ),
    (
        "ago",  # "two days ago", "a few weeks ago", "three months from now", "two days from tomorrow"
        re.compile(
            r"\b(?P<n>(?:a\s+)?few|several|a\s+couple\s+of|"
            + "(?:"
            + _count_pattern()
            + ")"
            + r"|an?)\s+(?P<u>day|week|month|year)s?\s+(?:or\s+so\s+)?(?P<dir>ago|from\s+(?:now|(?P<base>today|tomorrow|yesterday)))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?=[lntcpMTWFSmtwfs])(?:(?P<rel>last|next|this|this coming|coming|past) )?(?P<wd>{WEEKDAY_RE})\b"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?:(?P<early>earlier|later) this (?P<u1>week|month|year)"
            r"|(?P<rel>last|next|this|past|previous|coming|current) (?:fiscal )?(?P<u2>week|month|year)"
            r"|(?P<word>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow"
            r"|yesterday|today|tomorrow))\b",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(rf"(?<![\w$€£₹.,-])(?P<y>{_YEAR})(?![\w%-]|\.\d|,\d)")),
]

# what may stand before a date that opens its clause: nothing, or a preposition
_OPENS_RE = re.compile(r"\s*(?:[A-Za-z]+\s+)?$")
# a capitalized relative word right after another capitalized word is part of a name
_IN_A_NAME_RE = re.compile(r"\b[A-Z][\w.]*\s$")
_NAME_AFTER_RE = re.compile(r"\s[A-Z][a-z]")

_YEAR_CUE_RE = re.compile(
    r"(?:\b(?:in|since|by|of|from|until|till|through|during|before|after|between|and|to|early|late|year|fiscal)\s+$)|(?:-\s*$)",
    re.IGNORECASE,
)
# "the 1996 campaign", "a 1959 law", "its 2019 report": a year before a noun, not a count
# ("the 2000 delegates": a plural after it is counted); "in 1994, 1995 and 1997": a list
_YEAR_DET_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+$", re.IGNORECASE)
_YEAR_LIST_RE = re.compile(r"\b(?:1[89]\d\d|20\d\d),\s+$")
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w-]*)")
# weaker cues, read like a determiner (the year names which thing, "for 1988, it earned",
# "bonds due 1993", "the company's 1989 results", "his unsuccessful 1996 campaign")
_YEAR_WEAK_RE = re.compile(
    r"(?:\b(?:[Ff]or|into|due|both)|['’]s|\b(?:his|her|its|their|our|the)\s+[a-z]+)\s+$"
)
_COUNTED = frozenset({"people", "men", "women", "children", "staff", "police", "troops"})


def _year_cue(sentence: str, s: int, e: int) -> str:
    """Why a four-digit number is a year: "cue" after a preposition or cue word or in a list
    of years; "noun" between a determiner and a noun that is no lower-case plural (the year
    names which thing, "the 2020 election", not when the sentence's event happened: its
    value is read, never compared); "" when it is no year."""
    before = sentence[max(0, s - 20) : s]
    if _YEAR_CUE_RE.search(before) or _YEAR_LIST_RE.search(before):
        return "cue"
    nxt = _NEXT_WORD_RE.match(sentence, e)
    if _YEAR_DET_RE.search(before):
        ok = bool(nxt) and (nxt.group(1)[0].isupper() or not nxt.group(1).endswith("s"))
        return "noun" if ok else ""
    if not _YEAR_WEAK_RE.search(before):
        return ""
    word = nxt.group(1) if nxt else ""
    counted = word[:1].islower() and (word.endswith("s") or word in _COUNTED)
    counted = counted and word not in lexicon.words("verbs_after_years.txt")
    return "" if counted else "noun"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence: offsets are relative to the sentence.

    `value` is the TimeML reading at the phrase's own granularity (ISO day, YYYY-MM, YYYY,
    YYYY-Www, YYYY-Q3, YYYY-H1, YYYY-SU, YYYY-Www-WE, 199X, 19, a day with a time of day
    "1998-08-07T10:35" / "...TMO", or "lo/hi"; "" when unresolved); [lo, hi] the days it
    can mean, which the date rule compares by overlap, None when only the value is read
    (a period whose year is a guess, a decade; see `_UNCOMPARED`). Sets (frame "set",
    `timex` "P1W", "XXXX-WXX-1") and references (frame "ref", `timex` "PRESENT_REF",
    "PAST_REF", "FUTURE_REF") have no interval and an empty value: they are never aligned
    with a date, so never compared with one.
    """

    start: int
    end: int
    value: str
    lo: dt.date | None
    hi: dt.date | None
    frame: str  # past | future | ambiguous | absolute | time | set | ref
    timex: str = ""  # the TimeML value, also for sets and references (whose value is "")


# periods placed against the publication date by a guess at their year ("in March", "the
# third quarter", "last fall", "a year earlier"), and decades and centuries (rarely the date
# of the event itself): their values are read, their intervals are left out of comparisons
_UNCOMPARED = frozenset(
    {"period", "quarter_code", "season", "weekend", "decade", "year_earlier", "month_alone"}
)
_UNCOMPARED |= {"period_ref", "anaphor", "full_year", "weekday_anaphor", "holiday"}
# read without their clause (no tense): written in full, or never placed in time
_CLAUSE_FREE = frozenset({"iso", "numeric", "part_year", "month_year", "year", "decade", "ref"})
_CLAUSE_FREE |= {"set", "month_rel_year", "spoken_year"}
# periods, sets and times of day before the day patterns (a quarter holds a year, "every
# Monday" a weekday), months alone and references after them; the first to claim a span wins
_GATE = date_cues.Gate(
    date_spoken.PATTERNS
    + date_refs.PATTERNS
    + date_periods.PATTERNS
    + date_anchor.PATTERNS
    + date_named.EARLY_PATTERNS
    + date_holidays.PATTERNS
    + date_plain.PATTERNS
    + [(kind, pattern, None) for kind, pattern in _PATTERNS]
    + date_periods.LATE_PATTERNS
    + date_named.PATTERNS
    + date_refs.LATE_PATTERNS,
    lexicon.table("temporal.toml")["cues"],
    {"@ordinal_days": ORDINAL_WORDS},
)


def find_dates(
    sentence: str, pub: dt.date | None, anchor: str = "", named: tuple[str, str, str] = ("", "", "")
) -> list[DateMention]:
    """Find and resolve date mentions in one sentence. `anchor` is the quarter or half the
    article named last ("1989-Q3", see `date_anchor`): what "the quarter" and "a year
    earlier" point back at; `named` the day, month and year it named last (see `date_named`):
    what "that day", "later that year" and a clock time without a day point back at."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    before = [date_anchor.as_mention(anchor, DateMention)] if anchor else []
    if any(named):
        before += date_named.as_mentions(named, DateMention)
    weekdays: set[int] = set()  # where the weekdays read alone start
    earlier: list[DateMention] = []  # "a year earlier", read again once the days are found
    for kind, pattern, fn in _GATE.scans(sentence):
        for m in pattern.finditer(sentence):
            s, e = m.span()
            if s == e or any(s < te and e > ts for ts, te in taken):
                continue
            cue = _year_cue(sentence, s, e) if kind == "year" else ""
            if kind == "year" and not cue:
                continue
            if (
                kind == "relative"
                and sentence[s].isupper()
                and _IN_A_NAME_RE.search(sentence[max(0, s - 30) : s])
            ):
                continue  # "USA Today", "Good Morning America Today": a name, not a date
            if (
                kind == "weekday"
                and _NAME_AFTER_RE.match(sentence, e)
                and _IN_A_NAME_RE.search(sentence[max(0, s - 30) : s])
            ):
                continue  # "the Good Friday Agreement": a name between capitalized words
            clause = ""
            if kind not in _CLAUSE_FREE:
                # the clause, at most 120 characters before and 60 after the date; a date
                # that opens it ("On Tuesday, the league plans to") reads the clause it opens
                lo_c = clause_start(sentence, s, 120)
                reach = (
                    140
                    if sentence.startswith(",", e) and _OPENS_RE.match(sentence, lo_c, s)
                    else 60
                )
                clause = sentence[lo_c : clause_end(sentence, e, reach)]
            try:
                got = (
                    fn(m, pub, clause, before + out if before else out)
                    if fn
                    else resolve(kind, m, pub, clause)
                )
            except (ValueError, TypeError, OverflowError, KeyError, IndexError):
                continue
            lo, hi, frame = got[:3]
            value = got[3] if len(got) > 3 else (interval_value(lo, hi) if lo and hi else "")
            if len(got) > 4:  # the claim is the day a time of day names ("Friday")
                s, e = got[4]
                if any(s < te and e > ts for ts, te in taken):
                    continue
            if (
                kind == "period"
                and m.group("det")
                and not value[:1].isdigit()
                and not value.startswith("XXXX-")
            ):
                continue
            if kind in _UNCOMPARED and (frame != "absolute" or kind == "decade"):
                lo = hi = None  # its year (or its event) is a guess: read, never compared
            if cue == "noun":
                lo = hi = None
            taken.append((s, e))
            shown = "" if frame in ("set", "ref") else value
            out.append(DateMention(s, e, shown, lo, hi, frame, value))
            if kind == "weekday":
                weekdays.add(s)
            elif kind == "year_earlier":
                earlier.append(out[-1])
    for d in earlier:  # "the six months ended Aug. 12, ... a year earlier": the day's
        out[out.index(d)] = date_named.a_year_before_day(sentence, out, d) or d
    out.sort(key=lambda d: d.start)
    if "week of" in sentence or "day b" in sentence or "day a" in sentence:
        out = date_named.around_a_day(sentence, out)
    if " end" in sentence and "uarter" in sentence:  # "the quarter ended July 31"
        out = date_anchor.ended_quarter(sentence, out)
    return _with_their_weekday(sentence, out, weekdays) if weekdays else out


_DAY_VALUE_RE = re.compile(r"\d{4}-\d\d-\d\d$")
_WEEKDAY_GAP_RE = re.compile(r",?\s*(?:the\s+)?$")


def _with_their_weekday(sentence: str, out: list[DateMention], weekdays: set[int]):
    """ "Monday, Oct. 26", "Friday the 13th": one date, the day the text writes in full."""
    merged: list[DateMention] = []
    for d in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.start in weekdays
            and d.lo is not None
            and d.lo == d.hi
            and _DAY_VALUE_RE.match(d.value)
            and d.start - prev.end <= 6
            and _WEEKDAY_GAP_RE.match(sentence, prev.end, d.start)
        ):
            merged[-1] = DateMention(prev.start, d.end, d.value, d.lo, d.hi, d.frame, d.timex)
        else:
            merged.append(d)
    return merged


_VERB_WORD_RE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
# the word right before a date, past "on", "late", "early" ("ended May 9", "met late on Monday")
_PREV_WORDS_RE = re.compile(r"([a-z]+(?:-[a-z]+)?)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")
# the word right after a date, past a part of the day ("Friday night rallied")
_NEXT_WORDS_RE = re.compile(r"\s+(?:(?:morning|afternoon|evening|night)\s+)?([a-z]+(?:-[a-z]+)?)\b")


_FUTURE = frozenset({"will", "would", "shall"})
# a date that opens its sentence and is set off by a comma ("On Monday, members of the
# panel agreed"): it dates the main verb of the clause after the comma
_OPENING_RE = re.compile(r"\s*(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|[Ii]n)\s+)?(?:(?:late|early)\s+)?")
_LEAD_RE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s+")
_CLAUSE_STOP_RE = re.compile(r"[,;:()\u2014\u2013]")


@cache
def _not_verbs() -> frozenset[str]:
    """Words after "will" that are no act: "will be", "will not", "will also"."""
    return (
        lexicon.words("auxiliaries.txt")
        | lexicon.words("negation.txt")
        | lexicon.words("function_words.txt")
        | frozenset({"also", "still", "then", "now", "likely", "soon", "again", "probably"})
    )


def event_verb(sentence: str, start: int, end: int) -> str:
    """The verb a date belongs to (_event_verb), "passed away" read as "died"."""
    verb = _event_verb(sentence, start, end)
    if verb == "passed" and re.search(r"\bpassed\s+away\b", sentence, re.IGNORECASE):
        return "died"
    return verb


def _event_verb(sentence: str, start: int, end: int) -> str:
    """The verb a date belongs to ("voted Wednesday" -> "voted"): for a date that opens its
    sentence before a comma, the first past-tense verb of the clause after it ("On Monday,
    members of the panel agreed" -> "agreed"); else a past-tense verb right
    after it ("Senate Republicans on Sunday unveiled", "on Friday night rallied") unless one
    stands right before it ("the week ended May 9 fell"), else the
    nearest past-tense verb before the date in its clause, else the nearest after it; ""
    when none."""
    if _OPENING_RE.fullmatch(sentence, 0, start):  # "On Monday, the panel agreed ..."
        lead = _LEAD_RE.match(sentence, end)
        if lead:
            stop = _CLAUSE_STOP_RE.search(sentence, lead.end(), lead.end() + 120)
            upto = stop.start() if stop else min(len(sentence), lead.end() + 120)
            speech = lexicon.words("speech_verbs.txt")
            for w in _VERB_WORD_RE.findall(sentence, lead.end(), upto):
                if is_past_verb(w) and w.lower() not in speech:  # not "In 2019, he said,"
                    return w.lower()
    nxt = _NEXT_WORDS_RE.match(sentence, end)
    if nxt and is_past_verb(nxt.group(1)):  # the word before is read only then (a scan)
        prev = _PREV_WORDS_RE.search(sentence, max(0, start - 40), start)
        if not (prev and is_past_verb(prev.group(1))):
            return nxt.group(1).lower()  # not "the week ended May 9 fell": "ended" is its verb
    lo = clause_start(sentence, start, 60)
    words = _VERB_WORD_RE.findall(sentence, lo, start)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if is_past_verb(w):
            if k and words[k - 1].lower() in _DETERMINERS:
                continue  # "in updated guidance Tuesday", "the revised plan": an adjective
            return w.lower()
        if k and words[k - 1].lower() in _FUTURE and w.islower() and w not in _not_verbs():
            return w  # "will meet in Geneva on June 16": the act to come
    hi = clause_end(sentence, end, 60)
    speech = lexicon.words("speech_verbs.txt")
    for m in _VERB_WORD_RE.finditer(sentence, end, hi):
        w = m.group()
        if not is_past_verb(w):
            continue
        if w.lower() in speech and _ATTRIBUTION_END_RE.match(sentence, m.end()):
            continue  # "until April 30 to apply, the foundation said.": the telling after it
        return w.lower()
    return ""


_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "our", "in", "newly"])
# what may follow a verb of saying that closes its sentence ("..., the board said Friday.")
_ATTRIBUTION_END_RE = re.compile(r"(?:\s+\w+){0,2}\s*[.!?\"”’]*\s*$")
