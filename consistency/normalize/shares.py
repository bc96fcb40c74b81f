"""Shares written as a fraction or a ratio: "a third of voters", "two-thirds of the seats",
"nearly half of the staff", "one in five adults". They are percentages, as another outlet
may write "33%" or "20 percent": the value is the share in percent, and its interval is
widened as "about" widens a number (a writer's "a third" stands for 31% as well as 35%).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.normalize import date_cues, numbers

# the denominators a share is written with ("half", "thirds", ..., "tenths")
_DENOMINATORS = {
    w: int(v)
    for w, v in lexicon.table("number_words.toml")["ordinals"].items()
    if 2 <= v <= 10 and w not in ("second", "seconds")
}
_DENOMINATORS |= {w + "s": v for w, v in _DENOMINATORS.items() if not w.startswith("hal")}
_COUNTS = "a|one|two|three|four|five|six|seven|eight|nine"
# "a quarter of an hour", "half of the way": a length, not a share of a group
_NOT_A_SHARE = r"an?\s+(?:hour|minute|mile|century|point|inch|second)|the\s+(?:way|time|year|month|day|century)"


@dataclass(frozen=True, slots=True)
class Share:
    start: int
    end: int
    value: float  # percent
    lo: float
    hi: float
    qualifier: str
    noun: str


@cache
def _share_re() -> re.Pattern[str]:
    den = alternation(_DENOMINATORS)
    qual = numbers.qualifier_pattern()
    return re.compile(
        rf"(?<![\w-])(?:(?P<qual>{qual})\s+)?"
        rf"(?:(?P<frac>(?:{_COUNTS})[\s-]+{den}|half)\s+of\s+(?!{_NOT_A_SHARE})"
        rf"|(?P<a>one|two|three|four|\d{{1,2}})\s+(?:in|out\s+of)\s+"
        rf"(?P<b>two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})\s+(?=[a-z]))"
        r"(?:(?:the|its|their|all)\s+)?(?P<noun>[A-Za-z][a-z]+)?",
        re.IGNORECASE,
    )


_COUNT_WORDS = frozenset(_COUNTS.split("|")) - {"a"}


# " in five", " out of 4": a cheap scan (a literal space first), the count before it after
_RATIO_RE = re.compile(r" (?:in|out of) (?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten)\b)")


def _ratio_at(sentence: str) -> int:
    """Where the first count right before " in " or " out of " stands ("one in five", "3 out
    of 4"); -1 when none does."""
    for r in _RATIO_RE.finditer(sentence):
        i = r.start()
        head = sentence[max(0, i - 6) : i].rsplit(" ", 1)[-1].lower()
        if head in _COUNT_WORDS or head.isdigit():
            return i
    return -1


def find_shares(sentence: str) -> list[Share]:
    """The shares of one sentence; offsets are relative to it. (A look at its words first:
    most sentences hold no denominator and no count before "in".)"""
    lower, words = date_cues.words(sentence)
    at = []
    if not _DENOMINATORS.keys().isdisjoint(words):
        at = [lower.find(d) for d in _DENOMINATORS.keys() & set(words)]
    ratio = _ratio_at(sentence) if " in " in sentence or " out of " in sentence else -1
    if ratio >= 0:
        at.append(ratio)
    if not at:
        return []
    out = []
    # a qualifier and a count stand at most this far before the denominator or " in "
    for m in _share_re().finditer(sentence, max(0, min(at) - 48)):
        if m.group("frac"):
            frac = m.group("frac").lower()
            if frac in ("second", "a second", "one second"):
                continue
            share = numbers.parse_number(frac)
            end = m.end("frac")
        else:
            a, b = numbers.parse_number(m.group("a")), numbers.parse_number(m.group("b"))
            share = a / b if a is not None and b and a < b else None
            end = m.end("b")
        if share is None or not 0 < share < 1:
            continue
        value = round(share * 100, 2)
        qual = (m.group("qual") or "").lower()
        lo, hi = numbers.qualify("about", value, value)  # "a third" is a writer's round share
        if qual:
            lo, hi = numbers.qualify(qual, lo, hi, value)
        start = m.start("qual") if qual else (m.start("frac") if m.group("frac") else m.start("a"))
        out.append(Share(start, end, value, lo, hi, qual, m.group("noun") or ""))
    return out
