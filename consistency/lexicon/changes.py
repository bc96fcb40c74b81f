"""Words of change by direction, and which directions are opposed (changes.toml)."""

from __future__ import annotations

from functools import cache

from consistency import lexicon

DIRECTIONS = ("up", "down", "better", "worse")


@cache
def change_words() -> tuple[dict[str, str], dict[str, str]]:
    """(verb -> direction, noun -> direction)."""
    table = lexicon.table("changes.toml")
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for direction in DIRECTIONS:
        for w in table[direction]["verbs"]:
            verbs[w] = direction
        for w in table[direction]["nouns"]:
            nouns[w] = direction
    return verbs, nouns


@cache
def opposed_directions() -> frozenset[frozenset[str]]:
    """The pairs of directions that cannot both be true of one measure ({up, down})."""
    return frozenset(frozenset(p) for p in lexicon.table("changes.toml")["opposed"]["pairs"])


@cache
def section(name: str, key: str = "words") -> frozenset[str]:
    """One word list of changes.toml ("stops", "step_over", "not_objects", ...)."""
    return frozenset(lexicon.table("changes.toml")[name][key])
