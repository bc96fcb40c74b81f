"""A person's age given after the name: "Smith, 41, was charged", "Maria Lopez, 41, of
Dayton". The claim is an age (a duration of frame "age") whose predicate is the person's
surname, so that it meets "the 48-year-old Smith" (read by durations) in another outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency import lexicon
from consistency.normalize.context import person_key

_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){0,2}"
_APPOSITIVE_RE = re.compile(rf"\b(?P<name>{_NAME}),\s+(?P<age>\d{{1,3}}),")
# what every apposition holds, found by a cheap scan (a literal comma first)
_AGE_RE = re.compile(r",\s+\d{1,3},")
DAYS_A_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class AgeMention:
    start: int
    end: int
    years: int
    key: str  # the person's surname, lower-cased
    name: str = ""  # the name as written ("Luis Ortiz"), to tell two of one surname apart


def find_ages(sentence: str) -> list[AgeMention]:
    if "," not in sentence or not _AGE_RE.search(sentence):
        return []
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt")
    out = []
    for m in _APPOSITIVE_RE.finditer(sentence):
        years = int(m.group("age"))
        words = m.group("name").lower().replace(".", " ").split()
        if any(w in skip for w in words) or re.match(r"\s*\d", sentence[m.end() :]):
            continue  # "March 3, 1999," and "Tuesday, 12, 14" are no one's age
        if 0 < years < 120:
            name = m.group("name")
            out.append(AgeMention(m.start("age"), m.end("age"), years, person_key(name), name))
    return out
