"""The named route: dates that name the same thing ("the 2015 nuclear deal" / "a 2010
nuclear deal", "the Jan. 6 riot" / "the Jan. 16 insurrection") meet across the articles of
a story, wherever their sentences stand and however they are worded.

A date names a thing when it stands between a determiner and a noun (normalize.date_things
keys it by the noun's predicate class). Two dates of one name that differ are paired only
when nothing says they name two things:
- one article names the thing with dates that differ ("the 2016 election ... the 2020
  election"): the name pairs nothing in that story;
- either article writes the other's date anywhere;
- one year is before its article's and the other after (an election past, one to come);
- the two sentences share no rare words beyond the name (the story's topic words aside).

Ages meet the same way: a person, or a kind of person ("a 16-year-old girl"), to whom each
of two articles gives one age, is one person; so is a thing given an age in figures ("a
76-year-old law").
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency import lexicon
from consistency.align.anchors import MIN_WEIGHT, anchor_key
from consistency.lexicon.calendar import parts_conflict
from consistency.lexicon.predicates import predicate_class
from consistency.model import Claim, Pair

MAX_NAMED = 40  # claims of one name in a story; more is a word every article uses
SCORE = 80.0


def named_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of dates from different outlets of one story that name the same thing (`idf`:
    the story's, from anchors.story_idf)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "date" and c.extra.get("names"):
            groups[c.extra["names"]].append(c)
    out: list[Pair] = _age_pairs(claims, story)
    written = _written_by_article(claims)
    for key in sorted(groups):
        members = groups[key]
        if len(members) > MAX_NAMED or _several(members):
            continue
        for a, b in across_outlets(members):
            if parts_conflict(a.extra["named_as"], b.extra["named_as"]):
                if _writes_other(a, b, written) or _past_and_future(a, b):
                    continue
                if _shared_weight(a, b, idf) < MIN_WEIGHT:
                    continue
            out.append(Pair(a, b, SCORE, story, route="named"))
    return out


ALL_PAIRS = 40  # members of a group compared every two; a larger group is compared through
# one member of each value, so a story of a thousand outlets telling one act stays linear
MAX_VALUES = 10  # values in such a large group; more are many things, not one told apart


def across_outlets(members: list[Claim]):
    """Every two members from different outlets, each pair in article order. In a group of
    more than ALL_PAIRS members, each member meets only the first member (in article order)
    of every other value it could disagree with: members of one value agree, and a member
    that differs still meets a member of each value it differs from. Such a group with more
    than MAX_VALUES values pairs nothing."""
    if len(members) <= ALL_PAIRS:
        candidates = ((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    else:
        firsts: dict[str, Claim] = {}
        for c in sorted(members, key=lambda c: (c.article_id, c.start)):
            firsts.setdefault(c.value, c)
        if len(firsts) > MAX_VALUES:
            return  # a thousand outlets giving "built" ninety years: ninety bridges
        candidates = (
            (a, b)
            for a in members
            for v, b in sorted(firsts.items())
            if v != a.value and a is not b
        )
    seen: set[tuple[str, str]] = set()
    for a, b in candidates:
        if a.article_id == b.article_id or (a.source and a.source == b.source):
            continue
        a, b = (a, b) if (a.article_id, a.start) <= (b.article_id, b.start) else (b, a)
        if (a.claim_id, b.claim_id) not in seen:
            seen.add((a.claim_id, b.claim_id))
            yield a, b


def dated_apart(members: list[Claim]) -> bool:
    """True when one article gives the members days that differ: two events (an act done
    twice, a speaker who spoke twice), not one told two ways."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for c in members:
        by_article[c.article_id].add(c.value)
    return any(len(v) > 1 for v in by_article.values())


def _several(members: list[Claim]) -> bool:
    """True when one article names the thing with dates that differ: two elections."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for c in members:
        by_article[c.article_id].append(c.extra["named_as"])
    return any(
        parts_conflict(x, y)
        for forms in by_article.values()
        for i, x in enumerate(forms)
        for y in forms[i + 1 :]
    )


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_PHRASE_RE = re.compile(r"(?:['’]s)?[A-Za-z\s-]*")  # the words after a date, to a comma
NAME_WORDS = 3  # words after a date that may be the name it is part of


def _words(c: Claim) -> set[str]:
    """The rare-word prefixes of a claim's sentence, less the date's own name."""
    stop, skip = lexicon.words("stopwords.txt"), lexicon.words("anchor_skip.txt")
    at = c.sentence.find(c.value_text)
    end = at + len(c.value_text) if at >= 0 else 0
    name = set()
    for w in _PHRASE_RE.match(c.sentence, end).group().split()[:NAME_WORDS]:
        if w.lower() in stop:
            break
        name.add(anchor_key(w))
    words = {w.lower().replace("’", "'") for w in _WORD_RE.findall(c.sentence)}
    return {anchor_key(w) for w in words if w not in stop and w not in skip} - name


def _shared_weight(a: Claim, b: Claim, idf: dict[str, float]) -> float:
    """How rare the words the two sentences share are, beyond the name itself: dates that
    name one thing in sentences about one matter share more than the story's topic."""
    return sum(idf.get(w, 0.0) for w in sorted(_words(a) & _words(b)))


def _written_by_article(claims: list[Claim]) -> dict[str, set[str]]:
    """The date parts each article writes anywhere ("Y2016", "M01-06", "Wtues")."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.kind == "date" and c.extra.get("written"):
            out[c.article_id].update(c.extra["written"].split())
    return out


def _writes_other(a: Claim, b: Claim, written: dict[str, set[str]]) -> bool:
    """True when either article writes the other's date somewhere ("the 2016 election"
    beside an article that speaks of 2016 too): the two dates may name two things."""
    pa, pb = set(a.extra["named_as"].split()), set(b.extra["named_as"].split())
    return bool((pb - pa) & written[a.article_id]) or bool((pa - pb) & written[b.article_id])


def _past_and_future(a: Claim, b: Claim) -> bool:
    """True when one side's year is before its article's and the other's after ("the 2016
    election" / "the 2020 election" in 2019; "the 2020 election" / "the 2022 midterms" in
    2021): one thing past and one to come are two things."""
    sides = set()
    for c in (a, b):
        year = next((p[1:] for p in c.extra["named_as"].split() if p[0] == "Y"), "")
        if not year or not c.published:
            return False
        sides.add((year > c.published[:4]) - (year < c.published[:4]))
    return sides == {-1, 1}


def _age_pairs(claims: list[Claim], story: str) -> list[Pair]:
    """Ages of one person or one kind of person ("a 16-year-old girl" / "a 32-year-old
    girl") from articles that each give that person or noun one age: the girl of a story
    is one girl, wherever her age stands. Counts written as a compound before a noun ("a
    30-page complaint" / "the 26-page complaint") name their thing the same way."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "duration" and c.frame == "age" and c.predicate:
            groups[c.predicate].append(c)
        elif c.kind == "duration" and c.extra.get("aged") and c.predicate:
            groups[f"old {predicate_class(c.predicate)}"].append(c)  # "a 76-year-old law"
        elif c.kind == "quantity" and c.unit:
            thing = _compound_thing(c)
            if thing:
                groups[thing].append(c)
    out: list[Pair] = []
    for key in sorted(groups):
        members = groups[key]
        values: dict[str, set[str]] = defaultdict(set)
        for c in members:
            values[c.article_id].add(c.value)
        if len(values) < 2 or len(members) > MAX_NAMED or any(len(v) > 1 for v in values.values()):
            continue
        out += [Pair(a, b, SCORE, story, route="named") for a, b in across_outlets(members)]
    return out


_COMPOUND_THING_RE = re.compile(r"-([a-z]{3,})\s+([a-z]{3,})\b")


def _compound_thing(c: Claim) -> str:
    """ "page complaint" for "a 30-page complaint": the count's unit and the noun it names."""
    at = c.sentence.find(c.value_text)
    m = _COMPOUND_THING_RE.match(c.sentence, at + len(c.value_text)) if at >= 0 else None
    if not m or m.group(1) != c.unit:
        return ""
    return f"{m.group(1)} {predicate_class(m.group(2))}"
