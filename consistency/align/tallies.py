"""The tally route: the score of one game or the count of one vote, as each outlet gives
it ("Riverside United beat Oakmont FC 3-1" / "a 3-2 victory over visiting Oakmont FC";
"decided in a 5-2 vote" / "voted 6-1").

A story tells one game's score or one vote's count once, so two tallies of one kind (a
score, a vote, a series, a season's record: normalize.tallies) from different outlets
meet when each article gives that kind a single value, affirmed and outside a
quotation, and their sentences share rare words beyond the tally (the summed inverse
document frequency of their shared anchors reaches half of anchors.MIN_WEIGHT). An
article that gives two scores tells two games (or one game at two moments), and pairs
nothing of that kind.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.tolls import single_value_pairs
from consistency.model import Claim, Pair


def tally_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of tallies of one kind from different outlets that each give it one value
    (`idf`: the story's, from anchors.story_idf)."""
    found: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind == "tally" and c.polarity == "affirmed" and not c.extra.get("in_quote"):
            found[c.subject][c.article_id].append(c)
    return single_value_pairs(found, story, idf, "tally")
