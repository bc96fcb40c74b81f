"""Align equivalent claims across the articles of a story.

Claims are blocked by story, kind and a kind-specific key (unit and predicate for
quantities, predicate class for durations, the person for roles...), so the work grows
with the size of a block, not with the square of all claims. Inside a block, pairs from
different articles are scored with rapidfuzz over the claim's context with its values
masked out, and kept at or above the configured score.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.lexicon.predicates import predicate_class
from consistency.model import AlignOptions, Claim, Pair

MAX_BLOCK = 400  # claims in one block; a larger block is split by sentence order




_RELATION_HEADS = frozenset({"relations", "ties", "relationship", "partnership"})


def subject_key(claim: Claim) -> str:
    """A subject normalized for matching: relation phrases meet on their head noun."""
    words = re.findall(r"[a-z]+", claim.subject.lower())
    if (words and predicate_class(words[-1]) == "relations") or (
        words and words[-1] in _RELATION_HEADS
    ):
        return "relations"
    return " ".join(words)


def block_key(claim: Claim, story: str) -> tuple[str, ...] | None:
    """The block a claim is compared within, or None when it cannot be compared."""
    k = claim.kind
    if k == "quantity":
        if not claim.predicate:
            return None
        return (story, k, claim.unit, claim.predicate)
    if k == "date":
        return (story, k) if claim.value else None
    if k == "duration":
        return (story, k, claim.predicate) if claim.predicate else None
    if k == "role":
        return (story, k, claim.subject) if claim.subject else None
    if k == "status":
        return (story, k, claim.predicate)
    if k == "quote":
        return (story, k)
    return None


def _status_subject(claim: Claim, aliases: dict[str, str]) -> str:
    words = []
    for w in re.findall(r"[\w’']+", claim.subject.lower()):
        w = w.replace("’s", "").replace("'s", "")
        words.append(aliases.get(w, w))
    return " ".join(words)


def _quote_scores(chunk: list[Claim], cutoff: float):
    """Partial-ratio scores of quotes from different articles, upper triangle only (the
    pairs align() reads), computed only where the two share a word of four or more letters
    (or one has none): partial_ratio over long quotes is the costliest step of alignment,
    and quotes with no word in common are not the same quotation."""
    import numpy as np
    from rapidfuzz import fuzz, utils

    texts = [utils.default_process(c.value) for c in chunk]
    words = [{w for w in q.split() if len(w) >= 4} for q in texts]
    index: dict[str, set[int]] = defaultdict(set)
    bare: set[int] = set()
    for j, ws in enumerate(words):
        for w in ws:
            index[w].add(j)
        if not ws:
            bare.add(j)
    scores = np.zeros((len(chunk), len(chunk)))
    for i, q in enumerate(texts):
        candidates = set(range(len(chunk))) if not words[i] else set(bare)
        for w in words[i]:
            candidates |= index[w]
        for j in candidates:
            if j > i and chunk[i].article_id != chunk[j].article_id:
                scores[i, j] = fuzz.partial_ratio(q, texts[j], score_cutoff=cutoff)
    return scores


def _scores(
    kind: str, left: list[Claim], right: list[Claim], aliases: dict[str, str], cutoff: float
):
    from rapidfuzz import fuzz, process, utils

    if kind == "quote":
        return _quote_scores(left, cutoff)  # align() passes one chunk as left and right
    if kind == "status":
        qa = [_status_subject(c, aliases) for c in left]
        qb = [_status_subject(c, aliases) for c in right]
        return process.cdist(qa, qb, scorer=fuzz.token_sort_ratio, processor=utils.default_process)
    if kind == "role":
        import numpy as np

        return np.full((len(left), len(right)), 100.0)
    qa = [c.context for c in left]
    qb = [c.context for c in right]
    scores = process.cdist(qa, qb, scorer=fuzz.token_sort_ratio, processor=utils.default_process)
    if kind == "duration":
        for i, ca in enumerate(left):
            for j, cb in enumerate(right):
                if subject_key(ca) and subject_key(ca) == subject_key(cb):
                    scores[i, j] = max(scores[i, j], 100.0)
    return scores


def align(
    claims: list[Claim], story_of: dict[str, str], opts: AlignOptions | None = None
) -> list[Pair]:
    """Return aligned pairs of claims from different articles of the same story."""
    opts = opts or AlignOptions()
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    aliases: dict[str, dict[str, str]] = defaultdict(dict)
    for c in claims:
        story = story_of.get(c.article_id, "")
        if c.kind == "status" and c.extra.get("alias"):
            aliases[story][c.extra["alias"]] = c.subject
        key = block_key(c, story)
        if key is not None:
            blocks[key].append(c)
    pairs: list[Pair] = []
    for key in sorted(blocks):
        members = blocks[key]
        story, kind = key[0], key[1]
        if len({c.article_id for c in members}) < 2:
            continue
        cutoff = {"date": opts.date_min_score, "quote": opts.quote_min_score}.get(
            kind, opts.min_score
        )
        for start in range(0, len(members), MAX_BLOCK):
            chunk = members[start : start + MAX_BLOCK]
            scores = _scores(kind, chunk, chunk, aliases[story], cutoff)
            for i, ca in enumerate(chunk):
                for j in range(i + 1, len(chunk)):
                    cb = chunk[j]
                    if ca.article_id == cb.article_id:
                        continue
                    s = float(scores[i, j])
                    if s >= cutoff:
                        a, b = (
                            (ca, cb)
                            if (ca.article_id, ca.start) <= (cb.article_id, cb.start)
                            else (cb, ca)
                        )
                        pairs.append(Pair(a, b, round(s, 1), story))
    pairs.sort(key=lambda p: (p.story, p.a.claim_id, p.b.claim_id))
    return pairs


def groups(pairs: list[Pair]) -> list[tuple[str, str, float]]:
    """Connected groups of aligned claims: (group_id, claim_id, best score) rows."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    best: dict[str, float] = {}
    kind_of: dict[str, str] = {}
    for p in pairs:
        ra, rb = find(p.a.claim_id), find(p.b.claim_id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
        for c in (p.a, p.b):
            best[c.claim_id] = max(best.get(c.claim_id, 0.0), p.score)
            kind_of[c.claim_id] = c.kind
    members: dict[str, list[str]] = defaultdict(list)
    for cid in best:
        members[find(cid)].append(cid)
    rows = []
    for n, root in enumerate(sorted(members), start=1):
        gid = f"{kind_of[root]}:{n:04d}"
        rows.extend((gid, cid, best[cid]) for cid in sorted(members[root]))
    return rows
