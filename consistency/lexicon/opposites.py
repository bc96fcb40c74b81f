"""Opposite words (killed/wounded, suspect/victim, rose/fell, ...) from opposites.toml."""

from __future__ import annotations

from functools import cache

from consistency import lexicon


@cache
def _groups() -> tuple[dict[str, frozenset[str]], frozenset[frozenset[str]]]:
    t = lexicon.table("opposites.toml")
    member: dict[str, set[str]] = {}
    for group, words in t["groups"].items():
        for w in words:
            member.setdefault(w.lower(), set()).add(group)
    pairs = frozenset(frozenset(p) for p in t["opposed"]["pairs"])
    return {w: frozenset(g) for w, g in member.items()}, pairs


def opposed(a: str, b: str) -> bool:
    """True when word `a` and word `b` say opposite things ("killed", "wounded")."""
    member, pairs = _groups()
    ga, gb = member.get(a.lower(), frozenset()), member.get(b.lower(), frozenset())
    if not ga or not gb or ga & gb:
        return False
    return any(frozenset((x, y)) in pairs for x in ga for y in gb)


def oppositions(word: str) -> tuple[str, ...]:
    """The oppositions a word takes a side in, each named by its two groups ("killed|injured"
    for "killed" and for "wounded"): words on the two sides of one opposition meet there."""
    member, pairs = _groups()
    mine = member.get(word.lower(), frozenset())
    return tuple(sorted("|".join(sorted(p)) for p in pairs if p & mine))
