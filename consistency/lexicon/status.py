"""Status words (bill/law, charged/convicted, injured/killed) and which states conflict,
from status.toml."""

from __future__ import annotations

from functools import cache

from consistency import lexicon


@cache
def status_table() -> dict[str, dict[str, str]]:
    """Return {group: {word: state}}."""
    return {g: v["words"] for g, v in lexicon.table("status.toml").items()}


@cache
def conflicts() -> dict[str, frozenset[frozenset[str]]]:
    return {
        g: frozenset(frozenset(p) for p in v["conflicts"])
        for g, v in lexicon.table("status.toml").items()
    }
