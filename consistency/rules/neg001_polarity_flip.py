"""NEG001 polarity-flip: the same proposition is affirmed in one source and negated in another.

Contradiction:
    "A deal was concluded in 2025." vs "A deal could not be concluded in 2025."

Consistent:
    "A deal could not be concluded in 2025." vs "A pact couldn't be sealed in 2025."
    (both negated).

Why it matters:
    A dropped or added "not" reverses the news.

Known limits:
    Compares dated, counted and timed claims whose contexts align closely; negation is read
    from cues before the claim in its clause ("not", "n't", "no", "never", "failed to").
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label, overlap

MIN_SCORE = 70.0


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.polarity == b.polarity or pair.score < MIN_SCORE:
        return None
    if "novelty" in (a.frame, b.frame):
        return None  # "not seen in over X" is a framing, DUR002
    if not overlap(a, b):
        return None
    pos, neg = (a, b) if a.polarity == "affirmed" else (b, a)
    return Hit(
        f"Polarity differs: affirmed in {label(pos)} ('{pos.sentence[:80]}') and negated in "
        f"{label(neg)} ('{neg.sentence[:80]}') for '{pos.value_text}'",
        subject=pos.context,
    )


RULE = Rule(
    code="NEG001",
    name="polarity-flip",
    severity=Severity.WARNING,
    kinds=("date", "quantity", "duration"),
    summary="The same proposition is affirmed in one source and negated in another",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Officials said a trade deal was concluded in 2025 after long talks.",
                "Officials said a trade deal could not be concluded in 2025 after long talks.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Officials said a trade deal could not be concluded in 2025 after long talks.",
                "Officials said a trade deal couldn't be concluded in 2025 after long talks.",
            ],
        },
    ),
)
