"""Legal and procedural states attached to their subject: bill or law, alleged or convicted,
charged or released, injured or killed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency.lexicon.patterns import alternation
from consistency.lexicon.status import status_table
from consistency.normalize.context import person_key


@dataclass(frozen=True, slots=True)
class StatusMention:
    start: int
    end: int
    group: str  # legislation | criminal | casualty
    state: str  # normalized state ("bill", "law", "convicted", ...)
    subject: str  # normalized subject key
    subject_text: str
    alias: str = ""  # an acronym given in parentheses: "(SHANTI)"


_LEG_RE = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w’'-]*|of|and|for|the|on|to|in)\s+){1,16}?)(?:\((?P<acr>[A-Z]{2,})\)\s+)?"
    r"(?P<word>bill|law|ordinance)s?\b"
)


@cache
def _person_words() -> frozenset[str]:
    return frozenset(w for g in ("criminal", "casualty") for w in status_table()[g])


@cache
def _side_words() -> tuple[str, ...]:
    return tuple(status_table()["side"])


@cache
def _person_re() -> re.Pattern[str]:
    alt = alternation(_person_words())
    return re.compile(
        rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})\s+(?:was|were|has been|had been|is|are|have been)\s+"
        rf"(?:(?:later|also|reportedly|fatally|seriously|critically|formally|eventually)\s+)?(?P<word>{alt})\b"
    )


@cache
def _status_word_re() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(_person_words())}\b")


_FULL_NAME = r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w’'-]*[a-z]"  # "Lee Park", "Lee J. Park"


@cache
def _side_res() -> tuple[re.Pattern[str], ...]:
    """Who a named person is in a crime, in apposition or as a bare label before the name:
    "the gunman, Lee Park", "Lee Park, the victim", "suspect Lee Park", "identified the
    victim as Lee Park", "the suspect was identified as Lee Park"."""
    alt = alternation(status_table()["side"])
    word = rf"(?P<word>{alt})(?![\w’'])"
    name = rf"(?P<name>{_FULL_NAME})"
    lead = r"(?:(?:alleged|suspected|accused|lone|masked|armed|\w+-year-old)\s+)?"
    return (
        re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+{lead}{word},\s+{name}\b"),
        re.compile(rf"\b{name},\s+(?:the|a|an)\s+{lead}{word}\b"),
        re.compile(rf"\b(?<![Tt]he\s){word}\s+{name}\b"),
        re.compile(
            rf"\b(?:identified|named)\s+(?:the\s+)?{word}(?:\s+to\s+[\w.’' ]{{1,30}}?)?\s+as\s+{name}\b"
        ),
        re.compile(rf"\b{word}\s+(?:was|has been|had been)\s+identified\s+as\s+{name}\b"),
    )


def _sides(sentence: str) -> list[StatusMention]:
    """Who named people are in a crime ("the gunman, Lee Park"): keyed by the full name, as
    two people of one surname are often on two sides of one crime."""
    table = status_table()["side"]
    out: list[StatusMention] = []
    seen: set[tuple[int, int]] = set()
    for pattern in _side_res():
        for m in pattern.finditer(sentence):
            span = (min(m.start("word"), m.start("name")), max(m.end("word"), m.end("name")))
            if span in seen:
                continue
            seen.add(span)
            name = m.group("name")
            parts = [w for w in name.split() if not w.endswith(".")]
            key = f"{parts[0]} {parts[-1]}".lower()
            out.append(StatusMention(*span, "side", table[m.group("word").lower()], key, name))
    return out


def _legislation_subject(name: str) -> str:
    words = [w for w in name.split() if w]
    while words and words[0].lower() in ("the", "of", "and", "for", "on", "to", "in", "a"):
        words = words[1:]
    return " ".join(words)


def find_status(sentence: str) -> list[StatusMention]:
    """Find status claims in one sentence; offsets are relative to it."""
    out: list[StatusMention] = []
    table = status_table()
    # both patterns are costly to scan; most sentences hold none of their key words
    legislation = (
        _LEG_RE.finditer(sentence)
        if any(w in sentence for w in ("bill", "law", "ordinance"))
        else ()
    )
    for m in legislation:
        subject = _legislation_subject(m.group("name"))
        if not subject or not any(w[0].isupper() for w in subject.split()):
            continue
        if len(subject.split()) == 1 and not subject.isupper():
            continue  # "Indiana's bill", "the Texas law": a place, not the name of a bill
        state = table["legislation"][m.group("word").lower()]
        out.append(
            StatusMention(
                m.start("name") + m.group("name").find(subject),
                m.end(),
                "legislation",
                state,
                subject.lower(),
                subject,
                (m.group("acr") or "").lower(),
            )
        )
    if any(w in sentence for w in _side_words()):  # most sentences name no side of a crime
        out += _sides(sentence)
    people = _person_re().finditer(sentence) if _status_word_re().search(sentence) else ()
    for m in people:
        word = m.group("word").lower()
        group = "criminal" if word in table["criminal"] else "casualty"
        name = m.group("name")
        if name.split()[0].lower() in ("the", "he", "she", "they", "it", "this"):
            continue
        out.append(
            StatusMention(m.start(), m.end(), group, table[group][word], person_key(name), name)
        )
    return out
