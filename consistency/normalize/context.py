"""What surrounds a claim: its clause, negation, hedging, and the words used to align it."""

from __future__ import annotations

import re
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.lexicon.predicates import stem

# every branch opens with a character ("b(?<=\bb)ut" is "\bbut"), which the scan looks for
_CLAUSE_BREAK_RE = re.compile(
    r"[;:—–(]|,\s+(?:but|while|whereas|although|though|which|who)\b|b(?<=\bb)ut\b"
    # ", and said it still expects": a second clause of the same subject, not a list item
    r"|,\s+and\s+(?=(?:said|says|told|added|announced|reported|noted|warned|also|is|was|are"
    r"|were|will|would|has|had|have)\b)"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


@cache
def _cue_re(name: str) -> re.Pattern[str]:
    cues = set(lexicon.lines(name))
    cues |= {c.replace("'", "’") for c in cues}  # curly apostrophes as well
    bound = [c for c in cues if not c.startswith(("n'", "n’"))]
    clitic = [c for c in cues if c.startswith(("n'", "n’"))]  # "didn't": no word boundary before
    parts = [rf"\b{alternation(bound)}\b"] + ([alternation(clitic)] if clitic else [])
    return re.compile("|".join(parts), re.IGNORECASE)


CLAUSE_REACH = 300  # a clause is read at most this far from a claim (bounded work)


def clause_start(sentence: str, pos: int, reach: int = CLAUSE_REACH) -> int:
    """Return where the clause holding `pos` starts (after the last clause break), at
    most `reach` characters back."""
    start = max(0, pos - reach)
    while 0 < start < pos and sentence[start - 1].isalnum():
        start += 1  # never from inside a word ("vetoed" read from "etoed")
    for m in _CLAUSE_BREAK_RE.finditer(sentence, start, pos):
        start = m.end()
    return start


def clause_end(sentence: str, pos: int, reach: int = CLAUSE_REACH) -> int:
    """Return where the clause holding `pos` ends, at most `reach` characters on."""
    limit = min(len(sentence), pos + reach)
    m = _CLAUSE_BREAK_RE.search(sentence, pos, limit)
    return m.start() if m else limit


def is_negated(sentence: str, start: int, *, window: int = 80) -> bool:
    """True when a negation cue stands before `start` in the same clause."""
    lo = clause_start(sentence, start, window)
    return any(
        "," not in sentence[m.end() : start]
        for m in _cue_re("negation.txt").finditer(sentence, lo, start)
    )  # "or be denied entry, Mayor Ruiz announced Thursday": the denial is another verb's


def is_hedged(sentence: str, start: int, end: int, *, before: int = 60, after: int = 30) -> bool:
    """True when a hedge cue ("may", "could", "reportedly": hedges.txt) stands near the
    claim in its clause, outside the claim's own words ("an estimated 800,000" is an
    approximation, read by its qualifier) and never the month May ("rose 5% in May")."""
    return _cue_near("hedges.txt", sentence, start, end, before, after)


def is_forecast(sentence: str, start: int, end: int, *, before: int = 60, after: int = 30) -> bool:
    """True when a forecast cue ("expected", "projected", "target": forecasts.txt) stands
    near the claim in its clause, as is_hedged reads hedges: the claim is a forecast, a plan
    or a target, not an outcome. A verb of looking ahead (forward_verbs.txt) reaches
    FORWARD_REACH characters back: its object clause may run long before the figure."""
    if _cue_near("forecasts.txt", sentence, start, end, before, after):
        return True
    if not _cue_re("forward_verbs.txt").search(sentence, max(0, start - FORWARD_REACH), start):
        return False  # the cheap look first: most figures have no such verb before them
    return _cue_near("forward_verbs.txt", sentence, start, start, FORWARD_REACH, 0)


FORWARD_REACH = 100


def _cue_near(name: str, sentence: str, start: int, end: int, before: int, after: int) -> bool:
    lo = clause_start(sentence, start, before)
    hi = clause_end(sentence, end, after)
    cues = _cue_re(name)
    for a, b in ((lo, start), (end, hi)):
        for m in cues.finditer(sentence, a, max(a, b)):
            if m.group() == "May" and m.start() > 0:
                continue  # the month, capitalised inside a sentence
            if a == end and m.group().endswith("s") and not sentence[end : m.start()].strip():
                continue  # "eight targets were killed", "scored three goals": the noun
                # counted, not a cue
            if m.group().endswith("s") and _COUNTED_RE.search(
                sentence, max(0, m.start() - 25), m.start()
            ):
                continue  # "Two late goals gave ...", "eight targets": a noun counted
            if a == end and _RELATIVE_RE.search(sentence, end, m.start()):
                break  # "1.5 million women seeking back pay that could amount to billions",
                # "covers 5.5 million women and could cost": the cue is another verb's
            return True
    return False


# a count right before a cue in the plural, one adjective allowed between: "two late goals"
_COUNTED_RE = re.compile(
    r"(?<![\w,.])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many)"
    r"(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(r"\b(?:that|which|who|whose|whom|and|or|but)\b")


def content_words(text: str) -> list[str]:
    """Stemmed content words of a text, stopwords and digits dropped."""
    stop = lexicon.words("stopwords.txt")
    return [stem(w) for w in _WORD_RE.findall(text) if w.lower() not in stop and not w.isdigit()]


def masked_context(
    sentence: str, start: int, end: int, masks: list[tuple[int, int]], *, reach: int = 0
) -> str:
    """Return the claim's clause as content words, with every value span cut out.

    Values (numbers, dates, qualifiers) are masked so that "42 killed" and "24 killed"
    align on what they are about, and a rule compares the values. `reach` narrows the
    context to that many characters on each side (dates: the event is close by).
    """
    lo = clause_start(sentence, start)
    hi = clause_end(sentence, end)
    # widen short clauses to the neighbouring words of the sentence
    if reach:
        lo, hi = max(lo, start - reach), min(hi, end + reach)
    elif hi - lo < 60:
        lo, hi = max(0, start - 80), min(len(sentence), end + 80)
    pieces = []
    cursor = lo
    for s, e in masks:  # in sentence order
        if e <= lo or s >= hi:
            continue
        pieces.append(sentence[cursor : max(cursor, s)])
        cursor = max(cursor, e)
    pieces.append(sentence[cursor:hi])
    return " ".join(content_words(" ".join(pieces)))


_HANDLE_PREFIX_RE = re.compile(
    r"^(?:Dr|Sec|Secy|Sen|Rep|Gov|Pres|Min|Amb|Mr|Ms|Mrs|Real|The|Official)(?=[A-Z])"
)


def person_key(name: str) -> str:
    """Normalize a person's name to a key that "S. Jaishankar", "Jaishankar" and
    "@DrSJaishankar" share: the surname, lower-cased."""
    n = name.strip()
    if n.startswith("@"):
        n = n[1:]
        while True:
            stripped = _HANDLE_PREFIX_RE.sub("", n)
            if stripped == n:
                break
            n = stripped
        parts = re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", n)
        n = parts[-1] if parts else n
    tokens = [t for t in re.split(r"[\s.]+", n) if t]
    tokens = [
        t for t in tokens if t.lower() not in ("jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr")
    ]
    if not tokens:
        return ""
    last = tokens[-1].replace("’s", "").replace("'s", "")
    return last.lower()
