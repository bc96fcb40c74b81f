"""NUM001 number-mismatch: two sources give numbers for the same thing that cannot both be true.

Contradiction:
    "At least 40 people were killed in the blast." vs "The blast killed 24 people."
    Intervals after qualifiers and rounding ([40, inf) and [24, 24]) do not meet.

Consistent:
    "50% tariffs" vs "50 per cent tariffs"; "about 1,200 evacuated" vs "some 1,180 evacuated";
    "1.2 million" vs "1,180,000" (rounding); a later, higher running count (see NUM003).

Why it matters:
    A number that differs between outlets is the most common and most checkable
    factual disagreement.

Known limits:
    Claims are compared when they share a unit and a predicate ("killed", "tariffs") and
    their contexts align; a number about a different thing in a similar sentence can align.
    A source whose sentence states both values contradicts neither; a year before a noun
    ("the 2016 election") is not a count.
"""

from __future__ import annotations

from consistency.lexicon.predicates import running_classes
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, both_stated, label, overlap, same_stance


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if not same_stance(a, b) or a.modality == "hedged" or b.modality == "hedged":
        return None
    if overlap(a, b, rel_tol=opts.number_rel_tol):
        return None
    if both_stated(a, b):
        return None
    if a.predicate in running_classes() and a.published != b.published:
        return None  # a running count that changed between publications: NUM003
    what = a.predicate if a.predicate == a.unit or not a.unit else f"{a.unit} {a.predicate}"
    return Hit(
        f"Number differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)}) for {what}",
        subject=what,
    )


RULE = Rule(
    code="NUM001",
    name="number-mismatch",
    severity=Severity.ERROR,
    kinds=("quantity",),
    summary="Numbers for the same thing do not overlap after qualifiers and rounding",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Police said at least 40 people were killed in the market blast on Friday.",
                "Police said 24 people were killed in the market blast on Friday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The council approved a budget of $2.5 million for the new bridge.",
                "The council approved a budget of $4 million for the new bridge.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The government imposed 50% tariffs on imported steel.",
                "The government imposed 50 per cent tariffs on imported steel.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "About 1,200 residents were evacuated from the flooded district.",
                "Some 1,180 residents were evacuated from the flooded district.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The couple paid $43,885,310 in federal taxes over eight years.",
                "The couple paid $43 million in federal taxes over eight years.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Economists were expecting 845,000 new jobs in the monthly report.",
                "The economy added 943,000 new jobs in the monthly report.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Lee kept the No. 2 post of whip and Park stayed in the No. 3 post.",
                "Park stayed in the No. 3 post, while Lee kept the No. 2 post of whip.",
            ],
        },
    ),
)
