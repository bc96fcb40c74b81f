"""Predicate classes: words that name the same kind of event or state ("tensions" and
"strain"), from predicates.toml, and the light stemmer they are matched with."""

from __future__ import annotations

from functools import cache, lru_cache

from consistency import lexicon


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A light suffix stripper, enough to meet "strained"/"strain" and "talks"/"talk"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf, rep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)] + rep
    return w


@cache
def predicate_classes() -> dict[str, str]:
    """Map a word to its predicate class ("tensions" -> "strain")."""
    out: dict[str, str] = {}
    for cls, members in lexicon.table("predicates.toml")["classes"].items():
        for m in members:
            out[m.lower()] = cls
    return out


def predicate_class(word: str) -> str:
    w = word.lower().replace("’", "'")
    classes = predicate_classes()
    return classes.get(w) or classes.get(stem(w)) or stem(w)


def count_unit(noun: str) -> str:
    """The unit a noun counts in: one for synonyms ("nations" and "countries" ->
    "country", count_nouns.toml), else the noun's stem."""
    w = noun.lower().replace("’", "'")
    return lexicon.groups("count_nouns.toml").get(w) or stem(w)


@cache
def running_classes() -> frozenset[str]:
    return frozenset(lexicon.table("predicates.toml")["running"]["classes"])


@cache
def growing_classes() -> frozenset[str]:
    """Running counts that never fall: the dead, injured, arrested, cases."""
    return frozenset(lexicon.table("predicates.toml")["running"]["growing"])


def verb_key(word: str) -> str:
    """One key for a verb's bare and past forms ("approve" / "approved" -> "approv",
    "ban" / "banned" -> "ban", "vote" / "voted" -> "vot"), so that "did not approve" meets
    "approved"; irregular forms keep their own ("met")."""
    w = word.lower()
    if w.endswith("ed") and len(w) > 4:
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
            w = w[:-1]  # "banned" -> "ban"; not "passed", "called"
    elif w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return stem(w) if len(w) > 5 else w


def is_adverb(word: str) -> bool:
    """A lower-case word in -ly that is an adverb ("sharply", "badly"), not "quarterly",
    "family" or "supply" (not_adverbs.txt)."""
    return word.endswith("ly") and len(word) > 4 and word not in lexicon.words("not_adverbs.txt")
