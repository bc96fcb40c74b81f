"""The lead route: the day of the news itself, as two outlets of the same day lead with it
("Senate Republicans on Monday called for spending $568 billion on roads" / "Senate
Republicans unveiled a $568 billion infrastructure plan Thursday"). An outlet's first
sentence tells the latest development of its story; two outlets published on the same day
that open on the same actor and the same rare things tell the same development, whatever
verbs they tell it with.

Two dates meet here when each is the only weekday written in its article's first sentence,
outside a quotation, affirmed and asserted; both articles were published on the same day;
the name that opens both sentences ends in the same word (said._SUBJECT_RE: "Senate
Republicans", "President Biden"); and the two sentences share rare words beyond that name
(the summed inverse document frequency of their shared anchors reaches anchors.MIN_WEIGHT).
Outlets of different days each lead with their own day's news, and pair nothing here.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets
from consistency.align.said import opening_name
from consistency.model import Claim, Pair

SCORE = 75.0


def lead_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of lead weekdays from different outlets of one story published on one day
    (`idf`: the story's, from anchors.story_idf)."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if _lead_weekday(c):
            by_article[c.article_id].append(c)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for found in by_article.values():
        if len(found) != 1:
            continue  # a lead with two days tells two moments
        c = found[0]
        actor = opening_name(c.sentence)
        if actor:
            groups[(c.published or "", actor)].append(c)
    out: list[Pair] = []
    for (_, actor), members in sorted(groups.items()):
        members.sort(key=lambda c: (c.article_id, c.start))
        for a, b in across_outlets(members):
            if sentence_weight(a, b, idf, drop=actor) >= MIN_WEIGHT:
                out.append(Pair(a, b, SCORE, story, route="lead"))
    return out


def _lead_weekday(c: Claim) -> bool:
    return (
        c.kind == "date"
        and c.sentence_index == 0
        and bool(c.value)
        and bool(c.published)
        and c.polarity == "affirmed"
        and c.modality == "asserted"
        and not c.extra.get("in_quote")
        and not c.extra.get("names")
        and any(p.startswith("W") for p in c.extra.get("written", "").split())
    )
