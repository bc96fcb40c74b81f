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
_PRESENT = frozenset(_T["present"])
_PAST_AUX = frozenset(_T["past_aux"])
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
    if "-" in lw and lw.split("-")[0] not in lexicon.words("verb_prefixes.txt"):
        return False  # "state-regulated", "long-awaited": adjectives; "re-elected" acts
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
    # after it, within its phrase: "by May, invited" is the verb of another clause
    stop = sentence.find(",", end, end + 40)
    after = _WORD_RE.findall(sentence, end, stop if stop >= 0 else end + 40)
    while after and after[0].lower() in _BETWEEN:
        after.pop(0)
    return bool(after) and is_past_verb(after[0])


_SPEECH = lexicon.words("speech_verbs.txt")
_FORWARD = frozenset(_T["forward_before"])


_TOKEN_RE = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)?")  # "a" as well
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "his", "her", "its", "their", "our"})


def _infinitive(after_to: list[str]) -> bool:
    """ "to" before a verb ("decided to admit"), not before a noun phrase ("to a calendar
    year", "to March")."""
    return bool(after_to) and after_to[0][0].islower() and after_to[0] not in _DETERMINERS


def told_past(sentence: str, lo: int, start: int, hi: int) -> bool:
    """True when the clause [lo, hi) tells the date at `start` in the past: the nearest verb
    before it is in the past and is no verb of speech, with no infinitive between them
    ("stepped down as chairman in March"; not "decided to admit them in March"); or, for a
    date that opens its clause ("In January, the board brought in"), the first verb after it
    is. A verb of the present or future in the clause ("is", "will") reads it as not past,
    and so does a preposition that looks ahead ("until March", "by May")."""
    before = _TOKEN_RE.findall(sentence, lo, start)
    if any(w.lower() in _FORWARD for w in before[-2:]):  # "by May", "until mid-November"
        return False
    words = before + _TOKEN_RE.findall(sentence, start, hi)
    if any(w in _PRESENT for w in words):
        return False
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w.lower() == "to" and _infinitive(before[i + 1 : i + 2]):
            return False
        if (w in _PAST_AUX or is_past_verb(w)) and w.lower() not in _SPEECH:
            return True
    if len(before) > 2:  # a date inside its clause, with no past verb before it
        return False
    for w in _TOKEN_RE.findall(sentence, start, hi):
        if w in _PAST_AUX or is_past_verb(w):
            return w.lower() not in _SPEECH
    return False


_AHEAD_RE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE)


def ahead_before(sentence: str, start: int) -> bool:
    """True when the date at `start` is what something comes ahead of ("square positions
    ahead of the weekend", "ahead of Sunday's vote"): the one to come."""
    return bool(_AHEAD_RE.search(sentence, max(0, start - 24), start))


_DEADLINE = frozenset(_T["deadline"])
_UNTIL_RE = re.compile(
    r"\b(?:until|till|by)\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?|noon|midnight)"
    r"(?:\s+[A-Z]{2,4})?\s+)?$",
    re.IGNORECASE,
)


def deadline_before(sentence: str, start: int) -> bool:
    """True when the date at `start` is a time limit still to come: after "until" or "by"
    (a clock time may stand between) with no past verb before them ("has until 9 a.m.
    Tuesday", "must file by Friday"), or one that moves a limit ("postponed until Tuesday",
    "gave them until Friday"); not "stayed until Tuesday", nor a sentence that opens on it."""
    u = _UNTIL_RE.search(sentence, max(0, start - 40), start)
    if u is None:
        return False
    words = _TOKEN_RE.findall(sentence, max(0, u.start() - 60), u.start())
    if not words:  # "Until Thursday, they had not called him a suspect": read by its clause
        return False
    for w in reversed(words):
        if w in _PRESENT:
            return True
        if w in _PAST_AUX or is_past_verb(w) or w.lower() in _DEADLINE:
            return w.lower() in _DEADLINE
    return True
