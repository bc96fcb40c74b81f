"""The anchor route, for paraphrase: a figure or a date in two articles meets when the words
around it name the same things ("converting $250,000 in campaign funds" / "$750,000 in
campaign funds ... converting"), not because the two sentences read alike.

A claim's anchors are the content words within WINDOW words of it in its clause, cut to
their first PREFIX letters so that "relocation" meets "relocating"; two figures of one
sentence part the words between them at the last joining word. Claims of one kind and unit
(dates: of one granularity, a day, a week, a month, a year; ages: of one person or noun;
acts: of one verb or opposition; a count of two joined nouns, "90 professors and
administrators", is a count of either) meet through an index of their anchors;
a pair needs MIN_SHARED anchors in common whose rarity in the story's sentences (the sum of
their inverse document frequencies) reaches MIN_WEIGHT: the story's topic words ("Romney",
"nomination") do not make two figures one fact. Each claim keeps its best partner in each
other article: the one whose shared rare words stand nearest to both figures.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency import lexicon
from consistency.lexicon.opposites import oppositions
from consistency.lexicon.patterns import CLAUSE_JOIN_RE
from consistency.lexicon.predicates import predicate_class
from consistency.model import Claim, Pair

WINDOW = 8  # words each side of a claim
PREFIX = 5  # letters of a word that make its anchor
MIN_SHARED = 2  # anchors two claims share
PRIOR = 10  # sentences about other things assumed beside a story's own, so that a short
# story's shared words are not all "common"
MIN_WEIGHT = 2.0  # summed inverse document frequency (natural log) of the shared anchors:
# two words each in at most about a third of the story's sentences
MAX_POSTING = 30  # claims one anchor may index before it is too common to pair by

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def anchor_key(word: str) -> str:
    """A word's anchor: its first PREFIX letters, a plural's "s" dropped first, so that
    "fund" meets "funds" and "relocation" meets "relocating"."""
    w = word.lower().replace("’", "'")
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:PREFIX]


def anchors(c: Claim, lo: int = 0, hi: int | None = None) -> dict[str, int]:
    """The content words around a claim, as prefixes, each with its distance in words from
    the claim (1 for the word next to it); only words between `lo` and `hi` (offsets in the
    sentence: the neighbouring figures of a list, "$4,272 on a cruise, $2,306 at Disney
    World", each keep their own words)."""
    stop = lexicon.words("stopwords.txt")
    skip = lexicon.words("anchor_skip.txt")
    at = c.sentence.find(c.value_text)
    if at < 0:
        return {}
    end = at + len(c.value_text)
    left = c.sentence[min(lo, at) : at]
    right = c.sentence[end : max(end, hi if hi is not None else len(c.sentence))]
    if c.kind != "act":  # a figure's words are its clause's; an act's object may be a
        # pronoun for a thing the clause before names ("The bill drew protests, and Reyes
        # has not signed it")
        left, right = CLAUSE_JOIN_RE.split(left)[-1], CLAUSE_JOIN_RE.split(right)[0]
    right = _SOURCE_RE.split(right, maxsplit=1)[0]  # "..., according to the county elections
    # office": who tells it, which many facts of a story share, not what is told
    before = _WORD_RE.findall(left)[-WINDOW:]
    after = _WORD_RE.findall(right)[:WINDOW]
    out: dict[str, int] = {}
    placed = [(w, len(before) - k) for k, w in enumerate(before)]
    placed += [(w, k + 1) for k, w in enumerate(after)]
    for w, distance in placed:
        lw = w.lower().replace("’", "'")
        if lw in stop or len(lw) < 4 or lw in skip:
            continue
        key = anchor_key(lw)
        out[key] = min(distance, out.get(key, distance))
    return out


def _keys(c: Claim) -> list[tuple[str, str]]:
    """The groups a claim is paired within: acts also meet the acts on the other side of an
    opposition their verb takes a side in ("won" meets "lost")."""
    if c.kind == "act":
        return [(c.kind, c.value)] + [("opposition", o) for o in oppositions(c.value_text)]
    key = _key(c)
    if key is None:
        return []
    if c.kind == "quantity" and c.extra.get("also"):  # "90 professors and administrators"
        return [key, (c.kind, c.extra["also"])]  # meets a count of either
    return [key]


def _key(c: Claim) -> tuple[str, str] | None:
    """Figures by unit, dates by granularity, ages by whom they are of; other durations are
    not paired this way (tried: that paired mostly different spans of time)."""
    if c.kind == "quantity":
        return (c.kind, c.unit) if c.unit else None
    if c.kind == "duration":
        # an age meets ages of the same person or noun ("Smith, 41," / "the 48-year-old
        # Smith"; "whose 6-year-old son" / "whose 17-year-old son"); other spans do not
        if c.frame == "persist" and c.predicate:  # how long one thing went on
            return ("persist", predicate_class(c.predicate))
        if c.frame != "age" or not c.predicate:
            return None
        return ("age", predicate_class(c.predicate))  # "Hodgkins, 56," / "Hodgkins's age"
    if c.kind == "date":
        speech = lexicon.words("speech_verbs.txt")
        if not c.value or c.predicate in speech or c.frame == "set":
            return None  # never the day something was said, nor "every Monday"
        return (c.kind, _granularity(c))
    return None


def _granularity(c: Claim) -> str:
    if c.lo is None or c.hi is None:
        return "unresolved"
    span = c.hi - c.lo
    return "day" if span == 0 else "week" if span <= 7 else "month" if span <= 31 else "year"


def sentence_weight(a: Claim, b: Claim, idf: dict[str, float], drop: str = "") -> float:
    """How rare the words two claims' sentences share are (the summed inverse document
    frequency of their shared anchors), beyond the claims' own words and the anchor of
    `drop` (a speaker's name, which both share by construction)."""
    return sum(idf.get(w, 0.0) for w in sorted(_sentence_words(a, drop) & _sentence_words(b, drop)))


def _sentence_words(c: Claim, drop: str) -> set[str]:
    stop, skip = lexicon.words("stopwords.txt"), lexicon.words("anchor_skip.txt")
    words = {
        w.lower().replace("’", "'") for w in _WORD_RE.findall(c.sentence.replace(c.value_text, " "))
    }
    keys = {anchor_key(w) for w in words if len(w) > 3 and w not in stop and w not in skip}
    return keys - {anchor_key(drop)} if drop else keys


def story_idf(claims: list[Claim]) -> dict[str, float]:
    """Inverse document frequency of each anchor over the story's sentences with claims."""
    import math

    sentences = {(c.article_id, c.sentence_index): c.sentence for c in claims}
    df: dict[str, int] = defaultdict(int)
    for text in sentences.values():
        for w in {anchor_key(m.group()) for m in _WORD_RE.finditer(text)}:
            df[w] += 1
    n = len(sentences) + PRIOR
    return {w: math.log(n / (k + 0.5)) for w, k in df.items()}


def anchor_pairs(
    claims: list[Claim], story: str, idf: dict[str, float] | None = None
) -> list[Pair]:
    """Pairs of claims from different outlets of one story that share anchors (`idf`: the
    story's, from story_idf, when the caller has it already)."""
    idf = idf if idf is not None else story_idf(claims)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        for key in _keys(c):
            groups[key].append(c)
    out: list[Pair] = []
    for key in sorted(groups):
        members = groups[key]
        if len({c.article_id for c in members}) >= 2:
            out += _pairs(members, story, idf)
    return out


def _bounds(members: list[Claim]) -> list[tuple[int, int | None]]:
    """For each claim, the sentence offsets its anchors may come from. Between two figures
    of its group in one sentence, the words before the last "and", "or" or comma go with
    the first figure, the rest with the second ("$610 million in new routes and would cost
    $2.2 billion": "routes" is the first's, "cost" the second's)."""
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    at = []
    for c in members:
        i = c.sentence.find(c.value_text)
        at.append(i)
        if i >= 0 and c.kind != "act":  # acts keep their whole window ("lost the runoff,
            # which Ruiz won": the winning is told by the words of the losing)
            spans[(c.article_id, c.sentence_index)].append((i, i + len(c.value_text)))
    out: list[tuple[int, int | None]] = []
    for c, i in zip(members, at, strict=True):
        here = spans.get((c.article_id, c.sentence_index), [])
        prev = max((e for s, e in here if e <= i), default=None)
        nxt = min((s for s, e in here if s >= i + len(c.value_text)), default=None)
        lo = 0 if prev is None else _split(c.sentence, prev, i)[1]
        hi = None if nxt is None else _split(c.sentence, i + len(c.value_text), nxt)[0]
        out.append((lo, hi))
    return out


_JOIN_RE = re.compile(r",|;|\b(?:and|or|but|while)\b")


def _split(sentence: str, lo: int, hi: int) -> tuple[int, int]:
    """Where the words between two figures part: the end of the first's and the start of
    the second's (both the whole gap when no joining word stands in it). A name in the
    possessive is the second figure's ("52% of the vote to Hale's 48%")."""
    owners = list(_OWNER_RE.finditer(sentence, lo, hi))
    if owners:
        return owners[-1].start(), owners[-1].start()
    joins = list(_JOIN_RE.finditer(sentence, lo, hi))
    if not joins:
        return hi, lo
    return joins[-1].start(), joins[-1].end()


_SOURCE_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
_OWNER_RE = re.compile(r"\b[A-Z][\w-]*['’]s\b")


def _pairs(members: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    words = [anchors(c, lo, hi) for c, (lo, hi) in zip(members, _bounds(members), strict=True)]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if len(ids) > MAX_POSTING:
            continue
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                shared[(ids[x], ids[y])] += 1
    best: dict[tuple[int, str], tuple[float, int]] = {}
    kept: dict[tuple[int, int], int] = {}
    for (i, j), n in sorted(shared.items()):
        a, b = members[i], members[j]
        if n < MIN_SHARED or a.article_id == b.article_id or (a.source and a.source == b.source):
            continue
        common = sorted(words[i].keys() & words[j].keys())  # sorted: sums in one order
        if sum(idf.get(w, 0.0) for w in common) < MIN_WEIGHT:
            continue  # only words the story uses everywhere: its topic, not this fact
        kept[(i, j)] = n
        # the partner whose shared words stand nearest the figure on both sides
        near = sum(idf.get(w, 0.0) * (2.0 / (words[i][w] + words[j][w])) for w in common)
        for x, y in ((i, j), (j, i)):
            k = (x, members[y].article_id)
            if k not in best or (near, -y) > (best[k][0], -best[k][1]):
                best[k] = (near, y)
    out = []
    for (i, j), n in sorted(kept.items()):
        if best[(i, members[j].article_id)][1] != j or best[(j, members[i].article_id)][1] != i:
            continue
        a, b = members[i], members[j]
        if (a.article_id, a.start) > (b.article_id, b.start):
            a, b = b, a
        out.append(Pair(a, b, float(min(99, 50 + 10 * n)), story, route="anchor"))
    return out
