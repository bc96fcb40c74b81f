"""NUM002 qualifier-drift: the same figure with different qualifiers ("about 50" vs "over 50").

Contradiction:
    "about 50 people were arrested" vs "more than 50 people were arrested": the ranges
    overlap, so neither is wrong, but the framing differs. Reported as info.

Consistent:
    "50 people were arrested" vs "50 people were arrested".

Why it matters:
    Qualifiers drift as copy is rewritten; an editor may want the wording to follow the source.

Known limits:
    Only pairs whose intervals overlap are reported; disjoint ones are NUM001.
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    bound_direction,
    label,
    minimal,
    overlap,
    strict_bounds_meet,
)


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.qualifier == b.qualifier or a.value != b.value:
        return None
    if not overlap(a, b, rel_tol=opts.number_rel_tol) or strict_bounds_meet(a, b):
        return None  # figures that cannot both be true are NUM001's
    if minimal(pair) and {bound_direction(a), bound_direction(b)} == {"up", "down"}:
        return None  # "at least 10" / "at most 10" in the same words: NUM001's
    return Hit(
        f"Qualifier differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)})"
        f" for {a.predicate}",
        subject=a.predicate,
    )


RULE = Rule(
    code="NUM002",
    name="qualifier-drift",
    severity=Severity.INFO,
    kinds=("quantity",),
    summary="The same figure is given with different qualifiers",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "About 50 protesters were arrested outside parliament.",
                "More than 50 protesters were arrested outside parliament.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Police arrested 50 protesters outside parliament.",
                "Police arrested 50 protesters outside parliament on Monday.",
            ],
        },
    ),
)
