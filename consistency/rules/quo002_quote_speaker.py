"""QUO002 quote-speaker-conflict: the same quotation is attributed to different speakers.

Contradiction:
    Ann Lee said: "We will rebuild every home by spring." vs Tom Park said: "We will
    rebuild every home by spring."

Consistent:
    The same words from the same speaker; short common phrases (fewer than four words)
    that two people may well both say.

Why it matters:
    Putting one person's words in another's mouth is among the most serious errors.

Known limits:
    Needs a speaker named on both sides: a speaker carried by a pronoun ("he said") from the
    article's last named speaker is not trusted for this rule.
"""

from __future__ import annotations

from consistency.align import Pair
from consistency.model import Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if not a.speaker or not b.speaker or a.speaker == b.speaker:
        return None
    if "pronoun" in (a.extra.get("speaker_via"), b.extra.get("speaker_via")):
        return None  # "he said" carried from an earlier name is too weak for an error
    short, long_ = sorted((a.value, b.value), key=len)
    if len(short.split()) < opts.quote_min_words or short not in long_:
        return None
    return Hit(
        f"Quote attributed to different speakers: {a.subject or a.speaker} ({label(a)}) vs "
        f"{b.subject or b.speaker} ({label(b)}): “{short[:80]}”",
        subject=short[:80],
    )


RULE = Rule(
    code="QUO002",
    name="quote-speaker-conflict",
    severity=Severity.ERROR,
    kinds=("quote",),
    summary="The same quotation is attributed to different speakers",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Ann Lee said: “We will rebuild every home in the valley by spring.”",
                "Tom Park said: “We will rebuild every home in the valley by spring.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Ann Lee said: “We will rebuild every home in the valley by spring.”",
                "“We will rebuild every home in the valley by spring,” Ann Lee said.",
            ],
        },
    ),
)
