"""STA001 status-conflict: a legal or procedural state differs for the same subject
(bill vs law, alleged vs convicted, charged vs released, injured vs killed).

Contradiction:
    "the Clean Water Protection bill" vs "the Clean Water Protection law";
    "John Smith was injured" vs "John Smith was killed".

Consistent:
    "the Clean Water Protection law" in both; "John Smith was arrested" vs "John Smith was
    charged" (a later step, not a conflict).

Why it matters:
    Calling a bill a law, or a suspect a convict, misstates where a process stands.

Known limits:
    Legislation is matched by its name (with acronyms given in parentheses); people by
    surname. Only pairs listed as conflicting in data/status.toml are reported.
"""

from __future__ import annotations

from consistency.lexicon.status import conflicts
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.predicate != b.predicate or a.value == b.value:
        return None
    if frozenset((a.value, b.value)) not in conflicts().get(a.predicate, frozenset()):
        return None
    return Hit(
        f"Status differs: {a.value} in {label(a)} ('{a.value_text}') vs {b.value} in "
        f"{label(b)} ('{b.value_text}')",
        subject=a.subject if len(a.subject) >= len(b.subject) else b.subject,
    )


RULE = Rule(
    code="STA001",
    name="status-conflict",
    severity=Severity.WARNING,
    kinds=("status",),
    summary="A legal or procedural state differs for the same subject (bill vs law...)",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "The senator praised the Clean Water Protection bill on Friday.",
                "The senator praised the Clean Water Protection law on Friday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Local resident Maria Lopez was injured in the attack.",
                "Local resident Maria Lopez was killed in the attack.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The senator praised the Clean Water Protection law on Friday.",
                "The senator praised the new Clean Water Protection law.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Ohio’s bill was drafted from a federal version, the governor said on Monday.",
                "The Ohio law was drafted from a federal version, the governor said on Monday.",
            ],
        },
    ),
)
