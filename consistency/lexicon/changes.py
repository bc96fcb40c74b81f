"""Words of change by direction, and which directions are opposed (changes.toml)."""

from __future__ import annotations

import re
from functools import cache

from consistency import lexicon
from consistency.lexicon.predicates import stem

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


_WORD_RE = re.compile(r"[a-z][a-z&'’.-]*")


def measures_nest(x: str, y: str) -> bool:
    """The words of one measure are all among the other's, as stems ("sales" / "consolidated
    sales"; "prices" / "price"): one measure, told more or less closely."""
    wx = {stem(w) for w in _WORD_RE.findall(x.lower()) if w != "of"}
    wy = {stem(w) for w in _WORD_RE.findall(y.lower()) if w != "of"}
    return bool(wx) and bool(wy) and (wx <= wy or wy <= wx)
