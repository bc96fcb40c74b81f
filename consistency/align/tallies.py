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

from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets
from consistency.model import Claim, Pair

SCORE = 75.0


def tally_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of tallies of one kind from different outlets that each give it one value
    (`idf`: the story's, from anchors.story_idf)."""
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "tally" and c.polarity == "affirmed" and not c.extra.get("in_quote"):
            by_kind[c.subject].append(c)
    out: list[Pair] = []
    for kind in sorted(by_kind):
        values: dict[str, set[str]] = defaultdict(set)
        for c in by_kind[kind]:
            values[c.article_id].add(c.value)
        single = sorted(
            (c for c in by_kind[kind] if len(values[c.article_id]) == 1),
            key=lambda c: (c.article_id, c.start),
        )
        for a, b in across_outlets(single):
            if a.value != b.value and sentence_weight(a, b, idf) >= MIN_WEIGHT / 2:
                out.append(Pair(a, b, SCORE, story, route="tally"))
    return out
