"""Which date patterns can match a sentence, from one pass over its words.

Every date pattern needs some words in the sentence before it can match: a weekday name,
"quarter", a four-digit year. Its needs are groups of cue words (one word of each group
must be there), kept in temporal.toml [cues]. A cue starting with "#" is a test made here
(a digit, a four-digit year, a month name; see `_FLAGS`), one starting with "@" a word set
the caller gives (the ordinal words of days). A sentence's cues make a bit mask, and the
patterns it needs are worked out once per mask: most sentences cost one scan for their
words and a dictionary look-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_WORD_RE = re.compile(r"[a-z]+")
# tests cheaper than the patterns they stand for (no look-behind, ASCII digits: a scan can
# skip ahead); a test may say yes where the pattern finds nothing, never the reverse
_DIGIT_RE = re.compile(r"[0-9]")
_YEAR_RE = re.compile(r"(?:1[89]|2[01])[0-9][0-9](?![0-9])")
_SEP_RE = re.compile(r"[0-9][/.-]")  # "3/4", "2016-09", "13.5."
_ORD_RE = re.compile(r"[0-9](?:st|nd|rd|th)\b")  # "the 27th"
_MONTH_RE = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_ORD_OF = ("th of", "st of", "nd of", "rd of")  # "the 20th of", "first of", "second of"


_last: tuple[str, str, list[str]] = ("", "", [])


def words(sentence: str) -> tuple[str, list[str]]:
    """The sentence lower-cased and its words (runs of letters): dates and durations ask for
    the same sentence in turn, so the last answer is kept."""
    global _last
    last = _last
    if last[0] is sentence:
        return last[1], last[2]
    lower = sentence.lower()
    found = _WORD_RE.findall(lower)
    _last = (sentence, lower, found)
    return lower, found


def _flag_mask(sentence: str, lower: str, bit: dict[str, int]) -> int:
    """The bits of the "#" cues a sentence holds: substring tests and small scans, digits
    first."""
    mask = 0
    if _DIGIT_RE.search(sentence):
        mask |= bit["#digit"]
        if _YEAR_RE.search(sentence):
            mask |= bit["#year"]
        if _SEP_RE.search(sentence):
            mask |= bit["#sep"]
        if _ORD_RE.search(sentence):
            mask |= bit["#ord"]
        if "0s" in lower or "0's" in lower or "0’s" in lower:
            mask |= bit["#0s"]  # "the 1990s", "the '90s"
    if _MONTH_RE.search(sentence):
        mask |= bit["#month"]  # capitalized: "may" and "march" are words
    if " of " in lower and any(o in lower for o in _ORD_OF):
        mask |= bit["#ordof"]
    return mask


_FLAGS = ("#digit", "#year", "#sep", "#ord", "#0s", "#month", "#ordof")


Entry = tuple[str, re.Pattern[str], Callable | None]


class Gate:
    """The patterns (kind, pattern, resolver), in order, that a sentence's cues allow."""

    def __init__(
        self,
        entries: Iterable[Entry],
        needs: dict[str, list[list[str]]],
        sets: dict[str, frozenset[str]] | None = None,
    ) -> None:
        group_bit: dict[frozenset[str], int] = {}
        self._bits: dict[str, int] = {}
        self._entries: list[tuple[int, Entry]] = []
        for entry in entries:
            required = 0
            for group in needs[entry[0]]:
                cues = frozenset(
                    w for c in group for w in ((sets or {})[c] if c.startswith("@") else (c,))
                )
                bit = group_bit.setdefault(cues, 1 << len(group_bit))
                required |= bit
                for cue in cues:
                    self._bits[cue] = self._bits.get(cue, 0) | bit
            self._entries.append((required, entry))
        self.entries = [entry for _, entry in self._entries]
        unknown = {c for c in self._bits if c.startswith("#")} - set(_FLAGS)
        if unknown:
            raise ValueError(f"no test for the cues {sorted(unknown)}")
        self._flag_bits = {f: self._bits.get(f, 0) for f in _FLAGS}
        self._words = frozenset(c for c in self._bits if not c.startswith("#"))
        self._plans: dict[int, tuple[Entry, ...]] = {}

    def scans(self, sentence: str) -> tuple[Entry, ...]:
        """The patterns to try on `sentence`, in their order."""
        lower, found = words(sentence)
        mask = 0
        bits = self._bits
        for cue in self._words.intersection(found):
            mask |= bits[cue]
        mask |= _flag_mask(sentence, lower, self._flag_bits)
        plan = self._plans.get(mask)
        if plan is None:
            plan = tuple(e for req, e in self._entries if req & mask == req)
            if len(self._plans) < 8192:  # bounded: a few hundred masks occur in news
                self._plans[mask] = plan
        return plan
