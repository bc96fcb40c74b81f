"""DUR002 duration-framing: a state said to have lasted about X is elsewhere said to be new
within X ("not seen in over X").

Contradiction:
    "relations have been strained for about two decades" vs "ties have faced challenges
    not seen in over two decades": one says the strain is twenty years old, the other that
    nothing like it happened in twenty years.

Consistent:
    "months of strain" vs "challenges not seen in over two decades": a months-old strain
    can be the worst in decades.

Why it matters:
    The two framings tell readers opposite histories of the same relationship.

Known limits:
    Novelty framing is read from "not seen/witnessed in", "first ... in", and superlatives
    followed by "in X"; the persisting state must be affirmed, in the same predicate class.
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    frames = {pair.a.frame, pair.b.frame}
    if frames != {"persist", "novelty"}:
        return None
    persist = pair.a if pair.a.frame == "persist" else pair.b
    novelty = pair.b if persist is pair.a else pair.a
    if persist.polarity != "affirmed" or persist.modality != "asserted":
        return None
    if persist.hi is None or novelty.lo is None:
        return None
    if persist.hi < opts.duration_novelty_overlap * novelty.lo:
        return None
    subject = persist.subject or novelty.subject or "the same subject"
    return Hit(
        f"Duration framing differs: {subject} '{persist.predicate}' for '{persist.value_text}' "
        f"({label(persist)}) vs not seen in '{novelty.value_text}' ({label(novelty)})",
        subject=f"{subject} {persist.predicate}",
    )


RULE = Rule(
    code="DUR002",
    name="duration-framing",
    severity=Severity.ERROR,
    kinds=("duration",),
    summary="A state lasting about X is elsewhere new within X ('not seen in over X')",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Japan-Korea relations have been strained for about three decades.",
                "Japan-Korea ties face tensions not seen in over three decades.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The visit comes after months of strain in Japan-Korea relations.",
                "Japan-Korea ties face tensions not seen in over three decades.",
            ],
        },
    ),
)
