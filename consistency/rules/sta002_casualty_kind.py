"""STA002 casualty-kind: one outlet counts the dead where another counts the injured, for
the same toll.

Contradiction:
    "Flooding killed at least nine people in the valley." vs "The flooding in the valley
    injured at least nine people." (neither outlet gives the other count).

Consistent:
    "The blast killed three people." vs "The blast killed three and injured 12." (an
    outlet that gives both counts tells two facts); "The crash killed two people." vs "The
    crash injured 40 people." (counts too far apart to be one toll).

Why it matters:
    Whether people died or were hurt is the first fact readers take from a disaster or an
    attack; an outlet that turns deaths into injuries, or the reverse, misreports the event.

Confidence rests on:
    warning: the casualty route (consistency.align.casualties): each outlet's article
    counts only its own kind, the sentences share rare words beyond the story's topic,
    the people counted are alike, and the figures written are within FAR of each other (the
    larger at most FAR times the smaller, whatever bounds them: "at least nine" does not
    reach "30").

Known limits:
    An outlet that reports only the injured, on a day when no one had died, beside a later
    outlet that reports deaths, is flagged: the toll changed, and the finding says so by
    its dates. Counts of "victims" or "casualties" name no kind and are not compared.
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label

FAR = 1.5  # counts of one toll told two ways: the larger at most this many times the smaller


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if pair.route != "casualty" or a.predicate == b.predicate:
        return None
    try:
        va, vb = abs(float(a.value)), abs(float(b.value))
    except ValueError:
        return None
    if min(va, vb) <= 0 or max(va, vb) > FAR * min(va, vb):
        return None  # "at least nine killed" / "30 injured": two tolls, however bounded
    killed, injured = (a, b) if a.predicate == "killed" else (b, a)
    return Hit(
        f"Casualties differ in kind: '{killed.value_text}' killed ({label(killed)}) vs "
        f"'{injured.value_text}' injured ({label(injured)})",
        subject=f"casualties {killed.subject or 'people'}",
    )


RULE = Rule(
    code="STA002",
    name="casualty-kind",
    severity=Severity.WARNING,
    kinds=("quantity",),
    summary="One outlet counts the dead where another counts the injured, for one toll",
    check=check,
    doc=__doc__,
    routes=("casualty",),
    cases=(
        {  # the same toll, deaths in one outlet and injuries in the other
            "expect": "contradiction",
            "articles": [
                "Flash flooding along the Merrow River killed at least nine people on "
                "Saturday, county officials said.",
                "County officials said Saturday's flash flooding along the Merrow River "
                "injured at least eight people.",
            ],
        },
        {  # ... told in the passive, with a count a little apart
            "expect": "contradiction",
            "articles": [
                "At least 150 people were wounded in more than 400 shootings across the state "
                "over the holiday weekend, police data show.",
                "More than 180 people were killed in shootings across the state over the "
                "holiday weekend, according to police data.",
            ],
        },
        {  # an outlet giving both counts tells two facts
            "expect": "consistent",
            "articles": [
                "Flash flooding along the Merrow River killed at least nine people on "
                "Saturday, county officials said.",
                "Saturday's flash flooding along the Merrow River killed nine people and "
                "injured at least 14, county officials said.",
            ],
        },
        {  # an outlet naming both kinds beside its count tells two facts
            "expect": "consistent",
            "articles": [
                "A gas explosion at the Lorne bakery early on Monday killed five people and "
                "injured seven, fire officials said.",
                "Seven people were injured in the gas explosion at the Lorne bakery early on "
                "Monday, fire officials said.",
            ],
        },
        {  # a bound does not make two tolls one
            "expect": "consistent",
            "articles": [
                "Flash flooding along the Merrow River killed at least nine people on Saturday.",
                "Saturday's flash flooding along the Merrow River left 30 residents injured.",
            ],
        },
        {  # counts too far apart to be one toll
            "expect": "consistent",
            "articles": [
                "The bus crash on Route 9 near Dalby killed two people on Tuesday.",
                "Forty people were injured when a bus crashed on Route 9 near Dalby on Tuesday.",
            ],
        },
    ),
)
