"""A person's age bound to the person: "Smith, 41, was charged", "Maria Lopez, 41, of
Dayton", "the 48-year-old Smith". The claim is an age (a duration of frame "age") whose
predicate is the person's surname, so that two outlets' ages for one person meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.normalize.context import person_key

_NAME = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){0,2}"
_APPOSITIVE_RE = re.compile(rf"\b(?P<name>{_NAME}),\s+(?P<age>\d{{1,3}}),")
_BEFORE_RE = re.compile(rf"\b(?P<age>\d{{1,3}})-year-old\s+(?P<name>{_NAME})\b")
DAYS_A_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class AgeMention:
    start: int
    end: int
    years: int
    key: str  # the person's surname, lower-cased


def find_ages(sentence: str) -> list[AgeMention]:
    if "," not in sentence and "year-old" not in sentence:
        return []
    out = []
    for m in _APPOSITIVE_RE.finditer(sentence):
        years = int(m.group("age"))
        if 0 < years < 120:
            out.append(AgeMention(m.start("age"), m.end("age"), years, person_key(m.group("name"))))
    for m in _BEFORE_RE.finditer(sentence):
        years = int(m.group("age"))
        if 0 < years < 120:
            end = m.start("age") + len(m.group("age")) + len("-year-old")
            out.append(AgeMention(m.start("age"), end, years, person_key(m.group("name"))))
    return sorted(out, key=lambda a: a.start)
