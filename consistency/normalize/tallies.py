"""Tallies: two counts set against each other, the score of a game or the count of a vote
("beat Oakmont 3-1", "a 3-2 victory", "voted 5-2", "passed 52 to 48", "a 10-2 record").

A pair of whole numbers joined by a hyphen or dash ("3-1", "28–24") is a tally only when a
word of contest stands in its clause (tallies.toml: "beat", "victory", "voted", "ruling",
"record", ...): without one, "3-5" is a range, "9-11" a name. Numbers joined by "to" are a
tally only right after a word of voting ("voted 52 to 48", "by a vote of 6 to 3"). The word
of contest nearest it says what kind of tally it is (a vote, a series, a season's record, or
else a score); a score told at a moment of the game ("led 2-0 at halftime", "a 3-1 lead") is
left out, since the game went on. A range of something counted, the pair followed by what it
counts ("3-5 percent", "10-12 acres") or after a word that opens a range ("ages 5-11", "from
3 to 5"), or of money ("$3-4 million"), is no tally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.calendar import CALENDAR_WORDS

_PAIR_RE = re.compile(r"(?<![\w$.,/-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\w%/-]|[.,]\d)")
_TO_RE = re.compile(r"(?<![\w$.,/-])(\d{1,3})\s+to\s+(\d{1,3})(?![\w%/-]|[.,]\d)")
_CLAUSE_RE = re.compile(r"[;:()\"“”]|,\s+(?:and|but|while|which|who)\b|\s[—–]\s")
_WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class TallyMention:
    start: int
    end: int
    value: str  # the larger count first ("3-1" for "1-3")
    kind: str  # vote | series | record | score
    cue: str  # the word of contest that makes it a tally ("beat", "voted")


@cache
def _words() -> dict[str, dict[str, frozenset[str]]]:
    table = lexicon.table("tallies.toml")
    return {section: {k: frozenset(v) for k, v in table[section].items()} for section in table}


def find_tallies(sentence: str) -> list[TallyMention]:
    """The tallies of one sentence, sentence-relative."""
    if not re.search(r"\d\s?(?:[-–—]|to)\s?\d", sentence):
        return []
    out: list[TallyMention] = []
    for pattern in (_PAIR_RE, _TO_RE):
        for m in pattern.finditer(sentence):
            if any(t.start < m.end() and m.start() < t.end for t in out):
                continue
            found = _tally(sentence, m, by_to=pattern is _TO_RE)
            if found:
                out.append(found)
    return sorted(out, key=lambda t: t.start)


def _tally(sentence: str, m: re.Match[str], by_to: bool) -> TallyMention | None:
    words = _words()
    before, after = sentence[: m.start()], sentence[m.end() :]
    if re.search(r"\$\s*$", before) or re.match(r"\s*(?:%|-)", after):
        return None  # "$3-4 million", "3-5%", "10-12-year-olds"
    next_word = _WORD_RE.match(after.lstrip().lower()) if after[:1].isspace() else None
    if next_word and _counted(next_word.group()):
        return None  # "10-12 years", "3-5 percent", "10-12 acres": a range of something
        # counted; "a 5-2 vote", "3-1 on Saturday" are tallies
    last = _WORD_RE.findall(before[-20:].lower())
    if last and last[-1] in words["not"]["before"]:
        return None  # "ages 5-11", "from 3 to 5", "between 10 and 12"
    if by_to:
        near = _WORD_RE.findall(before[-25:].lower())
        if not (set(near[-4:]) & words["cues"]["vote"]):
            return None  # "voted 52 to 48", "by a vote of 6 to 3"; not "5 to 10"
    left = _WORD_RE.findall(_CLAUSE_RE.split(before)[-1].lower())
    right = _WORD_RE.findall(_CLAUSE_RE.split(after)[0].lower())
    if _moments_re().search(" ".join(left + right)):
        return None  # "led 2-0 at halftime": a score at a moment of the game
    kind, cue = _kind(left, right)
    if not kind:
        return None
    x, y = int(m.group(1)), int(m.group(2))
    hi, lo = max(x, y), min(x, y)
    return TallyMention(m.start(), m.end(), f"{hi}-{lo}", kind, cue)


def _counted(word: str) -> bool:
    """A word right after the pair that it counts: any word but a function word or a word
    of contest ("a 5-2 vote", "won 3-1 on Saturday", "a 3-1 lead" is counted: a moment)."""
    words = _words()
    if word in words["not"]["after"]:
        return True
    if any(word in ws for ws in words["cues"].values()) or word in words["not"]["when"]:
        return False
    if word in CALENDAR_WORDS:
        return False  # "won 3-1 Saturday"
    return word not in lexicon.words("function_words.txt") | lexicon.words("stopwords.txt")


@cache
def _moments_re() -> re.Pattern[str]:
    phrases = sorted(_words()["not"]["moments"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _kind(left: list[str], right: list[str]) -> tuple[str, str]:
    """The kind of tally a clause tells and the word that tells it: the word of contest
    nearest the tally, the clause's words before it (`left`) and after it (`right`) read
    outward in turn ("an 11-2 victory, taking a 40-to-39 edge in the lifetime series" is a
    score)."""
    cues = _words()["cues"]
    near = [
        side[i]
        for i in range(max(len(left), len(right)))
        for side in (left[::-1], right)
        if i < len(side)
    ]
    for w in near:
        for kind in ("vote", "series", "record", "score"):
            if w in cues[kind]:
                return kind, w
    return "", ""
