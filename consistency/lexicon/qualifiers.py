"""Qualifier phrases before a number ("about", "more than", "up to") and how they bound it,
from qualifiers.toml."""

from __future__ import annotations

from functools import cache

from consistency import lexicon


@cache
def qualifiers() -> tuple[dict[str, str], dict[str, float]]:
    """(phrase -> kind, kind -> tolerance)."""
    t = lexicon.table("qualifiers.toml")
    return t["phrases"], t["tolerance"]


def qualifier_kind(phrase: str) -> str:
    """approx, near_below, min, min_strict, max, max_strict, or "" for none."""
    return qualifiers()[0].get(phrase.lower().strip(), "")
