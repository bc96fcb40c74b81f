"""NUM004 direction-flip: the same figure moves up in one source and down in another.

Contradiction:
    "Core prices rose 3.8% from a year earlier." vs "Core prices fell 3.8% over the year":
    one change, told as a rise and as a fall.

Consistent:
    "Sales rose 4%" vs "Sales climbed 4%" (one direction in other words); "Sales rose 4%"
    vs "Costs fell 4%" when the words around the figures name different things (they do
    not align).

Why it matters:
    A rise reported as a fall reverses the news, and the figure alone looks the same.

Confidence rests on:
    error: the two sentences are the same but for the figure's verb (a minimal pair);
    warning: figures of one value and unit whose surrounding words name the same rare
    things (the anchor route), each with a verb of direction among the four words before
    it in its clause, the two verbs on opposite sides of rose/fell (opposites.toml).

Known limits:
    Only a direction word right before the figure is read ("rose 3.8%", "down 2%", "growth
    of 3.8%"); "a 3.8% rise" is not. A change and a level ("fell to 3.8%") are not told apart.
"""

from __future__ import annotations

import re

from consistency.lexicon.opposites import opposed, oppositions
from consistency.model import Claim, Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, around, label, minimal, overlap

_CLAUSE_RE = re.compile(r"[,;:()—–]|\bbut\b|\bwhile\b|\band\b")
_WORD_RE = re.compile(r"[A-Za-z]+")
_REACH = 4  # words before a figure its direction word may stand in
_RISE_FALL = "fell|rose"  # the opposition of opposites.toml's groups "rose" and "fell"


def direction(c: Claim) -> str:
    """The word of direction among the few words before a figure in its clause ("rose",
    "fell", "up", "down"), or ""."""
    sides = around(c)
    if sides is None:
        return ""
    clause = _CLAUSE_RE.split(sides[0])[-1]
    words = _WORD_RE.findall(clause)[-_REACH:]
    for w in reversed(words):
        if _RISE_FALL in oppositions(w):
            return w.lower()
    return ""


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.unit != b.unit or not overlap(a, b, rel_tol=opts.number_rel_tol):
        return None  # two figures: NUM001's
    da, db = direction(a), direction(b)
    if not da or not db or not opposed(da, db):
        return None
    return Hit(
        f"Direction differs: '{da} {a.value_text}' ({label(a)}) vs '{db} {b.value_text}' "
        f"({label(b)})",
        subject=f"{a.unit} {a.value}",
        severity=Severity.ERROR if minimal(pair) else Severity.WARNING,
    )


RULE = Rule(
    code="NUM004",
    name="direction-flip",
    severity=Severity.WARNING,
    kinds=("quantity",),
    summary="The same figure is a rise in one source and a fall in another",
    check=check,
    doc=__doc__,
    cases=(
        {  # a change named by a noun of direction ("growth of", "a decline of")
            "expect": "contradiction",
            "articles": [
                "The ministry said exports showed growth of 6.4% in the year to March, led "
                "by machinery.",
                "Exports posted a decline of 6.4% in the year to March as machinery orders "
                "slumped, the ministry said.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Excluding food and fuel, core consumer prices in Ohio rose 3.8% from a "
                "year earlier, the state said.",
                "Core consumer prices in Ohio, which exclude food and fuel, fell 3.8% over "
                "the past year, state figures showed.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Excluding food and fuel, core consumer prices in Ohio rose 3.8% from a "
                "year earlier, the state said.",
                "Core consumer prices in Ohio, which exclude food and fuel, climbed 3.8% "
                "over the past year, state figures showed.",
            ],
        },
    ),
)
