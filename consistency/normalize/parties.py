"""Party codes bound to a person: "Sen. Lindsey Graham (R-S.C.)", "Rep. Trey Gowdy, R-S.C.,",
"Sen. Manchin's (D-W.Va.)"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency.normalize.context import person_key

_PARTY_RE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}?)(?:['’]s)?"
    r"(?:\s*\(|,\s+)(?P<code>(?P<party>[RDI])-(?P<state>[A-Z][A-Za-z.]{1,12}))(?=[),])"
)


@dataclass(frozen=True, slots=True)
class PartyMention:
    start: int  # the code ("R-S.C."), sentence-relative
    end: int
    name: str
    key: str  # the person's surname key
    party: str  # R | D | I
    state: str


# what every party code holds ("R-Texas"), found by a cheap scan before the name pattern's
_CODE_RE = re.compile(r"[RDI]-[A-Z]")


def find_parties(sentence: str) -> list[PartyMention]:
    if "-" not in sentence or not _CODE_RE.search(sentence):
        return []
    out = []
    for m in _PARTY_RE.finditer(sentence):
        key = person_key(m.group("name"))
        if key:
            out.append(
                PartyMention(
                    m.start("code"),
                    m.end("code"),
                    m.group("name"),
                    key,
                    m.group("party"),
                    m.group("state").rstrip(".").lower(),
                )
            )
    return out
