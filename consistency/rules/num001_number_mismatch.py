"""NUM001 number-mismatch: two sources give numbers for the same thing that cannot both be true.

Contradiction:
    "At least 40 people were killed in the blast." vs "The blast killed 24 people."
    Intervals after qualifiers and rounding ([40, inf) and [24, 24]) do not meet.

Consistent:
    "50% tariffs" vs "50 per cent tariffs"; "about 1,200 evacuated" vs "some 1,180 evacuated";
    "1.2 million" vs "1,180,000" (rounding); a later, higher running count (see NUM003),
    or a later, lower count of the missing or displaced (found, gone home). A later, lower
    count of the dead, injured, arrested or cases, which never fall, is a contradiction.

Why it matters:
    A number that differs between outlets is the most common and most checkable
    factual disagreement.

Confidence rests on:
    error: the two sentences are the same but for the number (a minimal pair); warning:
    the numbers share a unit and a predicate ("killed", "tariffs"), their contexts align,
    and their sentences share a year and a name when both name any, or each is the only
    sum of money its article gives, written in its lead, with rare words shared (the
    amount route, consistency.align.amounts), or the only age limit each article gives
    ("under age 25" / "a minimum age of 21"; the limit route, consistency.align.tolls),
    and in paraphrase only when a scope word before the measure agrees ("the national
    unemployment rate" is not "Ohio's unemployment rate": scope_words.toml); info: such a
    pair where one figure is a speaker's (inside a quotation, or "what he said was ...")
    and the other the outlet's own.

Known limits:
    A number about a different thing in a similar sentence can still align. Figures agree
    when one rounds to the other ("35.7" and "36"); "more than 12" and "fewer than 12"
    conflict. A source whose sentence states both values contradicts neither ("48% to 42%"
    states 42 percent however the other writes it), nor does "Lee and three other officers"
    beside "four officers" (N others and one named); a forecast ("were expecting 845,000",
    "expects sales to rise 4% to 7%": forecasts.txt) is compared only with another forecast,
    never with an outcome; a hedged figure ("could reach 900") only with another hedged one
    in a minimal pair; a part ("three of her children") is not compared with a whole, nor an
    earlier period's figure ("up from $0.53") with a current one, nor one measure ("adjusted
    earnings", "core inflation", "seriously injured") with another, nor a figure about a
    part of a population ("among voters under 30") with one about another part or the whole
    (period_markers.txt, measure_words.txt), nor a figure for a month with one for a
    quarter or for one quarter with one for another ("in the third quarter" / "for Q4"), or a rate a year with a total over several years. Two ranges conflict when a
    bound differs ("between 40 and 50" / "40 to 55"), though they overlap. On the paraphrase
    routes, counts and amounts more than FAR times apart are two figures (a part and the
    whole it is told in), unless their digits are the same ("$3.1 million" / "$3.1
    billion"); so are a standing count read at two moments ("31,500 ... as of Sunday" / "By
    Monday morning, about 19,000 ... still"; or read at a moment by the later-published
    article: "9,600 acres by Tuesday morning"), a difference from a mark ("9 feet above flood
    stage", "$1.9 billion larger than the current budget"), a count of others ("three other
    schools"), a count for one place of several ("Eight died in New York City, and a man
    died in Passaic" / "at least nine") and a count of what may be done ("19 actions the
    president could take" / "signed 23 actions"), two parts of one whole ("elementary
    class sizes" / "high school classes": subsets.toml), a change beside a level ("cut ...
    by 70 units" / "a 240-unit complex"), two measures that share only a period
    ("third-quarter profit" / "third-quarter sales"), changes in two things ("Shares of the
    company fell 9 percent" / "Revenue in the three months ended Sept. 30 fell 6.4
    percent": measured_things.toml) and a figure the other sentence also
    writes, rounded ("41,000 ... down from a peak of more than 184,000"), or a whole that
    the other figure and another in its sentence add up to exactly ("about 2,100 beds" /
    "about 1,400 beds ... while Saint Anselm adds roughly 700 beds"). A close bound
    ("just over 81 percent") reaches only 5% past its figure. Units are read through their
    synonyms (count_nouns.toml) and measure words through theirs (measure_synonyms.txt).
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

from consistency import lexicon
from consistency.lexicon.patterns import CLAUSE_JOIN_RE
from consistency.lexicon.predicates import count_unit, growing_classes, running_classes, stem
from consistency.model import Claim, Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    about_others,
    around,
    both_stated,
    bound_direction,
    label,
    minimal,
    overlap,
    same_stance,
    same_when_rounded,
    strict_bounds_meet,
    years,
)

_PART_RE = re.compile(r"^\s+(?:of|out of)\s+(?:the|her|his|their|its|our|those|these)\b")
_INCLUDING_RE = re.compile(r"\b(?:including|among them|among whom|of whom|of which)\s+$", re.I)


def _part(c: Claim) -> bool:
    """ "three of her children", "28 killed, including nine children": a part of a set."""
    sides = around(c)
    if sides is None:
        return False
    before, after = sides
    if c.unit != "percent" and _PART_RE.match(after):
        return True  # a share is always "of" something: "under 60% of the vote" is the share
    return bool(_INCLUDING_RE.search(before[-20:]))


_NAMED_AND_RE = re.compile(r"[A-Z][\w’'.-]*\s+and\s+$")
_OTHERS_RE = re.compile(r"^\s+(?:other|others|fellow|more|additional)\b", re.I)


def _one_more(a: Claim, b: Claim) -> bool:
    """ "Simone Biles and three fellow gymnasts" counts four: one side names someone and
    then N others, the other side counts them all (N + 1)."""
    for x, y in ((a, b), (b, a)):
        sides = around(x)
        if sides is None or not _NAMED_AND_RE.search(sides[0]) or not _OTHERS_RE.match(sides[1]):
            continue
        try:
            if float(y.value) == float(x.value) + 1:
                return True
        except ValueError:
            continue
    return False


_FIGURE_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion|trillion)\b)?"
)
_SCALE = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
AGREE = 0.01  # a rounded figure that is also within 1%: "more than 184,000" of 184,312


_CHANGE_VERBS = (
    r"cut|cuts|reduced|reduces|trimmed|lowered|shrank|shrunk|slashed|raised|raises|increased|"
    r"increases|boosted|expanded|rose|fell|grew|dropped|declined|climbed|jumped|slipped|"
    r"decreased|surged|soared|sank|plunged|slid|tumbled|spiked|dipped|edged\s+(?:up|down)"
)
# "cut the building by two floors and 70 units": the figure is the change
_BY_CHANGE_RE = re.compile(
    rf"\b(?:{_CHANGE_VERBS})\b(?:\s+[\w'’-]+){{0,4}}?\s+by\s+(?:[\w'’,-]+\s+){{0,4}}$",
    re.IGNORECASE,
)
_CHANGE_AT_RE = re.compile(  # "fell 92,000", "increased nearly 30%", "up 17%"; not "rose
    # to 88%", nor "grew at a 4.6% annual rate" (a rate either way)
    rf"\b(?:{_CHANGE_VERBS}|up|down)\s+(?:(?!to\b|from\b|at\b)[a-z]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_CHANGE_NOUNS = (
    r"increases?|rises?|jumps?|drops?|declines?|decreases?|cuts?|reductions?|gains?|hikes?|"
    r"spikes?|surges?|falls?|plunges?"
)
_CHANGE_OF_RE = re.compile(  # "an increase of 29.4%"
    rf"\b(?:{_CHANGE_NOUNS})\s+of\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE
)
_CHANGE_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:fewer|more|less)\b(?!\s+than)"  # "70 fewer apartments"
    rf"|[\s-]+(?:[a-z]+\s+)?(?:{_CHANGE_NOUNS})\b",  # "a 30% increase", "a 5 percent cut"
    re.IGNORECASE,
)


_REACH = 300  # characters before a figure its clause's verb of change is looked for in: a
# sentence of a thousand figures is not read whole for each of them


def _change(c: Claim) -> bool:
    """The figure is how much something changed, not its level: "cut ... by two floors and
    70 units", "fell 92,000 to 498,000", "increased nearly 30%", "an increase of 29.4%", "a
    30% increase", "70 fewer apartments" (not "rose to 88.4 percent")."""
    sides = around(c)
    if sides is None:
        return False
    before = CLAUSE_JOIN_RE.split(sides[0][-_REACH:])[-1]
    return bool(
        _BY_CHANGE_RE.search(before)
        or _CHANGE_AT_RE.search(before)
        or _CHANGE_OF_RE.search(before)
        or _CHANGE_AFTER_RE.match(sides[1])
    )


@cache
def _subset_res() -> list[list[tuple[str, re.Pattern[str]]]]:
    groups = lexicon.table("subsets.toml")["groups"].values()
    return [[(w, re.compile(rf"\b{re.escape(w)}\b", re.IGNORECASE)) for w in g] for g in groups]


def _other_parts(a: Claim, b: Claim) -> bool:
    """Each sentence names a different part of one whole, and neither names the other's
    (subsets.toml): "caps elementary class sizes at 28 students" / "high school classes
    will be capped at 32 students"."""
    for in_a, in_b in zip(_parts_named(a.sentence), _parts_named(b.sentence), strict=True):
        if in_a and in_b and not in_a & in_b:
            return True
    return False


@lru_cache(maxsize=1024)
def _parts_named(sentence: str) -> tuple[frozenset[str], ...]:
    """For each group of subsets.toml, the parts a sentence names (read once a sentence)."""
    return tuple(frozenset(w for w, r in group if r.search(sentence)) for group in _subset_res())


def _figures(c: Claim) -> list[tuple[float, float]]:
    """The figures written in digits in the claim's sentence, less the claim's own and the
    years ("more than 184,000" in "41,000 ... down from a peak of more than 184,000"), each
    with the step it is rounded to (1,000 for "184,000", 0.1 billion for "1.2 billion", 1
    for "20")."""
    at = c.sentence.find(c.value_text)
    if at < 0:
        return []
    end = at + len(c.value_text)
    return [(x, step) for s, e, x, step in _sentence_figures(c.sentence) if e <= at or s >= end]


@lru_cache(maxsize=256)
def _sentence_figures(sentence: str) -> tuple[tuple[int, int, float, float], ...]:
    """Every figure of a sentence with its span, value and rounding step, read once per
    sentence: a sentence of many figures is compared pair by pair."""
    out = []
    for m in _FIGURE_RE.finditer(sentence):
        digits, scale = m.group(1).replace(",", ""), _SCALE.get((m.group(2) or "").lower(), 1)
        x = float(digits) * scale
        if digits.isdigit() and len(digits) == 4 and 1800 <= x <= 2100:
            continue
        if "." in digits:
            step = 10.0 ** -len(digits.split(".")[1]) * scale
        else:  # "20" may be exact; "23,000" is rounded to the thousand
            zeros = len(digits) - len(digits.rstrip("0"))
            step = (10.0**zeros if zeros >= 2 else 1.0) * scale
        out.append((m.start(), m.end(), x, step))
    return tuple(out)


def _value(c: Claim) -> float | None:
    try:
        return float(c.value)
    except ValueError:
        return None


def _agrees_elsewhere(a: Claim, b: Claim) -> bool:
    """The other side's sentence also writes a figure that is this one rounded: it gives
    both figures ("184,312 customers were without power" / "41,000 ... down from a peak of
    more than 184,000"), and the two it does not share are two different figures."""
    for x, y in ((a, b), (b, a)):
        v = None if x.extra.get("bounds") else _value(x)  # a range's middle is not written
        if v and any(abs(f - v) <= min(step / 2, AGREE * abs(v)) for f, step in _figures(y)):
            return True
    return False


def _sum_of_parts(a: Claim, b: Claim) -> bool:
    """One side's figure is the other side's figure plus another figure its sentence writes:
    a whole and its parts ("nine hospitals with about 2,100 beds" / "about 1,400 beds ...
    while St. Anselm contributes roughly 700 beds"; "500 million doses" / "200 million ...
    and 300 million")."""
    for x, y in ((a, b), (b, a)):
        v, own = _value(x), _value(y)
        if not v or not own or x.extra.get("bounds") or y.extra.get("bounds"):
            continue
        if any(abs(own + f - v) <= 1e-9 * abs(v) for f, _ in _figures(y)):  # exactly: parts
            # rounded alike add up to the whole as written
            return True
    return False


_AFTER_RE = re.compile(
    r"^[^.;,]{0,40}?(?<!from )(?<!over )\b(?:a year (?:earlier|ago|before)|the year before|"
    r"last year\b(?!['’])|in the (?:prior|previous|year-ago) (?:year|quarter|period))"
)


_BASELINE_RE = re.compile(r"\s*(?:from|over|compared (?:with|to)|versus|vs\.?|against)\s")


def _earlier_period(c: Claim) -> bool:
    """A figure for an earlier period: "up from $0.53", "prior-year levels of $64.2 million"
    (period_markers.txt, in the 40 characters before the figure), "$0.53 a year earlier"
    or "the 6 percent rise riders absorbed last year" after it; not a change measured from
    one ("rose 3.8% from a year earlier")."""
    sides = around(c)
    if sides is None:
        return False
    before, after = sides[0][-40:].lower(), sides[1].lower()
    if any(m in before for m in lexicon.lines("period_markers.txt")):
        return True
    # "rose 27% from the same period in the previous year": a change measured from it
    return not _BASELINE_RE.match(after) and bool(_AFTER_RE.match(after))


_RANK_AFTER_RE = re.compile(r"\s+(?:(?:most|least)\s+[a-z]+|([a-z]{2,}est))\b")
_RANK_BEFORE_RE = re.compile(r"\btop\s*$", re.IGNORECASE)


def _ranked(c: Claim) -> bool:
    """A figure that sizes a set chosen by rank: "the world's 100 poorest countries", "the
    10 most populous states", "the top 20 donors" (not_superlatives.txt)."""
    sides = around(c)
    if sides is None:
        return False
    m = _RANK_AFTER_RE.match(sides[1])
    if m and not (m.group(1) and m.group(1) in lexicon.words("not_superlatives.txt")):
        return True
    return bool(_RANK_BEFORE_RE.search(sides[0]))


_NEXT_FIGURE_RE = re.compile(r"[$€£]?\d[\d,.]*\s*(?:%|percent|per\s+cent)?")


def _measure(c: Claim) -> frozenset[str]:
    """The words naming which measure a figure is, in the 40 characters before it or the 25
    after it (measure_words.txt): "adjusted earnings of $1.04", "core inflation rose 3.8%",
    "$6.78 per diluted share"."""
    sides = around(c)
    if sides is None:
        return frozenset()
    after = _NEXT_FIGURE_RE.split(sides[1][:25], 1)[0]  # "$3.1 billion or $6.78 per
    # diluted share": the words after the next figure are that figure's
    before = _NEXT_FIGURE_RE.split(sides[0][-40:])[-1]
    near = before + " " + after
    words = set(re.findall(r"[a-z][a-z-]*", near.lower()))
    same = lexicon.mapping("measure_synonyms.txt")  # "annualized" is "annual"
    found = frozenset(same.get(w, w) for w in lexicon.words("measure_words.txt") if w in words)
    if _MARGIN_RE.search(sides[0][-40:]) or _MARGIN_AFTER_RE.match(sides[1]):
        found |= {"margin"}  # "won by fewer than 900 votes", "1,254 votes ahead": a margin
    if _RELATIVE_AFTER_RE.match(sides[1]):
        found |= {"relative"}  # "nearly 9 feet above flood stage": a height over another
    return found


def _thing(c: Claim) -> frozenset[str]:
    """The groups of measured things named in the claim's clause before its figure."""
    sides = around(c)
    if sides is None:
        return frozenset()
    clause = CLAUSE_JOIN_RE.split(sides[0])[-1].lower()
    things = lexicon.groups("measured_things.toml")
    return frozenset(things[w] for w in re.findall(r"[a-z]+", clause) if w in things)


def _things_differ(a: Claim, b: Claim) -> bool:
    """Each figure is told of a measured thing the other's clause does not name: "Shares of
    the company fell 9 percent" / "Revenue ... fell 6.4 percent" (measured_things.toml)."""
    ta, tb = _thing(a), _thing(b)
    return bool(ta) and bool(tb) and not (ta & tb)


def _measures_differ(a: Claim, b: Claim) -> bool:
    """The two figures are of different measures: a measure word near one that the other's
    clause does not write before its figure either ("the current average price for a
    gallon of unleaded gasoline of $3.04" is the average of "an average gallon costing
    $2.96", though its "average" stands further back)."""
    ma, mb = _measure(a), _measure(b)
    if ma == mb:
        return False
    same = lexicon.mapping("measure_synonyms.txt")
    for c, missing in ((a, mb - ma), (b, ma - mb)):
        sides = around(c)
        clause = CLAUSE_JOIN_RE.split(sides[0])[-1].lower() if sides else ""
        for w in missing:  # each as written or as a synonym ("annualized" for "annual")
            forms = [w, *(k for k, v in same.items() if v == w)]
            if not any(re.search(rf"\b{re.escape(f)}\b", clause) for f in forms):
                return True
    return False


_RELATIVE_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:above|below|(?:higher|lower|larger|smaller|bigger|greater)\s+than)\s",
    re.I,
)
_MARGIN_AFTER_RE = re.compile(r"\s+(?:votes?|points?|seats?)\s+(?:ahead|behind)\b", re.I)
_MARGIN_RE = re.compile(
    r"\b(?:won|wins?|winning|led|leads?|leading|beat|beats|lost|loses|losing|trail(?:s|ed|ing)?|"
    r"ahead|behind|edged|defeated)\s+(?:[\w'’-]+\s+){0,5}?by\s+$",
    re.IGNORECASE,
)


_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_PERIODS = (  # (key, pattern) in order: the first that matches near a figure names its period
    (
        "rate",
        re.compile(
            r"\b(?:a|per|each|every|in\s+each\s+of\s+the\s+(?:next|past|last)\s+\w+)\s+"
            r"(year|month|week|day)s?\b"
            r"(?!\s+(?:earlier|ago|later|before|after|prior|from)|-(?:over|on)-)",  # "a month
            # earlier": a time; "on a year-over-year basis": the change from a year before
            re.I,
        ),
    ),
    (
        "span",
        re.compile(
            r"\bover\s+(?:the\s+)?(?:past\s+|last\s+|next\s+)?(\w+\s+(?:years?|months?|weeks?))\b",
            re.I,
        ),
    ),
    ("quarter", re.compile(r"\b(first|second|third|fourth)[- ]quarter\b|\b(q[1-4])\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|for|of)\s+({_MONTHS})\b|\b(last|this)\s+month\b", re.I)),
)
# how long after a start a figure was measured ("90% effective six months after the second
# dose", "falls below 50 percent after five months"): two times, two measurements
_ELAPSED_RE = re.compile(
    r"\b(?:after|within)\s+(?P<n1>\w+)\s+(?P<u1>days?|weeks?|months?|years?)\b"
    r"|\b(?P<n2>\w+)\s+(?P<u2>days?|weeks?|months?|years?)\s+(?:after|since)\b",
    re.I,
)
# "from 2007 through 2014", "between 2010 and 2019": a figure over years, not of one year
_YEAR_SPAN_RE = re.compile(
    r"\b(?:from|between)\s+((?:19|20)\d\d)\s*(?:-|–|to|through|until|and)\s*((?:19|20)\d\d)\b",
    re.I,
)


def _elapsed(c: Claim) -> str:
    """How long after a start the figure was measured, from its clause after it, or ""."""
    sides = around(c)
    if sides is None:
        return ""
    m = _ELAPSED_RE.search(CLAUSE_JOIN_RE.split(sides[1], maxsplit=1)[0][:120])
    if not m:
        return ""
    n, u = (m.group("n1"), m.group("u1")) if m.group("n1") else (m.group("n2"), m.group("u2"))
    return f"{n.lower()} {u.lower().rstrip('s')}"


def _year_span(c: Claim) -> str:
    """The span of years the figure's sentence counts over ("2007-2014"), or ""."""
    m = _YEAR_SPAN_RE.search(c.sentence)
    return f"{m.group(1)}-{m.group(2)}" if m else ""


_ONE_YEAR_RE = re.compile(r"\b(?:(?:19|20)\d\d|last year|this year)\b", re.I)


def _other_span(a: Claim, b: Claim) -> bool:
    """One figure counts over a span of years, the other over one year ("from 2007 through
    2014 ... 31.55 percent" / "Last year ... 35.7 percent"), or over another span. A side
    that names no year ("during that time") may mean the same span."""
    sa, sb = _year_span(a), _year_span(b)
    if sa == sb:
        return False
    if sa and sb:
        return True
    single = b if sa else a
    return bool(_ONE_YEAR_RE.search(single.sentence))


def _period(c: Claim) -> str:
    """The kind of period a figure counts over, from the words of its clause after it
    ("jobs in March": a month, "in the first quarter", "4% a year": a rate per year, "12%
    over three years": a span), or "" when none is said."""
    sides = around(c)
    if sides is None:
        return ""
    after = CLAUSE_JOIN_RE.split(sides[1], maxsplit=1)[0][:60]
    for key, pattern in _PERIODS:
        m = pattern.search(after)
        if m:  # a rate keeps its unit ("a year" is not "a month"); the others their kind
            return f"rate:{m.group(1).lower()}" if key == "rate" else key
    return ""


_QUARTER_RE = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth)[\s-]+quarter|Q(?P<q>[1-4])|(?P<n>[1-4])Q)\b",
    re.IGNORECASE,
)
_QUARTER_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


def _quarter(c: Claim) -> str:
    """Which quarter a figure is of: the first one named in the 40 characters after it
    ("$1.30 to $1.40 for Q4 2020"), else the last one named before it in its sentence
    ("for the third quarter ... earnings of $1.87"), as "1" to "4"; "" when none."""
    sides = around(c)
    if sides is None:
        return ""
    after = list(_QUARTER_RE.finditer(sides[1][:40]))
    found = after[:1] or list(_QUARTER_RE.finditer(sides[0]))[-1:]
    if not found:
        return ""
    m = found[0]
    return m.group("q") or m.group("n") or _QUARTER_WORDS[m.group("word").lower()]


_AMONG_RE = re.compile(r"\bamong\s+((?:[\w’'-]+\s*){1,3})", re.IGNORECASE)


def _group(c: Claim) -> str:
    """The part of a population a figure is about, from "among" near it ("among voters under
    30, Levy leads by 20 points", "leads among women by 12"), or "" for the whole."""
    sides = around(c)
    if sides is None:
        return ""
    near = sides[0][-60:] + " " + sides[1][:30]
    m = _AMONG_RE.search(near)
    return " ".join(m.group(1).lower().split()) if m else ""


# the verb a figure follows ("revenue rose 12 percent", "profit rose to $1.2 billion") and
# the words before it: what the figure measures
_CHANGE_RE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*)\s+"
    r"(?:rose|increased|climbed|jumped|fell|declined|dropped|grew|gained|surged|slipped|slid|"
    r"soared|sank|plunged|edged\s+(?:up|down)|totaled|totalled|reached)\s+"
    r"(?:(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:by\s+|to\s+|an?\s+)?$",
    re.IGNORECASE,
)


_RELATIVE_RE = re.compile(r",\s+(?:which|who|that)\b[^,;]*,")


def _measured(c: Claim) -> list[str]:
    """What a figure right after a verb of change measures: the stems of the words before
    the verb in its clause ("Third-quarter profit rose to $1.2 billion" -> ["third-quart",
    "profit"]), or [] when no such verb stands before it."""
    sides = around(c)
    if sides is None:
        return []
    before = _RELATIVE_RE.sub(" ", sides[0][-_REACH:])  # "Core prices, which exclude food,
    # rose"
    m = _CHANGE_RE.search(CLAUSE_JOIN_RE.split(before)[-1])
    if not m:
        return []
    stop, preps = lexicon.words("stopwords.txt"), lexicon.words("prepositions.txt")
    words = [w.lower().replace("’", "'") for w in m.group("np").split()]
    head = next((i for i, w in enumerate(words) if i and w in preps), len(words))
    words = [w[:-2] if w.endswith("'s") else w for w in words[:head]]  # "prices in Oregon"
    last_stop = max((i for i, w in enumerate(words) if w in stop), default=-1)
    return [stem(w) for w in words[last_stop + 1 :]]  # "showed that prices": prices


def _other_measured(a: Claim, b: Claim) -> bool:
    """Figures of change about two things ("Shares climbed 7.5 percent" / "revenue rose 12
    percent"; "Energy prices rose 1.1 percent" / "Core prices rose 3.8 percent")."""
    ma, mb = _measured(a), _measured(b)
    if not ma or not mb:
        return _things_differ(a, b)  # "Revenue in the three months ended Sept. 30 fell"
    shared = set(ma) & set(mb)
    if not shared or (ma[-1] != mb[-1] and all(_PERIOD_STEM_RE.search(w) for w in shared)):
        return True  # "fourth-quarter profit" / "fourth-quarter sales": a period in common
    if ma[-1] != mb[-1] or not ma[:-1] or not mb[:-1]:
        return False
    xa, xb = set(ma[:-1]), set(mb[:-1])
    return not xa & xb or bool(_kinds(xa ^ xb))  # "net interest income" / "net income"


_PERIOD_WORD_RE = re.compile(r"quarter|year|annual|month|week|daily|fiscal")
_PERIOD_STEM_RE = re.compile(r"quart|year|annual|month|week|dai|fiscal")  # of stems


def _kinds(words: set[str]) -> list[str]:
    """Of the words before a measured noun, those that name a kind of it ("interest"
    income), not its period ("third-quarter") or a measure word ("adjusted")."""
    measures = {stem(w) for w in lexicon.words("measure_words.txt")}
    return sorted(
        w for w in words if w not in measures and not _PERIOD_WORD_RE.search(w) and w.isalpha()
    )


FAR = 4.0


def _far_apart(a: Claim, b: Claim) -> bool:
    """The written figures differ by more than FAR times (percentages: ten times, as
    "5 percent" and "30 percent" are often one rate misreported), and not as one figure with
    another scale ("$3.1 million" / "$3.1 billion" is a slip worth a look; "$0.10" / "$125
    million" is two figures)."""
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except ValueError:
        return False
    lo, hi = min(x, y), max(x, y)
    if lo <= 0:
        return True
    if hi / lo <= (10 if a.unit == "percent" else FAR):
        return False
    return _mantissa(lo) != _mantissa(hi)


def _mantissa(x: float) -> float:
    """The significant digits of a figure: 3.1 for 3,100,000 and for 3.1 billion."""
    return round(x / 10 ** math.floor(math.log10(x)), 6)


_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight"
_STANDING_RE = re.compile(
    r"\b(?:as of|still|remained|remains|remain|now|so far|to date)\b|^\s*by\b|"
    rf"\bby\s+(?:late\s+|early\s+)?(?:{_DAYS})\b",
    re.I,
)  # "had now been affected", "so far", "by Tuesday morning": a count read at a moment
_DAY_RE = re.compile(rf"\b(?:{_DAYS})\b", re.I)


# the counted noun, then a relative clause with a modal: "19 separate actions the
# president could take", "three sites that might host the plant"
_POSSIBLE_RE = re.compile(
    r"^\s+(?:(?!(?:and|or|but)\s)[a-z-]+\s+){1,3}(?:(?:that|which)\s+)?(?:(?:the|a|an|he|she|they|it|we|[A-Z][a-z]+)\s+)?"
    r"(?:(?!(?:and|or|but)\s)[a-z]+\s+)?(?:could|might|may|would)\b"
)


def _possible(c: Claim) -> bool:
    """The figure counts what may be done, not what was: its noun is followed by a
    relative clause with a modal ("19 separate actions the president could take")."""
    sides = around(c)
    return sides is not None and bool(_POSSIBLE_RE.match(sides[1]))


_PLACE_RE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)")


def _scope(c: Claim) -> str:
    """How wide the figure's measure reaches, when a scope word (scope_words.toml) stands
    right before the measure's word in the clause before the figure ("the national
    unemployment rate" -> nation; not "the national emergency declaration will allow ...
    $6 billion", where "national" names no measure of the figure), or ""."""
    sides = around(c)
    if sides is None or not c.predicate:
        return ""
    words = re.findall(r"[a-z-]+", CLAUSE_JOIN_RE.split(sides[0])[-1].lower())
    scopes, measure = _scopes(), c.predicate.lower()
    for i, w in enumerate(words):
        if w in scopes and any(x.startswith(measure) for x in words[i + 1 : i + 4]):
            return scopes[w]
    return ""


@cache
def _scopes() -> dict[str, str]:
    table = lexicon.table("scope_words.toml")["groups"]
    return {w: group for group, words in table.items() for w in words}


def _by_place(c: Claim) -> bool:
    """The figure is told for one place, and its sentence goes on to another place after a
    joining word ("Eight people died in New York City, and a man died in Passaic"): the
    figure counts a part of what the sentence tells by place."""
    sides = around(c)
    if sides is None:
        return False
    after = sides[1]
    first = _PLACE_RE.search(CLAUSE_JOIN_RE.split(after, maxsplit=1)[0])
    if not first:
        return False
    joined = CLAUSE_JOIN_RE.search(after, first.end())
    if not joined:
        return False
    other = _PLACE_RE.search(after, joined.end())
    return bool(other) and other.group(1) != first.group(1)


def _others(c: Claim) -> bool:
    """The figure counts others than those the story names ("three other schools",
    "five more people")."""
    sides = around(c)
    return sides is not None and bool(_OTHERS_RE.match(sides[1]))


def _other_moments(a: Claim, b: Claim) -> bool:
    """Two readings of a standing count at two moments: both sentences say the count stood
    at a time ("as of 6 p.m. Sunday", "By Monday morning ... still", "remained") and name
    different days, or the later-published one says so."""
    for x, y in ((a, b), (b, a)):
        later = bool(x.published and y.published and x.published > y.published)
        if later and _STANDING_RE.search(x.sentence):
            return True  # the later article reads the count at a later moment ("9,600 acres
            # by Tuesday morning" beside an earlier day's "more than 4,000 acres")
    if not (_STANDING_RE.search(a.sentence) and _STANDING_RE.search(b.sentence)):
        return False
    da = {d.lower() for d in _DAY_RE.findall(a.sentence)}
    db = {d.lower() for d in _DAY_RE.findall(b.sentence)}
    return bool(da) and bool(db) and not (da & db)


def _fell(a: Claim, b: Claim) -> bool:
    """A count that never falls (growing_classes: the dead, the arrested) is lower in the
    later article: no update, a contradiction."""
    if a.predicate not in growing_classes() or not a.published or not b.published:
        return False
    early, late = (a, b) if a.published < b.published else (b, a)
    return float(late.value) < float(early.value)


def _other_years(a: Claim, b: Claim) -> bool:
    ya, yb = years(a.sentence), years(b.sentence)
    return bool(ya) and bool(yb) and not (ya & yb)


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    strong = minimal(pair)
    if not same_stance(a, b):
        return None
    if a.modality != b.modality or (a.modality == "hedged" and not strong):
        return None
    if strong and a.unit and b.unit and a.unit != b.unit:
        return None
    if strict_bounds_meet(a, b):
        pass  # "more than 12" vs "fewer than 12": the intervals only touch
    elif (
        strong and a.value == b.value and {bound_direction(a), bound_direction(b)} == {"up", "down"}
    ):
        pass  # "at least 10" / "at most 10" in otherwise the same words: opposite bounds
    elif (
        strong and a.qualifier and a.qualifier.lower() == b.qualifier.lower() and a.value != b.value
    ):
        if same_when_rounded(a, b):
            return None
        # "at least 12" / "at least 40" in otherwise the same words: two figures reported
    elif _bounds_apart(a, b):
        pass  # "more than $250,000" / "$750,000"
    elif _ranges_apart(a, b):
        pass  # "between $3.5 billion and $3.6 billion" / "... and $3.7 billion"
    elif overlap(a, b, rel_tol=opts.number_rel_tol) or same_when_rounded(a, b):
        return None
    if both_stated(a, b) or _one_more(a, b):
        return None
    if not strong and (
        _agrees_elsewhere(a, b)
        or _sum_of_parts(a, b)
        or _other_parts(a, b)
        or _change(a) != _change(b)
    ):
        return None
    if _measures_differ(a, b) or _group(a) != _group(b) or _ranked(a) != _ranked(b):
        return None  # "four seriously injured" in "14 injured"; "among voters under 30";
        # "the 100 poorest countries" / "92 poorer countries"
    if not strong and _possible(a) != _possible(b):
        return None  # "19 actions the president could take" / "signed 23 actions": what
        # may be done is not what was done
    if not strong and _scope(a) != _scope(b):
        return None  # "the national unemployment rate dipped to 3.8 percent" / "Ohio's
        # unemployment rate fell to 4.1 percent": the nation's figure and a state's
    if not strong and (_by_place(a) or _by_place(b)):
        return None  # "Eight died in New York City, and a man died in Passaic" / "at least
        # nine died": a count for one place of several is a part
    if not strong and _others(a) != _others(b):
        return None  # "two schools" / "three other schools": another set
    if not strong and _other_moments(a, b):
        return None  # "31,500 ... as of Sunday" / "By Monday morning, about 19,000 ... still"
    pa, pb = _period(a), _period(b)
    if pa and pb and pa != pb:
        return None  # "180,000 jobs in March" / "540,000 in the first quarter": two periods
    qa, qb = _quarter(a), _quarter(b)
    if qa and qb and qa != qb:
        return None  # "earned $88 million in the third quarter" / "$64 million in Q4": two
        # quarters, even in otherwise the same words
    ea, eb = _elapsed(a), _elapsed(b)
    if _other_span(a, b) or (not strong and ea and eb and ea != eb):
        return None  # "six months after" / "after five months"; "from 2007 through 2014"
    if (
        a.predicate != b.predicate
        and a.predicate in running_classes()
        and b.predicate in running_classes()
    ):
        return None  # "killed five people" / "seven people were injured": two tolls (STA002
        # reads a toll told both ways)
    if a.predicate in running_classes() and a.published != b.published and not _fell(a, b):
        return None  # a running count that changed between publications: NUM003
    if not strong and (
        _other_years(a, b)
        or _part(a)
        or _part(b)
        or (about_others(a, b) and pair.route != "named")  # a named thing is one thing
        or _earlier_period(a) != _earlier_period(b)
    ):
        return None  # other periods, a part of the set, or about someone else
    if _other_measured(a, b) or (not strong and _far_apart(a, b)):
        return None  # "$1,179 a month" and "$416 billion": not one figure misreported
    what = (
        a.predicate
        if not a.unit or count_unit(a.predicate) == a.unit  # "rockets" counted as missiles
        else f"{a.unit} {a.predicate}"
    )
    return Hit(
        f"Number differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)}) for {what}",
        subject=what,
        severity=Severity.ERROR
        if strong
        else Severity.INFO
        if _speaker_and_outlet(pair)
        else Severity.WARNING,
    )


BOUND_REACH = 2.0  # "more than N" is not said of a figure twice N or more


def _bounds_apart(a: Claim, b: Claim) -> bool:
    """A bound and an exact figure it reaches only far off: "more than $250,000" beside
    "$750,000" ("more than" is said of a figure just past the one written, as "nearly" of
    one just short of it). Two bounds from one side ("more than 1,000" / "at least 1,800")
    are left alone: outlets bound a running figure at different times."""
    da, db = bound_direction(a), bound_direction(b)
    if bool(da) == bool(db) or (a.qualifier and not da) or (b.qualifier and not db):
        return False  # both exact, both bounds, or one "about"
    bound, exact = (a, b) if da else (b, a)
    v, n = float(exact.value), float(bound.value)
    if n <= 0 or v <= 0:
        return False
    return v >= BOUND_REACH * n if bound_direction(bound) == "up" else v * BOUND_REACH <= n


def _bounds(c: Claim) -> list[float] | None:
    """A range written with both its bounds and no word of approximation ("between 40 and
    55", "$3.5 billion to $3.6 billion"): each bound as the interval its rounding allows."""
    written = c.extra.get("bounds", "")
    return [float(x) for x in written.split()] if written and not c.qualifier else None


def _ranges_apart(a: Claim, b: Claim) -> bool:
    """Two ranges given for one figure with a bound that differs beyond rounding: a forecast
    "between $3.515 billion and $3.575 billion" is not one "between $3.500 billion and
    $3.575 billion", though the two overlap; "$3.5 billion to $3.6 billion" rounds both."""
    ba, bb = _bounds(a), _bounds(b)
    if not ba or not bb:
        return False
    low = ba[0] <= bb[1] and bb[0] <= ba[1]
    high = ba[2] <= bb[3] and bb[2] <= ba[3]
    return not (low and high)


def _speaker_and_outlet(pair: Pair) -> bool:
    """A paraphrase pair where one figure is a speaker's (inside a quotation, or "what he
    said was ...") and the other is the outlet's own: a speaker's claim ("we had gasoline
    under $2") beside a reported figure is worth a look, not a warning."""
    if pair.route not in ("anchor", "claim"):
        return False
    return _told_by_speaker(pair.a) != _told_by_speaker(pair.b)


# a speaker's figure, set apart by the outlet: "what he said was the Clintons' 2014 tax
# rate: 30 percent", "what she called a 40 percent cut"
_CLAIMED_RE = re.compile(
    r"\bwhat\s+(?:he|she|they|it|[A-Z][\w’'-]+)\s+(?:said|says|claimed|claims|called|calls)\b"
)


def _told_by_speaker(c: Claim) -> bool:
    """The figure is a speaker's: inside a quotation, or after "what he said was"."""
    if c.extra.get("in_quote"):
        return True
    sides = around(c)
    return sides is not None and bool(_CLAIMED_RE.search(sides[0]))


RULE = Rule(
    code="NUM001",
    name="number-mismatch",
    severity=Severity.ERROR,
    kinds=("quantity",),
    summary="Numbers for the same thing do not overlap after qualifiers and rounding",
    check=check,
    doc=__doc__,
    cases=(
        {  # the national rate and a state's: two measures
            "expect": "consistent",
            "articles": [
                "Ohio's unemployment rate fell to 4.1 percent in March, the state Department "
                "of Job and Family Services said Friday.",
                "U.S. employers added 303,000 jobs in March, and the national unemployment "
                "rate dipped to 3.8 percent, the Labor Department said Friday.",
            ],
        },
        {  # ... but the national rate told two ways is one measure
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "The national unemployment rate was 3.8 percent in March, the Labor "
                "Department said Friday, as employers added jobs.",
                "The national unemployment rate stood at 4.1 percent in March, according to a "
                "Labor Department report on Friday.",
            ],
        },
        {  # the one age limit each outlet gives, told from either side of it
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "Laws that stop dealers from selling handguns to adults under age 25 are "
                "unconstitutional, a federal appeals court in Richmond ruled Tuesday.",
                "Federal rules setting a minimum age of 21 to buy handguns from licensed "
                "dealers violate the Constitution, the appeals court in Richmond said.",
            ],
        },
        {  # ... one limit, looked at from both sides
            "expect": "consistent",
            "articles": [
                "Laws that stop dealers from selling handguns to adults under age 21 are "
                "unconstitutional, a federal appeals court in Richmond ruled Tuesday.",
                "Federal rules setting a minimum age of 21 to buy handguns from licensed "
                "dealers violate the Constitution, the appeals court in Richmond said.",
            ],
        },
        {  # a death toll with no noun counts people
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "An earthquake struck a mountain region of eastern Turkey on Tuesday, killing "
                "23 people and injuring more than 200, the disaster agency said.",
                "Officials in eastern Turkey put the death toll at 32 after the earthquake, "
                "with more than 200 others hurt.",
            ],
        },
        {  # the one sum each outlet's lead gives, told in other words
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "A hospital system in Waco has agreed to pay $3.8 million to settle "
                "allegations that it overbilled Medicare for ambulance transports, "
                "prosecutors said Tuesday.",
                "Lone Star Health will hand the federal government $5.8 million to resolve "
                "claims that it billed Medicare for ambulance rides that were not needed.",
            ],
        },
        {  # ... not when an outlet gives two sums: a part and a whole, two things
            "expect": "consistent",
            "articles": [
                "A hospital system in Waco has agreed to pay $3.8 million to settle "
                "allegations that it overbilled Medicare for ambulance transports, "
                "prosecutors said Tuesday.",
                "Lone Star Health will hand the federal government $5.8 million to resolve "
                "claims that it billed Medicare for ambulance rides, $2 million of it in "
                "penalties.",
            ],
        },
        {  # the size of one whole set ("the 40,000 seasonal farm workers" / "all 90,000 farm
            # workers"), the only whole each outlet gives of that noun
            "expect": "contradiction",
            "articles": [
                "About 300 farm workers rallied at the Kessler County courthouse on Monday. "
                "Aides to the governor said the plan would open a path to residency for many of "
                "the 40,000 seasonal farm workers, who pick the county's apples and pears. "
                "Growers said farm workers earn about $14 an hour.",
                "Growers say farm workers earn about $14 an hour in Kessler County. Replacing "
                "all 90,000 farm workers was never a realistic option, growers argued, with the "
                "apples and pears ripening. The governor met 300 farm workers on Monday.",
            ],
        },
        {  # an outlet that gives the whole and a part of it as wholes ("the state's 90,000
            # farm workers include the 40,000 seasonal workers")
            "expect": "consistent",
            "articles": [
                "About 300 farm workers rallied at the Kessler County courthouse on Monday. "
                "Aides to the governor said the plan would open a path to residency for many of "
                "the 40,000 seasonal farm workers, who pick the county's apples and pears. "
                "Growers said farm workers earn about $14 an hour.",
                "Growers say farm workers earn about $14 an hour. Kessler County's "
                "90,000 farm workers include the 40,000 seasonal workers who pick its apples and "
                "pears. The governor met 300 farm workers on Monday.",
            ],
        },
        {  # a later article reads a standing count at a later moment
            "expect": "consistent",
            "articles": [
                {
                    "text": "The Cedar Ridge Fire grew to more than 4,000 acres as crews "
                    "struggled in the hills east of Redlands.",
                    "published": "2025-08-11",
                },
                {
                    "text": "The Cedar Ridge Fire had burned 9,600 acres by Tuesday morning as "
                    "crews struggled in the hills east of Redlands.",
                    "published": "2025-08-12",
                },
            ],
        },
        {  # ... but one moment read two ways is a disagreement
            "expect": "contradiction",
            "articles": [
                {
                    "text": "The Cedar Ridge Fire had burned about 4,200 acres by Monday morning "
                    "in the hills east of Redlands.",
                    "published": "2025-08-12",
                },
                {
                    "text": "By Monday morning the Cedar Ridge Fire had burned 9,600 acres in "
                    "the hills east of Redlands, officials said.",
                    "published": "2025-08-12",
                },
            ],
        },
        {  # a change in the shares and a change in the revenue are two changes
            "expect": "consistent",
            "articles": [
                "Shares of Harlow Industries fell 9 percent in afternoon trading after the "
                "refrigeration maker reported weak quarterly results.",
                "Revenue at Harlow Industries in the three months ended Sept. 30 fell 6.4 "
                "percent, the refrigeration maker reported.",
            ],
        },
        {  # ... but two changes in the revenue of one quarter are one told two ways
            "expect": "contradiction",
            "articles": [
                "Harlow Industries said its revenue fell 9 percent in the quarter ended Sept. "
                "30 as restaurant chains cut orders.",
                "Revenue at Harlow Industries in the three months ended Sept. 30 fell 6.4 "
                "percent, the refrigeration maker reported.",
            ],
        },
        {  # a whole beside its two parts, which add up to it
            "expect": "consistent",
            "articles": [
                "The merged hospital group would run nine hospitals with about 2,100 beds "
                "across the region.",
                "Blue Hollow brings about 1,400 beds to the merged hospital group, while "
                "Saint Anselm adds roughly 700 beds.",
            ],
        },
        {  # a count of "faculty members" counts the faculty
            "expect": "contradiction",
            "articles": [
                "More than 300 faculty members at Linden College signed a letter opposing "
                "the merger with Harwood University.",
                "A letter opposing the merger with Harwood University was signed by about 120 "
                "Linden College faculty.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "About 120 faculty members at Linden College signed a letter opposing the "
                "merger with Harwood University.",
                "A letter opposing the merger with Harwood University was signed by about 120 "
                "Linden College faculty.",
            ],
        },
        {  # one count of two nouns joined ("nurses and other hospital workers") meets a
            # count of either
            "expect": "contradiction",
            "articles": [
                "About 200 nurses and other hospital workers walked off the job at St. Clare's "
                "on Monday over staffing levels.",
                "More than 300 hospital workers walked off the job at St. Clare's on Monday, the "
                "union said.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "About 200 nurses and other hospital workers walked off the job at St. Clare's "
                "on Monday over staffing levels.",
                "Some 200 hospital workers walked off the job at St. Clare's on Monday, the "
                "union said.",
            ],
        },
        {  # two quarters' figures of one measure
            "expect": "consistent",
            "articles": [
                "Varden Steel earned $88 million in the third quarter, the company said on "
                "Tuesday.",
                "Varden Steel earned $64 million in Q4, the company said on Tuesday.",
            ],
        },
        {  # a measure word after the next figure is that figure's ("per diluted share")
            "expect": "contradiction",
            "articles": [
                "Halden Foods earned $412 million, or $1.21 per diluted share, in the second "
                "quarter, the company said.",
                "Halden Foods said it earned $412,000 in the second quarter.",
            ],
        },
        {  # the one evacuation count each outlet gives, one of them told as an act
            "expect": "contradiction",
            "articles": [
                "About 600 residents of Larch Hollow were evacuated on Friday as floodwater "
                "topped the levee on the Dunmore River.",
                "Sheriff's deputies moved more than 1,100 people out of Larch Hollow on Friday "
                "after the Dunmore River spilled over its levee.",
            ],
        },
        {  # a count of the dead and one of the injured are two tolls
            "expect": "consistent",
            "articles": [
                "A tour bus overturned on the Kessel Pass road on Saturday, killing four "
                "passengers and injuring nine, state police said.",
                "Nine passengers were injured when the tour bus overturned on the Kessel Pass "
                "road on Saturday, state police said.",
            ],
        },
        {  # a count read at two moments: "as of Monday" and "had now" on Tuesday
            "expect": "consistent",
            "articles": [
                {
                    "text": "As of Monday morning, 18 guests had fallen ill after the banquet "
                    "at the Harbor Hotel.",
                    "published": "2024-05-13",
                },
                {
                    "text": "The county health office said on Tuesday that 26 guests had now been "
                    "sickened after the Harbor Hotel banquet.",
                    "published": "2024-05-14",
                },
            ],
        },
        {  # the one arrest count each outlet gives, lower in the later article
            "expect": "contradiction",
            "articles": [
                {
                    "text": "State troopers arrested 14 people on Friday after a crowd "
                    "blocked the gates of the Corbin Valley landfill.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Six people were detained when protesters sat down in front of the "
                    "landfill gates, a state police spokeswoman said. Corbin Valley residents "
                    "have fought the expansion for years.",
                    "published": "2024-05-18",
                },
            ],
        },
        {  # ... higher in the later article: an update (NUM003), as the missing found are
            "expect": "consistent",
            "articles": [
                {
                    "text": "State troopers arrested six people on Friday after a crowd "
                    "blocked the gates of the Corbin Valley landfill.",
                    "published": "2024-05-17",
                },
                {
                    "text": "Fourteen people were detained when protesters sat down in front of "
                    "the landfill gates, a state police spokeswoman said.",
                    "published": "2024-05-18",
                },
            ],
        },
        {  # a change beside a level: how much smaller, and how big
            "expect": "consistent",
            "articles": [
                "The Halvorsen zoning board voted 4-1 on Monday night to approve a 180-unit "
                "apartment complex on Front Street.",
                "The Halvorsen zoning board gave the go-ahead this week to a Front Street "
                "apartment project after the developer cut the building by three floors and 60 "
                "units.",
            ],
        },
        {  # "up 17%" is a change as "increased by 27%" is
            "expect": "contradiction",
            "articles": [
                "Ravel Foods earned $1.12 a share in the quarter, up 17% from a year earlier.",
                "Ravel Foods said its earnings per share increased by 27% from a year earlier.",
            ],
        },
        {  # two changes told two ways still meet
            "expect": "contradiction",
            "articles": [
                "Halvorsen's water rates rose by 12 percent this year, the city utility said.",
                "The city utility said Halvorsen's water rates saw a 21 percent increase this "
                "year.",
            ],
        },
        {  # two parts of one whole: elementary and high school classes
            "expect": "consistent",
            "articles": [
                "The new contract caps elementary class sizes in Dorrance schools at 26 "
                "students, the union said.",
                "Under the Dorrance contract, high school classes will be capped at 31 "
                "students, the union said.",
            ],
        },
        {  # the other outlet gives both figures: the peak and what is left
            "expect": "consistent",
            "articles": [
                "At the height of the ice storm, 23,180 homes and businesses in Carver "
                "County were without power, the utility said.",
                "Roughly 9,000 homes and businesses in Carver County were without power "
                "Tuesday night, down from a peak of more than 23,000, the utility said.",
            ],
        },
        {  # a period in common is not one measure: profit is not sales
            "expect": "consistent",
            "articles": [
                "Harlow Tools said Wednesday that third-quarter profit rose 12 percent on "
                "strong demand for garden equipment.",
                "Third-quarter sales rose about 4 percent to $910 million, Harlow Tools said.",
            ],
        },
        {  # a close bound is close: "just over 40 percent" is not 47 percent
            "expect": "contradiction",
            "articles": [
                "The county's recycling rate rose to 47.2 percent last year, the waste "
                "authority reported Monday.",
                "The waste authority said the county's recycling rate climbed to just over "
                "40 percent last year.",
            ],
        },
        {  # ... and takes the figures just past it
            "expect": "consistent",
            "articles": [
                "The county's recycling rate rose to 41.3 percent last year, the waste "
                "authority reported Monday.",
                "The waste authority said the county's recycling rate climbed to just over "
                "40 percent last year.",
            ],
        },
        {  # last year's figure, told in the clause after it
            "expect": "consistent",
            "articles": [
                "Transit fares in Dunmore will rise 4 percent in March, the transit board "
                "decided on Monday.",
                "The board's increase follows the 6 percent fare rise riders absorbed last "
                "year, the transit board said.",
            ],
        },
        {  # an age limit, told two ways
            "expect": "contradiction",
            "articles": [
                "The state panel endorsed booster shots for residents 65 or older and for "
                "those at high risk of severe illness.",
                "Booster shots were endorsed for residents over age 50 and those at high "
                "risk of severe illness, the state panel said.",
            ],
        },
        {  # two limits for two groups
            "expect": "consistent",
            "articles": [
                "The county will open vaccine clinics for children ages 5 to 11 next week.",
                "Adults and teenagers ages 12 and older can already book shots at county "
                "pharmacies.",
            ],
        },
        {  # a speaker's figure set apart by the outlet beside the outlet's own: info
            "expect": "contradiction",
            "severity": "info",
            "articles": [
                "The challenger said his own tax rate was 36 percent and contrasted it with "
                "what he said was the mayor's 2023 tax rate: 22 percent.",
                "The mayor's effective tax rate for 2023 was 31.5 percent, her returns show.",
            ],
        },
        {  # what may be done is not what was done
            "expect": "consistent",
            "articles": [
                "The governor will unveil a plan on Monday that lays out 12 separate actions "
                "the state could take to cut wildfire risk, aides said.",
                "Right after his remarks, the governor signed nearly two dozen executive "
                "actions to cut wildfire risk, aides said.",
            ],
        },
        {  # a count for one place of several a sentence tells is a part
            "expect": "consistent",
            "articles": [
                "At least nine people died as flash floods swept the valley overnight, "
                "officials said.",
                "Eight people died in Riverton as flash floods swept the valley overnight, and "
                "a woman died in Dale Springs, officials said.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Twelve people died in Riverton as flash floods swept the valley overnight, "
                "officials said.",
                "Eight people died in Riverton as flash floods swept the valley overnight, "
                "officials said.",
            ],
        },
        {  # a share is "of" something and is not a part of a set
            "expect": "contradiction",
            "articles": [
                "More than 60 percent of Harwick voters supported the library tax, unofficial "
                "results show.",
                "The library tax passed in Harwick with under 60% of the vote, according to "
                "unofficial returns.",
            ],
        },
        {  # a measure word further back in its clause still names the measure
            "expect": "contradiction",
            "articles": [
                "The average price for a gallon of regular gasoline across the state was $3.41 "
                "on Monday, the motor club said.",
                "The motor club said an average gallon of regular cost drivers $3.87 on Monday.",
            ],
        },
        {  # one price at one station is not the average
            "expect": "consistent",
            "articles": [
                "A gallon of regular gasoline across the state sold for $3.41 on Monday at one "
                "station, the motor club said.",
                "The motor club said an average gallon of regular cost drivers $3.87 on Monday.",
            ],
        },
        {  # one measure in two words
            "expect": "contradiction",
            "articles": [
                "The state's economy grew at an annualized rate of 3.1% in the third quarter, "
                "the budget office said Friday.",
                "The budget office said Friday that the state's economy grew at a 4.6% annual "
                "rate in the third quarter.",
            ],
        },
        {  # "year-over-year" is the change from a year before, not a rate a year
            "expect": "contradiction",
            "articles": [
                "Rents in the county rose 7% in March on a year-over-year basis, the housing "
                "board reported.",
                "The housing board reported that county rents climbed 11% in March from a "
                "year earlier.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Rents in the county rose 7% in March on a year-over-year basis, the housing "
                "board reported.",
                "The housing board reported that county rents climbed 7% in March from a "
                "year earlier.",
            ],
        },
        {  # synonyms count in one unit
            "expect": "contradiction",
            "articles": [
                "Militants fired 120 rockets at the port city overnight, the army said.",
                "The army said militants fired 450 missiles at the port city overnight.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Militants fired 120 rockets at the port city overnight, the army said.",
                "The army said militants fired 120 missiles at the port city overnight.",
            ],
        },
        {  # the noun a name modifies is what is counted
            "expect": "contradiction",
            "articles": [
                "The governor sent 40 Ohio National Guard troops to the flooded towns on Sunday.",
                "On Sunday the governor sent 90 soldiers to the flooded towns.",
            ],
        },
        {  # a kind of income is not the income
            "expect": "consistent",
            "articles": [
                "Lakeside Bank said net interest income rose 6% to $1.31 billion in the quarter.",
                "Lakeside Bank said net income rose to $412 million in the quarter.",
            ],
        },
        {  # a raise a year and the raise over the years
            "expect": "consistent",
            "articles": [
                "The nurses' union wants raises of 6% in each of the next three years, its "
                "president said.",
                "The nurses' union is seeking raises of 18% over three years, its president said.",
            ],
        },
        {  # a difference from another figure is not the figure
            "expect": "consistent",
            "articles": [
                "The spending plan is about $1.9 billion larger than the current budget, the "
                "governor's office said.",
                "The spending plan deposits $1.1 billion in the reserve fund, the governor's "
                "office said.",
            ],
        },
        {  # others than the ones told of are another set
            "expect": "consistent",
            "articles": [
                "The board voted to close the two elementary schools, which serve 520 students.",
                "Students of the closing elementary schools will move to three other schools.",
            ],
        },
        {  # a standing count read at two moments
            "expect": "consistent",
            "articles": [
                "Harbor Electric said 31,500 customers remained without power as of 6 p.m. "
                "Sunday, down from a peak of about 86,000 on Saturday night.",
                "By Monday morning, about 19,000 customers were still without power.",
            ],
        },
        {  # a height above a mark is not the height
            "expect": "consistent",
            "articles": [
                "The river crested at 25.3 feet at the Ashby gauge on Sunday, officials said.",
                "At the Ashby gauge the river crested nearly 9 feet above flood stage on Sunday.",
            ],
        },
        {  # a set chosen by rank is no count of what it names
            "expect": "consistent",
            "articles": [
                "The 30 million doses will go to the world's 50 poorest countries, the "
                "agency said.",
                "The agency will donate the 30 million doses to 46 poorer countries, it said.",
            ],
        },
        {  # two rankings of one set
            "expect": "contradiction",
            "articles": [
                "The 30 million doses will go to the world's 50 poorest countries, the "
                "agency said.",
                "The agency said the 30 million doses will go to the 20 poorest countries.",
            ],
        },
        {  # a change measured from the year before is this year's figure, not last year's
            "expect": "contradiction",
            "articles": [
                "Harbor Bank said on Monday that its quarterly profit rose 12%.",
                "Quarterly profit at Harbor Bank jumped 21% from the same quarter in the "
                "previous year, the lender said on Monday.",
            ],
        },
        {  # one guidance range told with another upper bound
            "expect": "contradiction",
            "articles": [
                "The retailer expects sales between $4.2 billion and $4.4 billion next year.",
                "For next year the retailer expects sales of $4.2 billion to $4.8 billion.",
            ],
        },
        {  # one range, written two ways and rounded in one
            "expect": "consistent",
            "articles": [
                "The retailer expects sales between $4.2 billion and $4.4 billion next year.",
                "For next year the retailer expects sales of $4.17 billion to $4.42 billion.",
            ],
        },
        {  # a part and the whole it is named in, four times apart
            "expect": "consistent",
            "articles": [
                "The governor asked lawmakers for $2.1 million to repair the county bridges.",
                "The governor urged lawmakers to approve more than $9 million for flood relief "
                "and to repair the county bridges.",
            ],
        },
        {  # figures of change about two things: a share price and revenue
            "expect": "consistent",
            "articles": [
                "Shares of Lakeside Software climbed 7.5 percent on Wednesday after the report.",
                "Lakeside Software said revenue rose 12 percent to $8.1 billion in the quarter.",
            ],
        },
        {  # one head, two modifiers: two price measures
            "expect": "consistent",
            "articles": [
                "Energy prices in Oregon rose 1.1 percent last month, the state said.",
                "Core prices in Oregon, which exclude food and energy, rose 3.8 percent last "
                "month, the state said.",
            ],
        },
        {  # amounts one outlet adds together, inside the other's bigger whole
            "expect": "consistent",
            "articles": [
                "The governor of Oregon asked lawmakers for $14 million in wildfire aid as well "
                "as $6 million for flood repairs.",
                "The Oregon governor wants $24 million in emergency aid for wildfires, floods "
                "and storms.",
            ],
        },
        {  # measured at two times after the start: two measurements
            "expect": "consistent",
            "articles": [
                "The Lakeside flu vaccine was 80% effective at keeping patients out of the "
                "hospital six months after the shot, the study found.",
                "The Lakeside flu vaccine's protection fell to 40% after nine months, the "
                "study found.",
            ],
        },
        {  # a rate over a span of years beside the rate of one year
            "expect": "consistent",
            "articles": [
                "Last year the Orsinis paid an effective federal tax rate of 35.7 percent.",
                "From 2012 through 2019 the Orsinis paid an effective federal tax rate of "
                "31.5 percent, their returns show.",
            ],
        },
        {  # a side that names no year may mean the same span
            "expect": "contradiction",
            "articles": [
                "From 2012 through 2019 the Orsinis paid $4.2 million in federal taxes, "
                "their returns show.",
                "The Orsinis paid $8.4 million in federal taxes during that time, their "
                "returns show.",
            ],
        },
        {  # a margin is not a vote total
            "expect": "consistent",
            "articles": [
                "Marsh won the Dover council race by fewer than 900 votes, results showed.",
                "Marsh received 14,212 votes to Tull's 13,318 in the Dover council race.",
            ],
        },
        {  # parts of a set ("two ... four other") beside its whole
            "expect": "consistent",
            "articles": [
                "Two firefighters were hospitalized with burns after the Canal Street fire. "
                "Four other firefighters were treated at the scene.",
                "Six firefighters were injured in the Canal Street fire, officials said.",
            ],
        },
        {  # "more than" is not said of a figure three times the one written
            "expect": "contradiction",
            "articles": [
                "The treasurer of Lodi was charged with taking more than $40,000 from the "
                "city's parks fund.",
                "Prosecutors say the Lodi treasurer took $120,000 from the city's parks fund.",
            ],
        },
        {  # a figure just past the bound is what "more than" says
            "expect": "consistent",
            "articles": [
                "The treasurer of Lodi was charged with taking more than $40,000 from the "
                "city's parks fund.",
                "Prosecutors say the Lodi treasurer took $46,500 from the city's parks fund.",
            ],
        },
        {  # a count written as a compound ("a 30-page complaint") is a count of its noun
            "expect": "contradiction",
            "articles": [
                "Prosecutors filed a 30-page complaint against the mayor of Reno on Monday.",
                "The 26-page complaint against the Reno mayor accuses him of fraud.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Police said at least 40 people were killed in the market blast on Friday.",
                "Police said 24 people were killed in the market blast on Friday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The council approved a budget of $2.5 million for the new bridge.",
                "The council approved a budget of $4 million for the new bridge.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The government imposed 50% tariffs on imported steel.",
                "The government imposed 50 per cent tariffs on imported steel.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "About 1,200 residents were evacuated from the flooded district.",
                "Some 1,180 residents were evacuated from the flooded district.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The couple paid $43,885,310 in federal taxes over eight years.",
                "The couple paid $43 million in federal taxes over eight years.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Economists were expecting 845,000 new jobs in the monthly report.",
                "The economy added 943,000 new jobs in the monthly report.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Lee kept the No. 2 post of whip and Park stayed in the No. 3 post.",
                "Park stayed in the No. 3 post, while Lee kept the No. 2 post of whip.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Officer Dana Lee and three other officers were hurt in the warehouse fire.",
                "Four officers were hurt in the warehouse fire, including Officer Dana Lee.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Fourteen people were injured in the crash on Route 9, police said.",
                "Four people were seriously injured in the crash on Route 9, police said.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Among voters under 30, Mayor Ann Lee leads her rival by 20 points.",
                "Overall, Mayor Ann Lee leads her rival by 6 points, the poll found.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Employers in Ohio added 18,000 jobs in March, the state labor office said.",
                "Employers in Ohio added 54,000 jobs in the first quarter, the state labor "
                "office said.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The new contract raises pay for Salem bus drivers 4% a year, the union said.",
                "The new contract raises pay for Salem bus drivers 12% over three years, the "
                "union said.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The jobless rate in Ohio rose to 7.2% in April, up from 6% a month earlier.",
                "The jobless rate in Ohio rose to 6.1% in April, up from 6% a month earlier.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee leads Tom Park 48% to 42%, according to a new Salem poll.",
                "Tom Park trails Mayor Ann Lee but wins 42 percent.",
            ],
        },
    ),
)
