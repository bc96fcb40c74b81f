"""The figure route: one figure bounded two ways ("militants fired more than 250 rockets" /
"fewer than 250 rockets"; "at least 15 million doses" / "at most 15 million doses").

Outlets that write the same uncommon figure for a thing are most often writing about one
fact, however their sentences are worded; what they put before it ("more than", "fewer
than", "nearly") is then what may disagree. Two figures meet here when they are the same
written value, at least one of them is bounded or approximate, the value is not one
every story uses (small counts, round tens below MIN_VALUE, years), their units agree
(or either has none), and the words around them share at least one rare word (a story's
topic words aside). A value written more than MAX_SAME times in the story pairs nothing:
it is the story's figure, repeated, not a fact to compare.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.align.anchors import anchors
from consistency.align.named import across_outlets
from consistency.model import Claim, Pair

MIN_VALUE = 10.0  # below this a figure is too common a value to pair on
MAX_SAME = 6  # claims of one value in a story; more is the story's own figure
MIN_RARE = 1.0  # summed inverse document frequency of the shared anchors
SCORE = 70.0
_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def figure_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of quantities from different outlets of one story that give one value (`idf`:
    the story's, from anchors.story_idf)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "quantity" and _pairable(c):
            groups[c.value].append(c)
    out: list[Pair] = []
    for value in sorted(groups):
        members = groups[value]
        if len(members) > MAX_SAME or len({c.article_id for c in members}) < 2:
            continue
        for a, b in across_outlets(members):
            if not (a.qualifier or b.qualifier) or a.qualifier.lower() == b.qualifier.lower():
                continue  # one value told alike: nothing to compare
            if a.unit and b.unit and a.unit != b.unit:
                continue
            shared = anchors(a).keys() & anchors(b).keys()
            if sum(idf.get(w, 0.0) for w in sorted(shared)) < MIN_RARE:
                continue
            out.append(Pair(a, b, SCORE, story, route="figure"))
    return out


def _pairable(c: Claim) -> bool:
    try:
        v = abs(float(c.value))
    except ValueError:
        return False
    if v < MIN_VALUE or c.extra.get("bounds"):
        return False
    return not (_YEAR_RE.fullmatch(c.value) and not c.unit)
