"""The amount route: the one sum of money each outlet gives ("A Texas hospital system has
agreed to pay $3.8 million to settle allegations that it overbilled Medicare" / "Lone Star
Health will hand the federal government $5.8 million to resolve claims that it billed
Medicare").

An article that names a single sum of money in a currency, however often it repeats it,
tells a story about that sum (a settlement, a fine, a grant, a contract), so two such sums
meet here when each is the only value its article gives in that currency, first written in
its lead (the first LEAD sentences: the news itself, not its background), both affirmed,
asserted and in the outlet's own words, and their sentences share rare words (the summed
inverse document frequency of their shared anchors reaches anchors.MIN_WEIGHT). An article
that gives two sums in a currency pairs none of them here.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.anchors import MIN_WEIGHT
from consistency.align.tolls import single_value_pairs
from consistency.model import Claim, Pair

LEAD = 2  # sentences of an article that make its lead


def amount_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of the single sums of one currency that outlets of one story give (`idf`: the
    story's, from anchors.story_idf)."""
    found: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind == "quantity" and c.unit.isupper():  # a currency code: "USD", "EUR"
            found[c.unit][c.article_id].append(c)
    return single_value_pairs(found, story, idf, "amount", weight=MIN_WEIGHT, first=_in_lead)


def _in_lead(c: Claim) -> bool:
    """The sum is first written in the lead, affirmed, asserted, in the outlet's words."""
    return (
        c.sentence_index < LEAD
        and c.polarity == "affirmed"
        and c.modality == "asserted"
        and not c.extra.get("in_quote")
    )
