"""Durations ("two decades", "four-day conflict", "for about two decades", "months of strain")
with their framing: how long a state lasted (persist), a window in which something was
not seen (novelty), or the length of an event (span)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.lexicon.predicates import is_adverb, predicate_class, stem
from consistency.normalize import date_cues, numbers
from consistency.normalize.context import clause_start, person_key
from consistency.normalize.date_tense import is_past_verb

_NOVELTY_RE = re.compile(
    r"\b(?:(?:not|never|un)\s*(?:been\s+)?(?:seen|witnessed|experienced|recorded|matched)"
    r"|first(?: time)?|worst|highest|lowest|biggest|largest|deepest|strongest|weakest|best"
    r"|most|least|unprecedented|record)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_NEG_NOVELTY_RE = re.compile(
    r"\b(?:not|never|un)\s*(?:been\s+)?(?:seen|witnessed|experienced|recorded|matched)\b",
    re.IGNORECASE,
)
_PERSIST_PRE_RE = re.compile(
    r"\b(?:for|over the (?:past|last)|in the (?:past|last)|the (?:past|last)|past|throughout)\s+$",
    re.IGNORECASE,
)
# "an outage that lasted more than nine hours": how long the thing before the verb went on
_LASTED_RE = re.compile(
    r"\b(?:(?:has|had|have)\s+)?(?:lasted|lasts|lasting|last|spanned|spans|stretched)\s+$",
    re.IGNORECASE,
)
_RELATIVE_END_RE = re.compile(r"\s*\b(?:that|which)\s*$", re.IGNORECASE)
_PHRASE_END_RE = re.compile(  # "the outage across its platforms": the outage
    r"\s+(?:across|of|in|on|at|over|from|for|with)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*$",
    re.IGNORECASE,
)
_SKIP_AFTER_RE = re.compile(r"\s*(?:ago|old|from now|hence)\b", re.IGNORECASE)  # at a unit's end
# "two months after the vote", "a day earlier": the time between two events (frame offset)
_OLD_RE = re.compile(r"-olds?\s+([A-Za-z-]+)")
_OFFSET_RE = re.compile(r"^\s*(?:earlier|later|before|after)\b", re.IGNORECASE)
_AUX_RE = re.compile(r"\b(?:have|has|had|is|are|was|were|been|be|being)\b", re.IGNORECASE)
_RELATION_RE = re.compile(
    r"((?:[A-Z][\w.]*(?:[-–][A-Z][\w.]*)+|bilateral|the two countries['’]?|[A-Z][a-z]+['’]s)\s+)?"
    r"\b(relations|ties|relationship|partnership)\b",
)


@cache
def _units() -> dict:
    return lexicon.table("duration_units.toml")


@cache
def _age_re() -> re.Pattern[str]:
    """ "-old" after a unit that makes an age: "a 6-year-old boy", "the 44-year-old said" (a
    duration of frame "age", compared with ages only)."""
    ages = _units()["ages"]
    nouns, after = alternation(ages["nouns"]), alternation(ages["after"])
    return re.compile(
        rf"-olds?\b(?:\s+(?:(?P<who>{nouns})|{after})\b|\s*(?:[,.;:)'’”\"]|$))", re.IGNORECASE
    )


# "a year" right after a figure is a rate ("raises pay 4% a year", "$15 an hour")
_RATE_RE = re.compile(r"(?:a|an|per)\s", re.IGNORECASE)
_RATE_AFTER_RE = re.compile(
    r"(?:\d%?|\bper\s?cent|\bpercent|\bmillion|\bbillion|\bdollars?|\btwice|\bonce)\s*$",
    re.IGNORECASE,
)
# a name, then ", a" right before the age: the age is that person's
_APPOSITIVE_AGE_RE = re.compile(r"\b([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}),\s+(?:an?|the)\s+$")
# "his brother, a" right before the age: the age is the brother's
_KIN_AGE_RE = re.compile(r"\b(?:his|her|their|its)\s+([a-z]+),\s+an?\s+$", re.IGNORECASE)
_NAMED_AGE_RE = re.compile(r"-olds?\s+([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2})\b")
# a lower-case word right after a capitalised run: "Michigan law", "Smith said"
_OLD_HEAD_RE = re.compile(r"\s+([a-z]{3,})\b(?!['’])")


@cache
def _person_nouns() -> frozenset[str]:
    ages = _units()["ages"]
    return frozenset(w.lower() for w in ages["nouns"] + ages["lead"])


@cache
def lead_nouns() -> frozenset[str]:
    """Nouns for what a person does that, in "The 75-year-old entrepreneur ...", stand for
    the person the article is about (duration_units.toml [ages] lead)."""
    return frozenset(w.lower() for w in _units()["ages"]["lead"])


def _modifies(after: str, at: int) -> bool:
    """The capitalised words after "-old" modify a noun that follows ("a 76-year-old
    Michigan law", "a 24-year-old Texas man"), rather than name the person ("the
    48-year-old Smith said", "... Smith pleaded guilty")."""
    m = _OLD_HEAD_RE.match(after, at)
    if not m:
        return False
    w = m.group(1)
    verbs = (
        lexicon.words("speech_verbs.txt")
        | lexicon.words("auxiliaries.txt")
        | (lexicon.words("event_verbs.txt") - {"hit", "cut"})  # "the 48-year-old Smith set
        # the fire"; "a 20-year-old Beatles hit", "the 30-year-old Reagan tax cut" are things
    )
    stop = lexicon.words("stopwords.txt") | lexicon.words("prepositions.txt")
    return not (w in verbs or w in stop or w.endswith(("ed", "es")))


_NP_WORD_RE = re.compile(r"\s+([A-Za-z][a-z-]*)\b(?![.'’])")
HEAD_WORDS = 4  # words of the noun phrase after "-old" its head may be


def _head(after: str, old: re.Match[str]) -> tuple[str, int]:
    """The noun a "-year-old" phrase ends on ("a 76-year-old Michigan law" -> "law", "the
    decades-old border dispute" -> "dispute"): the last of its first HEAD_WORDS words
    before a word that ends it (a function word, a verb in -ed or -ing, punctuation), and
    where it ends in `after`."""
    stop = lexicon.words("stopwords.txt") | lexicon.words("prepositions.txt")
    head, at = old.group(1), old.end(1)
    for _ in range(HEAD_WORDS - 1):
        m = _NP_WORD_RE.match(after, at)
        if not m:
            break
        w = m.group(1)
        if w.lower() in stop or (w.islower() and (w.endswith("ing") or is_past_verb(w))):
            break  # "a 76-year-old Michigan law crafted": the phrase ends before a verb
        if head.islower() and not w.islower():
            break  # "the 82-year-old hiker Walter Brisco": a name after the noun
        head, at = w, m.end()
    return head, at


# "the 82-year-old hiker Walter Brisco": the noun, then the person's full name
_NAME_AFTER_RE = re.compile(r"\s+([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})\b")


# "a 43-year-old Cold Spring woman, Marisol Fenwick, of ...": a person noun, then the name
# in apposition, closed by punctuation or "of"/"from"
_NAME_APPOSED_RE = re.compile(
    r",\s+([A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})(?=\s*[,.;)]|\s+(?:of|from)\b)"
)


def _named_after(after: str, head: str, at: int) -> str:
    """The full name right after the noun of an age phrase (ending at `at`), or in
    apposition after a noun for a person ("a 43-year-old woman, Marisol Fenwick,"), or ""."""
    m = _NAME_AFTER_RE.match(after, at) if head.islower() else None
    if not m and head.lower() in _person_nouns():
        m = _NAME_APPOSED_RE.match(after, at)
    if not m or m.group(1).split()[0].lower() in lexicon.words("stopwords.txt"):
        return ""
    return m.group(1)


@cache
def _unit_re() -> re.Pattern[str]:
    units = alternation([*_units()["days"], "centuries"])
    return re.compile(
        rf"(?:\b|(?<=\d))(?P<unit>{units})(?P<plural>s)?\b(?P<long>-long)?"
        r"(?P<half>\s+and\s+(?:a\s+)?half\b)?",  # "an hour and a half"
        re.IGNORECASE,
    )


@cache
def _count_re() -> re.Pattern[str]:
    """What may stand before a unit, up to the unit: a qualifier and a count."""
    vague = alternation(_units()["vague"])
    num = rf"(?:{numbers.number_pattern(ratios=False)}|an?|{vague})"
    return re.compile(
        r"(?<!\w)"
        rf"(?:\b(?P<qual>{numbers.qualifier_pattern()})\s+)?"
        # "3 days", "four-day", and with digits touching the unit: "3h", "3.5years";
        # "20 more years", "two additional weeks": the count of the time still to come
        rf"(?:(?P<num>\b{num})(?:\s+(?:more|additional|extra|further)(?=\s))?(?:[\s-]+|(?<=\d)))?\Z",
        re.IGNORECASE,
    )


@cache
def _range_re() -> re.Pattern[str]:
    """The low end of a range right before a count: "two to three weeks", "10-15 years"."""
    num = numbers.number_pattern(ratios=False)
    return re.compile(rf"(?<![\w.,])(?P<rlo>{num})\s*(?:to|or|-|–)\s*\Z", re.IGNORECASE)


class _Match:
    """A unit match joined with the count before it, read like one regex match."""

    def __init__(self, unit: re.Match[str], count: re.Match[str] | None) -> None:
        self._unit, self._count = unit, count

    def _of(self, name: str) -> re.Match[str] | None:
        return self._count if name in ("qual", "num") else self._unit

    def group(self, name: str) -> str | None:
        m = self._of(name)
        return m.group(name) if m is not None else None

    def start(self, name: str | None = None) -> int:
        if name is None:
            c = self._count
            return c.start() if c is not None and c.end() > c.start() else self._unit.start()
        return self._of(name).start(name)

    def end(self, name: str | None = None) -> int:
        return self._unit.end() if name is None else self._of(name).end(name)


def _matches(sentence: str):
    """Units first (a cheap scan), then the count before each: scanning every position
    for an optional number ahead of a unit costs several times more."""
    floor = 0
    for u in _unit_re().finditer(sentence):
        count = _count_re().search(sentence, max(floor, u.start() - 100), u.start())
        yield _Match(u, count)
        floor = u.end()


@cache
def _unit_words() -> frozenset[str]:
    """The words one of which every duration holds (a unit, singular or plural): a cheap
    test before the regex scan, which would try every position of the sentence."""
    units = {u.lower() for u in _units()["days"]}
    return frozenset(units | {u + "s" for u in units} | {"centuries"})


_SINGULAR_ONLY = frozenset({"another", "all", "full", "whole", "half", "half a", "half an"})


@dataclass(frozen=True, slots=True)
class DurationMention:
    start: int
    end: int
    value_days: float
    lo: float
    hi: float
    qualifier: str
    frame: str  # span | persist | novelty | offset (the time between two events) | age
    negated: bool
    predicate: str
    subject: str
    aged: bool = False  # a thing's age in figures ("a 76-year-old law"): exact, as an age
    name: str = ""  # an age's person as written ("the 24-year-old cyclist Owen Tate")
    definite: bool = False  # opens its sentence: "The 75-year-old entrepreneur was ..."


def _unit_days(unit: str) -> float:
    u = unit.lower()
    if u == "centuries":
        u = "century"
    return _units()["days"][u]


def relation_subject(text: str) -> str:
    """Return a relation noun phrase in the text ("India-US relations"), or ""."""
    found = list(_RELATION_RE.finditer(text))
    return found[-1].group(0).strip() if found else ""


def _word_before(text: str) -> str:
    """The word a duration is about, before it: auxiliaries, stopwords and adverbs
    ("strained badly for two decades") passed over."""
    words = re.findall(r"[A-Za-z][A-Za-z’'-]*", text)
    stop = lexicon.words("stopwords.txt")
    for w in reversed(words):
        lw = w.lower()
        if is_adverb(lw):
            continue  # an adverb
        if (
            not _AUX_RE.fullmatch(w)
            and lw not in stop
            and lw not in ("already", "now", "still", "time")
        ):
            return w
    return ""


def _range_low(sentence: str, num_start: int, high: float) -> tuple[float, int] | None:
    """(low count, where it starts) when a range's low end stands before the count."""
    r = _range_re().search(sentence, max(0, num_start - 30), num_start)
    if r is None:
        return None
    low = numbers.parse_number(r.group("rlo"))
    return (low, r.start()) if low is not None and 0 < low < high else None


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")
# "The " opening a sentence, after a dateline if any ("BARCELONA — The 75-year-old ...")
_DEFINITE_OPENING_RE = re.compile(r"\s*(?:[A-Z][A-Z .,'-]+\s*[―—–-]+\s*)?The\s+")
_WORD_AFTER_RE = re.compile(r"[-\s]+[A-Za-z]")


def find_durations(sentence: str) -> list[DurationMention]:
    """Find durations in one sentence; offsets are relative to the sentence."""
    out: list[DurationMention] = []
    vague = _units()["vague"]
    bare = _units()["bare_plural"]
    if _unit_words().isdisjoint(date_cues.words(sentence)[1]):
        return out
    for m in _matches(sentence):
        unit, num = m.group("unit"), m.group("num")
        if _SKIP_AFTER_RE.match(sentence, m.end()):
            continue
        age = _age_re().match(sentence, m.end())
        plural = bool(m.group("plural")) or unit.lower() == "centuries"
        base = _unit_days(unit)
        hyphen = bool(num) and sentence[m.end("num") : m.start("unit")] == "-"
        low = None
        if num and num.lower() in ("a", "an") and plural:
            num = None
        if num and unit.lower() == "second" and not plural and num.lower() in ("a", "an"):
            continue  # "a second term", "a second surgery": an ordinal, not a time
        if (
            num
            and unit.lower() == "second"
            and not plural
            and num.lower() in ("twenty", "thirty")
            and _THE_BEFORE_RE.search(sentence, max(0, m.start("num") - 5), m.start("num"))
            and not _WORD_AFTER_RE.match(sentence, m.end())
        ):
            continue  # "on the twenty-second": a day of the month ("the twenty-second ad" a time)
        if num and num.lower() in _SINGULAR_ONLY and plural:
            continue  # "all hours of the day" is no duration of one hour
        if num and num.lower() in vague:
            lo_n, hi_n = vague[num.lower()]
            lo, hi = lo_n * base, hi_n * base
            value = (lo + hi) / 2
        elif num:
            n = 1.0 if num.lower() in ("a", "an") else numbers.parse_number(num)
            if n is None:
                continue
            lo = hi = value = n * base
            low = _range_low(sentence, m.start("num"), n) if plural else None
            if low is not None:  # "two to three weeks": [2, 3] weeks, read at its middle
                lo, value, range_start = low[0] * base, (low[0] + n) / 2 * base, low[1]
        elif plural:
            key = unit.lower() + ("" if unit.lower().endswith("s") else "s")
            if key not in bare:
                continue
            lo_n, hi_n = bare[key]
            lo, hi = lo_n * base, hi_n * base
            value = (lo + hi) / 2
        elif m.group("long"):
            lo = hi = value = base  # "the decade-long war", "a day-long meeting"
        else:
            continue  # "the year", "a day after" are not durations
        if m.group("half") and num:
            lo, hi, value = lo + base / 2, hi + base / 2, value + base / 2
        qual = (m.group("qual") or "").lower()
        if qual:
            lo, hi = numbers.qualify(qual, lo, hi)
        start = m.start() if qual else (m.start("num") if num else m.start("unit"))
        if m.group("num") and not num:
            start = m.start("unit")
        if low is not None and not qual:
            start = range_start
        before = sentence[clause_start(sentence, start) : start]
        if _RATE_AFTER_RE.search(sentence, 0, m.start()) and _RATE_RE.match(sentence, m.start()):
            continue  # "4% a year", "$15 an hour", "twice a day": a rate, not a span of time
        after = sentence[m.end() :]
        frame, predicate, subject, negated, name = "span", "", "", False, ""
        named = _NAMED_AGE_RE.match(after) if not age else None
        if named and _modifies(after, named.end()):
            named = None  # "a 76-year-old Michigan law": a place before a noun, no one's name
        old = None if age or named else _OLD_RE.match(after)
        appositive = _APPOSITIVE_AGE_RE.search(before) if age or named or old else None
        kin = _KIN_AGE_RE.search(before) if age or named or old else None
        if appositive:  # "Paul Hodgkins, a 38-year-old Floridian," / "the 17-year-old Swede"
            frame, predicate, name = "age", person_key(appositive.group(1)), appositive.group(1)
        elif kin:  # "his brother, a 29-year-old man": the brother's age, not any man's
            frame, predicate = "age", kin.group(1).lower()
        elif age:  # "a 6-year-old boy": compared with ages only
            frame, predicate = "age", (age.group("who") or "").lower()
            full = _NAME_AFTER_RE.match(sentence, age.end()) if age.group("who") else None
            if full and full.group(1).split()[0].lower() not in lexicon.words("stopwords.txt"):
                # "19-year-old student Aaron Whitlow": Whitlow's age
                frame, predicate, name = "age", person_key(full.group(1)), full.group(1)
        elif named:  # "the 48-year-old Smith": the person's age, by surname
            frame, predicate, name = "age", person_key(named.group(1)), named.group(1)
        elif old:  # "a two-year-old dispute", "the months-old rift": how long it has lasted
            predicate, head_end = _head(after, old)
            frame = "persist"
            named_after = _named_after(after, predicate, head_end) if "year" in m.group(0) else ""
            if named_after:  # "the 82-year-old hiker Walter Brisco": Brisco's age
                frame, predicate, name = "age", person_key(named_after), named_after
            elif predicate.lower() in _person_nouns():
                frame = "age"  # "a 24-year-old Texas man": the man's age
        elif _OFFSET_RE.match(after):
            frame = "offset"
        in_prefix = re.search(r"\bin\s+$", before, re.IGNORECASE)
        if frame != "span":
            pass
        elif in_prefix and _NOVELTY_RE.search(before[: in_prefix.start()]):
            frame = "novelty"
            head = before[: in_prefix.start()]
            negated = bool(_NEG_NOVELTY_RE.search(head))
            cue = re.search(
                r"\b(?:not|never|un|first|worst|highest|lowest|biggest|largest|deepest|best|most|least|unprecedented|record)",
                head,
                re.IGNORECASE,
            )
            predicate = _word_before(head[: cue.start()] if cue else head)
        elif _LASTED_RE.search(before):  # "the outage across its platforms lasted"
            frame = "persist"
            head = before[: _LASTED_RE.search(before).start()]
            head = _RELATIVE_END_RE.sub("", head)
            head = _PHRASE_END_RE.sub("", head)
            predicate = _word_before(head)
        elif _PERSIST_PRE_RE.search(before) or m.group("long"):
            frame = "persist"
            pre = _PERSIST_PRE_RE.search(before)
            predicate = _word_before(before[: pre.start()] if pre else before)
            if m.group("long"):
                nxt = re.match(r"\s+([A-Za-z-]+)", after)
                predicate = nxt.group(1) if nxt else predicate
        else:
            of = re.match(r"\s+of\s+((?:[a-z-]+\s+){0,2}?[A-Za-z-]+)\b(?P<more>\s+[a-z-]+)?", after)
            if of:
                frame = "persist"
                words = of.group(1).split()
                if of.group("more") and words[-1].endswith(("ing", "ful", "ive", "ous", "al")):
                    words.append(of.group("more").strip())  # "days of devastating hostilities"
                predicate = next((w for w in words if predicate_class(w) != stem(w)), words[0])
            elif hyphen:
                nxt = re.match(r"\s+([A-Za-z-]+)", after)
                predicate = nxt.group(1) if nxt else ""
        if not subject:
            subject = relation_subject(sentence[max(0, start - 200) : m.end() + 80])
        out.append(
            DurationMention(
                start=start,
                end=m.end(),
                value_days=value,
                lo=lo,
                hi=hi if not math.isinf(hi) else math.inf,
                qualifier=qual,
                frame=frame,
                negated=negated,
                predicate=predicate_class(predicate) if predicate else "",
                subject=subject,
                aged=frame == "persist"
                and bool(old)
                and any(ch.isdigit() for ch in sentence[start : m.end()]),
                name=name,
                definite=frame == "age"
                and not name
                and bool(_DEFINITE_OPENING_RE.fullmatch(sentence, 0, start)),
            )
        )
    return out
