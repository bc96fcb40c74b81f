"""DAT001 date-mismatch: the same event is dated to days that cannot both be right.

Contradiction:
    "The minister resigned on Tuesday." vs "The minister resigned on Thursday." in articles
    published the same day: the resolved days do not meet.

Consistent:
    "on Tuesday" in a wire story dated Wednesday 14 January and "January 13" elsewhere;
    "May 2025" vs "mid-2025" (the intervals meet); "would meet on Tuesday" (ambiguous
    tense: last or next Tuesday) vs "met on Tuesday".

Why it matters:
    A wrong day or month is a factual error readers notice and competitors correct.

Confidence rests on:
    error: the two sentences are the same but for the date (a minimal pair); warning: two
    dates that name the same kind of thing ("the 2015 nuclear deal" / "a 2010 nuclear
    deal") differ in a part both write, and nothing says they name two things (the named
    route, consistency.align.named); warning: one specific figure given for two periods
    ("net income of $971 million in the third quarter" / "... in the second quarter";
    the period route, consistency.align.periods; error in a minimal pair), where a period
    given for one figure is never compared with one given for another outside a minimal
    pair; warning: one named person's act told with one verb
    by both outlets and dated by each ("Voss died Friday, Jan. 3" / "Voss died ... on
    Sunday"; the act route, consistency.align.acted); warning: the day one speaker made
    the statement both leads report ("The Census Bureau announced Thursday ..." / "...,
    the Census Bureau said Monday"; the said route, consistency.align.said); warning: the
    day of the development two leads of one publication day open on, with the same actor
    and the same rare things ("Senate Republicans on Monday called for ..." / "Senate
    Republicans unveiled ... Thursday"; the lead route, consistency.align.leads);
    warning: both dates belong to a verb of the same kind of act, or name the same thing
    ("the Jan. 6 attack" / "the Jan. 14 attack"), or their clauses name one event a story
    has once (a verdict, a fire, a rally, a tornado, an explosion, a crash:
    clause_events.txt), and the words around them name the same rare things or their
    contexts align; info: only the words around them agree, or
    the days are one apart and a side gives local time ("early Friday local time"
    abroad) or a moment near midnight ("late Thursday" / "early Friday"), or two starts
    written as years one apart ("has led since 2002" / "since 2003": elected one year,
    sworn in the next). A verb of saying only on the said and lead routes;
    the sentences share a name when both name any. The thing a date names is the words
    right after it in its clause, not a part of the day ("Thursday night").

Known limits:
    Dates written alike ("Jan. 6" in both, or "Jan. 31" and "Jan. 31, 2022") never
    conflict, however their years were guessed. Relative dates need a publication date. A
    date with no act beside it is compared only in a minimal pair, and one beside "said"
    only there or in two leads: elsewhere "said Monday" dates a telling, not the event.
    "Resigned" and "quit" differ as words, so such a pair is not reported. A source that
    states both dates (the two ends of "from 1985 to 1991") contradicts neither, and the
    start of one period is not compared with the end of another, nor the end of a period
    ("funding through Dec. 3") with the day of an act. Two weeks a statistic covers ("the
    week ended July 10" / "... July 17") are compared in paraphrase only when both
    sentences give one figure: a release reports several series, each with its own week.
    A date that names a thing ("before the Jan. 6 riot") names it in a denial too. In
    paraphrase a day to come that its clause plans ("will be back ... on Monday, Oct. 20")
    is not compared with a day already past ("voted Saturday"); a day to come told in the
    past tense is. Acts that recur within a story (meeting, talking, calling:
    recurring_acts.txt) are dated apart only by articles published the same day: outlets
    of different days each date their own latest meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from consistency import lexicon
from consistency.lexicon.calendar import parts_conflict, period_parts
from consistency.lexicon.opposites import opposed
from consistency.lexicon.patterns import CLAUSE_JOIN_RE
from consistency.lexicon.predicates import predicate_class
from consistency.model import Claim, Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    about_others,
    around,
    both_stated,
    label,
    minimal,
    overlap,
    same_stance,
)

_PLAN_RE = re.compile(
    r"\b(?:will|shall|won['’]t|is\s+set\s+to|are\s+set\s+to|plans?\s+to|scheduled|slated)\b"
    r"[^,;:]*$",
    re.IGNORECASE,
)


def _after_publication(c: Claim) -> bool | None:
    """Whether the whole date lies after its article's publication (None when either is
    unknown)."""
    if not c.published or c.lo is None:
        return None
    return c.lo > dt.date.fromisoformat(c.published).toordinal()


def _planned(a: Claim, b: Claim) -> bool:
    """`a` is a day to come that its clause plans ("will be back at their desks on Monday,
    Oct. 20"), `b` a day already past: a plan and an act. A day to come told in the past
    tense ("fell ... in the week ended May 12" before May 12) is a misdating, not a plan."""
    sides = around(a)
    if sides is None or not _after_publication(a) or _after_publication(b) is not False:
        return False
    return bool(_PLAN_RE.search(CLAUSE_JOIN_RE.split(sides[0])[-1]))


def _recurring(a: Claim, b: Claim) -> bool:
    """Both dates belong to an act that recurs within a story (recurring_acts.txt: met,
    talked, called) and the articles were published on different days: each may date its
    own latest occurrence."""
    acts = lexicon.words("recurring_acts.txt")
    return (
        a.predicate.lower() in acts
        and b.predicate.lower() in acts
        and bool(a.published)
        and bool(b.published)
        and a.published != b.published
    )


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if not a.value or not b.value:
        return None
    names = a.extra.get("names")
    named = names and names == b.extra.get("names") and pair.route in ("named", "sentence")
    if not named and not same_stance(a, b):
        return None  # a date that names a thing names it in a denial too ("failed to warn
        # before the Jan. 6 riot")
    if pair.route == "period":
        return _period(pair)
    if _same_figure(a, b):
        return None if both_stated(a, b) else _period(pair)
    if minimal(pair) and _opposite_acts(a, b):
        return None  # "who lost the 2020 election" / "who won the 2016 election": two events
    if named:
        return _named(pair)  # other routes pair such dates by the words around them
    if overlap(a, b):
        return None
    if both_stated(a, b):
        return None
    ta, tb = _written(a.value_text), _written(b.value_text)
    if f" {ta} " in f" {tb} " or f" {tb} " in f" {ta} ":
        return None  # "Jan. 6" and "Jan. 6": the same words name one day, whatever we resolved
    strong = minimal(pair)
    ea, eb = _endpoint(a), _endpoint(b)
    if {ea, eb} == {"span", ""}:
        return None  # "from 2012 through 2019" / "last year": a span's start is no year's date
    if not strong and _figures_differ(a, b):
        return None  # "$1.51 in the third quarter" / "$1.30 to $1.40 for Q4": two figures
    if not strong:
        ends = {"start" if e == "span" else e for e in (ea, eb)}
        if ends == {"start", "end"} or ends == {"end", ""}:
            return None  # "from 2007 to 2014" / "from 1977 through 2006": two periods' ends;
            # "funding through Dec. 3" / "approved on Thursday": a period's end, an act's day
        if _within(a, ea, b, eb) or _within(b, eb, a, ea):
            return None  # "12 devices have been found since Monday" / "found Friday"
        if _recurring(a, b):
            return None  # "met ... on Thursday evening in their latest attempt" (published
            # Thursday) / "met privately on Sunday" (published Sunday): two meetings
        if _planned(a, b) or _planned(b, a):
            return None  # "voted Saturday to ratify" / "will be back on Monday, Oct. 20":
            # a day to come is a plan, a day past an act, never one event told apart
        speech = lexicon.words("speech_verbs.txt")
        if (a.predicate in speech or b.predicate in speech) and pair.route not in ("said", "lead"):
            return None  # the day something was said dates the telling, not the event
        if _reference(a) and _reference(b) and not _shared_figure(a, b):
            return None  # "continuing claims ... week ended July 10" / "new claims ... July 17"
        if pair.route == "claim" and (not a.predicate or not b.predicate or pair.score < 75):
            return None  # no act to date, or contexts that only look alike
        same_thing = (
            bool(_nouns(a) & _nouns(b))
            or _names_the_act(a, b)
            or _names_the_act(b, a)
            or bool(_events(a) & _events(b))
        )
        # "the March 4 riot" / "the March 14 attack"; "the June 3 meeting" / "will meet on
        # June 16"
        if (
            not same_thing
            and pair.route not in ("said", "lead")
            and a.predicate
            and b.predicate
            and predicate_class(a.predicate) != predicate_class(b.predicate)
        ):
            return None  # "voted Wednesday" and "was fired Friday": two events, not one
        if about_others(a, b):
            return None
        if ea == eb == "start" and _years_apart(a, b) == 1:
            return Hit(  # "has led since 2002" / "since 2003": elected one year, sworn in
                # the next; a start a year apart is worth a look, not a warning
                f"Date differs: '{a.value_text}' = {_shown(a)} ({label(a)}) vs "
                f"'{b.value_text}' = {_shown(b)} ({label(b)})",
                subject=_day(a) + "/" + _day(b),
                severity=Severity.INFO,
            )
        same_act = bool(a.predicate) and bool(b.predicate)
        if (pair.route in ("anchor", "act") and not same_act and not same_thing) or (
            pair.route in ("anchor", "act", "lead")
            and (_across_time_zones(a, b) or _across_midnight(a, b))
        ):
            return Hit(  # the same words around two dates, but no act or thing they date
                f"Date differs: '{a.value_text}' = {_shown(a)} ({label(a)}) vs "
                f"'{b.value_text}' = {_shown(b)} ({label(b)})",
                subject=_day(a) + "/" + _day(b),
                severity=Severity.INFO,
            )
    return Hit(
        f"Date differs: '{a.value_text}' = {_shown(a)} ({label(a)}) vs '{b.value_text}' = "
        f"{_shown(b)} ({label(b)})",
        subject=_day(a) + "/" + _day(b),
        severity=Severity.ERROR if strong else None,
    )


def _named(pair: Pair) -> Hit | None:
    """Two dates that name the same thing ("the 2015 nuclear deal" / "a 2010 nuclear
    deal"): they conflict when a part both write differs (the year, the month and day, the
    weekday); a year one side leaves to be guessed is never compared."""
    a, b = pair.a, pair.b
    if not parts_conflict(a.extra["named_as"], b.extra["named_as"]) or both_stated(a, b):
        return None
    thing = a.extra.get("noun") or a.extra["names"]
    other = b.extra.get("noun") or thing
    what = thing if other == thing else f"{thing}' / '{other}"
    return Hit(
        f"Dates of one '{what}' differ: '{a.value_text}' ({label(a)}) vs "
        f"'{b.value_text}' ({label(b)})",
        subject=f"{a.extra['names']}: {a.extra['named_as']}/{b.extra['named_as']}",
        severity=Severity.ERROR if minimal(pair) else None,
    )


def _period(pair: Pair) -> Hit | None:
    """Two periods one figure is given for (consistency.align.periods): they conflict when a
    part both give differs (the quarter, the year written, the month)."""
    a, b = pair.a, pair.b
    pa = period_parts(a.value, a.frame == "absolute")
    pb = period_parts(b.value, b.frame == "absolute")
    if not parts_conflict(pa, pb):
        return None
    figure = a.extra.get("figure_text") or b.extra.get("figure_text")
    given = f"'{figure}' given for " if figure else ""
    return Hit(
        f"One figure, two periods: {given}'{a.value_text}' ({label(a)}) vs "
        f"'{b.value_text}' ({label(b)})",
        subject=f"{pa}/{pb}",
        severity=Severity.ERROR if minimal(pair) else None,
    )


def _same_figure(a: Claim, b: Claim) -> bool:
    """Both periods are given for one figure, in one role, and a plain figure ("3.9%") for
    one measured thing (consistency.normalize.figure_periods): they are compared as the
    period route compares them, whatever route paired them."""
    fa = a.extra.get("figure")
    return (
        bool(fa)
        and fa == b.extra.get("figure")
        and (a.extra.get("figure_role") == b.extra.get("figure_role"))
    )


def _figures_differ(a: Claim, b: Claim) -> bool:
    """Each period is a figure's own and the figures differ: two figures for two periods
    ("$2.1 billion in the third quarter" / "$1.9 billion in the second"), not one fact
    dated two ways."""
    fa, fb = a.extra.get("figure"), b.extra.get("figure")
    own = a.extra.get("figure_role") == b.extra.get("figure_role") == "own"
    return bool(fa) and bool(fb) and own and fa != fb


_WORDS_RE = re.compile(r"[a-z]{4,}")


def _opposite_acts(a: Claim, b: Claim) -> bool:
    """The two sentences also differ by a word and its opposite ("lost" / "won")."""
    wa = set(re.findall(r"[a-z]+", a.sentence.lower()))
    wb = set(re.findall(r"[a-z]+", b.sentence.lower()))
    return any(opposed(x, y) for x in sorted(wa - wb) for y in sorted(wb - wa))


def _names_the_act(a: Claim, b: Claim) -> bool:
    """One date names a thing of the kind the other's verb does ("the council's June 3
    meeting" / "the council will meet on June 16"; predicates.toml)."""
    names = a.extra.get("names")
    if not names or not b.predicate:
        return False  # the verb, or its noun in -ing ("meet" / "meeting", "shoot" / "shooting")
    return names in (predicate_class(b.predicate), predicate_class(b.predicate + "ing"))


def _nouns(c) -> frozenset[str]:
    """The thing a date names: the words right after it ("the Jan. 6 attack", "the 2016
    presidential election", "the Jan. 6 Capitol riot"), as predicate classes so that
    "attack" meets "riot" (predicates.toml)."""
    sides = around(c)
    if sides is None:
        return frozenset()
    stop = lexicon.words("stopwords.txt")
    parts = _day_parts()
    following = _CLAUSE_END_RE.split(sides[1][:24].lower(), maxsplit=1)[0]
    tokens = [w for w in re.findall(r"[a-z][a-z'’-]*", following) if w not in parts]
    if (
        not tokens
        or tokens[0] in stop
        or tokens[0] in lexicon.words("prepositions.txt")
        or tokens[0] == c.predicate
    ):
        return frozenset()  # "on Tuesday after the vote", "Monday on the Cedar Notch Fire",
        # "on Tuesday filed legislation" (the date's own verb): what follows is not what is
        # dated
    words = [w for w in _WORDS_RE.findall(following) if w not in parts][:2]
    if not words or words[0] in stop:
        return frozenset()
    return frozenset(predicate_class(w) for w in words if w not in stop)


def _events(c: Claim) -> frozenset[str]:
    """The events a date's clause names, wherever in it (clause_events.txt): "Jurors
    returned a guilty verdict ... on Feb. 14" names a verdict, "rallied outside the
    Statehouse on Saturday" a rally."""
    sides = around(c)
    if sides is None:
        return frozenset()
    clause = CLAUSE_JOIN_RE.split(sides[0])[-1] + " " + CLAUSE_JOIN_RE.split(sides[1])[0]
    events = lexicon.words("clause_events.txt")
    words = _COMPOUND_WORDS_RE.findall(clause)  # "cease-fire" is no fire; "March" no march
    ends = lexicon.words("stopwords.txt") | lexicon.words("prepositions.txt")
    out = set()
    for i, w in enumerate(words):
        k = predicate_class(w)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if k in events and (not nxt or nxt in ends or nxt.endswith(("ed", "ing"))):
            out.add(k)  # not a word that modifies a noun after it ("fire departments")
    return frozenset(out)


_COMPOUND_WORDS_RE = re.compile(r"(?<![A-Za-z-])[a-z]+(?:-[a-z]+)*")


_CLAUSE_END_RE = re.compile(r"[,;:.!?()\u2014\u2013\"“”]")


def _shown(c: Claim) -> str:
    """A date's value as a reader reads it: "2021-05-05 night", not TimeML's "2021-05-05TNI"."""
    day, sep, part = c.value.partition("T")
    return f"{day} {_part_words().get(part, part)}" if sep else c.value


@cache
def _part_words() -> dict[str, str]:
    """TimeML part-of-day code -> the first word of temporal.toml for it ("NI" -> "night")."""
    words: dict[str, str] = {}
    for word, code in lexicon.table("temporal.toml")["day_parts"].items():
        words.setdefault(code, word)
    return words


@cache
def _day_parts() -> frozenset[str]:
    """Words of the time of day ("Thursday night", "Tuesday evening"): part of the date, not
    the thing it dates (temporal.toml)."""
    return frozenset(lexicon.table("temporal.toml")["day_parts"])


_START_RE = re.compile(r"\b(?:from|between|since|starting)\s+(?:(?:early|late|mid)[- ])?$", re.I)
_END_RE = re.compile(r"\b(?:to|through|until|till|thru)\s+(?:(?:early|late|mid)[- ])?$", re.I)


_SPAN_AFTER_RE = re.compile(r"\s*(?:-|–|to|through|until|and)\s+(?:early\s+|late\s+|mid-?)?\S*\d")


def _endpoint(c: Claim) -> str:
    """Whether a date opens a period ("from 1977"), opens one whose end follows ("from 2012
    through 2019": "span"), closes one ("through 2006"), or none."""
    sides = around(c)
    if sides is None:
        return ""
    before = sides[0][-24:]
    if _START_RE.search(before):
        return "span" if _SPAN_AFTER_RE.match(sides[1]) else "start"
    return "end" if _END_RE.search(before) else ""


def _within(start: Claim, e_start: str, day: Claim, e_day: str) -> bool:
    """`day` falls inside the period `start` opens ("since Monday" and a Friday after it):
    an event of that period, not another date for its start."""
    if e_start != "start" or e_day or start.lo is None or day.lo is None:
        return False
    return day.lo >= start.lo


_REFERENCE_RE = re.compile(
    r"\b(?:week|month|quarter|period|year|months|weeks)\s+(?:ended|ending|ends)\s+(?:on\s+)?$", re.I
)


def _reference(c: Claim) -> bool:
    """A date that closes the period a statistic covers ("claims for the week ended July
    17"): one release gives several series, each with its own period, so two such dates
    in paraphrase are as often two series as one misdated, unless both sentences give one
    figure."""
    sides = around(c)
    return sides is not None and bool(_REFERENCE_RE.search(sides[0][-30:]))


_FIGURE_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _shared_figure(a: Claim, b: Claim) -> bool:
    """Both sentences give one figure besides their dates ("fell to 498,000 in the week
    ended May 1" / "... May 9 fell to 498,000"): one series, so its week is one week."""

    def figures(c: Claim) -> set[str]:
        rest = c.sentence.replace(c.value_text, " ")
        return {f.rstrip(",") for f in _FIGURE_RE.findall(rest)}

    return bool(figures(a) & figures(b))


def _years_apart(a: Claim, b: Claim) -> int | None:
    """How many years apart two dates written as bare years are ("2002" / "2003")."""
    if not (re.fullmatch(r"\d{4}", a.value) and re.fullmatch(r"\d{4}", b.value)):
        return None
    return abs(int(a.value) - int(b.value))


def _across_time_zones(a: Claim, b: Claim) -> bool:
    """Days one apart where a sentence says its day is local time ("early Friday local
    time" abroad is Thursday in New York): the same moment may be dated both ways
    (time_zone_markers.txt). Weekdays count by their names: a Friday read as last week's
    beside a Thursday is still the next day abroad."""
    if a.lo is None or b.lo is None or abs(a.lo - b.lo) % 7 not in (1, 6):
        return False  # a day apart, or weekdays a day apart resolved to different weeks
    return any(_zone_re().search(c.sentence) for c in (a, b))


def _across_midnight(a: Claim, b: Claim) -> bool:
    """Days one apart where the later is told as its early hours ("early Friday",
    "overnight") or the earlier as its late night ("late Thursday", "late Thursday
    night"), and neither as another part of its day ("Wednesday night" / "Thursday night"
    are two nights): a moment near midnight is dated both ways, all the more across time
    zones. A night alone ("voted Monday night" / "on Tuesday") is no such moment."""
    if a.lo is None or b.lo is None or abs(a.lo - b.lo) % 7 not in (1, 6):
        return False
    early, late = (a, b) if (a.lo - b.lo) % 7 == 6 else (b, a)
    night = bool(_LATE_RE.search(_before(early)))
    small_hours = bool(_EARLY_RE.search(_before(late)))
    return (night or small_hours) and _part(early) in ("", "NI") and _part(late) in ("", "MO")


def _part(c: Claim) -> str:
    """The TimeML part of day a date gives ("NI" for "Thursday night"), or ""."""
    return c.value.partition("T")[2]


_EARLY_RE = re.compile(r"\b(?:early|overnight)\s+(?:on\s+)?$", re.IGNORECASE)
_LATE_RE = re.compile(r"\blate\s+(?:on\s+)?$", re.IGNORECASE)


def _before(c: Claim) -> str:
    sides = around(c)
    return sides[0][-20:] if sides else ""


@cache
def _zone_re() -> re.Pattern[str]:
    """A time zone named as whole words ("local time", "Central European time", "GMT";
    never the "est" of "west")."""
    markers = sorted(lexicon.lines("time_zone_markers.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, markers)) + r")\b", re.IGNORECASE)


def _written(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _day(c) -> str:
    return dt.date.fromordinal(int(c.lo)).isoformat() if c.lo else ""


RULE = Rule(
    code="DAT001",
    name="date-mismatch",
    severity=Severity.WARNING,
    kinds=("date",),
    summary="The same event is dated to days or periods that do not meet",
    check=check,
    doc=__doc__,
    cases=(
        {  # one figure given for two quarters (the period route)
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "Harbor Air earned $412 million in the second quarter of 2023, its best "
                "quarter since the pandemic.",
                "The airline said it earned $412 million in the third quarter of 2023 as "
                "ticket sales climbed.",
            ],
        },
        {  # one figure given for two years: a forecast told for another year
            "expect": "contradiction",
            "articles": [
                "The utility expects capital spending for 2025 to be between $1.35 billion and "
                "$1.45 billion, it said in a filing.",
                "In its filing the utility said its capital spending for 2026 would be $1.35 "
                "billion to $1.45 billion.",
            ],
        },
        {  # one figure, one quarter, written as a code by one outlet
            "expect": "consistent",
            "articles": [
                "Harbor Air earned $412 million in the second quarter of 2023, its best "
                "quarter since the pandemic.",
                "The airline posted Q2 2023 profit of $412 million, up from $388 million a "
                "year earlier.",
            ],
        },
        {  # two figures for two quarters: two facts, neither dated wrong
            "expect": "consistent",
            "articles": [
                "Harbor Air earned $412 million in the second quarter of 2023, its best "
                "quarter since the pandemic.",
                "The airline said it earned $388 million in the third quarter of 2023 as fuel "
                "costs rose.",
            ],
        },
        {  # an outlet that gives the figure for both periods contradicts neither
            "expect": "consistent",
            "articles": [
                "Harbor Air earned $412 million in the second quarter of 2023 and again $412 "
                "million in the third quarter of 2023.",
                "The airline said it earned $412 million in the third quarter of 2023 as "
                "ticket sales climbed.",
            ],
        },
        {  # a plain figure for two measured things: two facts of two periods
            "expect": "consistent",
            "articles": [
                "The jobless rate in Vestland was 3.9% in May, the statistics office said.",
                "Inflation in Vestland was 3.9% in June, the statistics office said.",
            ],
        },
        {  # a fiscal year given for one figure, and another for it
            "expect": "contradiction",
            "articles": [
                "The city ran a budget deficit of $18.2 million in fiscal 2024, the auditor found.",
                "The auditor found the city's budget deficit reached $18.2 million in fiscal 2025.",
            ],
        },
        {  # the base of a change is no period of the figure's own
            "expect": "consistent",
            "articles": [
                "Consumer prices rose 0.7% in March from February, the agency said.",
                "Prices climbed 0.7% in March, the agency said, after a 0.4% rise in February.",
            ],
        },
        {  # a deadline is one thing, whether named before its noun or in apposition
            "expect": "contradiction",
            "articles": [
                "County officials said residents who lost homes in the flood must apply for "
                "aid within weeks to meet a May 30 deadline.",
                "The county has urged flood victims to apply for housing aid before June 15, "
                "the deadline set by state officials.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "County officials said residents who lost homes in the flood must apply for "
                "aid within weeks to meet a May 30 deadline.",
                "The county has urged flood victims to apply for housing aid before May 30, "
                "the deadline set by state officials.",
            ],
        },
        {  # a day in apposition to no event is not a name ("Tuesday, the first day")
            "expect": "consistent",
            "articles": [
                "The county has urged flood victims to apply for housing aid before Friday, "
                "the last day of the month.",
                "Flood victims lined up to apply for housing aid on Tuesday, the first day the "
                "county office opened.",
            ],
        },
        {  # a meeting told by outlets on different days: each its own latest meeting
            "expect": "consistent",
            "articles": [
                {
                    "text": "Mayor Lena Ortiz and union leader Sam Tate met for two hours on "
                    "Thursday in their latest attempt to end the transit strike.",
                    "published": "2024-05-16",
                },
                {
                    "text": "Mayor Lena Ortiz and union leader Sam Tate met privately at City "
                    "Hall on Sunday as the transit strike entered its third week.",
                    "published": "2024-05-12",
                },
            ],
        },
        {  # ... but published the same day, one meeting dated two ways
            "expect": "contradiction",
            "articles": [
                {
                    "text": "Mayor Lena Ortiz and union leader Sam Tate met for two hours on "
                    "Thursday in an attempt to end the transit strike.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Mayor Lena Ortiz and union leader Sam Tate met at City Hall on "
                    "Tuesday in an attempt to end the transit strike.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # one moment told in two time zones, the zone named by name: a look, no warning
            "expect": "contradiction",
            "severity": "info",
            "articles": [
                {
                    "text": "The singer Mara Quist died at her home in Malibu, California, on "
                    "Thursday night, her manager said.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Mara Quist died at her home in Malibu at about 6 a.m. on Friday, "
                    "Central European time, her manager said.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # a presidential race is an election
            "expect": "contradiction",
            "articles": [
                "Leaked emails from the governor's aide shook the 2016 presidential race, "
                "and the FBI reopened its inquiry days before the vote.",
                "The FBI reopened its inquiry into the governor's aide days before the 2012 "
                "presidential election, the report found.",
            ],
        },
        {  # "the library" is the library a name ends with
            "expect": "contradiction",
            "articles": [
                "The library was founded in 1921 by the mill owner Agnes Whitcombe, whose "
                "books formed its first collection.",
                "The Marsh Creek Public Library, founded in 1934, reopened its doors on "
                "Saturday after a two-year renovation.",
            ],
        },
        {  # the day of the vote, and the day set for what follows it
            "expect": "consistent",
            "articles": [
                {
                    "text": "Nurses at Larchmont General voted Saturday to ratify a two-year "
                    "contract, ending a strike over staffing levels.",
                    "published": "2025-03-16",
                },
                {
                    "text": "Nurses will be back on their wards on Tuesday, March 18, after the "
                    "union ratified a contract that ends the strike over staffing.",
                    "published": "2025-03-16",
                },
            ],
        },
        {  # a day to come told as past: a misdating
            "expect": "contradiction",
            "articles": [
                {
                    "text": "Nurses at Larchmont General voted Saturday to ratify a two-year "
                    "contract, ending a strike over staffing levels.",
                    "published": "2025-03-16",
                },
                {
                    "text": "Nurses at Larchmont General ratified a two-year contract on March "
                    "20, ending the strike over staffing levels.",
                    "published": "2025-03-16",
                },
            ],
        },
        {  # a day written inside another's digits is another day ("May 1" / "May 13")
            "expect": "contradiction",
            "articles": [
                {
                    "text": "The new parking rules for downtown Glenmoor take effect May 1, the "
                    "city said.",
                    "published": "2025-04-20",
                },
                {
                    "text": "The new parking rules for downtown Glenmoor take effect May 13, the "
                    "city said.",
                    "published": "2025-04-20",
                },
            ],
        },
        {  # two leads date one speaker's statement on two days
            "expect": "contradiction",
            "articles": [
                {
                    "text": "The Harwick County Health Department said Tuesday that measles "
                    "cases in Harwick County had climbed to 41, the largest outbreak in a "
                    "decade.\n\nMost of the children were not vaccinated.",
                    "published": "2025-03-14",
                },
                {
                    "text": "Measles cases in Harwick County reached 41, the largest outbreak "
                    "in a decade, the Harwick County Health Department announced on "
                    "Thursday.\n\nClinics will stay open late.",
                    "published": "2025-03-14",
                },
            ],
        },
        {  # two speakers, each on their own day
            "expect": "consistent",
            "articles": [
                {
                    "text": "The county health officer said Tuesday that measles cases in "
                    "Harwick County had climbed to 41, the largest outbreak in a decade.",
                    "published": "2025-03-14",
                },
                {
                    "text": "Measles cases in Harwick County reached 41, the largest outbreak "
                    "in a decade, Gov. Ann Reyes said on Thursday.",
                    "published": "2025-03-14",
                },
            ],
        },
        {  # the day of a telling past the lead dates one telling of many
            "expect": "consistent",
            "articles": [
                {
                    "text": "Measles cases in Harwick County climbed to 41 this month.\n\n"
                    "The Harwick County Health Department said Tuesday that the outbreak "
                    "was the largest in a decade.",
                    "published": "2025-03-14",
                },
                {
                    "text": "Measles cases in Harwick County reached 41.\n\nThe outbreak is "
                    "the largest in a decade, the Harwick County Health Department said on "
                    "Thursday.",
                    "published": "2025-03-14",
                },
            ],
        },
        {  # a day inside the quotation is the speaker's, not the telling's
            "expect": "consistent",
            "articles": [
                {
                    "text": "\u201cThe council will vote on the transit levy Monday,\u201d Mayor "
                    "Lena Ortiz said of the plan for the Glenmoor line.",
                    "published": "2025-03-14",
                },
                {
                    "text": "Mayor Lena Ortiz said Thursday that the council would take up the "
                    "transit levy for the Glenmoor line.",
                    "published": "2025-03-14",
                },
            ],
        },
        {  # an event a story has once, named anywhere in both dates' clauses
            "expect": "contradiction",
            "articles": [
                {
                    "text": "Jurors returned a guilty verdict against Nolan Briggs on Feb. 14 "
                    "after two days of deliberations.",
                    "published": "2025-02-20",
                },
                {
                    "text": "The jury in the Nolan Briggs case reached its verdict on Feb. 12, "
                    "finding him guilty.",
                    "published": "2025-02-20",
                },
            ],
        },
        {  # a cease-fire is no fire
            "expect": "consistent",
            "articles": [
                {
                    "text": "The two militias agreed to a cease-fire Thursday, ending a week of "
                    "shelling around the port.",
                    "published": "2025-02-20",
                },
                {
                    "text": "A cease-fire between the two militias took effect early Saturday, "
                    "days after the shelling around the port began.",
                    "published": "2025-02-20",
                },
            ],
        },
        {  # a day inside the period "since" opens is an event of that period
            "expect": "consistent",
            "articles": [
                {
                    "text": "Eleven suspicious parcels have been found since Monday, postal "
                    "inspectors said.",
                    "published": "2024-05-18",
                },
                {
                    "text": "Another suspicious parcel was found Friday at a post office in "
                    "Dayton, postal inspectors said.",
                    "published": "2024-05-18",
                },
            ],
        },
        {  # a party as a noun and as an adjective is one "who"
            "expect": "contradiction",
            "articles": [
                {
                    "text": "Senate Republicans on Tuesday unveiled a revised counteroffer on "
                    "roads and bridges, the party said.",
                    "published": "2024-05-18",
                },
                {
                    "text": "Republican lawmakers on Thursday unveiled their revised counteroffer "
                    "on roads and bridges to Governor Ruiz.",
                    "published": "2024-05-18",
                },
            ],
        },
        {  # a meeting named by its day, and the verb that dates it elsewhere
            "expect": "contradiction",
            "articles": [
                "Ahead of the council's June 3 meeting, at which members are expected to "
                "vote on the budget, the mayor urged calm in Lowry.",
                "The Lowry council will meet on June 16 to vote on the budget, the mayor said.",
            ],
        },
        {  # two acts on one bill: the verb after each date is its act, not a name
            "expect": "consistent",
            "articles": [
                "Rep. Dana Moss on Tuesday filed legislation requiring railroads to alert fire "
                "departments after a derailment.",
                "A freight rail trade group on Wednesday criticized legislation that would "
                "require railroads to alert fire departments.",
            ],
        },
        {  # two acts of one fire; the words after each date are a preposition's, no name
            "expect": "consistent",
            "articles": [
                "Firefighters made significant progress Monday on the Pine Gap Fire, which "
                "had burned 8,640 acres.",
                "The fire, which started on Thursday afternoon near Pine Gap Road, has "
                "destroyed at least 30 structures.",
            ],
        },
        {  # two series of one release, each with its own week
            "expect": "consistent",
            "articles": [
                "Continuing claims for state benefits fell to 2.1 million in the week ended "
                "March 6, the department said.",
                "First-time applications for jobless benefits rose to 310,000 in the week "
                "ended March 13, the department said Thursday.",
            ],
        },
        {  # one statistic, one figure, told in other words with another week
            "expect": "contradiction",
            "articles": [
                "Initial jobless claims fell by 12,000 to 310,000 in the week ended March 13, "
                "labor data showed Thursday.",
                "Figures released Thursday show jobless claims for the week ended March 6 fell "
                "to 310,000 from 322,000.",
            ],
        },
        {  # one statistic's week, misdated in the same words
            "expect": "contradiction",
            "articles": [
                "First-time applications for jobless benefits rose to 310,000 in the week "
                "ended March 13, the department said Thursday.",
                "First-time applications for jobless benefits rose to 310,000 in the week "
                "ended March 6, the department said Thursday.",
            ],
        },
        {  # a date that names a thing names it in a denial too
            "expect": "contradiction",
            "articles": [
                "State agencies failed to warn the police before the March 4 riot at the "
                "statehouse, a review found.",
                "A review released Tuesday faulted the response to the riot on March 14 at the "
                "statehouse.",
            ],
        },
        {  # two verbs of one kind of act (predicates.toml): the same authorization
            "expect": "contradiction",
            "articles": [
                {
                    "text": "The Oregon Health Authority on Tuesday authorized the Lakeside "
                    "booster for adults over 65.",
                    "published": "2024-05-16",
                },
                {
                    "text": "The Oregon Health Authority granted the Lakeside booster emergency "
                    "approval for adults over 65 on Thursday.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # the start of a span of years is not the date of last year's act
            "expect": "consistent",
            "articles": [
                {
                    "text": "Last year the Orsinis paid an effective federal tax rate of 35.7 "
                    "percent.",
                    "published": "2024-05-16",
                },
                {
                    "text": "From 2012 through 2019 the Orsinis paid an effective federal tax "
                    "rate of 31.5 percent, their returns show.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # another year and an opposite verb: two elections, not one misdated
            "expect": "consistent",
            "articles": [
                "Dana Whitlow, who lost the 2020 election for county clerk, said Wednesday "
                "she will run for the state Senate.",
                "Dana Whitlow, who won the 2016 election for county clerk, said Wednesday "
                "she will run for the state Senate.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                {
                    "text": "The finance minister resigned on Tuesday after the budget vote.",
                    "published": "2024-05-16",
                },
                {
                    "text": "The finance minister resigned on Thursday after the budget vote.",
                    "published": "2024-05-16",
                },
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                {
                    "text": "The finance minister resigned on Tuesday after the budget vote.",
                    "published": "2024-05-16",
                },
                {
                    "text": "The finance minister resigned on May 14 after the budget vote.",
                    "published": "2024-05-16",
                },
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                {
                    "text": "The finance minister resigned on Tuesday after the budget vote.",
                    "published": "2024-05-16",
                },
                {
                    "text": "The finance minister was replaced on Thursday after the budget vote.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # a speaker told by office alone is not matched across leads
            "expect": "consistent",
            "articles": [
                {
                    "text": "The mayor said on Monday that the bridge would stay closed.",
                    "published": "2024-05-16",
                },
                {
                    "text": "The bridge will stay closed, the mayor said Wednesday.",
                    "published": "2024-05-16",
                },
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                {
                    "text": "Lawmakers voted to create a panel to investigate the March 4 riot at "
                    "the state capitol in Salem.",
                    "published": "2024-05-16",
                },
                {
                    "text": "A panel will investigate the March 14 attack on the Salem state "
                    "capitol, lawmakers decided.",
                    "published": "2024-05-16",
                },
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                {
                    "text": "The pause on student loan payments in Oregon runs through Jan. 31, "
                    "officials said.",
                    "published": "2024-05-16",
                },
                {
                    "text": "Oregon officials extended the pause on student loan payments through "
                    "Jan. 31, 2025.",
                    "published": "2024-05-16",
                },
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The senator served in the navy from 1985 to 1991, records show.",
                "Records show the senator served in the navy from 1985 to 1991.",
            ],
        },
        {  # two dates that name one accord, in sentences worded apart
            "expect": "contradiction",
            "articles": [
                "Trade ministers from Chile and Peru met in Lima to revive the 2012 fishing "
                "accord, which lapsed last year.",
                "Chile and Peru want to restore the 2018 fishing accord, their trade "
                "ministers told reporters in Lima.",
            ],
        },
        {  # an election past and one to come are two elections
            "expect": "consistent",
            "articles": [
                {
                    "text": "Governor Ellen Voss, who won the 2018 election in Montana, backed "
                    "the water bill on Tuesday.",
                    "published": "2024-05-16",
                },
                {
                    "text": "Governor Ellen Voss backed the water bill, a test of her standing "
                    "before the 2026 election in Montana.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # the first article speaks of both years: two elections, whichever each names
            "expect": "consistent",
            "articles": [
                {
                    "text": "Voss, who first won office in 2014, backed the water bill. Voss "
                    "won the 2018 election in Montana by nine points.",
                    "published": "2024-05-16",
                },
                {
                    "text": "Voss backed the water bill. In Montana she still mentions the "
                    "2014 election, a defeat by nine points.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # a year guessed for "Jan. 6" is no year the article wrote
            "expect": "consistent",
            "articles": [
                {
                    "text": "The inquiry into the Jan. 6 riot at the Salem capitol heard from "
                    "four officers.",
                    "published": "2024-05-16",
                },
                {
                    "text": "Four officers spoke to the inquiry into the 2021 riot at the Salem "
                    "capitol.",
                    "published": "2024-05-16",
                },
            ],
        },
        {  # two leads of one day, one actor and one matter, told with other verbs
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                {
                    "text": "The Harwick County Council on Monday awarded a $12 million "
                    "contract to rebuild the Elm Street bridge, closed since the spring "
                    "flood.",
                    "published": "2024-05-17",
                },
                {
                    "text": "The Harwick County Council agreed Thursday to spend $12 million "
                    "rebuilding the Elm Street bridge after months of delay.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # a lead that opens on the name, then a phrase set off by commas
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                {
                    "text": "Mayor Ann Reyes, facing pressure from swimmers and parents, on "
                    "Monday ordered the Elm Street pool closed for repairs to its cracked "
                    "deck.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Mayor Ann Reyes shut the Elm Street pool on Thursday so crews can "
                    "repair its cracked deck, her office said.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # ... leads of two days tell each day's news
            "expect": "consistent",
            "articles": [
                {
                    "text": "The Harwick County Council on Monday awarded a $12 million "
                    "contract to rebuild the Elm Street bridge, closed since the spring "
                    "flood.",
                    "published": "2024-05-14",
                },
                {
                    "text": "The Harwick County Council agreed Thursday to spend $12 million "
                    "rebuilding the Elm Street bridge after months of delay.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # "passed away" is "died": one death dated two ways
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                {
                    "text": "Eleanor Vance, who led the state health department through two "
                    "hurricanes, died Saturday at her home in Raleigh.",
                    "published": "2024-02-24",
                },
                {
                    "text": "Former state health secretary Eleanor Vance passed away on Feb. 20 "
                    "in Raleigh, her family said.",
                    "published": "2024-02-24",
                },
            ],
        },
        {  # a tornado is one event of its story, whatever verbs tell it
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                {
                    "text": "A tornado touched down in eastern Harwick County on Monday "
                    "evening, damaging at least 30 homes, the weather service said.",
                    "published": "2024-05-17",
                },
                {
                    "text": "The weather service confirmed that a tornado with winds near 100 "
                    "mph carved a path through eastern Harwick County on Sunday evening.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # ... the day of the cleanup after it is another
            "expect": "consistent",
            "articles": [
                {
                    "text": "A tornado touched down in eastern Harwick County on Monday "
                    "evening, damaging at least 30 homes, the weather service said.",
                    "published": "2024-05-17",
                },
                {
                    "text": "The weather service said cleanup crews began clearing debris from "
                    "eastern Harwick County on Wednesday evening after the storm.",
                    "published": "2024-05-17",
                },
            ],
        },
        {  # a moment near midnight, told as one night and the next early hours: a look
            "expect": "contradiction",
            "severity": "info",
            "articles": [
                {
                    "text": "Firefighters on Thursday battled a blaze that gutted a paint "
                    "warehouse on the east side of Elkhart, sending black smoke over the "
                    "city.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Firefighters worked into early Friday against flames at an "
                    "Elkhart paint warehouse as black smoke drifted across the east side.",
                    "published": "2024-05-17",
                },
            ],
        },
    ),
)
