"""Party codes bound to a person: "Sen. Lindsey Graham (R-S.C.)", "Rep. Trey Gowdy, R-S.C.,",
"Sen. Manchin's (D-W.Va.)"; and a party said in words of a named person: "Sen. Marian
Lindgren, a Kansas Democrat,", "Lindgren, a Republican from Kansas", "Republican Sen. John
Thune", "Democratic Gov. Andy Beshear", "Nebraska Democrat Dolores Quint". A state is
kept as its name (us_states.toml), so that "R-Kan." and "a Kansas Democrat" name one
state."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
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


_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}?"
_STATE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
# "Sen. Marian Lindgren, a Kansas Democrat", "Lindgren, a Republican from Kansas",
# "Kimbrell, the veteran Democrat" (never "a former Republican": a party left)
_NOUN_AFTER_RE = re.compile(
    rf"(?P<name>{_NAME})(?:['’]s)?,\s+(?:a|an|the)\s+"
    r"(?:(?!former\b|ex-|onetime\b|one-time\b)[a-z][a-z-]*\s+){0,2}"
    rf"(?:(?P<state>{_STATE})\s+)?"
    rf"(?P<word>Democrat|Republican)\b(?!['’]s)(?:\s+(?:from|of)\s+(?P<state2>{_STATE}))?"
)
# "Republican Sen. John Thune", "Kansas Democratic Rep. Ann Poe", "GOP Gov. Kim Lee"
_ADJECTIVE_BEFORE_RE = re.compile(
    rf"(?:\b(?P<state>{_STATE})\s+)?\b(?P<word>Democratic|Republican|GOP)\s+(?:state\s+)?"
    r"(?:Sen\.|Rep\.|Gov\.|Senator|Representative|Governor|Congressman|Congresswoman|"
    r"Mayor|Lt\.\s+Gov\.)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){0,2})"
)
# "Nebraska Democrat Dolores Quint", "Republican Kim Lee said": the noun before a full name
_NOUN_BEFORE_RE = re.compile(
    rf"(?:\b(?P<state>{_STATE})\s+)?\b(?P<word>Democrat|Republican)\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})\b(?![’']s\b)"
)
_PARTY_WORDS = {"democrat": "D", "democratic": "D", "republican": "R", "gop": "R"}


@cache
def _states() -> dict[str, str]:
    """Every written form of a state, lower case and without periods, -> its name."""
    out: dict[str, str] = {}
    for name, forms in lexicon.table("us_states.toml")["states"].items():
        out[name] = name
        for f in forms:
            out[f.lower().replace(".", "")] = name
    return out


def state_name(written: str) -> str:
    """ "Kan." / "KS" / "Kansas" -> "kansas"; "" when it names no state."""
    return _states().get(written.lower().replace(".", "").strip(), "")


def find_parties(sentence: str) -> list[PartyMention]:
    out = (
        _in_words(sentence)
        if ("Democrat" in sentence or "Republican" in sentence or "GOP" in sentence)
        else []
    )
    if "-" not in sentence or not _CODE_RE.search(sentence):
        return out
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
                    state_name(m.group("state")) or m.group("state").rstrip(".").lower(),
                )
            )
    return out


def _in_words(sentence: str) -> list[PartyMention]:
    """A party said in words of the person named next to it."""
    out = []
    orgs = lexicon.words("org_words.txt") | lexicon.words("not_names.txt")
    for rx in (_NOUN_AFTER_RE, _ADJECTIVE_BEFORE_RE, _NOUN_BEFORE_RE):
        for m in rx.finditer(sentence):
            key = person_key(m.group("name"))
            if not key:
                continue
            if rx is _NOUN_BEFORE_RE and any(
                w.lower().rstrip(".") in orgs for w in m.group("name").split()
            ):
                continue  # "Republican National Committee", "Democrat Party": no person
            written = m.group("state") or (m.groupdict().get("state2") or "")
            out.append(
                PartyMention(
                    m.start("word"),
                    m.end("word"),
                    m.group("name"),
                    key,
                    _PARTY_WORDS[m.group("word").lower()],
                    state_name(written),
                )
            )
    return sorted(out, key=lambda p: p.start)
