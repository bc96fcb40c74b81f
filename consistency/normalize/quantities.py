"""Quantities: counts with their noun, percentages, money; number words, scales and ranges."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.lexicon.predicates import (
    count_unit,
    is_adverb,
    predicate_class,
    predicate_classes,
    stem,
)
from consistency.normalize import numbers
from consistency.normalize.shares import find_shares

_PASSIVE_RE = re.compile(
    r"^(?:\s+(?:of|in|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*(?=\s))?"
    # "600 residents of Larch Hollow were evacuated": a place of the counted, then the verb
    r"\s*(?:(?:have|has|had)\s+been|were|was|are|is|been|have|has|had)?\s*"
    r"(?:(?:reportedly|reported|also|now|already|confirmed|believed|feared)\s+)?"
    r"(?:to\s+have\s+been\s+)?([a-z]+ed|dead|hurt|slain|missing)\b",
)
_YEAR_LIKE_RE = re.compile(r"1[89]\d\d|20\d\d")


@cache
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    t = lexicon.table("currencies.toml")
    return t["prefix"], t["suffix"]


@cache
def _pattern() -> re.Pattern[str]:
    prefix, suffix = _currencies()
    cur = alternation(prefix)
    num = numbers.number_pattern()
    qual = numbers.qualifier_pattern()
    sfx = alternation(suffix)
    return re.compile(
        # no quantity starts inside a word; the lookbehind skips those positions cheaply
        r"(?<!\w)"
        rf"(?:\b(?P<qual>{qual})\s+)?"
        rf"(?:\b(?P<between>between)\s+)?"
        r"(?P<sign>\b(?:minus|negative)\s+|(?<![\w.-])-(?=\d))?"
        rf"(?P<cur>{cur})?\s?"
        rf"(?P<num>{num})"
        r"(?:%(?=\s*(?:-|–|\bto\b)\s*\d))?"  # "a 50%-52% reduction": one range, not -52%
        rf"(?:(?(between)\s+and\s+|\s*(?:-|–|\bto\b)\s*)(?P<cur2>{cur})?\s?(?P<num2>{num}))?"
        rf"(?:\s*(?P<pct>%|per\s?cent\b|percents?\b|percentage points?\b|percentage\b|pct\b|(?-i:pc)\b))?"
        rf"(?:\s+(?P<sfx>{sfx})\b)?",
        re.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class QuantityMention:
    start: int
    end: int
    value: float
    lo: float
    hi: float
    unit: str
    qualifier: str
    predicate: str
    noun: str
    bounds: tuple[float, float, float, float] | None = None  # a range's two bounds, each
    # as the interval its written rounding allows: "between 2,400 and 2,600"
    also: str = ""  # the unit of a noun joined to the counted one, counted with it: "90
    # professors and administrators", "200 Americans and other foreigners"


def _span_start(m: re.Match[str]) -> int:
    for key in ("qual", "between", "sign", "cur", "num"):
        if m.group(key):
            return m.start(key)
    return m.start()


def _ok_boundary(sentence: str, m: re.Match[str]) -> bool:
    s, e = _span_start(m), m.end()
    prev = sentence[s - 1] if s else " "
    nxt = sentence[e] if e < len(sentence) else " "
    if prev.isalnum() or prev in "-/#:" or (prev == "." and s > 1 and sentence[s - 2].isdigit()):
        return False
    if nxt.isalnum() and not m.group("pct"):
        return False  # "1st", "G20s"
    if nxt == ":" and e + 1 < len(sentence) and sentence[e + 1].isdigit():
        return False  # a time "5:30"
    return not (nxt in "/" and e + 1 < len(sentence) and sentence[e + 1].isdigit())


def find_quantities(sentence: str, taken: list[tuple[int, int]]) -> list[QuantityMention]:
    """Find quantities in one sentence, outside the spans already `taken` (dates, durations)."""
    out: list[QuantityMention] = []
    prefix, suffix = _currencies()
    for sh in find_shares(sentence):  # "a third of voters": a percentage
        if not any(sh.start < te and sh.end > ts for ts, te in taken):
            noun = sh.noun if sh.noun.lower() not in lexicon.words("function_words.txt") else ""
            out.append(
                QuantityMention(
                    sh.start,
                    sh.end,
                    sh.value,
                    sh.lo,
                    sh.hi,
                    "percent",
                    sh.qualifier,
                    predicate_class(noun) if noun else "",
                    noun,
                )
            )
    if out:
        taken = taken + [(q.start, q.end) for q in out]
    if not numbers.may_hold_number(sentence):
        return out
    for m in _pattern().finditer(sentence):
        num_text = m.group("num")
        if not num_text or not _ok_boundary(sentence, m):
            continue
        if "/" in num_text or "^" in num_text:
            continue  # "24/7", "9/11": scores, dates and names more often than fractions
        s, e = _span_start(m), m.end()
        if any(s < te and e > ts for ts, te in taken):
            continue
        label = _LABEL_BEFORE_RE.search(sentence, max(0, s - 20), s)
        if label and label.group(1).lower() in lexicon.words("number_labels.txt"):
            continue  # "the District 3 seat", "Route 66": a name's number, not a count
        is_word = not num_text[0].isdigit() and num_text[0] != "."
        value = numbers.parse_number(num_text)
        if value is None:
            continue
        if is_word and num_text.lower() in ("one", "a", "an", "half", "score", "couple", "dozens"):
            continue
        # a list number "1." or "2)" at the start of a line
        if s == 0 and re.match(r"\d+[.)](?:\s|$)", sentence[s:]) and not m.group("pct"):
            continue
        lo, hi = numbers.rounding_interval(num_text, value)
        bounds = None
        if m.group("num2"):
            v2 = numbers.parse_number(m.group("num2"))
            if v2 is None or v2 < value or (not is_word and not m.group("num2")[0].isdigit()):
                continue
            lo2, hi2 = numbers.rounding_interval(m.group("num2"), v2)
            bounds = (lo, hi, lo2, hi2)
            hi = hi2
            value = (value + v2) / 2
        qual = (m.group("qual") or "").lower()
        if qual:
            lo, hi = numbers.qualify(qual, lo, hi, value)
        if m.group("sign"):  # "minus 0.5 percent", "-3%"
            value, lo, hi = -value, -hi, -lo
        currency = ""
        for key in ("cur", "cur2"):
            if m.group(key):
                currency = (
                    prefix[m.group(key)]
                    if m.group(key) in prefix
                    else prefix.get(m.group(key).upper(), "")
                )
        if m.group("sfx"):
            currency = suffix[m.group("sfx").lower()]
        after = sentence[e:]
        before = sentence[max(0, s - 60) : s]
        of = (
            re.match(r"\s+(?:of|in)\s+(?:the\s+)?", after) if (m.group("pct") or currency) else None
        )
        compound = _COMPOUND_RE.match(after)  # "a seven-count indictment": seven counts
        if compound and compound.group(1) in lexicon.words("not_compound_counts.txt"):
            continue
        noun = compound.group(1) if compound else _noun_after(after[of.end() :] if of else after)
        if noun.lower() in lexicon.words("function_words.txt"):
            noun = ""
        if m.group("pct"):
            unit = "percent"
        elif currency:
            unit = currency
        else:
            if is_word and not noun:
                continue  # "two" alone is rarely a claim
            if (
                _YEAR_LIKE_RE.fullmatch(num_text)
                and not qual
                and not (noun.endswith("s") and len(noun) > 3)
            ):
                continue  # "the 2016 presidential election": a year, not a count
            unit = count_unit(_members_of(after, noun) or noun) if noun else ""
            if noun and noun.lower() in predicate_classes():
                unit = ""
            if unit == "citizen" and _AMERICAN_RE.match(after):
                unit = count_unit("americans")  # "1,500 US citizens" are "1,500 Americans"
            if not unit and _age_limit(before, after):
                unit = "age"  # "under age 21", "those 65 or older": a limit in years of age
        predicate = _predicate(before, after, noun, m)
        if not qual and re.search(
            r"\b(?:more|less|fewer|over|under)\s+than\s*$", before, re.IGNORECASE
        ):
            continue
        out.append(
            QuantityMention(
                start=s,
                end=e,
                value=value,
                lo=lo,
                hi=hi,
                unit=unit,
                qualifier=qual,
                predicate=predicate,
                noun=noun,
                bounds=bounds if not qual and not m.group("sign") else None,
                also=_also(after, noun, unit) if unit and unit.islower() else "",
            )
        )
    return out


_LABEL_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_COMPOUND_RE = re.compile(r"-([a-z]{3,})\b(?!-)")
_WORDS_AFTER_RE = re.compile(r"^\s+((?:[A-Za-z][a-z]+(?:-[a-z]+)*)(?:\s+[a-z]+(?:-[a-z]+)*){0,2})")
# a name before the counted noun: "50 South Carolina National Guard troops", "90 Georgetown
# University faculty"
_NAME_RUN_RE = re.compile(r"^\s+(?:(?:[A-Z][a-z]+|[A-Z]{2,5}|(?:[A-Z]\.){2,3})\s+){1,4}(?=[a-z])")


_AMERICAN_RE = re.compile(r"\s+(?:U\.S\.|US|American)\s+citizens\b")
_AGE_BEFORE_RE = re.compile(r"\b(?:age|ages|aged)(?:\s+of)?\s*$", re.IGNORECASE)
_AGE_AFTER_RE = re.compile(r"^\s+(?:years?\s+)?(?:or|and)\s+(?:older|over|up|younger|under)\b")


# a plural noun joined to the counted one, one count for both: "professors and
# administrators", "Americans and other western foreigners"
_ALSO_RE = re.compile(r"\s+(?:and|or)\s+(?:other\s+)?(?:([a-z]+)\s+)?([A-Za-z][a-z]+)\b(?![-'’])")


def _also(after: str, noun: str, unit: str) -> str:
    """The unit of a plural noun joined by "and"/"or" right after the counted noun, which
    the same number counts ("nearly 90 professors and administrators" counts both), or "".
    A noun with its own number ("five adults and two children") is its own count."""
    at = after.find(noun)
    m = _ALSO_RE.match(after, at + len(noun)) if at >= 0 else None
    if not m:
        return ""
    first, word = m.group(1), m.group(2)
    if first and _plural(first) and not _plural(word):
        first, word = "", first  # "professors and administrators connected to"
    if not _plural(word) or word.lower() in lexicon.words("function_words.txt"):
        return ""
    if first and (
        numbers.parse_number(first) is not None or first in lexicon.words("function_words.txt")
    ):
        return ""  # "and two children", "and their families": not one count
    other = count_unit(word)
    return other if other and other != unit and other.islower() else ""


def _age_limit(before: str, after: str) -> bool:
    """A bare number that is an age limit: "age 21", "the minimum age of 21", "ages 12 and
    older", "those 65 or older"."""
    return bool(_AGE_BEFORE_RE.search(before) or _AGE_AFTER_RE.match(after))


def _noun_after(after: str) -> str:
    """The head noun after a number: the first plural among the next three words, else the
    first; a name that modifies the noun ("90 Georgetown University faculty", "12 Proud
    Boys members") is passed over to the lower-case noun after it, unless the name is the
    plural counted ("12 Republicans voted")."""
    m = _WORDS_AFTER_RE.match(after)
    if not m:
        run = _NAME_RUN_RE.match(after)  # "1,500 US citizens", "40 NYPD officers"
        return _noun_after(" " + after[run.end() :]) if run else ""
    words = []
    stop = (
        lexicon.words("function_words.txt")
        | lexicon.words("prepositions.txt")
        | lexicon.words("not_counted_after.txt")
    )
    for w in m.group(1).split():
        if w.lower() in stop or is_adverb(w.lower()):
            break  # "put the death toll at 32 after the quake", "37% respectively", "38%
            # versus last year": no noun counted
        words.append(w)
    if not words:
        return ""
    run = _NAME_RUN_RE.match(after)
    if run:  # "12 Republicans voted" counts the name; "12 Proud Boys members" the members
        head = _noun_after(" " + after[run.end() :])
        if head and (_plural(head) or not any(_plural(w) for w in run.group().split())):
            return head
    for w in words:
        if _plural(w):
            return w
    return words[0]


_MEMBERS_RE = re.compile(r"\b([a-z]+)\s+members$")


def _members_of(after: str, noun: str) -> str:
    """The group whose members a count counts, when its noun is "members" right after one
    lower-case word: "220 faculty members" count the faculty, "13 U.S. service members"
    the service (count_nouns.toml: troops); "eight members of the group" count members."""
    at = after.find(" members") if noun == "members" else -1
    m = _MEMBERS_RE.search(after, 0, at + len(" members")) if at >= 0 else None
    return m.group(1) if m else ""


def _plural(word: str) -> bool:
    if word.lower() in lexicon.words("irregular_plurals.txt"):
        return True  # "nine people after demonstrators chained": the people
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


@cache
def _displacement_res() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each verb of making people leave, right before a count, with the phrases of leaving
    that go with it a few words after the count's noun (predicates.toml [displacement])."""
    out = []
    for verb, tails in sorted(lexicon.table("predicates.toml")["displacement"].items()):
        tail = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in tails)
        out.append(
            (
                re.compile(rf"\b{re.escape(verb)}\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE),
                re.compile(rf"^(?:\s+[^\s.;:]+){{0,7}}?\s+(?:{tail})\b", re.IGNORECASE),
            )
        )
    return out


_CLAUSE_BREAK_RE = re.compile(r"[,;:()\u2014\u2013]")
# a time phrase between a measure and its link ("consumer prices in June rose 0.9%", "sales
# in the third quarter were $2 billion"): the measure is before it
_TIME_PHRASE_RE = re.compile(
    r"\b(?:in|during|for|over|on|since|through)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + "|".join([*calendar.month_name[1:], *calendar.day_name])
    + r"|quarter|year|month|week|period|(?:19|20)\d\d)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:year|(?:19|20)\d\d)\b)?"
)
# a place between a measure and its link ("the jobless rate in Vestland was 3.9%"): the
# measure is before it
_PLACE_PHRASE_RE = re.compile(r"\b(?:in|at|across|for)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+")
_LINK_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")


def _linked_measure(before: str) -> str:
    """The measure a figure is linked to by a verb of being or of change in its clause
    ("capital expenditures will be in the range of $90 million", "sales increased to $442
    million"): the word before the link words (figure_links.txt), or "" when the figure
    follows no link or the word before them is a function word."""
    clause = _CLAUSE_BREAK_RE.split(before)[-1]
    clause = _PLACE_PHRASE_RE.sub(" ", _TIME_PHRASE_RE.sub(" ", clause))
    links = lexicon.words("figure_links.txt")
    skipped = False
    for token in reversed(_LINK_TOKEN_RE.findall(clause)):
        if token[0].isdigit() or token.lower() in links:
            skipped = True
            continue
        if skipped and len(token) > 2 and token.lower() not in lexicon.words("function_words.txt"):
            return token
        return ""
    return ""


def _predicate(before: str, after: str, noun: str, m: re.Match[str]) -> str:
    classes = predicate_classes()
    if noun and noun.lower() in classes:
        return predicate_class(noun)
    if any(v.search(before) and t.match(after) for v, t in _displacement_res()):
        return "displaced"  # "moved more than 1,200 people out of Cervo"
    tail = after
    if noun:
        idx = after.find(" " + noun)
        tail = after[idx + 1 + len(noun) :] if idx >= 0 else after
    pm = _PASSIVE_RE.match(tail)
    if pm and (pm.group(1) in classes or stem(pm.group(1)) in classes):
        return predicate_class(pm.group(1))
    words = re.findall(r"[A-Za-z]+", before)[-4:]
    for w in reversed(words):
        if w.lower() in classes:
            return predicate_class(w)
    if noun:
        return predicate_class(noun)
    if pm:
        return predicate_class(pm.group(1))
    linked = _linked_measure(before)
    if linked:
        return predicate_class(linked)
    for w in reversed(words):
        if w.lower() not in lexicon.words("function_words.txt") and len(w) > 2:
            return predicate_class(w)
    return ""
