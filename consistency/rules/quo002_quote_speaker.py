"""QUO002 quote-speaker-conflict: the same quotation is attributed to different speakers.

Contradiction:
    Ann Lee said: "We will rebuild every home by spring." vs Tom Park said: "We will
    rebuild every home by spring."

Consistent:
    The same words from the same speaker; short phrases (fewer than six words, such as a
    motto or a slogan) that several people may well quote.

Why it matters:
    Putting one person's words in another's mouth is among the most serious errors.

Known limits:
    Needs a speaker named on both sides: a speaker carried by a pronoun ("he said") from the
    article's last named speaker, or a title without a name ("the group's president"), is
    not trusted for this rule. A name after a title ("Campaign President Chad Griffin") is
    the speaker.
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label, same_person, shorten

MIN_WORDS = 6  # shorter shared phrases ("in God we trust") are quoted by many people


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if not a.speaker or not b.speaker or a.speaker == b.speaker:
        return None
    if same_person(a.subject or a.speaker, b.subject or b.speaker):
        return None  # "Lt. David" and "Lt. David Bowman": one person, named in part
    weak = {"pronoun", "title"}
    if weak & {a.extra.get("speaker_via"), b.extra.get("speaker_via")}:
        return None  # "he said" carried from an earlier name, or a title without a name
    short, long_ = sorted((a.value, b.value), key=len)
    if len(short.split()) < max(opts.quote_min_words, MIN_WORDS) or short not in long_:
        return None
    return Hit(
        f"Quote attributed to different speakers: {a.subject or a.speaker} ({label(a)}) vs "
        f"{b.subject or b.speaker} ({label(b)}): “{shorten(short)}”",
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
        {
            "expect": "consistent",
            "articles": [
                "Flood Relief Fund President Ann Lee said: “We will rebuild every home in the "
                "valley by spring.”",
                "“We will rebuild every home in the valley by spring,” said Ann Lee, the "
                "fund's president.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                '"We have no reason to believe anyone else was involved," Lt. David said.',
                '"We have no reason to believe anyone else was involved," Lt. David Bowman '
                "said on Monday.",
            ],
        },
    ),
)
