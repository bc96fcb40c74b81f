"""NUM003 running-count-update: a later article gives a higher running count.

Contradiction:
    A report published on 3 March says 12 people were killed; one published on 4 March says
    19 were killed. Counts of the dead, injured, arrested or cases grow as a story develops:
    this is an update, reported as info so the earlier copy can be corrected.

Consistent:
    The same count in both; or the later article gives the lower count (that is NUM001).

Why it matters:
    Readers of the earlier article see an outdated toll.

Known limits:
    Needs publication dates; without them the pair is left to NUM001.
"""

from __future__ import annotations

import math

from consistency.lexicon.predicates import running_classes
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.predicate not in running_classes() or not a.published or not b.published:
        return None
    if a.published == b.published:
        return None
    early, late = (a, b) if a.published < b.published else (b, a)
    # compare the figures themselves: "at least 12" then "at least 19" is an update
    if float(late.value) <= float(early.value):
        return None
    lo, hi = early.lo, early.hi
    if lo is not None and hi is not None and lo < hi < math.inf and lo <= float(late.value) <= hi:
        return None  # "between 40 and 50" then 46: inside the range told, no update
    return Hit(
        f"Running count updated: '{early.value_text}' ({label(early)}, {early.published}) then "
        f"'{late.value_text}' ({label(late)}, {late.published}) for {a.predicate}",
        subject=a.predicate,
    )


RULE = Rule(
    code="NUM003",
    name="running-count-update",
    severity=Severity.INFO,
    kinds=("quantity",),
    summary="A later article reports a higher running count (killed, injured, arrested, cases)",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                {
                    "text": "At least 12 people were killed in the floods.",
                    "published": "2024-03-03",
                },
                {
                    "text": "At least 19 people were killed in the floods.",
                    "published": "2024-03-04",
                },
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                {"text": "Twelve people were killed in the floods.", "published": "2024-03-03"},
                {"text": "12 people were killed in the floods.", "published": "2024-03-04"},
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                {
                    "text": "Between 40 and 50 people were injured in the quake, officials said.",
                    "published": "2024-05-10",
                },
                {
                    "text": "Officials said 46 people were injured in the quake.",
                    "published": "2024-05-11",
                },
            ],
        },
    ),
)
