"""The whole route: a whole set, told by its size ("the 11 million undocumented immigrants in
the country" / "deporting all 33 million undocumented immigrants"; "the 27 member states of
the bloc" / "all 27 member states").

A count written with a word that makes it a whole ("the", "all", "all the", "its",
"their", a name in the possessive: "the bloc's 27 members") names a set by its size, and an
outlet that gives one such size for a noun gives the size of the set the story is about.
So two such counts meet here when each is the only whole its article gives for that noun
(the same unit, through count_nouns.toml), both affirmed, asserted and in the outlet's own
words, and the words of their sentences share a rare word (anchors.sentence_weight reaches
half of anchors.MIN_WEIGHT). A count after an ordinal or a limit ("the first 100 days",
"the top 10 schools") is no whole; an article that gives two wholes of one noun (the two
sides of a vote, "the 11 million immigrants" and "the 800,000 brought as children" are
told with other nouns or not as wholes) pairs nothing of that noun.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.align.tolls import single_value_pairs
from consistency.model import Claim, Pair

# the words before a count that make it a whole: "the", "all (of) the", "its", "their",
# "the bloc's"
_WHOLE_RE = re.compile(r"(?:\b(?:all(?:\s+of)?\s+the|all|the|its|their)|\b[A-Z][\w.-]*['’]s)\s+$")


def whole_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of the single wholes of one noun that outlets of one story give (`idf`: the
    story's, from anchors.story_idf)."""
    found: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind != "quantity" or not c.unit or not c.unit.islower() or c.unit == "percent":
            continue
        if c.polarity == "negated" or c.modality != "asserted" or c.extra.get("in_quote"):
            continue
        if not c.subject.endswith("s") or not whole(c):
            continue
        found[c.unit][c.article_id].append(c)
    return single_value_pairs(found, story, idf, "whole")


def whole(c: Claim) -> bool:
    """The count is written as the size of a whole set ("the 27 member states", "all 33
    million immigrants")."""
    at = c.sentence.find(c.value_text)
    return at >= 0 and bool(_WHOLE_RE.search(c.sentence, max(0, at - 40), at))
