"""ROL002 title-refinement: one source gives a more specific title than another
("Spokesperson" vs "Principal Deputy Spokesperson").

Contradiction:
    Not a contradiction: reported as info, since the shorter title may overstate the rank.
    "Spokesperson John Doe" vs "Deputy Spokesperson John Doe".

Consistent:
    "Spokesperson John Doe" vs "State Department Spokesperson John Doe".

Why it matters:
    A deputy quoted as the spokesperson overstates who spoke.

Known limits:
    Rank words come from a list (deputy, principal, senior, assistant, vice, chief...).
"""

from __future__ import annotations

from consistency.lexicon.titles import changes_office
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.predicate != b.predicate or a.extra.get("state") != b.extra.get("state"):
        return None
    if a.extra.get("rank", "") == b.extra.get("rank", ""):
        return None
    if changes_office(a.predicate, a.extra.get("rank", ""), b.extra.get("rank", "")):
        return None  # "Vice President" is another office: ROL003
    name = a.extra.get("name") or b.extra.get("name") or a.subject
    return Hit(
        f"Title is more specific in one source: '{a.value_text}' ({label(a)}) vs "
        f"'{b.value_text}' ({label(b)}) for {name}",
        subject=f"{a.subject} {a.predicate}",
    )


RULE = Rule(
    code="ROL002",
    name="title-refinement",
    severity=Severity.INFO,
    kinds=("role",),
    summary="One source gives a more specific rank of the same title",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Spokesperson John Doe said the talks were useful.",
                "Deputy Spokesperson John Doe said the talks were useful.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Spokesperson John Doe said the talks were useful.",
                "State Department Spokesperson John Doe said the talks were useful.",
            ],
        },
    ),
)
