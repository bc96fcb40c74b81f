"""The act route: the dates of one act ("Eleanor Voss, who led the society for three
decades, died Friday, Jan. 3" / "Voss died at her home on Sunday"). A named person's act,
told by two outlets with the same verb, is one event however differently the sentences
around it read, so the dates each outlet gives it meet here.

A date belongs to an act when it stands in the act's sentence and its own verb is the
act's (normalize.dates.event_verb). Acts meet by who did them ("Voss died") or, for a
passive or an act with a named object, by who they were done to ("Pike was arrested" /
"police arrested Pike"); a party or a body ("Democrats voted", "the Senate voted") acts
too often in one story to be one event. An act an outlet dates more than once (two days
for "Ruiz met", one meeting and another) pairs nothing: it is no single event.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from consistency import lexicon
from consistency.align.named import across_outlets, dated_apart
from consistency.lexicon.predicates import verb_key
from consistency.model import Claim, Pair

SCORE = 80.0


def acted_pairs(claims: list[Claim], story: str) -> list[Pair]:
    """Pairs of dates from different outlets of one story that date one act."""
    dates: dict[tuple[str, int, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if _dates_an_act(c):
            dates[(c.article_id, c.sentence_index, verb_key(c.predicate))].append(c)
    if not dates:
        return []
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind != "act" or c.polarity != "affirmed":
            continue
        dated = dates.get((c.article_id, c.sentence_index, c.value), [])
        for key in _keys(c):
            groups[key] += dated
    out: list[Pair] = []
    seen: set[tuple[str, str]] = set()
    for key in sorted(groups):
        members = sorted(
            {c.claim_id: c for c in groups[key]}.values(), key=lambda c: (c.article_id, c.start)
        )
        if dated_apart(members):
            continue
        for a, b in across_outlets(members):
            if (a.claim_id, b.claim_id) not in seen:
                seen.add((a.claim_id, b.claim_id))
                out.append(Pair(a, b, SCORE, story, route="act"))
    return out


def _dates_an_act(c: Claim) -> bool:
    """A date written out ("Friday", "Jan. 3", "2019"; not "this afternoon"), by the outlet
    (not inside a quotation, where "this afternoon" is the speaker's day), affirmed, with a
    verb of its own, and naming no thing ("the Jan. 6 riot")."""
    return (
        c.kind == "date"
        and bool(c.value and c.predicate and c.extra.get("written"))
        and c.polarity == "affirmed"
        and not c.extra.get("in_quote")
        and not c.extra.get("names")
    )


def _keys(act: Claim) -> list[tuple[str, str, str]]:
    """Who did the act and, for a passive or an act with a named object, who it was done
    to: "Voss died" -> ("by", "voss", "died"); "Pike was arrested" and "police arrested
    Pike" -> ("to", "pike", "arrest")."""
    out = []
    if act.extra.get("voice") == "passive":
        out.append(("to", act.subject, act.value))
    else:
        out.append(("by", act.subject, act.value))
        if act.extra.get("object"):
            out.append(("to", act.extra["object"], act.value))
    return [k for k in out if k[1] and k[1].rstrip("s") not in _bodies()]  # "Democrats
    # voted": a body acts many times in one story


@cache
def _bodies() -> frozenset[str]:
    """Parties and bodies, which act too often in one story to date one event."""
    return lexicon.words("affiliations.txt") | lexicon.words("org_words.txt")
