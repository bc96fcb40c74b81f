"""Mutation cases for the recall benchmark (benchmarks/bench_recall.py).

This module never imports `consistency`, not even indirectly (so not `_corpus` either): it
works on raw text only (plain dicts with an article id, a story id and the text) with its
own regular expressions, so the benchmark does not measure the checker against itself.
bench_recall.py parses this file and refuses to run if that rule is broken.

A case is one edit in one article of a story that turns a fact into a contradiction:

- number: a count (next to killed, injured, people, ...), an age, money, a percentage,
  changed by a factor of about 2-3 or by 9-19 years, never by a rounding-level amount;
- date: a weekday, a month-day or a year moved;
- qualifier: "more than N" <-> "fewer/less than N", "at least" <-> "at most",
  "about N" -> "more than 1.5N";
- negation: "not"/"never" inserted after or removed from an auxiliary in a main clause;
- role: a title before a name (Sen./Rep., Gov., Lt./Sgt., President/Vice President), a
  party code (D-Ore.)/(R-Ore.), or a status word (killed/wounded, suspect/victim,
  arrested/released, convicted/acquitted, approved/rejected, rose/fell, won/lost).

An edit is made only where another article of the same story states the same fact: a
sentence there carries the same value (the same number, qualifier and number, weekday,
month and day, year, title and surname, party code, status word, or verb with the same
polarity) and shares at least three content words with the edited sentence, two of them
rare in the corpus. The case is `verbatim` when that sentence is a near copy (a shared
8-word run, or rapidfuzz token_set_ratio >= 85 between sentences of similar length) and
`paraphrase` otherwise.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

FAMILIES = ("number", "date", "qualifier", "negation", "role")


def _split(text: str) -> list[str]:
    return text.split()


# ---------------------------------------------------------------- text basics

_ABBREV = frozenset(
    _split(
        "mr mrs ms dr sen rep gov lt sgt gen col capt maj cmdr adm st jr sr no vs jan feb mar apr "
        "jun jul aug sep sept oct nov dec inc corp co ltd ft rev prof pres sen gov atty supt det "
        "ariz calif colo conn fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev okla "
        "ore pa penn tenn tex va vt wash wis wisc wyo al etc"
    )
)
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d")
_STOP = frozenset(
    _split("""a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours said says say told according
    mr mrs ms one two three new last first year years week day days time like told tell
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb sept oct nov dec percent
    people many much make made get got going well still back even around since however""")
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, by punctuation and line breaks; a period after an
    abbreviation or a single letter (initials, U.S.) does not end a sentence."""
    spans = []
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] == ".":
            before = re.search(r"([A-Za-z]+)$", text[max(start, m.start() - 12) : m.start()])
            if before and (len(before.group(1)) == 1 or before.group(1).lower() in _ABBREV):
                continue
        end = m.start() if m.group()[0] == "\n" else m.end()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= 3 and w[0].isalpha() and w not in _STOP}


# ---------------------------------------------------------------- numbers

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_UNITS = {
    w: i + 2
    for i, w in enumerate(
        _split(
            "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}
_TENS = {
    w: 30 + 10 * i for i, w in enumerate(_split("thirty forty fifty sixty seventy eighty ninety"))
}
WORD_VALUES = {**_UNITS, **_TENS}
_WORDNUM = r"(?i:" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion))"
_ANYNUM = re.compile(
    rf"(?<![\w.,:-])(?P<n>{_NUM}|{_WORDNUM}\b)(?![.,]?\d)(?P<s>{_SCALE})?"
    r"(?!\s*(?:a\.?m\b|p\.?m\b|o['’]clock|:\d))"  # not a time of day
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")


def parse_number(token: str) -> float:
    token = token.strip()
    if token.lower() in WORD_VALUES:
        return float(WORD_VALUES[token.lower()])
    return float(token.replace(",", ""))


def numbers_in(text: str) -> set[float]:
    """Every number a sentence states, scaled (3 million -> 3e6)."""
    out = set()
    for m in _ANYNUM.finditer(text):
        v = parse_number(m.group("n"))
        if m.group("s"):
            v *= _SCALES[m.group("s").strip()]
        out.add(round(v, 6))
    return out


def _granularity(n: float) -> float:
    if n != int(n):
        return 0.1 if round(n * 10) == n * 10 else 0.01
    g = 1
    while n % (g * 10) == 0 and g * 10 <= n:
        g *= 10
    return g


def _fmt(value: float, like: str) -> str:
    """`value` written as `like` is written: a number word if it was one and one exists,
    thousands commas, decimals."""
    if like.lower() in WORD_VALUES:
        for w, v in WORD_VALUES.items():
            if v == value:
                return w.capitalize() if like[0].isupper() else w
        like = "0"
    decimals = len(like.split(".")[1]) if "." in like else 0
    if value == int(value):
        decimals = 0
    if "," in like or value >= 10000:
        return f"{value:,.{decimals}f}"
    return f"{value:.{decimals}f}"


def _scaled_count(n: float, rng: random.Random) -> float:
    if n < 5:
        return n + rng.choice([4, 5, 6, 7])
    g = _granularity(n)
    new = round(n * rng.choice([2, 2.5, 3]) / g) * g
    return new if new != n else n * 2


def _scaled_money(n: float, rng: random.Random) -> float:
    return n * rng.choice([2, 3])


def _scaled_percent(p: float, rng: random.Random) -> float:
    if p <= 30:
        new = p * rng.choice([2, 2.5])
        return round(new) if p == int(p) else round(new, 1)
    if p <= 60:
        return p + rng.choice([15, 20, 25])
    return p - rng.choice([20, 25, 30])


def _age(n: float, rng: random.Random) -> float:
    d = rng.randint(9, 19)
    return n + d if n + d <= 95 else n - d


# ---------------------------------------------------------------- sites


@dataclass(frozen=True)
class Site:
    """One possible edit: replace text[start:end] with `replacement`. `probe` says whether
    another sentence states the same fact value (content overlap is checked apart)."""

    family: str
    subtype: str
    start: int
    end: int
    original: str
    replacement: str
    probe: Callable[[str], bool]


_COUNT_NOUNS = (
    r"people|persons|killed|dead|deaths|injured|wounded|injuries|arrested|arrests|victims|"
    r"civilians|soldiers|troops|officers|students|children|kids|adults|women|men|migrants|"
    r"immigrants|refugees|workers|employees|jobs|members|votes|delegates|lawmakers|senators|"
    r"cases|passengers|residents|families|homes|houses|buildings|counts|charges|shots|"
    r"protesters|demonstrators|Americans|detainees|prisoners|inmates|hostages|militants|"
    r"fighters|casualties|bodies|patients|agents|police|votes|seats|countries|states|guns"
)
_COUNT_AFTER = re.compile(
    rf"(?<![$\d.,\w-])(?P<n>{_NUM}|{_WORDNUM})(?P<s>{_SCALE})?(?P<mid>(?:\s+[a-z]+){{0,2}}?)"
    rf"\s+(?:{_COUNT_NOUNS})\b"
)
_MID_BLOCK = frozenset(
    _split(
        "percent years year months month days day hours hour minutes of to and or than times "
        "points per a an the that"
    )
)
_COUNT_BEFORE = re.compile(
    r"\b(?:killed|injured|wounded|arrested|detained|dead|death toll (?:rose|climbed|reached|"
    r"stood|stands|is|was) (?:to |at )?)\s+(?:(?:at least|more than|about|nearly|some|"
    rf"roughly|around|over)\s+)?(?P<n>{_NUM}|{_WORDNUM})\b(?!\s*(?:%|percent|years?|months?|"
    r"weeks?|days?|hours?|minutes?|a\.m|p\.m|[:\-]|,\d))"
)
_AGE = re.compile(
    r"\b(?P<n>\d{1,2})-year-old\b|(?<=[a-z], )(?P<m>\d{1,2})(?=,)|\baged? (?P<a>\d{1,2})\b"
)
_MONEY = re.compile(rf"\$\s?(?P<n>{_NUM})(?P<s>{_SCALE})?(?![\d,])")
_PERCENT = re.compile(rf"(?<![\w.,$-])(?P<n>{_NUM})(?:\s?%|\s+percent\b|\s+per cent\b)")


def _number_sites(text: str, rng: random.Random) -> Iterable[Site]:
    seen = set()
    for rx, sub in ((_COUNT_AFTER, "count"), (_COUNT_BEFORE, "count")):
        for m in rx.finditer(text):
            tok = m.group("n")
            mid = set((m.groupdict().get("mid") or "").split())
            if _YEARLIKE.fullmatch(tok) or mid & _MID_BLOCK:
                continue
            if tok.lower() == "one" or (tok.isdigit() and int(tok) < 2):
                continue
            s, e = m.span("n")
            if (s, e) in seen or in_range(text, s, e):
                continue
            seen.add((s, e))
            scale = _SCALES[m.group("s").strip()] if m.groupdict().get("s") else 1.0
            n = parse_number(tok)
            new = _scaled_count(n, rng)
            yield Site("number", sub, s, e, tok, _fmt(new, tok), _has_number(n * scale))
    for m in _AGE.finditer(text):
        g = next(k for k in ("n", "m", "a") if m.group(k))
        s, e = m.span(g)
        n = parse_number(m.group(g))
        if n < 2 or (s, e) in seen or in_range(text, s, e):
            continue
        seen.add((s, e))
        yield Site(
            "number", "age", s, e, m.group(g), _fmt(_age(n, rng), m.group(g)), _has_number(n)
        )
    for m in _MONEY.finditer(text):
        s, e = m.span("n")
        n = parse_number(m.group("n"))
        if n == 0 or (s, e) in seen or in_range(text, s, e):
            continue
        seen.add((s, e))
        scale = _SCALES[m.group("s").strip()] if m.group("s") else 1.0
        new = _scaled_money(n, rng)
        yield Site(
            "number", "money", s, e, m.group("n"), _fmt(new, m.group("n")), _has_number(n * scale)
        )
    for m in _PERCENT.finditer(text):
        s, e = m.span("n")
        p = parse_number(m.group("n"))
        if p == 0 or p > 100 or (s, e) in seen or in_range(text, s, e):
            continue
        seen.add((s, e))
        new = _scaled_percent(p, rng)
        yield Site("number", "percent", s, e, m.group("n"), _fmt(new, m.group("n")), _has_number(p))


_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|and)\s*\$?\d")
_RANGE_BEFORE = re.compile(r"\d\s*(?:-|–|—|to|and)\s*\$?$")


def in_range(text: str, start: int, end: int) -> bool:
    """Whether the number at start:end is an end of a range (12 to 17, 300-500), where a
    moved end would not make a clear contradiction."""
    return bool(
        _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(text[max(0, start - 8) : start])
    )


def _has_number(value: float) -> Callable[[str], bool]:
    value = round(value, 6)
    return lambda sent: value in numbers_in(sent)


# dates
_WEEKDAYS = _split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "April": 4, "May": 5,
    "June": 6, "July": 7, "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9,
    "October": 10, "Oct.": 10, "November": 11, "Nov.": 11, "December": 12, "Dec.": 12,
}  # fmt: skip
_MONTH_RX = r"(?:" + "|".join(re.escape(k) for k in sorted(_MONTHS, key=len, reverse=True)) + r")"
_MONTH_DAY = re.compile(rf"(?<!\w)(?P<m>{_MONTH_RX})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d|:)")
_YEAR = re.compile(r"(?<![\w$.,/-])(?P<y>19[5-9]\d|20[0-3]\d)(?![\w,.]\d|\s*(?:%|percent)|-)")


def _month_days(sent: str) -> set[tuple[int, int]]:
    return {(_MONTHS[m.group("m")], int(m.group("d"))) for m in _MONTH_DAY.finditer(sent)}


def _date_sites(text: str, rng: random.Random) -> Iterable[Site]:
    for m in _WEEKDAY.finditer(text):
        day = m.group(1)
        new = _WEEKDAYS[(_WEEKDAYS.index(day) + rng.choice([2, 3, 4])) % 7]
        rx = re.compile(rf"\b{day}\b")
        yield Site("date", "weekday", *m.span(1), day, new, lambda s, rx=rx: bool(rx.search(s)))
    for m in _MONTH_DAY.finditer(text):
        d = int(m.group("d"))
        if not 1 <= d <= 31:
            continue
        shift = rng.randint(7, 14)
        new = d + shift if d + shift <= 28 else d - shift
        key = (_MONTHS[m.group("m")], d)
        yield Site(
            "date", "month-day", *m.span("d"), m.group("d"), str(new),
            lambda s, key=key: key in _month_days(s),
        )  # fmt: skip
    for m in _YEAR.finditer(text):
        y = m.group("y")
        new = str(int(y) - rng.choice([2, 3, 4, 5]))
        rx = re.compile(rf"(?<!\d){y}(?!\d)")
        yield Site("date", "year", *m.span("y"), y, new, lambda s, rx=rx: bool(rx.search(s)))


# qualifiers
_QUAL_CLASS = {
    "more than": "gt", "over": "gt", "upwards of": "gt", "in excess of": "gt",
    "fewer than": "lt", "less than": "lt", "under": "lt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge",
    "at most": "le", "no more than": "le", "up to": "le",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx",
}  # fmt: skip
_QUAL_RX = "|".join(sorted(_QUAL_CLASS, key=len, reverse=True))
_QUALIFIED = re.compile(
    rf"(?<!\w)(?P<q>(?i:{_QUAL_RX}))\s+(?P<v>(?P<cur>\$\s?)?(?P<n>{_NUM}|{_WORDNUM}\b)"
    rf"(?P<s>{_SCALE})?)(?P<pct>\s?%|\s+percent)?(?!\s*(?:a\.m|p\.m|o'clock|:))(?![\d,]\d)"
)


def _qualified(sent: str) -> set[tuple[str, float]]:
    """(qualifier class, value) of every number in a sentence; class `exact` for a number
    without a qualifier."""
    out = set()
    spans = []
    for m in _QUALIFIED.finditer(sent):
        v = parse_number(m.group("n")) * (_SCALES[m.group("s").strip()] if m.group("s") else 1)
        out.add((_QUAL_CLASS[m.group("q").lower()], round(v, 6)))
        spans.append(m.start("n"))
    for m in _ANYNUM.finditer(sent):
        if m.start("n") not in spans and not _YEARLIKE.fullmatch(m.group("n")):
            v = parse_number(m.group("n")) * (_SCALES[m.group("s").strip()] if m.group("s") else 1)
            out.add(("exact", round(v, 6)))
    return out


# which statements of another article the edited one must contradict: "fewer than N"
# (from "more than N") contradicts "more than N", "at least N" and plain N; "at most N"
# (from "at least N") only "at least N" and "more than N"; "more than 1.5N" (from
# "about N") contradicts "about N", plain N, "fewer than N" and "at most N"
_WITNESS_CLASSES = {
    "gt": ("gt", "ge", "exact"),
    "lt": ("lt", "le", "exact"),
    "ge": ("ge", "gt"),
    "le": ("le", "lt"),
    "approx": ("approx", "exact", "lt", "le"),
}


def _qualifier_sites(text: str, rng: random.Random) -> Iterable[Site]:
    for m in _QUALIFIED.finditer(text):
        q, tok = m.group("q"), m.group("n")
        if (_YEARLIKE.fullmatch(tok) and not m.group("cur")) or in_range(text, *m.span("n")):
            continue
        cls = _QUAL_CLASS[q.lower()]
        n = parse_number(tok)
        amount = bool(m.group("cur") or m.group("pct"))
        if cls == "gt":
            new_q, value = ("less than" if amount else "fewer than"), m.group("v")
        elif cls == "lt":
            new_q, value = "more than", m.group("v")
        elif cls == "ge":
            new_q, value = "at most", m.group("v")
        elif cls == "le":
            new_q, value = "at least", m.group("v")
        else:
            if n < 2:
                continue
            bigger = n * 1.5
            bigger = bigger if bigger == int(bigger) else math.ceil(bigger)
            value = (m.group("cur") or "") + _fmt(bigger, tok) + (m.group("s") or "")
            new_q = "more than"
        if q[0].isupper():
            new_q = new_q.capitalize()
        v = round(n * (_SCALES[m.group("s").strip()] if m.group("s") else 1), 6)
        yield Site(
            "qualifier", cls, m.start("q"), m.end("v"), m.group("q") + text[m.end("q"):m.end("v")],
            f"{new_q} {value}",
            lambda s, keys={(c, v) for c in _WITNESS_CLASSES[cls]}: bool(keys & _qualified(s)),
        )  # fmt: skip


# negation
_AUX = r"is|are|was|were|has|have|had|did|does|do|will|would|could|can|should"
_NEG_REMOVE = re.compile(
    rf"\b(?P<aux>{_AUX})\s+(?P<neg>not|never)\s+(?P<v>[a-z]+)(?:\s+(?P<v2>[a-z]+))?"
)
_CONTRACTED = {
    "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "hasn": "has", "haven": "have",
    "hadn": "had", "didn": "did", "doesn": "does", "don": "do", "couldn": "could",
    "wouldn": "would", "shouldn": "should", "won": "will", "can": "can",
}  # fmt: skip
_NEG_CONTRACTED = re.compile(
    r"\b(?P<aux>isn|aren|wasn|weren|hasn|haven|hadn|didn|doesn|don|couldn|wouldn|shouldn|"
    r"won|ca)(?P<nt>n?['’]t)\s+(?P<v>[a-z]+)(?:\s+(?P<v2>[a-z]+))?"
)
_NEG_INSERT = re.compile(
    r"\b(?P<aux>is|are|was|were|has|have|had|will|would)\s+(?P<v>[a-z]+)(?:\s+(?P<v2>[a-z]+))?"
)
_PARTICIPLES = frozenset(
    _split(
        "been known taken given shown seen found told made held paid sent brought caught kept "
        "left lost met read run said sold spent stood struck thought understood won written "
        "chosen driven broken spoken stolen hidden beaten done gone put set shut cut hit hurt "
        "let quit spread bound built dealt fought heard laid led meant sought taught"
    )
)
_NOT_VERBS = frozenset(
    _split(
        "not never also already still just only even a an the to in on at by for of as that "
        "this these those his her their its our my your no so very more most less being "
        "expected likely able about there here one"
    )
)
_SUBORD = frozenset(
    _split(
        "if whether unless that who which whom whose when where because although though while "
        "until before after since once as"
    )
)
_NEGATORS = frozenset({"not", "never", "n't", "no"})


def _polarity_probe(verb: str, negated: bool) -> Callable[[str], bool]:
    stem = verb[:5]

    def probe(sent: str) -> bool:
        toks = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", sent)]
        for i, t in enumerate(toks):
            if t.startswith(stem) and (len(verb) > 5 or t == verb):
                window = toks[max(0, i - 3) : i]
                neg = any(w in _NEGATORS or w.endswith("n't") for w in window)
                if neg == negated:
                    return True
        return False

    return probe


def _main_clause(text: str, start: int) -> bool:
    """No subordinating word (if, whether, that, who, ...) between the last clause boundary
    and the auxiliary, looking back 10 words at most; not in a question."""
    clause = re.split(r"[,;:—–()\"“”\n]|(?<=[.!?])\s", text[max(0, start - 120) : start])[-1]
    end = re.search(r"[.!?\n]", text[start:])
    if end and end.group() == "?":
        return False
    return not (set(words(clause)[-10:]) & _SUBORD)


def _negation_sites(text: str, rng: random.Random) -> Iterable[Site]:
    del rng
    for m in _NEG_REMOVE.finditer(text):
        v = m.group("v2") if m.group("v") == "been" and m.group("v2") else m.group("v")
        if v in _NOT_VERBS or not _main_clause(text, m.start()):
            continue
        yield Site(
            "negation", "remove", m.start(), m.end("neg"), text[m.start() : m.end("neg")],
            m.group("aux"), _polarity_probe(v, True),
        )  # fmt: skip
    for m in _NEG_CONTRACTED.finditer(text):
        v = m.group("v2") if m.group("v") == "been" and m.group("v2") else m.group("v")
        aux = m.group("aux")
        if v in _NOT_VERBS or not _main_clause(text, m.start()):
            continue
        base = _CONTRACTED.get(aux.lower(), "can")
        if aux[0].isupper():
            base = base.capitalize()
        yield Site(
            "negation", "remove", m.start(), m.end("nt"), text[m.start() : m.end("nt")], base,
            _polarity_probe(v, True),
        )  # fmt: skip
    for m in _NEG_INSERT.finditer(text):
        aux, v = m.group("aux"), m.group("v")
        if v in _NOT_VERBS or not _main_clause(text, m.start()):
            continue
        if aux in ("will", "would"):
            if v.endswith(("ly", "s")):
                continue
        elif not (v.endswith("ed") or v in _PARTICIPLES):
            continue
        pred = m.group("v2") if v == "been" and m.group("v2") else v
        if pred in _NOT_VERBS:
            continue
        yield Site(
            "negation", "insert", m.start("aux"), m.end("aux"), aux, f"{aux} not",
            _polarity_probe(pred, False),
        )  # fmt: skip


# roles
_TITLES = {
    "Vice President": ("vp", "President"), "President": ("pres", "Vice President"),
    "Sen.": ("sen", "Rep."), "Senator": ("sen", "Representative"),
    "Rep.": ("rep", "Sen."), "Representative": ("rep", "Senator"),
    "Gov.": ("gov", "Sen."), "Governor": ("gov", "Senator"),
    "Lt.": ("lt", "Sgt."), "Lieutenant": ("lt", "Sergeant"),
    "Sgt.": ("sgt", "Lt."), "Sergeant": ("sgt", "Lieutenant"),
}  # fmt: skip
_NAME_STOP = frozenset(_WEEKDAYS) | {m.rstrip(".") for m in _MONTHS} | {"The", "Of", "And"}
_TITLED = re.compile(
    r"(?<![\w.])(?P<t>Vice President|President|Sen\.|Senator|Rep\.|Representative|Gov\.|"
    r"Governor|Lt\.|Lieutenant|Sgt\.|Sergeant)\s+(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][a-zA-Z'’-]+){0,2})"
)


def _surname(name: str) -> str:
    last = name.split()[-1]
    return re.sub(r"['’]s?$", "", last)


def _titled(sent: str) -> set[tuple[str, str]]:
    out = set()
    for m in _TITLED.finditer(sent):
        t = m.group("t")
        if t == "President" and sent[max(0, m.start() - 5) : m.start()] == "Vice ":
            t = "Vice President"
        out.add((_TITLES[t][0], _surname(m.group("name"))))
    return out


_PARTY = re.compile(r"(?<![\w-])(?P<p>[DR])-(?P<st>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)(?=[),])")


_BEFORE_PARTY = re.compile(r"([A-Z][\w'’-]+?)(?:['’]s)?\s*[(,]\s*$")


def _party_key(text: str, m: re.Match) -> tuple[str, str, str] | None:
    """(party letter, state, surname before the code); None without a name before it."""
    name = _BEFORE_PARTY.search(text[max(0, m.start() - 40) : m.start()])
    if name is None:
        return None
    return m.group("p"), m.group("st").replace(".", ""), name.group(1)


def _parties(sent: str) -> set[tuple[str, str, str]]:
    return {k for m in _PARTY.finditer(sent) if (k := _party_key(sent, m))}


_STATUS_PAIRS = [
    ("killed", "wounded"), ("suspect", "victim"), ("suspects", "victims"),
    ("arrested", "released"), ("convicted", "acquitted"), ("approved", "rejected"),
    ("rose", "fell"), ("won", "lost"),
]  # fmt: skip
_STATUS_SWAP = dict(_STATUS_PAIRS) | {b: a for a, b in _STATUS_PAIRS}
_STATUS = re.compile(
    r"\b(" + "|".join(sorted(_STATUS_SWAP, key=len, reverse=True)) + r")\b(?!['’-])"
)
# "released the report" is about documents, not custody
_RELEASED_THING = re.compile(
    r"\s+(?:a|an|the|its|his|her|their|new|more|data|details|documents|information|"
    r"statement|video|report|results|figures|numbers|emails|e-mails|records|list|plan)\b"
)


def _role_sites(text: str, rng: random.Random) -> Iterable[Site]:
    del rng
    for m in _TITLED.finditer(text):
        t, name = m.group("t"), m.group("name")
        if name.split()[0] in _NAME_STOP:
            continue
        if t == "President" and text[max(0, m.start() - 5) : m.start()] == "Vice ":
            continue
        cls, new = _TITLES[t]
        key = (cls, _surname(name))
        yield Site("role", "title", *m.span("t"), t, new, lambda s, key=key: key in _titled(s))
    for m in _PARTY.finditer(text):
        p = m.group("p")
        key = _party_key(text, m)
        if key is None:
            continue
        yield Site(
            "role", "party", *m.span("p"), p, "R" if p == "D" else "D",
            lambda s, key=key: key in _parties(s),
        )  # fmt: skip
    for m in _STATUS.finditer(text):
        w = m.group(1)
        # "released" is mostly about reports and data: only "arrested" is turned round
        if w == "released" or (w == "arrested" and _RELEASED_THING.match(text, m.end())):
            continue
        new = _STATUS_SWAP[w]
        rx = re.compile(rf"\b{w}\b(?!['’-])")
        yield Site("role", "status", *m.span(1), w, new, lambda s, rx=rx: bool(rx.search(s)))


_FINDERS = {
    "number": _number_sites,
    "date": _date_sites,
    "qualifier": _qualifier_sites,
    "negation": _negation_sites,
    "role": _role_sites,
}

# ---------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    """One injected contradiction: `text` is the mutated article; start:end is the edited
    span in it; `witness` is the other article's sentence stating the original fact."""

    case_id: str
    family: str
    subtype: str
    kind: str  # verbatim | paraphrase
    corpus: str
    story: str
    article: str
    start: int
    end: int
    original: str
    replacement: str
    text: str
    sentence: str
    mutated_sentence: str
    witness_article: str
    witness: str


@dataclass
class _Doc:
    id: str
    story: str
    corpus: str
    text: str
    spans: list[tuple[int, int]]
    sents: list[str]
    words: list[set[str]]


def _shared_run(a: str, b: str, n: int = 8) -> bool:
    wa, wb = words(a), words(b)
    grams = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    return any(tuple(wb[i : i + n]) in grams for i in range(len(wb) - n + 1))


def kind_of(a: str, b: str) -> str:
    la, lb = len(words(a)), len(words(b))
    similar_length = min(la, lb) >= 0.6 * max(la, lb)
    if _shared_run(a, b) or (similar_length and fuzz.token_set_ratio(a, b) >= 85):
        return "verbatim"
    return "paraphrase"


class _Generator:
    def __init__(self, docs: list[dict], rng: random.Random, min_shared: int, min_rare: int):
        self.rng = rng
        self.min_shared = min_shared
        self.min_rare = min_rare
        self.docs: list[_Doc] = []
        for d in sorted(docs, key=lambda d: (str(d["story"]), str(d["id"]))):
            text = d["text"]
            spans = sentence_spans(text)
            sents = [text[s:e] for s, e in spans]
            self.docs.append(
                _Doc(str(d["id"]), str(d["story"]), str(d.get("corpus", "")), text, spans,
                     sents, [content_words(s) for s in sents])
            )  # fmt: skip
        df = Counter(w for doc in self.docs for w in set().union(*doc.words, set()))
        limit = max(3, 0.03 * len(self.docs))
        self.rare = {w for w, n in df.items() if n <= limit}
        self.by_story: dict[str, list[_Doc]] = defaultdict(list)
        for doc in self.docs:
            self.by_story[doc.story].append(doc)

    def sites(self, family: str) -> dict[str, list[tuple[_Doc, Site]]]:
        """Candidate sites of one family, per story (stories with a single article have
        nothing to corroborate with and are left out)."""
        out: dict[str, list[tuple[_Doc, Site]]] = defaultdict(list)
        for doc in self.docs:
            if len(self.by_story[doc.story]) < 2:
                continue
            for site in _FINDERS[family](doc.text, self.rng):
                if site.replacement != site.original:
                    out[doc.story].append((doc, site))
        return out

    def corroborate(self, doc: _Doc, site: Site) -> tuple[_Doc, str, str, str] | None:
        """The best sentence of another article of the story stating the same fact, as
        (article, edited sentence, witness sentence, kind); None when there is none."""
        idx = next((i for i, (s, e) in enumerate(doc.spans) if s <= site.start < e), None)
        if idx is None or site.end > doc.spans[idx][1]:
            return None
        sentence = doc.sents[idx]
        mine = doc.words[idx] - content_words(site.original) - content_words(site.replacement)
        best = None
        for other in self.by_story[doc.story]:
            if other.id == doc.id:
                continue
            for sent, ws in zip(other.sents, other.words, strict=True):
                shared = mine & ws
                if len(shared) < self.min_shared or len(shared & self.rare) < self.min_rare:
                    continue
                if not site.probe(sent):
                    continue
                score = fuzz.token_set_ratio(sentence, sent)
                if best is None or score > best[0]:
                    best = (score, other, sent)
        if best is None:
            return None
        return best[1], sentence, best[2], kind_of(sentence, best[2])

    def case(self, n: int, doc: _Doc, site: Site, found) -> Case:
        other, sentence, witness, kind = found
        text = doc.text[: site.start] + site.replacement + doc.text[site.end :]
        s0, e0 = next((s, e) for s, e in doc.spans if s <= site.start < e)
        shift = len(site.replacement) - len(site.original)
        return Case(
            case_id=f"{site.family[:3]}{n:03d}", family=site.family, subtype=site.subtype,
            kind=kind, corpus=doc.corpus, story=doc.story, article=doc.id,
            start=site.start, end=site.start + len(site.replacement),
            original=site.original, replacement=site.replacement, text=text,
            sentence=sentence, mutated_sentence=text[s0 : e0 + shift],
            witness_article=other.id, witness=witness,
        )  # fmt: skip


def _story_order(stories: list[str], corpus_of: dict[str, str], rng: random.Random) -> list[str]:
    """Stories in a seeded order that alternates between corpora, so a small corpus with
    long texts (BASIL) is not drowned by a large one with short leads (AllSides)."""
    by_corpus: dict[str, list[str]] = defaultdict(list)
    for story in sorted(stories):
        by_corpus[corpus_of[story]].append(story)
    queues = []
    for corpus in sorted(by_corpus):
        rng.shuffle(by_corpus[corpus])
        queues.append(by_corpus[corpus])
    order = []
    for i in range(max((len(q) for q in queues), default=0)):
        order.extend(q[i] for q in queues if i < len(q))
    return order


def make_cases(
    docs: list[dict],
    seed: int = 13,
    per_family: int = 60,
    per_story: int = 2,
    min_shared: int = 3,
    min_rare: int = 2,
) -> list[Case]:
    """Up to `per_family` corroborated cases per family from `docs` (dicts with keys id,
    story, text and optionally corpus).

    Within a family the kinds of edit (count, age, money, ... ; weekday, month-day, year)
    take turns; each kind walks the stories in a seeded order alternating between corpora,
    one case per story per round, and a story gives at most `per_story` cases per family.
    An article span is edited at most once over all families, and within a family no
    sentence is edited that was already edited or served as the corroborating sentence
    (so a fact two outlets share verbatim gives one case, not one per outlet)."""
    rng = random.Random(seed)
    gen = _Generator(docs, rng, min_shared, min_rare)
    corpus_of = {d.story: d.corpus for d in gen.docs}
    used: set[tuple[str, int]] = set()
    cases: list[Case] = []
    for family in FAMILIES:
        pools: dict[str, dict[str, list[tuple[_Doc, Site]]]] = defaultdict(dict)
        for story, sites in sorted(gen.sites(family).items()):
            for doc, site in sites:
                pools[site.subtype].setdefault(story, []).append((doc, site))
        streams = {}
        for subtype in sorted(pools):
            for story_sites in pools[subtype].values():
                rng.shuffle(story_sites)
            streams[subtype] = _stream(
                pools[subtype], _story_order(list(pools[subtype]), corpus_of, rng)
            )
        per_story_made: Counter[str] = Counter()
        sentences: set[tuple[str, str]] = set()  # (article, sentence) edited or witness
        made = 0
        while made < per_family and streams:
            for subtype in sorted(streams):
                if made >= per_family:
                    break
                for doc, site in streams[subtype]:
                    if (doc.id, site.start) in used or per_story_made[doc.story] >= per_story:
                        continue
                    found = gen.corroborate(doc, site)
                    if found is None or (doc.id, found[1]) in sentences:
                        continue
                    sentences |= {(doc.id, found[1]), (found[0].id, found[2])}
                    used.add((doc.id, site.start))
                    per_story_made[doc.story] += 1
                    made += 1
                    cases.append(gen.case(made, doc, site, found))
                    break
                else:
                    del streams[subtype]
    return cases


def _stream(pool: dict[str, list[tuple[_Doc, Site]]], order: list[str]):
    """The sites of `pool` in rounds over `order`: one site per story per round."""
    while any(pool[s] for s in order):
        for story in order:
            if pool[story]:
                yield pool[story].pop()
