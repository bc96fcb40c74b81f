"""Word lists and tables, kept as data files in consistency/lexicon/data/ and loaded once,
and (in the modules beside this one) the patterns built from them."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files


def _read(name: str) -> str:
    return (files("consistency.lexicon") / "data" / name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Return the non-empty, non-comment lines of a data file."""
    out = []
    for raw in _read(name).splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def mapping(name: str) -> dict[str, str]:
    """Return `key = value` lines of a data file as a dict (keys as written)."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


@cache
def words(name: str) -> frozenset[str]:
    """Return the lines of a data file as a lower-cased set."""
    return frozenset(line.lower() for line in lines(name))


@cache
def table(name: str) -> dict:
    """Return a TOML data file."""
    return tomllib.loads(_read(name))


@cache
def groups(name: str) -> dict[str, str]:
    """Each word of a TOML data file's [same] groups to its group's key ("nations" ->
    "country" in count_nouns.toml)."""
    return {w: key for key, members in table(name)["same"].items() for w in members}
