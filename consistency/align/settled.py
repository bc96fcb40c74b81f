"""Pairs an article's other sentences settle: what one outlet says elsewhere shows two of
its figures are not one fact.

- Ages: an article that gives a person or a noun the other side's age too ("a 15-year-old
  boy ... a 17-year-old boy" beside "a 17-year-old boy") knows of both; it contradicts
  neither, whichever two the routes met.
- Counts split into parts: an article that counts some of a set and then "N other" of it
  ("Two firefighters were hospitalized ... Four other firefighters were hurt") gives parts
  of a whole; a part is not compared with the other side's whole when a count and the
  "other" counts of that noun add up to it (2 + 4 beside "Six firefighters were injured").

- Amounts a sentence adds together ("$14 billion for disasters as well as $6.4 billion for
  Afghan resettlement") are parts of whatever whole another outlet gives that is at least
  their sum ("$24 billion", "more than $30 billion").

Minimal pairs (the sentence route) are never dropped: the same sentence but for a figure
is a disagreement whatever else the article says.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.model import Claim, Pair

_OTHER_RE = re.compile(r"\s+other\b", re.IGNORECASE)
# words that add one amount to another in a sentence: "$14 billion ... as well as $6.4
# billion", "and another $6.4 billion", "plus $2 million"
_ADDED_RE = re.compile(
    r"\b(?:as well as|another|plus|in addition to|on top of|additional)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def drop_settled(pairs: list[Pair], claims: list[Claim]) -> list[Pair]:
    """`pairs` less those the articles' other sentences settle (see the module docstring)."""
    ages: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], set[float]] = defaultdict(set)  # not "N other"
    others: dict[tuple[str, str], float] = defaultdict(float)  # the "N other" of a noun
    for c in claims:
        if c.kind == "duration" and c.frame == "age" and c.predicate:
            ages[(c.article_id, c.predicate)].add(c.value)
        elif c.kind == "quantity" and c.unit and c.unit.islower() and c.unit != "percent":
            key = (c.article_id, c.unit)
            at = c.sentence.find(c.value_text)
            if at >= 0 and _OTHER_RE.match(c.sentence, at + len(c.value_text)):
                others[key] += float(c.value)
            else:
                counts[key].add(float(c.value))

    def known_ages(a: Claim, b: Claim) -> bool:
        if a.kind != "duration" or a.frame != "age" or b.frame != "age":
            return False
        return (
            b.value in ages[(a.article_id, a.predicate)]
            or a.value in ages[(b.article_id, b.predicate)]
        )

    def parts(a: Claim, b: Claim) -> bool:
        if a.kind != "quantity" or a.unit != b.unit:
            return False
        for part, whole in ((a, b), (b, a)):
            key = (part.article_id, part.unit)
            if key in others and any(
                abs(others[key] + v - float(whole.value)) < 1e-9 for v in counts[key]
            ):
                return True  # "two ... four other" and "six": parts of the whole
        return False

    itemized = _itemized(claims)

    def in_a_bigger_whole(a: Claim, b: Claim) -> bool:
        for part, whole in ((a, b), (b, a)):
            total = itemized.get(part.claim_id)
            if total is not None and whole.lo is not None and whole.lo >= total - 1e-9:
                return True  # "$14 billion ... as well as $6.4 billion" / "$24 billion"
        return False

    return [
        p
        for p in pairs
        if p.route == "sentence"
        or not (known_ages(p.a, p.b) or parts(p.a, p.b) or in_a_bigger_whole(p.a, p.b))
    ]


def _itemized(claims: list[Claim]) -> dict[str, float]:
    """Amounts a sentence adds together ("$14 billion for disasters as well as $6.4 billion
    for resettlement"): each claim id with the sum of its sentence's items."""
    by_sentence: dict[tuple[str, int, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and c.unit and c.unit != "percent" and c.lo is not None:
            by_sentence[(c.article_id, c.sentence_index, c.unit)].append(c)
    out: dict[str, float] = {}
    for items in by_sentence.values():
        if len(items) < 2:
            continue
        items.sort(key=lambda c: c.start)
        added = any(
            _ADDED_RE.search(c.sentence[: c.sentence.find(c.value_text)]) for c in items[1:]
        )
        if added:
            total = sum(float(c.value) for c in items)
            out.update({c.claim_id: total for c in items})
    return out
