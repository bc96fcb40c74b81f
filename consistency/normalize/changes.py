"""Changes: a measure said to move, with no need of a figure ("net income rose", "a decline
in net income", "raised its full-year forecast", "revenue growth"), so that "consolidated
sales are expected to increase" can meet "expect consolidated sales to decrease".

The words of change are in changes.toml, by direction (up, down; better, worse). The
measure is found by the form of the word:
- a noun of change names it after "in" ("an increase in net income") or right before it
  ("organic sales growth");
- a verb that a noun phrase follows takes it as object ("raised its dividend", "weakened
  its balance sheet"), except verbs that never take one ("rose", "fell", "jumped");
- any other verb takes its subject, found by stepping back over auxiliaries, adverbs and
  forecast words ("consolidated sales are expected to increase").
A measure is at most MAX_WORDS words; "of", "for", "at", "in" or "on" may join two ("the
price of oil", "costs for regional airlines": the head is the word before the first). A
change with a figure right after it ("rose 5%", "an increase of 236%") is marked, and so
is the base it is measured against ("compared to the prior year" -> year,
"quarter-over-quarter" -> quarter). "declined to comment" is a refusal, "last fall" a
season, and "a plan to reduce gun violence" an aim: none is a change; "expects sales to
rise" is one, a forecast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.changes import change_words, section
from consistency.lexicon.predicates import is_adverb
from consistency.normalize import date_cues

MAX_WORDS = 6
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z&'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*%?|\S")
_NUMBER_RE = re.compile(r"\d")
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that"}
    | {"these", "those", "each", "every"}
)
_SEASON_BEFORE = frozenset({"last", "this", "next", "the", "early", "late", "in", "that"})
_REFUSAL_RE = re.compile(r"\s+to\s+[a-z]")  # "declined to comment", "declines to say"
_JOINS = frozenset({"of", "for", "at", "in", "on"})  # "costs for airlines", "sales in Asia"


@dataclass(frozen=True, slots=True)
class ChangeMention:
    start: int
    end: int
    direction: str  # up | down | better | worse
    measure: str  # the measure's words, lower-cased ("net income")
    head: str  # its head word ("income")
    figure: bool  # a figure right after the change ("rose 5%")
    modal: bool  # a modal before the verb ("would drop", "will rise"): a change to come
    base: str  # the unit of the base it is measured against ("year"), or ""


@cache
def _all_words() -> frozenset[str]:
    verbs, nouns = change_words()
    return frozenset(verbs) | frozenset(nouns) | section("particles", "verbs")


@cache
def _modifiers() -> frozenset[str]:
    """Words before a noun of change that size it, not measure it ("a significant
    increase")."""
    return frozenset(lexicon.words("change_modifiers.txt"))


@cache
def _stops() -> frozenset[str]:
    return (
        section("stops")
        | lexicon.words("prepositions.txt")
        | lexicon.words("function_words.txt")
        | lexicon.words("stopwords.txt")
        | _DETERMINERS
    )


def find_changes(sentence: str) -> list[ChangeMention]:
    """The changes of one sentence (offsets relative to it)."""
    verbs, nouns = change_words()
    _, found = date_cues.words(sentence)  # the sentence's words, read once for dates too
    if _all_words().isdisjoint(found):
        return []  # most sentences tell no change
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence)]
    low = [t[0].lower() for t in toks]
    out: list[ChangeMention] = []
    for i, w in enumerate(low):
        if w == "fall" and i and low[i - 1] in _SEASON_BEFORE:
            continue  # "last fall": a season
        as_noun = w in nouns and (w not in verbs or _noun_use(low, i))
        particle = low[i + 1] if i + 1 < len(low) else ""
        particle = particle if w in section("particles", "verbs") else ""
        if particle in {"up", "down"}:
            measure = _backward(low, i - 1, step_over=True)  # "prices edged up"
        elif as_noun:
            measure = _noun_measure(low, i)
        elif w in verbs:
            if _REFUSAL_RE.match(sentence, toks[i][2]) and w.startswith("declin"):
                continue  # "declined to comment"
            measure = _verb_measure(low, i)
        else:
            continue
        if not measure and out and i and low[i - 1] in {"and", "but", "or"}:
            measure = out[-1].measure  # "sales rose in Asia and fell in Europe": one subject
        if not measure:
            continue
        direction = particle if particle in {"up", "down"} else nouns[w] if as_noun else verbs[w]
        words = measure.split()
        out.append(
            ChangeMention(
                start=toks[i][1],
                end=toks[i][2],
                direction=direction,
                measure=measure,
                head=_head(words),
                figure=_figure_near(low, i + (1 if particle in {"up", "down"} else 0)),
                base=_base(low, i),
                modal=i > 0 and _modal_before(low, i),
            )
        )
    return out


_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can"})


def _modal_before(low: list[str], i: int) -> bool:
    """A modal right before a verb of change, adverbs and "not" aside ("would drop",
    "will likely rise")."""
    k = i - 1
    while k >= 0 and (is_adverb(low[k]) or low[k] in {"not", "also", "still", "then"}):
        k -= 1
    return k >= 0 and low[k] in _MODALS


def _noun_use(low: list[str], i: int) -> bool:
    """A word that is a noun and a verb, used as a noun: after a determiner, a word that
    sizes a change or a figure ("an increase", "a significant cut", "a 5% rise"); "sales
    increase in May" is a verb."""
    prev = low[i - 1] if i else ""
    return prev in _DETERMINERS or prev in _modifiers() or bool(_NUMBER_RE.match(prev))


def _head(words: list[str]) -> str:
    """The head of a measure: the word before its first preposition when it has one
    ("price of oil", "costs for regional airlines"), else its last word."""
    for k, w in enumerate(words):
        if w in _JOINS and k > 0:
            return words[k - 1]
    return words[-1]


def _is_word(tok: str) -> bool:
    return tok[:1].isalpha()


def _noun_measure(low: list[str], i: int) -> str:
    """ "an increase in net income" -> "net income"; "organic sales growth" -> "organic
    sales"; "last fall" -> "" (a season)."""
    if i + 1 < len(low) and low[i + 1] == "in" and not _time_after(low, i + 2):
        return _forward(low, i + 2)  # "an increase in net income", not "in June"
    return _backward(low, i - 1, step_over=False)


def _verb_measure(low: list[str], i: int) -> str:
    """The object of a verb a noun phrase follows, else its subject."""
    nxt = low[i + 1] if i + 1 < len(low) else ""
    aim = i > 0 and low[i - 1] == "to"
    if (
        low[i] not in section("intransitive")
        and nxt
        and _is_word(nxt)
        and nxt not in section("not_objects")
        and not is_adverb(nxt)
    ):
        found = _forward(low, i + 1)
        if found:
            return "" if aim else found  # "a plan to reduce gun violence": an aim, no change
    return _backward(low, i - 1, step_over=True)


def _forward(low: list[str], k: int) -> str:
    """The noun phrase starting at token `k` (determiners skipped), to the first word that
    ends it."""
    stops = _stops() - _JOINS
    while k < len(low) and low[k] in _DETERMINERS:
        k += 1
    words: list[str] = []
    while k < len(low) and len(words) < MAX_WORDS:
        w = low[k]
        if w in _JOINS and k + 1 < len(low) and _time_after(low, k + 1):
            break  # "raised its tax rate on Monday night": the measure ends before the time
        if w in _DETERMINERS and words and words[-1] in _JOINS:
            k += 1
            continue  # "the number of the company's stores"
        if not _is_word(w) or w in stops or (w in _JOINS and not words) or is_adverb(w):
            break
        words.append(w)
        k += 1
    while words and words[-1] in _JOINS:
        words.pop()
    return _clean(words)


def _time_after(low: list[str], k: int) -> bool:
    """A word of time at token `k`, after a determiner if any ("on the third day")."""
    while k < len(low) and low[k] in _DETERMINERS:
        k += 1
    return k < len(low) and low[k] in section("times")


def _backward(low: list[str], k: int, *, step_over: bool) -> str:
    """The noun phrase ending at token `k`: with `step_over`, auxiliaries, adverbs and
    forecast words before the verb are stepped over first ("sales are expected to")."""
    stops = _stops() - _JOINS
    if step_over:
        while k >= 0 and (low[k] in section("step_over") or is_adverb(low[k])):
            k -= 1
    words: list[str] = []
    while k >= 0 and len(words) < MAX_WORDS:
        w = low[k]
        if w in _DETERMINERS and k > 0 and low[k - 1] in _JOINS and words:
            k -= 1
            continue  # "costs for the airlines"
        if not _is_word(w) or w in stops or (w in _JOINS and not words) or is_adverb(w):
            break
        if w.endswith(("'s", "’s")):
            break  # "the company's net sales": the owner, not the measure
        if not step_over and w in _modifiers():
            break
        words.append(w)
        k -= 1
    words.reverse()
    while words and words[0] in _JOINS:
        words.pop(0)
    return _clean(words)


def _clean(words: list[str]) -> str:
    """The measure's words, cut before a time ("consumer prices in June" -> "consumer
    prices"), or "" when its head is no noun it can name (a number, a function word, a word
    of change itself)."""
    for k, w in enumerate(words):
        if w in _JOINS and _time_after(words, k + 1):
            words = words[:k]
            break
    if not words:
        return ""
    head = _head(words)
    verbs, nouns = change_words()
    if (
        len(head) < 3
        or _NUMBER_RE.search(head)
        or head in _stops()
        or head in verbs
        or head in nouns
        or head in _modifiers()
    ):
        return ""
    return " ".join(words)


def _figure_near(low: list[str], i: int) -> bool:
    """A figure right after the change ("rose 5%", "an increase of 236%", "fell to $2")
    or right before its noun ("a 5% increase")."""
    after = low[i + 1 : i + 4]
    if any(_NUMBER_RE.match(t) for t in after[:1]):
        return True
    if after[:1] and after[0] in {"of", "by", "to", "from", "nearly", "about", "almost"}:
        return any(_NUMBER_RE.match(t) or t == "$" for t in after[1:3])
    return i > 0 and bool(_NUMBER_RE.match(low[i - 1]))


def _base(low: list[str], i: int) -> str:
    """The unit of the base a change is measured against: "compared to the prior year",
    "from last year's", "year-over-year" -> "year"; "" when none is given in its clause."""
    for k in range(i + 1, min(len(low), i + 14)):
        w = low[k]
        if w in {",", ";", ".", "and", "but", "while"}:
            break
        if "-over-" in w:
            return w.split("-over-")[0]
        if w in section("base", "cues"):
            for u in low[k + 1 : k + 6]:
                unit = u.rstrip("'s’")
                if unit in section("base", "units"):
                    return unit
            return ""
    return ""
