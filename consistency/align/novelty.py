"""The novelty route: how long since something last happened, as two outlets tell it ("the
first new treatment for the disease in more than three decades" / "the first new therapy
for the disease in nearly two decades"). A story holds few such spans, and an outlet that
gives one gives it about the news itself, so two meet however differently the rest of the
sentences read.

Two spans meet here when each is the only affirmed span of its kind ("the first ... in N
years", "not seen in N years") its article gives, and the words near both in their
clauses share a rare word (the summed inverse document frequency of their shared anchors,
anchors.anchors, reaches half of anchors.MIN_WEIGHT): "the worst pandemic in a century"
does not meet "the first recall election in 18 years".
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.anchors import MIN_WEIGHT, anchors
from consistency.align.named import across_outlets
from consistency.model import Claim, Pair

SCORE = 75.0


def novelty_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of novelty spans from different outlets of one story (`idf`: the story's, from
    anchors.story_idf)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "duration" and c.frame == "novelty" and c.polarity == "affirmed":
            by_article[c.article_id].append(c)
    single = sorted(
        (v[0] for v in by_article.values() if len(v) == 1), key=lambda c: (c.article_id, c.start)
    )
    return [
        Pair(a, b, SCORE, story, route="novelty")
        for a, b in across_outlets(single)
        if _near_weight(a, b, idf) >= MIN_WEIGHT / 2
    ]


def _near_weight(a: Claim, b: Claim, idf: dict[str, float]) -> float:
    """How rare the words both spans have near them in their clauses are ("the first new
    medication for the disease in" / "the first new therapy to treat the disease in")."""
    return sum(idf.get(w, 0.0) for w in sorted(anchors(a).keys() & anchors(b).keys()))
