"""The casualty route: one toll told as deaths by one outlet and as injuries by another
("Flooding killed at least nine people" / "the downpour ... wounded at least eight people").

A count of the dead and a count of the injured are two facts, and most stories give both;
they are one fact told two ways only when each outlet tells one kind and never the other
(no count of it, and no word of it beside its own count: "killing five and injuring seven").
So two counts meet here when one is of the killed and the other of the injured (the
predicate classes of predicates.toml), each in an article whose counts are all of its own
kind, from different outlets, affirmed and in the outlet's own words, of people alike
(people_nouns.txt: the same noun, or "people" on either side), and their sentences share
rare words beyond the story's topic (anchors.sentence_weight reaches anchors.MIN_WEIGHT):
the same event.
Only STA002 reads these pairs (rules.base.EXCLUSIVE_ROUTES).
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency import lexicon
from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.lexicon.predicates import count_unit, predicate_class
from consistency.model import Claim, Pair

KINDS = ("killed", "injured")
_WORD_RE = re.compile(r"[a-z]+")
GENERIC = frozenset({"", "people", "person", "persons"})  # a count of people, of no kind
MAX_MEMBERS = 24  # casualty counts of one kind in a story; more is a roundup of many events
SCORE = 75.0


def casualty_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of a killed count and an injured count from outlets that each tell one kind
    (`idf`: the story's, from anchors.story_idf)."""
    told: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "quantity" and c.predicate in KINDS:
            told[c.article_id].add(c.predicate)
            other = KINDS[1] if c.predicate == KINDS[0] else KINDS[0]
            if _names_kind(c.sentence, other):
                told[c.article_id].add(other)  # "killing five people and injuring seven"
    if len(told) < 2:
        return []
    sides: dict[str, list[Claim]] = {k: [] for k in KINDS}
    for c in claims:
        if (
            c.kind == "quantity"
            and c.predicate in KINDS
            and told[c.article_id] == {c.predicate}
            and c.polarity != "negated"
            and c.modality == "asserted"
            and not c.extra.get("in_quote")
        ):
            sides[c.predicate].append(c)
    killed, injured = sides["killed"], sides["injured"]
    if not killed or not injured or len(killed) > MAX_MEMBERS or len(injured) > MAX_MEMBERS:
        return []
    out: list[Pair] = []
    for k in killed:
        for i in injured:
            if k.source and k.source == i.source:
                continue  # one outlet's two articles: no cross-source disagreement
            if not _people_alike(k, i) or sentence_weight(k, i, idf) < MIN_WEIGHT:
                continue
            a, b = (k, i) if (k.article_id, k.start) <= (i.article_id, i.start) else (i, k)
            out.append(Pair(a, b, SCORE, story, route="casualty"))
    return sorted(out, key=lambda p: (p.a.claim_id, p.b.claim_id))


def _names_kind(sentence: str, kind: str) -> bool:
    """The sentence has a word of the kind (predicates.toml: "injuring", "dead"), counted
    or not ("killing five people and injuring seven")."""
    words = set(_WORD_RE.findall(sentence.lower()))
    return any(predicate_class(w) == kind for w in words)


def _people_alike(a: Claim, b: Claim) -> bool:
    """Both count people (people_nouns.txt): the same noun, or "people" on either side."""
    na, nb = a.subject.lower(), b.subject.lower()
    people = lexicon.words("people_nouns.txt") | GENERIC
    if na not in people or nb not in people:
        return False  # "wounded in more than 400 shootings": no toll
    return na in GENERIC or nb in GENERIC or count_unit(na) == count_unit(nb)
