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


@cache
def close_bounds() -> frozenset[str]:
    """Bounds said to be close to their figure ("just over", "slightly less than")."""
    return frozenset(lexicon.table("qualifiers.toml")["close"]["phrases"])


def qualifier_kind(phrase: str) -> str:
    """approx, near_below, min, min_strict, max, max_strict, or "" for none."""
    return qualifiers()[0].get(phrase.lower().strip(), "")
