"""The change route: one measure said to move opposite ways by two outlets ("net income
rose" / "a decline in net income"; "expects consolidated sales to increase" / "to
decrease").

Changes (consistency.normalize.changes) meet when their measures have one head (as a
predicate class) and the words of one measure are all among the other's ("sales" /
"consolidated sales"), they move on opposite sides of one axis (changes.toml), and their
sentences share rare words beyond the measure (anchors.sentence_weight reaches half of
anchors.MIN_WEIGHT) or a specific figure ("$3.50", "40.6%"). An article that moves one
measure both ways, as outcomes or as forecasts (two periods, two segments: "sales rose in
Asia and fell in Europe"), pairs nothing of that measure; one that gives more than
MAX_COMPARED changes of one head, in both directions, is read so without comparing them
all.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets
from consistency.lexicon.changes import measures_nest, opposed_directions
from consistency.model import Claim, Pair

SCORE = 70.0
MAX_COMPARED = 50  # changes of one head in one article compared every two


def change_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of changes of one measure from different outlets that move opposite ways."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "change" and c.polarity == "affirmed":
            groups[c.predicate].append(c)
    out: list[Pair] = []
    for key in sorted(groups):
        members = groups[key]
        if len({c.article_id for c in members}) < 2:
            continue
        both_ways = _moved_both_ways(members)
        for a, b in across_outlets(members):
            if frozenset((a.value, b.value)) not in opposed_directions():
                continue
            if a.article_id in both_ways or b.article_id in both_ways:
                continue
            if not measures_nest(a.subject, b.subject):
                continue
            if sentence_weight(a, b, idf, drop=key) < MIN_WEIGHT / 2 and not _shared_figure(a, b):
                continue
            out.append(Pair(a, b, SCORE, story, route="change"))
    return out


_FIGURE_RE = re.compile(r"\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|\d{3,}")


def _shared_figure(a: Claim, b: Claim) -> bool:
    """Both sentences give one specific figure ("$3.50 ... 40.6%"): one fact told."""
    return bool(set(_FIGURE_RE.findall(a.sentence)) & set(_FIGURE_RE.findall(b.sentence)))


def _moved_both_ways(members: list[Claim]) -> set[str]:
    """Articles that move one measure opposite ways, both as outcomes or both as forecasts
    ("sales rose" beside "expects sales to fall" is an outcome and a forecast)."""
    out = set()
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in members:
        by_article[c.article_id].append(c)
    for article, cs in by_article.items():
        if len(cs) > MAX_COMPARED:
            if len({c.value for c in cs}) > 1:
                out.add(article)  # an article that moves one head so often, both ways, is
                # read as moving it both ways: the work stays linear
            continue
        if any(
            frozenset((x.value, y.value)) in opposed_directions()
            and measures_nest(x.subject, y.subject)
            and (x.modality == "forecast") == (y.modality == "forecast")
            for i, x in enumerate(cs)
            for y in cs[i + 1 :]
        ):
            out.add(article)
    return out
