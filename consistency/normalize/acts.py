"""Acts: the verbs that say what happened ("signed", "was killed", "did not recognize"),
with whether the sentence affirms or denies them, so that "Abbott has not signed the bill"
can meet "Abbott signed the bill" in another outlet.

A verb is a past form (irregular ones from event_verbs.txt, regular ones by "-ed"), or the
bare verb after an auxiliary ("did not recognize", "will be returning"); never an infinitive
("wanted to be associated": the act is the wanting). It is denied when a negation cue stands
within the three words before it with no punctuation between ("not political advisers,
drove" denies the advisers, not the driving). Its doer is the last capitalised word of the
six before it ("Gov. Greg Abbott on Wednesday signed" -> Abbott), when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.predicates import stem

_WORD_RE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
_AUX_RE = re.compile(
    r"\b(?:did|does|do|will|would|could|can|should|must|may|might)(?:\s+not|n['’]t)?\s+"
    r"(?:be\s+)?$",
    re.IGNORECASE,
)
_BEFORE = 3  # words before a verb a negation may stand in
_DOER = 6  # words before a verb its doer's name may stand in


@dataclass(frozen=True, slots=True)
class ActMention:
    start: int
    end: int
    verb: str  # stemmed
    negated: bool
    doer: str  # the last capitalised word before the verb, lower-cased; "" when none


@cache
def _cues() -> frozenset[str]:
    single = {c for c in lexicon.words("negation.txt") if " " not in c and "'" not in c}
    return frozenset(single | {"not", "never"})


def find_acts(sentence: str) -> list[ActMention]:
    irregular = lexicon.words("event_verbs.txt")
    not_verbs = lexicon.words("not_event_verbs.txt")
    speech = lexicon.words("speech_verbs.txt")
    cues = _cues()
    auxiliaries = lexicon.words("auxiliaries.txt")
    not_names = lexicon.words("not_names.txt")
    words = list(_WORD_RE.finditer(sentence))
    out = []
    for k, m in enumerate(words):
        w = m.group()
        lw = w.lower()
        if w[0].isupper() or lw in speech or lw in not_verbs or lw in cues or lw in auxiliaries:
            continue
        past = lw in irregular or (lw.endswith("ed") and len(lw) > 4)
        after_aux = bool(_AUX_RE.search(sentence[max(0, m.start() - 30) : m.start()]))
        if not past and not after_aux:
            continue
        if re.search(r"\bto\s+(?:be\s+|have\s+)?$", sentence[max(0, m.start() - 12) : m.start()]):
            continue  # an infinitive belongs to the verb before it
        negated = False
        for x in words[max(0, k - _BEFORE) : k]:
            if x.group().lower() in cues and not re.search(
                r"[,;:—–()]", sentence[x.end() : m.start()]
            ):
                negated = True
        gap = sentence[words[k - 1].end() if k else 0 : m.start()].lower()
        negated = negated or "n't" in gap or "n’t" in gap
        doer = ""
        for x in reversed(words[max(0, k - _DOER) : k]):
            if x.group()[0].isupper() and len(x.group()) > 2 and x.group().lower() not in not_names:
                doer = x.group().lower()
                break
        out.append(ActMention(m.start(), m.end(), stem(lw), negated, doer))
    return out
