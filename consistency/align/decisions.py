"""The decision route: one measure approved in one outlet and rejected in another, the measure
known by the figure both give it ("Voters in Marion County approved a $95 million bond
measure" / "A $95 million bond to replace the county jail was rejected by voters").

An act of deciding (opposites.toml groups "approved" and "rejected", less the acts of a
second body that follow a vote: a veto, a court's overturning, a denial) meets another
outlet's opposite act when both sentences give the same figure that names one thing (a sum
of money, a decimal, a number with thousands separators, "a 12-story hotel":
lexicon.patterns.MEASURE_FIGURE_RE), which names the measure decided (a bond, a contract, a
budget, a building), and their sentences share rare words beyond
it (the summed inverse document frequency of their shared anchors reaches half of
anchors.MIN_WEIGHT). Acts that are denied, hedged, forecast or quoted are not compared, nor
are acts of an article that tells the measure both approved and rejected ("passed by the
House, rejected by the Senate").
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from consistency import lexicon
from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets
from consistency.lexicon.patterns import measure_figures
from consistency.lexicon.predicates import verb_key
from consistency.model import Claim, Pair

SCORE = 75.0


def decision_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of opposite decisions on one measure from different outlets of one story
    (`idf`: the story's, from anchors.story_idf)."""
    sides = _sides()
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        side = sides.get(c.value) if c.kind == "act" else None
        if side is None or c.polarity != "affirmed" or c.modality != "asserted":
            continue
        if c.extra.get("in_quote"):
            continue
        for figure in measure_figures(c.sentence):
            groups[figure].append(c)
    out: list[Pair] = []
    for figure in sorted(groups):
        members = sorted(groups[figure], key=lambda c: (c.article_id, c.start))
        told: dict[str, set[str]] = defaultdict(set)
        for c in members:
            told[c.article_id].add(sides[c.value])
        for a, b in across_outlets(members):
            if sides[a.value] == sides[b.value]:
                continue
            if len(told[a.article_id]) > 1 or len(told[b.article_id]) > 1:
                continue  # an article that tells both outcomes tells two bodies' votes
            if sentence_weight(a, b, idf, drop=figure) >= MIN_WEIGHT / 2:
                out.append(Pair(a, b, SCORE, story, route="decision"))
    return out


@cache
def _sides() -> dict[str, str]:
    """Verb key -> the side of a decision it tells ("approv" -> "approved")."""
    table = lexicon.table("opposites.toml")
    later = set(table.get("decisions", {}).get("not", []))
    out: dict[str, str] = {}
    for side in ("approved", "rejected"):
        for word in table["groups"][side]:
            if " " not in word and word not in later:
                out[verb_key(word)] = side
    return out
