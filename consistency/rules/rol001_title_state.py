"""ROL001 title-state-conflict: a person's title is in conflicting states across sources
(designate vs confirmed, acting vs permanent, elect vs in office).

Contradiction:
    "US ambassador-designate Jane Roe" vs "US Ambassador to Chile Jane Roe".

Consistent:
    "Ambassador Jane Roe" vs "US Ambassador to Chile Jane Roe" (same state).

Why it matters:
    Whether a nominee has been confirmed, or an official has left office, is a fact.

Known limits:
    A title marked as historic ("then Vice President", "President Obama's administration")
    is not compared; "former" or "late" against a plain title is not reported, as news
    style gives the title held at the time of the event told ("President Obama signed"
    in a story that elsewhere says "former President Obama"). A party's nominee ("the
    Democratic nominee for president") is a candidacy news recalls after the race is won,
    not a post awaiting confirmation.
    Names meet on the surname, so two people with one surname in a story can be compared.
"""

from __future__ import annotations

import re

from consistency import lexicon
from consistency.model import Claim, Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label, other_people


def _candidacy(c: Claim) -> bool:
    """A party's nominee ("the Republican nominee for governor"): a candidate in a race,
    which news recalls long after it is won, not a post awaiting confirmation
    (affiliations.txt)."""
    if c.extra.get("state", "") != "nominee":
        return False
    words = set(re.findall(r"[a-z]+", c.value_text.lower()))
    return bool(words & lexicon.words("affiliations.txt"))


def _held_now(state: str) -> str:
    """A title's state less the words that say the post is held now ("outgoing",
    role_states.toml): an outgoing mayor is the mayor."""
    now = lexicon.table("role_states.toml")["in_office"]
    return " ".join(w for w in state.split() if w not in now)


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.predicate != b.predicate:
        return None
    sa, sb = _held_now(a.extra.get("state", "")), _held_now(b.extra.get("state", ""))
    if sa == sb or other_people(a, b):
        return None  # one state, or two people of one surname
    if "yes" in (a.extra.get("historic"), b.extra.get("historic")):
        return None  # "then Vice President-elect", "President Obama's administration"
    if "former" in (sa, sb) and (a.extra.get("in_quote") or b.extra.get("in_quote")):
        return None  # a speaker's own words name a past title
    if not (sa and sb) and set(f"{sa} {sb}".split()) & {"former", "late"}:
        # "former President Obama" vs "President Obama ... for using his authority": news
        # style gives a person the title held at the time of the event told, so a plain
        # title beside "former" or "late" is history, not a contradiction
        return None
    if _candidacy(a) or _candidacy(b):
        return None  # "the Democratic nominee for president, Joe Biden": the race, then
    name = a.extra.get("name") or b.extra.get("name") or a.subject
    return Hit(
        f"Title differs: '{a.value_text}' ({label(a)}, {sa or 'in office'}) vs "
        f"'{b.value_text}' ({label(b)}, {sb or 'in office'}) for {name}",
        subject=f"{a.subject} {a.predicate}",
    )


RULE = Rule(
    code="ROL001",
    name="title-state-conflict",
    severity=Severity.WARNING,
    kinds=("role",),
    summary="A person's title is designate, acting or elect in one source and not in another",
    check=check,
    doc=__doc__,
    cases=(
        {  # an outgoing official holds the post now
            "expect": "consistent",
            "articles": [
                "Mayor Peter Lund, who is barred by term limits from a third term, did not vote.",
                "Outgoing Mayor Peter Lund did not endorse either candidate in the race.",
            ],
        },
        {  # a party's nominee is a candidacy, recalled after the race is won
            "expect": "consistent",
            "articles": [
                "Governor Dana Whitfield signed the budget on Monday.",
                "The letter had been sent to the Republican nominee for governor, Dana "
                "Whitfield, during the campaign.",
            ],
        },
        {  # a nominee for a post that needs confirmation is not yet in it
            "expect": "contradiction",
            "articles": [
                "Ambassador nominee Jane Roe arrived in Santiago on Monday.",
                "US Ambassador to Chile Jane Roe arrived in Santiago on Monday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "US ambassador-designate Jane Roe arrived in Santiago on Monday.",
                "US Ambassador to Chile Jane Roe arrived in Santiago on Monday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Ambassador Jane Roe arrived in Santiago on Monday.",
                "US Ambassador to Chile Jane Roe arrived in Santiago on Monday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Former President John Doe criticised the plan on Monday.",
                "The plan reverses a rule President John Doe signed in 2015.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Acting Attorney General Mary Poe announced the charges on Monday.",
                "Attorney General Mary Poe announced the charges on Monday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The aide misled the team, including then Vice President-elect Jane Roe, in 2019.",
                "The aide said he had misled Vice President Jane Roe in 2019.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Acting Sheriff John Reyes said the county jail would be inspected.",
                "Sheriff Mark Reyes said the county jail would be inspected.",
            ],
        },
    ),
)
