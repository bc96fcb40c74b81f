"""The toll route: the one count of a kind each outlet gives ("Police arrested 12 people on
Saturday after protesters blocked the entrance to city hall" / "Officers detained nine
people after demonstrators chained themselves to the doors of city hall").

How many were killed, injured, arrested, missing or displaced (the running classes of
predicates.toml) is a fact a story tells once, and an outlet that gives a single count of
one kind of people gives it about the news itself, however differently the sentences
around it read. So two counts meet here when each is the only value its article gives for
that kind and that noun (the same unit, counted through count_nouns.toml; for the
displaced any noun of people, people_nouns.txt, is "people"), both affirmed, asserted and
in the outlet's own words, and the words of their sentences share a rare word
(anchors.sentence_weight reaches half of anchors.MIN_WEIGHT). An article that gives two
values of one kind (a count for each of two days, or a part and the whole) pairs nothing
of that kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from consistency import lexicon
from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets
from consistency.lexicon.predicates import count_unit, running_classes
from consistency.model import Claim, Pair

SCORE = 75.0
_OF_PEOPLE = frozenset({"killed", "injured"})  # tolls that count people when no noun is
# written ("put the death toll at 32", "killing 23 and injuring more than 200")


def toll_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of the single counts of one kind and noun that outlets of one story give
    (`idf`: the story's, from anchors.story_idf)."""
    classes = running_classes()
    found: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind != "quantity" or c.predicate not in classes:
            continue
        if not c.subject and c.predicate not in _OF_PEOPLE:
            continue
        if c.polarity == "negated" or c.modality != "asserted" or c.extra.get("in_quote"):
            continue
        unit = _unit(c.subject, c.predicate) if c.subject else "people"
        found[(c.predicate, unit)][c.article_id].append(c)
    return single_value_pairs(found, story, idf, "toll")


def age_limit_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of the single age limits outlets of one story give ("selling handguns to young
    adults under age 21" / "a minimum age of 21 to purchase handguns"; "children ages 12
    and older"): a rule a story tells is told with one age, whichever side of it the
    sentence looks from, so the one age limit each article writes meets the other's when
    their sentences share a rare word (route "limit")."""
    found: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for c in claims:
        if c.kind != "quantity" or c.unit != "age":
            continue
        if c.polarity == "negated" or c.modality == "hedged" or c.extra.get("in_quote"):
            continue
        found[("age", "")][c.article_id].append(c)
    return single_value_pairs(found, story, idf, "limit")


def single_value_pairs(
    found: dict,
    story: str,
    idf: dict[str, float],
    route: str,
    weight: float = MIN_WEIGHT / 2,
    first: Callable[[Claim], bool] | None = None,
) -> list[Pair]:
    """For each key of `found` (key -> article -> claims), the first claim of each article
    that gives the key one value (and, with `first`, whose first claim passes it), paired
    across outlets where their sentences share rare words of `weight` (by default half the
    anchor route's: the key already says much of what they are about)."""
    out: list[Pair] = []
    for key in sorted(found):
        single = sorted(
            (
                v[0]
                for v in found[key].values()
                if len({c.value for c in v}) == 1 and (first is None or first(v[0]))
            ),
            key=lambda c: (c.article_id, c.start),
        )
        out += [
            Pair(a, b, SCORE, story, route=route)
            for a, b in across_outlets(single)
            if sentence_weight(a, b, idf) >= weight
        ]
    return out


def _unit(noun: str, kind: str) -> str:
    """What a count counts: for the displaced, "people" for any noun of people
    (people_nouns.txt), so that "about 800 residents" evacuated meets "more than 1,200
    people" moved out (those made to leave a place are its people); else the noun's unit
    (count_nouns.toml): "two civilians" killed are a part of "five people" killed."""
    if kind == "displaced" and noun.lower() in lexicon.words("people_nouns.txt"):
        return "people"
    return count_unit(noun)
