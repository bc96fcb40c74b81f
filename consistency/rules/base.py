"""The rule contract: a rule looks at one aligned pair and says whether it contradicts."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from consistency.lexicon.patterns import WORD_TOKEN_RE
from consistency.lexicon.qualifiers import qualifier_kind
from consistency.model import Claim, Pair, RuleOptions, Severity


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found in a pair: the sentence that states the disagreement."""

    message: str
    subject: str = ""
    severity: Severity | None = None  # the strength of this evidence, else the rule's default
    sides: tuple[Claim, ...] = ()  # the claims to cite, when not the pair's own


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A contradiction rule: stable code, readable name, default severity, and a check."""

    code: str
    name: str
    severity: Severity
    kinds: tuple[str, ...]
    summary: str
    check: Callable[[Pair, RuleOptions], Hit | None]
    doc: str
    cases: tuple[dict, ...] = field(default=())
    routes: tuple[str, ...] = ()  # the only routes whose pairs it reads; () for every route
    # but EXCLUSIVE_ROUTES


# routes whose pairs only the rules that name them read: a killed count beside an injured
# count (the casualty route) is no number mismatch
EXCLUSIVE_ROUTES = frozenset({"casualty"})


def overlap(a: Claim, b: Claim, *, rel_tol: float = 0.0) -> bool:
    """True when the two claims' [lo, hi] intervals meet (with a relative tolerance)."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return True
    pad_a = rel_tol * abs(a.hi if not math.isinf(a.hi) else a.lo)
    pad_b = rel_tol * abs(b.hi if not math.isinf(b.hi) else b.lo)
    return a.lo - pad_a <= b.hi + pad_b and b.lo - pad_b <= a.hi + pad_a


def label(claim: Claim) -> str:
    """How a side is named in a message: its source, else its article id."""
    return claim.source or claim.article_id


def same_stance(a: Claim, b: Claim) -> bool:
    return a.polarity == b.polarity


def possessive(noun: str) -> str:
    """ "Gor" -> "Gor's", "India-US relations" -> "India-US relations'"."""
    return noun + ("'" if noun.endswith("s") else "'s")


def both_stated(a: Claim, b: Claim) -> bool:
    """True when one side's sentence also states the other side's value ("from 1965 to
    1970" in both outlets; "the No. 2 job ... No. 3 position"): a source that gives both
    values does not contradict the other on either. A value inside the side's own claim
    ("$250,000" in "less than $250,000") does not count."""

    def has(own: Claim, text: str) -> bool:
        sentence = own.sentence.replace(own.value_text, " ", 1)
        return re.search(rf"(?<![\w.]){re.escape(text)}(?![\w]|\.\d)", sentence) is not None

    def has_percent(own: Claim, other: Claim) -> bool:
        # "48% to 42%" states 42 percent however the other outlet writes it
        m = re.search(r"\d[\d,.]*", other.value_text)
        if not m or own.unit != "percent" or other.unit != "percent":
            return False
        sentence = own.sentence.replace(own.value_text, " ", 1)
        num = re.escape(m.group().rstrip(".,"))
        pattern = rf"(?<![\w.]){num}\s?(?:%|percent\b|per\s?cent\b|pct\b)"
        return re.search(pattern, sentence, re.IGNORECASE) is not None

    return has(a, b.value_text) or has(b, a.value_text) or has_percent(a, b) or has_percent(b, a)


def around(c: Claim) -> tuple[str, str] | None:
    """The claim's sentence before and after the claim's words (None when the words are not
    found in it, as for a claim cut from a longer span)."""
    at = c.sentence.find(c.value_text)
    if at < 0:
        return None
    return c.sentence[:at], c.sentence[at + len(c.value_text) :]


def minimal(pair: Pair) -> bool:
    """True when the pair comes from two sentences that are the same but for a few words."""
    return pair.route == "sentence"


_YEAR_RE = re.compile(r"(?<![\d$.,])(?:1[89]|20)\d\d(?![\d,])")


def years(text: str) -> frozenset[str]:
    """The years a sentence names ("in 2014", "from 2007 to 2014")."""
    return frozenset(_YEAR_RE.findall(text))


def precision(claim: Claim) -> float:
    """The rounding step a written number implies: 0.1 for "35.7", 1 for "36", 10,000 for
    "940,000" (trailing zeros of a number of 1,000 or more)."""
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.value_text)
    if not m:
        return 0.0
    if m.group(1):
        return 10.0 ** -len(m.group(1))
    digits = m.group().replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if len(digits) >= 4 and zeros:
        return 10.0 ** min(zeros, len(digits) - 1)
    return 1.0


def same_when_rounded(a: Claim, b: Claim) -> bool:
    """True when two exact figures agree once the more precise is rounded as the other is
    written: "35.7 percent" and "36 percent", "943,000" and "940,000"."""
    if a.lo is None or b.lo is None or a.lo != a.hi or b.lo != b.hi:
        return False
    step = max(precision(a), precision(b))
    return step > 0 and abs(a.lo - b.lo) <= step / 2 + 1e-9


def strict_bounds_meet(a: Claim, b: Claim) -> bool:
    """True when the two intervals meet only at a bound one of them excludes: "more than 12"
    and "fewer than 12", or "fewer than 15 million" and "at least 15 million", cannot both
    be true."""
    ka, kb = qualifier_kind(a.qualifier), qualifier_kind(b.qualifier)
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None or not ka or not kb:
        return False  # "more than $250,000" and "$250,000": a qualifier dropped, not a conflict
    if a.hi == b.lo:  # a below, b above
        return ka == "max_strict" or kb == "min_strict"
    if b.hi == a.lo:
        return kb == "max_strict" or ka == "min_strict"
    return False


_NAME_RE = re.compile(
    r"(?<=[\w,;:—–(] )(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)*"
)
# a courtesy or a short title before a name ("Mr. Trump", "Sen. Hale"): not a name itself,
# and its period is no sentence's end
_HONORIFIC_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Col|Capt|Prof)\.\s+")


# a dateline: the place in capitals, the outlet and date in parentheses, a dash
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][A-Za-z.]{1,12})?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,60}\))?\s*[-—–]+\s+"
)


@lru_cache(maxsize=4096)
def names(sentence: str) -> frozenset[str]:
    """Capitalized words inside a sentence (not its first word): the people, places and
    organisations it is about."""
    from consistency import lexicon

    skip = lexicon.words("not_names.txt")
    text = _DATELINE_RE.sub("", sentence)  # "HOLLOWAY (Continental Press) - ": who wrote it
    text = _HONORIFIC_RE.sub("", text) if "." in text else text
    return frozenset(_name_key(n) for n in _NAME_RE.findall(text) if n.lower() not in skip)


def _name_key(name: str) -> str:
    """ "Republicans" and "Republican", "Biden's" and "Biden" are one name."""
    n = name.lower().replace("’", "'")
    n = n[:-2] if n.endswith("'s") else n
    return n[:-1] if len(n) > 4 and n.endswith("s") and not n.endswith("ss") else n


def about_others(a: Claim, b: Claim) -> bool:
    """True when both sentences name someone or something and they name nothing in common:
    "Bush's tax rate" and "the Clintons' rate" are not one fact. A party as an adjective
    ("two Republican senators") is an affiliation, not someone; as a plural noun
    ("Republicans hold 240 seats") it is who (affiliations.txt), and meets the adjective on
    the other side ("Senate Republicans unveiled" / "Republican lawmakers unveiled")."""
    na, nb = _who(a.sentence), _who(b.sentence)
    if not na or not nb or na & nb:
        return False
    if _the_nouns(a.sentence) & nb or _the_nouns(b.sentence) & na:
        return False  # "The museum was founded in 1962" / "The Alder Park Museum ..."
    return not (_party_in(na, b.sentence) or _party_in(nb, a.sentence))


def _party_in(who: frozenset[str], sentence: str) -> bool:
    """One of the parties among `who` is written in `sentence`, as a noun or an adjective
    and wherever it stands ("Republican lawmakers" opening it)."""
    from consistency import lexicon

    return any(
        _name_key(w) in who and re.search(rf"\b{w}", sentence, re.IGNORECASE)
        for w in lexicon.words("affiliations.txt")
    )


_THE_NOUN_RE = re.compile(r"\b[Tt]he\s+([a-z]{4,})\b(?!['’])")


@lru_cache(maxsize=4096)
def _the_nouns(sentence: str) -> frozenset[str]:
    """The nouns a sentence names with "the" ("the museum"): the thing a name of the other
    sentence may end with ("the Alder Park Museum")."""
    return frozenset(_name_key(m) for m in _THE_NOUN_RE.findall(sentence))


@lru_cache(maxsize=4096)
def _who(sentence: str) -> frozenset[str]:
    """The names of a sentence less the parties it uses only as adjectives."""
    from consistency import lexicon

    party = {
        _name_key(w)
        for w in lexicon.words("affiliations.txt")
        if not re.search(rf"\b{w}s\b", sentence, re.IGNORECASE)
    }
    return names(sentence) - party


def span_claim(sentence: Claim, start: int, end: int, value: str = "") -> Claim:
    """A claim for the words [start, end) of a sentence claim, with its own line and column:
    the differing words a finding cites."""
    from dataclasses import replace

    rel = start - sentence.start
    before = sentence.sentence[:rel]
    nl = before.rfind("\n")
    line = sentence.line + before.count("\n")
    column = rel - nl if nl >= 0 else sentence.column + rel
    text = sentence.sentence[rel : rel + end - start]
    return replace(
        sentence,
        value_text=text,
        value=value or text.lower(),
        start=start,
        end=end,
        line=line,
        column=column,
    )


def diff_words(pair: Pair) -> list[tuple[tuple[int, int], tuple[int, int], list[str], list[str]]]:
    """The differing places of a minimal pair: each side's span and lower-cased words."""
    out = []
    for a1, a2, b1, b2 in pair.diff:
        wa = _words(pair.a, a1, a2)
        wb = _words(pair.b, b1, b2)
        out.append(((a1, a2), (b1, b2), wa, wb))
    return out


def _words(c: Claim, start: int, end: int) -> list[str]:
    text = c.sentence[start - c.start : end - c.start]
    return [
        ("not" if w.lower() in ("n't", "n’t") else w.lower()) for w in WORD_TOKEN_RE.findall(text)
    ]


def widen(c: Claim, start: int, end: int) -> tuple[int, int]:
    """The span of a differing place widened to the word on each side, so that an insertion
    point ("was | informed") cites words a reader can see."""
    s = c.sentence
    lo, hi = start - c.start, end - c.start
    m = re.search(r"[\w’']+\W*$", s[:lo])
    lo = m.start() if m else lo
    m = re.match(r"\W*[\w’']+", s[hi:])
    hi = hi + m.end() if m else hi
    return c.start + lo, c.start + hi


def shorten(text: str, limit: int = 80) -> str:
    """Text cut at a word boundary with an ellipsis when longer than `limit`."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def clause_of(c: Claim, limit: int = 80) -> str:
    """The words of a claim's sentence around it, cut at word boundaries: the clause a
    message quotes ("the deal could not be concluded in 2025"), not the sentence's start."""
    at = c.sentence.find(c.value_text)
    if at < 0 or len(c.sentence) <= limit:
        return shorten(c.sentence, limit)
    lo = max(0, at - limit // 2)
    lo = c.sentence.find(" ", lo) + 1 if lo > 0 else 0
    piece = shorten(c.sentence[lo:], limit)
    return ("…" if lo > 0 else "") + piece


def other_people(a: Claim, b: Claim) -> bool:
    """True when both claims name their person in full and the names differ beyond the
    surname ("John Smith" / "Tom Smith": two brothers, not one man); a name given in part
    ("Lt. David" / "Lt. David Bowman", "Smith" / "John Smith") may be the same person."""
    na = a.extra.get("name", "").lower().replace(".", "").split()
    nb = b.extra.get("name", "").lower().replace(".", "").split()
    if len(na) < 2 or len(nb) < 2:
        return False
    return na[0] != nb[0] and na[0][:1] != nb[0][:1]


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """A name's words without initials, suffixes or a possessive: "Michael G. Grimm" ->
    ["michael", "grimm"], "Donald Trump's" -> ["donald", "trump"]."""
    name = re.sub(r"['’]s\b", "", name.lower()).replace(".", " ").replace(",", " ")
    return [w for w in name.split() if len(w) > 1 and w not in _SUFFIXES]


def one_full_name(name_a: str, name_b: str) -> bool:
    """Two full names of one person: the same surname and the same given name, or one given
    name the other's short form ("Chris Dodd" / "Christopher J. Dodd"; "Michael Grimm" /
    "Michael G. Grimm")."""
    wa, wb = name_words(name_a), name_words(name_b)
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    ga, gb = sorted((wa[0], wb[0]), key=len)
    return ga == gb or (len(ga) >= 3 and gb.startswith(ga)) or _misspelt(ga, gb)


def _misspelt(ga: str, gb: str) -> bool:
    """One given name of five letters or more written with one letter more, less or other
    ("Vicente" / "Vincente"): one name misspelt, not two people."""
    from rapidfuzz.distance import Levenshtein

    return len(ga) >= 5 and Levenshtein.distance(ga, gb, score_cutoff=1) <= 1


def same_person(name_a: str, name_b: str) -> bool:
    """True when one name may be the other given in part: "Lt. David" and "David Bowman",
    "Bowman" and "David Bowman"."""
    wa = {w for w in name_a.lower().replace(".", " ").split() if len(w) > 1}
    wb = {w for w in name_b.lower().replace(".", " ").split() if len(w) > 1}
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def bound_direction(c: Claim) -> str:
    """Which way a qualifier bounds its figure: "up" ("at least", "more than"), "down" ("at
    most", "up to", "nearly"), or "" (none, or "about")."""
    kind = qualifier_kind(c.qualifier)
    if kind in ("min", "min_strict"):
        return "up"
    if kind in ("max", "max_strict", "near_below"):
        return "down"
    return ""
