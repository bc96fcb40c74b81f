"""NUM002 qualifier-drift: the same figure with different qualifiers ("about 50" vs "over 50").

Contradiction:
    "about 50 people were arrested" vs "more than 50 people were arrested": the ranges
    overlap, so neither is wrong, but the framing differs. Reported as info.
    "up to 50 troops" vs "at least 50 troops": one bounds the figure from above and the
    other from below; both hold only if it is exactly 50. Reported as a warning.

Consistent:
    "50 people were arrested" vs "50 people were arrested"; "about 50" vs "roughly 50"
    (two words for one qualifier).

Why it matters:
    Qualifiers drift as copy is rewritten; an editor may want the wording to follow the
    source. Bounds that point opposite ways tell two different stories of one figure.

Confidence rests on:
    info: one value, two kinds of qualifier (qualifiers.toml), in claims the routes
    aligned; warning: the two bound the value from opposite sides ("at least" / "up to",
    "nearly" / "more than" where the intervals still touch), which outlets that agree do
    not write. In the same words but for the qualifier, opposite bounds are NUM001's.

Known limits:
    Only pairs whose intervals overlap are reported; disjoint ones are NUM001. A speaker's
    bound beside the outlet's own is reported like any other.
"""

from __future__ import annotations

from consistency import lexicon
from consistency.lexicon.changes import change_words
from consistency.lexicon.predicates import count_unit
from consistency.lexicon.qualifiers import qualifier_kind
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
    if a.value != b.value or qualifier_kind(a.qualifier) == qualifier_kind(b.qualifier):
        return None  # "about 50" / "roughly 50": one qualifier in two words
    if not overlap(a, b, rel_tol=opts.number_rel_tol) or strict_bounds_meet(a, b):
        return None  # figures that cannot both be true are NUM001's
    opposed = {bound_direction(a), bound_direction(b)} == {"up", "down"}
    if minimal(pair) and opposed:
        return None  # "at least 10" / "at most 10" in the same words: NUM001's
    # the noun as written when it is what is counted ("nurses"), else the predicate ("21%
    # over the past decade" counts no "over")
    what = (a.subject if a.subject and count_unit(a.subject) == a.unit else a.predicate).lower()
    if what in change_words()[0]:
        what = a.unit  # "has fallen 21%": a percentage, not "fallen"
    if not what or what in lexicon.words("prepositions.txt") | lexicon.words("stopwords.txt"):
        what = a.unit  # "21% over the past decade": a percentage, not "over"
    sides = f"'{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)})"
    if opposed:
        return Hit(
            f"Qualifiers bound the figure from opposite sides: {sides} for {what}",
            subject=what,
            severity=Severity.WARNING,
        )
    return Hit(f"Qualifier differs: {sides} for {what}", subject=what)


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
        {  # two words for one qualifier
            "expect": "consistent",
            "articles": [
                "About 50 protesters were arrested outside parliament.",
                "Roughly 50 protesters were arrested outside parliament.",
            ],
        },
        {  # bounds from opposite sides, in other words: a warning
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "The governor said she will send up to 200 state troopers to the border town "
                "this week.",
                "At least 200 state troopers are headed to the border town, the governor "
                "said Monday.",
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
