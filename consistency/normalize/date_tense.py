"""When a date without its year or week stands: the tense of its clause, and whether its own
verb is in the past ("arrived Friday", "was seen on March 3", "since Oct. 23").

A date with no tense of its own is read as news reads it: a day or month a few months ahead
is the coming one ("payable Dec. 15", "the summit in April", in an article of November or
February), a later one the last one.
"""

from __future__ import annotations

import re

from consistency import lexicon

_T = lexicon.table("temporal.toml")["tense"]
_FUTURE: tuple[str, ...] = tuple(_T["future"])
_AMBIGUOUS: tuple[str, ...] = tuple(_T["ambiguous"])
_FUTURE_RE = re.compile(rf"(?:\b(?:{'|'.join(_FUTURE)})\b|['’]ll\b)", re.IGNORECASE)
_AMBIGUOUS_RE = re.compile(rf"\b(?:{'|'.join(_AMBIGUOUS)})\b", re.IGNORECASE)
_FUTURE_HINTS = (*_FUTURE, "'ll", "’ll")
_BETWEEN = frozenset(_T["between"])
_PAST_BEFORE = frozenset(_T["past_before"])
_NO_PAST_AFTER = frozenset(_T["no_past_after"])
UPCOMING_DAYS: int = _T["upcoming_days"]


def tense(clause: str) -> str:
    """Return future, ambiguous or past for the clause a relative date stands in. (Substring
    tests first: most clauses hold none of the words, and a scan costs more.)"""
    lower = clause.lower()
    if any(w in lower for w in _FUTURE_HINTS) and _FUTURE_RE.search(clause):
        return "future"
    if any(w in lower for w in _AMBIGUOUS) and _AMBIGUOUS_RE.search(clause):
        return "ambiguous"
    return "past"


_IRREGULAR = lexicon.words("event_verbs.txt")
_NOT_VERBS = lexicon.words("not_event_verbs.txt")


def is_past_verb(word: str) -> bool:
    """An irregular past-tense verb of the data file, or a lower-case word in "-ed"."""
    lw = word.lower()
    if lw in _IRREGULAR:
        return True
    return lw.endswith("ed") and len(lw) > 4 and not word[0].isupper() and lw not in _NOT_VERBS


_WORD_RE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")


def past_beside(sentence: str, start: int, end: int) -> bool:
    """True when the date at [start, end) has a past-tense verb of its own: right before it
    ("met Monday", "was last seen on March 3", "arrived late Friday"; not a participle after
    "is" or "will be": "is heard in May"), right after it ("Friday night rallied"), or "since"
    before it."""
    before = _WORD_RE.findall(sentence, max(0, start - 40), start)
    while before and before[-1].lower() in _BETWEEN:
        before.pop()
    if before and before[-1].lower() in _PAST_BEFORE:
        return True
    if before and is_past_verb(before[-1]):
        return len(before) < 2 or before[-2].lower() not in _NO_PAST_AFTER
    after = _WORD_RE.findall(sentence, end, end + 40)
    while after and after[0].lower() in _BETWEEN:
        after.pop(0)
    return bool(after) and is_past_verb(after[0])
