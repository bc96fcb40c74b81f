"""Title words, their abbreviations, and which titles exclude each other before one name,
from titles.txt and title_abbreviations.toml."""

from __future__ import annotations

from functools import cache

from consistency import lexicon


@cache
def abbreviations() -> dict[str, str]:
    """ "sgt" -> "sergeant"."""
    return dict(lexicon.table("title_abbreviations.toml")["abbreviations"])


@cache
def title_words() -> frozenset[str]:
    return lexicon.words("titles.txt") | frozenset(abbreviations())


def departments() -> frozenset[str]:
    """Services a title is held in, written before it ("Police Chief", "Fire Chief"):
    title_departments.txt."""
    return lexicon.words("title_departments.txt")


def full_title(word: str) -> str:
    """The title word an abbreviation or a synonym stands for ("Sgt." -> "sergeant",
    "congresswoman" -> "representative"), else the word."""
    w = word.lower().rstrip(".")
    w = abbreviations().get(w, w)
    return lexicon.table("title_abbreviations.toml")["same"].get(w, w)


@cache
def _exclusive() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each title's families (a title may be in several: "sheriff" is a rank and a public
    office), and the words that change an office."""
    t = lexicon.table("title_abbreviations.toml")["exclusive"]
    lists = ("office_changers", "changed_offices")
    family: dict[str, set[str]] = {}
    for name, words in t.items():
        if name not in lists:
            for w in words:
                family.setdefault(w, set()).add(name)
    return {w: frozenset(f) for w, f in family.items()}, frozenset(t["office_changers"])


def exclusive(a: str, b: str) -> bool:
    """True when titles `a` and `b` (words or abbreviations) before one name cannot both be
    right: two ranks of one ladder, two seats of one legislature."""
    fa, fb = full_title(a), full_title(b)
    family, _ = _exclusive()
    return fa != fb and bool(family.get(fa, frozenset()) & family.get(fb, frozenset()))


def office_changers() -> frozenset[str]:
    return _exclusive()[1]


def changes_office(head: str, rank_a: str, rank_b: str) -> bool:
    """True when ranks before one head name two offices: "Vice President" and "President",
    "Lieutenant Governor" and "Governor" (words separated by spaces in `rank_a`, `rank_b`)."""
    offices = frozenset(lexicon.table("title_abbreviations.toml")["exclusive"]["changed_offices"])
    if full_title(head) not in offices:
        return False
    ca = set(rank_a.split()) & office_changers()
    cb = set(rank_b.split()) & office_changers()
    return ca != cb
