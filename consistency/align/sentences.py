"""The sentence route: sentences of different articles that are the same but for a few
words (a minimal pair), and the claims that stand in the words that differ.

Candidates meet through the content words they share (a word in more than MAX_POSTING
sentences of the story posts nothing), so the work stays near-linear in the story's size. A candidate is scored with rapidfuzz over its words with digits masked, and
diffed word by word; a pair is kept when few words differ and most are shared. Each sentence
keeps its best partner in each other article.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from consistency import lexicon
from consistency.lexicon.patterns import CLAUSE_JOIN_RE, WORD_TOKEN_RE
from consistency.model import Claim, Pair

MAX_POSTING = 15  # a word in more sentences than this (or than two per article) is too common
# to find partners by
MAX_POSTING_CAP = 60  # ... and never more: the pairs a word posts grow with its square
MIN_COMMON = 3  # content words two sentences share, to be compared at all
MAX_DIFF_WORDS = 4  # differing words on either side, in all
MAX_DIFF_SHARE = 0.25  # of the longer sentence's words
MAX_OPS = 3  # separate places where the two differ
MIN_SHARED = 5  # words the two have in common
MIN_RUN = 6  # words in one shared run, for a local difference in sentences worded apart
FLANK = 4  # shared words around a local difference (at least one on each side)
MAX_LOCAL_WORDS = 3  # differing words on either side of a local difference
NEG_RUN = 4  # shared words after a negation that is all two clauses differ by (its predicate)
PRE_SCORE = 45.0  # rapidfuzz ratio below which a candidate is not diffed at all


@dataclass(slots=True)
class _Sent:
    claim: Claim
    spans: list[tuple[int, int]]  # token offsets in the sentence
    words: list[str]  # lower-cased tokens
    masked: str  # digits masked, for scoring


_DIGITS = str.maketrans("123456789", "000000000")


# contracted auxiliaries read as written out, so that "we're not going" meets "we are
# going" word for word ("'s" is left alone: a possessive as often as "is")
_CONTRACTED = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}


def _prepare(c: Claim) -> _Sent:
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    for m in WORD_TOKEN_RE.finditer(c.sentence):  # offsets into the sentence as written
        w = m.group().lower().replace("’", "'")
        if w == "n't":
            w = "not"
        tail = w[w.rfind("'") :] if "'" in w else ""
        if tail in _CONTRACTED and len(w) > len(tail):
            spans += [m.span(), m.span()]
            words += [w[: -len(tail)], _CONTRACTED[tail]]
            continue
        spans.append(m.span())
        words.append(w)
    return _Sent(c, spans, words, " ".join(words).translate(_DIGITS))


_STRIP = "\"'“”‘’.,;:!?()[]—–-"


def _candidates(sentences: list[Claim]) -> set[tuple[int, int]]:
    """Pairs of sentences of different articles sharing MIN_COMMON content words (read by a
    plain split: cheap, and only the candidates are tokenized properly)."""
    stop = lexicon.words("stopwords.txt")
    content = []
    for c in sentences:
        ws = {w.strip(_STRIP) for w in c.sentence.lower().split()}
        content.append({w for w in ws if len(w) > 2 and w not in stop and not w[0].isdigit()})
    df: dict[str, int] = defaultdict(int)
    for ws in content:
        for w in ws:
            df[w] += 1
    cap = min(MAX_POSTING_CAP, max(MAX_POSTING, 2 * len({c.article_id for c in sentences})))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(content):
        for w in ws:
            if df[w] <= cap:
                postings[w].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                i, j = ids[x], ids[y]
                if sentences[i].article_id != sentences[j].article_id:
                    shared[(i, j)] += 1
    return {p for p, n in shared.items() if n >= MIN_COMMON}


def _diff(a: _Sent, b: _Sent) -> tuple[tuple[int, int, int, int], ...] | None:
    """The differing word spans of a minimal pair (absolute offsets), or None.

    Two sentences are a minimal pair when few words differ (MAX_DIFF_WORDS, MAX_OPS) and
    most are shared. Sentences worded apart elsewhere still give a minimal pair at a place
    where a few words differ between shared runs of words on both sides ("vaccinate at least
    10 percent of their" / "vaccinate at least 25 percent of their"): a local difference,
    kept when the two also share a long run of words, or when it is a negation alone
    before a shared predicate (_negated_only)."""
    codes = _opcodes(a.words, b.words)
    ops = [op for op in codes if op[0] != "equal"]
    if not ops:
        return None
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
    differing = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in ops)
    longest = max(len(a.words), len(b.words))
    whole = (
        len(ops) <= MAX_OPS
        and shared >= MIN_SHARED
        and differing <= MAX_DIFF_WORDS
        and differing <= MAX_DIFF_SHARE * longest
    )
    if whole:
        chosen = ops
    else:
        run = max((i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal"), default=0)
        chosen = [
            codes[k]
            for k in range(len(codes))
            if (run >= MIN_RUN and _local(codes, k, a.words)) or _negated_only(codes, k, a, b)
        ]
        if not chosen:
            chosen = _negated_clause(a, b)
        if not chosen:
            return None
    return _offsets(a, b, chosen)


def _offsets(a: _Sent, b: _Sent, chosen) -> tuple[tuple[int, int, int, int], ...]:
    """Opcodes as absolute offsets of the differing words on both sides."""
    a0, b0 = a.claim.start, b.claim.start
    return tuple((*_span(a, i1, i2, a0), *_span(b, j1, j2, b0)) for _, i1, i2, j1, j2 in chosen)


def _negations(s: _Sent) -> int:
    """How many negation cues a sentence's words hold."""
    cues = lexicon.words("negation.txt") | {"not"}
    return sum(1 for w in s.words if w in cues)


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word-level opcodes (equal, replace, insert, delete) of the longest common subsequence,
    computed by rapidfuzz; a deletion next to an insertion is one replacement."""
    from rapidfuzz.distance import Indel

    out: list[tuple[str, int, int, int, int]] = []
    for op in Indel.opcodes(a, b):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if out and tag != "equal" and out[-1][0] != "equal":
            _, p1, _, q1, _ = out[-1]
            out[-1] = ("replace", p1, i2, q1, j2)
        else:
            out.append((tag, i1, i2, j1, j2))
    return out


def _local(codes, k: int, words: list[str]) -> bool:
    """True when opcode k is a small difference between shared runs of FLANK words or more
    on both sides (one side may be the sentence's edge), the runs holding content words."""
    tag, i1, i2, j1, j2 = codes[k]
    if tag == "equal" or max(i2 - i1, j2 - j1) > MAX_LOCAL_WORDS:
        return False
    stop = lexicon.words("stopwords.txt")
    left = codes[k - 1] if k > 0 else None
    right = codes[k + 1] if k + 1 < len(codes) else None
    flank = [nb[2] - nb[1] if nb is not None else 0 for nb in (left, right)]
    edge = [i1 == 0 and j1 == 0, right is None]
    if not all(n >= 1 or e for n, e in zip(flank, edge, strict=True)) or sum(flank) < FLANK:
        return False
    around = []
    for nb in (left, right):
        if nb is not None:
            around += words[nb[1] : nb[2]]
    return sum(1 for w in around if w not in stop and not w[0].isdigit()) >= 2


def _negated_only(codes, k: int, a: _Sent, b: _Sent) -> bool:
    """True when opcode k adds or drops only a negation (with auxiliaries: "will" / "would
    not") between a shared word before it and NEG_RUN shared words after it, two of them
    content words: "first priority will (not) be to adequately fund" in sentences worded
    apart elsewhere. A negation is the whole of such a difference, so a shorter shared
    predicate than a local difference's MIN_RUN still tells one clause told both ways."""
    tag, i1, i2, j1, j2 = codes[k]
    if tag == "equal" or k == 0 or k + 1 >= len(codes):
        return False
    cues = lexicon.words("negation.txt") | {"not"}
    helpers = lexicon.words("auxiliaries.txt")
    wa, wb = a.words[i1:i2], b.words[j1:j2]
    if any(w not in cues and w not in helpers for w in wa + wb):
        return False
    if any(w in cues for w in wa) == any(w in cues for w in wb):
        return False
    _, r1, r2, _, _ = codes[k + 1]
    if r2 - r1 < NEG_RUN:
        return False
    stop = lexicon.words("stopwords.txt")
    after = a.words[r1 : r1 + NEG_RUN]
    return sum(1 for w in after if w not in stop and not w[0].isdigit()) >= 2


def _negated_clause(a: _Sent, b: _Sent) -> list[tuple[str, int, int, int, int]]:
    """The negation a clause of one sentence differs by from a clause of the other, when the
    two tell their clauses in another order ("I don't favor civil unions ..., and I do favor
    marriage ..." / "I do not favor marriage ..., and I do not favor civil unions"): each
    clause pair is diffed on its own (_negated_only), opcodes in sentence positions."""
    for ia, ja in _clauses(a):
        for ib, jb in _clauses(b):
            if (ia, ja) == (0, len(a.words)) and (ib, jb) == (0, len(b.words)):
                continue  # the whole sentences, already diffed
            codes = [
                (tag, i1 + ia, i2 + ia, j1 + ib, j2 + ib)
                for tag, i1, i2, j1, j2 in _opcodes(a.words[ia:ja], b.words[ib:jb])
            ]
            found = [codes[k] for k in range(len(codes)) if _negated_only(codes, k, a, b)]
            if found:
                return found
    return []


def _clauses(s: _Sent) -> list[tuple[int, int]]:
    """Token ranges of a sentence's clauses, split where CLAUSE_JOIN_RE joins two."""
    cuts = [m.end() for m in CLAUSE_JOIN_RE.finditer(s.claim.sentence)]
    bounds, k = [0], 0
    for cut in cuts:
        while k < len(s.spans) and s.spans[k][0] < cut:
            k += 1
        if bounds[-1] < k < len(s.spans):
            bounds.append(k)
    bounds.append(len(s.words))
    return list(pairwise(bounds))


def _span(s: _Sent, i1: int, i2: int, base: int) -> tuple[int, int]:
    """Absolute offsets of tokens [i1, i2); an empty range sits where the insertion goes."""
    if i1 < i2:
        return base + s.spans[i1][0], base + s.spans[i2 - 1][1]
    at = s.spans[i1][0] if i1 < len(s.spans) else len(s.claim.sentence)
    return base + at, base + at


def sentence_pairs(sentences: list[Claim], story: str) -> list[Pair]:
    """Minimal pairs among the sentences (claims of kind "sentence") of one story."""
    from rapidfuzz import fuzz

    candidates = sorted(_candidates(sentences))
    sents: dict[int, _Sent] = {}
    for i in sorted({x for pair in candidates for x in pair}):
        sents[i] = _prepare(sentences[i])
    best: dict[tuple[int, str], tuple[float, int]] = {}
    scored: dict[tuple[int, int], tuple[float, tuple]] = {}
    for i, j in candidates:
        a, b = sents[i], sents[j]
        if a.claim.source and a.claim.source == b.claim.source:
            continue  # one outlet repeating itself is no cross-source disagreement
        score = fuzz.ratio(a.masked, b.masked, score_cutoff=PRE_SCORE)
        if score:
            diff = _diff(a, b)
        elif _negations(a) != _negations(b):
            score = fuzz.ratio(a.masked, b.masked)  # worded apart, but negated apart too:
            diff = _offsets(a, b, _negated_clause(a, b)) or None  # a clause may tell it
        else:
            continue
        if diff is None:
            continue
        scored[(i, j)] = (score, diff)
        for x, other in ((i, b), (j, a)):
            key = (x, other.claim.article_id)
            if key not in best or score > best[key][0]:
                best[key] = (score, j if x == i else i)
    pairs = []
    for (i, j), (score, diff) in sorted(scored.items()):
        if (
            best[(i, sents[j].claim.article_id)][1] != j
            or best[(j, sents[i].claim.article_id)][1] != i
        ):
            continue
        a, b = sents[i].claim, sents[j].claim
        if (a.article_id, a.start) > (b.article_id, b.start):
            a, b = b, a
            diff = tuple((c, d, e, f) for e, f, c, d in diff)
        pairs.append(Pair(a, b, round(score, 1), story, route="sentence", diff=diff))
    pairs.sort(key=lambda p: (p.a.claim_id, p.b.claim_id))
    return pairs


def claims_in_differences(pairs: list[Pair], claims: list[Claim]) -> list[Pair]:
    """For each minimal pair, the claims of one kind that stand in the same differing words
    on both sides: "three people were killed" / "five people were killed" pairs the counts."""
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        by_sentence[(c.article_id, c.sentence_index)].append(c)
    out: list[Pair] = []
    seen: set[tuple[str, str]] = set()
    for p in pairs:
        left = by_sentence.get((p.a.article_id, p.a.sentence_index), [])
        right = by_sentence.get((p.b.article_id, p.b.sentence_index), [])
        for a1, a2, b1, b2 in p.diff:
            for ca in left:
                if not _touches(ca, a1, a2):
                    continue
                for cb in right:
                    if cb.kind != ca.kind or not _touches(cb, b1, b2):
                        continue
                    if (ca.claim_id, cb.claim_id) in seen:
                        continue
                    seen.add((ca.claim_id, cb.claim_id))
                    out.append(Pair(ca, cb, 100.0, p.story, route="sentence"))
    return out


def _touches(c: Claim, start: int, end: int) -> bool:
    if start == end:  # an insertion point
        return c.start <= start <= c.end
    return c.start < end and start < c.end
