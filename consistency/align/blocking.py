"""Blocking: which claims are compared at all. A claim is compared only within its block
(story, kind and a kind-specific key), so the work grows with the size of a block, not
with the square of all claims."""

from __future__ import annotations

import re

from consistency.lexicon.predicates import predicate_class
from consistency.model import Claim

MAX_BLOCK = 400  # claims in one block; a larger block is split by sentence order


def subject_key(claim: Claim) -> str:
    """A subject normalized for matching: relation phrases ("India-US ties") meet on their
    head noun's predicate class."""
    words = re.findall(r"[a-z]+", claim.subject.lower())
    if words and predicate_class(words[-1]) == "relations":
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
    if k == "party":
        return (story, k, claim.subject) if claim.subject else None
    if k == "role":
        return (story, k, claim.subject) if claim.subject else None
    if k == "status":
        return (story, k, claim.predicate)
    if k == "quote":
        return (story, k)
    return None
