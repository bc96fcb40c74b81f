"""Acts: the verbs that say what happened ("signed", "was killed", "did not recognize"),
with whether the sentence affirms or denies them, so that "Abbott has not signed the bill"
can meet "Abbott signed the bill" in another outlet.

A verb is a past form (irregular ones from event_verbs.txt, regular ones by "-ed"), or the
bare verb after an auxiliary ("did not recognize", "will be returning"); never an infinitive
("wanted to be associated": the act is the wanting). It is denied when a negation cue stands
within the three words before it with no punctuation between ("not political advisers,
drove" denies the advisers, not the driving). Its doer is the last capitalised word of the
six before it ("Gov. Greg Abbott on Wednesday signed" -> Abbott); an act with no named doer
is not kept, as nothing compares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.predicates import stem

_WORD_RE = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)?")
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


_MODALS = frozenset(
    ["did", "does", "do", "will", "would", "could", "can", "should", "must", "may", "might", "won"]
)
_PUNCT_RE = re.compile(r"[,;:—–()]")


@cache
def _hint_re() -> re.Pattern[str]:
    """Where an act may be: a word in -ed, an irregular past form, or an auxiliary."""
    irregular = "|".join(sorted(lexicon.words("event_verbs.txt"), key=len, reverse=True))
    modals = "|".join(sorted(_MODALS | {"didn", "doesn", "don", "wouldn", "couldn"}))
    return re.compile(rf"ed\b|\b(?:{irregular}|{modals})\b", re.IGNORECASE)


def find_acts(sentence: str) -> list[ActMention]:
    if not _hint_re().search(sentence):
        return []
    irregular = lexicon.words("event_verbs.txt")
    skip = _skip()
    cues = _cues()
    not_names = lexicon.words("not_names.txt")
    words = list(_WORD_RE.finditer(sentence))
    lower = [m.group().lower() for m in words]
    out = []
    for k, m in enumerate(words):
        lw = lower[k]
        if lw in skip or m.group()[0].isupper():
            continue
        p1 = lower[k - 1] if k else ""
        p2 = lower[k - 2] if k > 1 else ""
        p3 = lower[k - 3] if k > 2 else ""
        past = lw in irregular or (lw.endswith("ed") and len(lw) > 4)
        # "did stop", "did not stop", "didn't stop", "will not be returning"
        after_aux = (
            p1 in _MODALS
            or (
                p1 in ("not", "never", "be", "t")
                and p2 in _MODALS | {"didn", "doesn", "don", "wouldn", "couldn", "shouldn", "can"}
            )
            or (p1 == "be" and p2 in ("not", "never", "t") and p3 in _MODALS | {"wouldn", "won"})
        )
        if not past and not after_aux:
            continue
        if p1 == "to" or (p1 in ("be", "have") and p2 == "to"):
            continue  # an infinitive belongs to the verb before it
        negated = any(
            lower[j] in cues and not _PUNCT_RE.search(sentence, words[j].end(), m.start())
            for j in range(max(0, k - _BEFORE), k)
        ) or any(lower[j] == "t" and lower[j - 1].endswith("n") for j in range(max(1, k - 2), k))
        doer = ""
        for j in range(k - 1, max(-1, k - 1 - _DOER), -1):
            w = words[j].group()
            if w[0].isupper() and len(w) > 2 and lower[j] not in not_names:
                doer = lower[j]
                break
        if doer:  # an act nobody is named doing is compared with nothing
            out.append(ActMention(m.start(), m.end(), stem(lw), negated, doer))
    return out


@cache
def _skip() -> frozenset[str]:
    """Words never an act: verbs of saying, words the date extractor knows are no verbs,
    negation cues and auxiliaries."""
    return (
        lexicon.words("speech_verbs.txt")
        | lexicon.words("not_event_verbs.txt")
        | _cues()
        | lexicon.words("auxiliaries.txt")
    )
