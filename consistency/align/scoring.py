"""Scoring candidate pairs inside a block with rapidfuzz: claim contexts with their values
masked, quotes by partial ratio, status subjects through their aliases."""

from __future__ import annotations

import re
from collections import defaultdict

from consistency.align.blocking import subject_key
from consistency.model import Claim


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


def scores(
    kind: str, left: list[Claim], right: list[Claim], aliases: dict[str, str], cutoff: float
):
    from rapidfuzz import fuzz, process, utils

    if kind == "quote":
        return _quote_scores(left, cutoff)  # align() passes one chunk as left and right
    if kind == "status":
        qa = [_status_subject(c, aliases) for c in left]
        qb = [_status_subject(c, aliases) for c in right]
        return process.cdist(qa, qb, scorer=fuzz.token_sort_ratio, processor=utils.default_process)
    if kind in ("role", "party"):
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
