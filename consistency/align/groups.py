"""Groups: the connected sets of claims that alignment pairs together."""

from __future__ import annotations

from collections import defaultdict

from consistency.model import Pair
from consistency.partition import Partition


def groups(pairs: list[Pair]) -> list[tuple[str, str, float]]:
    """Connected groups of aligned claims: (group_id, claim_id, best score) rows."""
    sets = Partition()
    best: dict[str, float] = {}
    kind_of: dict[str, str] = {}
    for p in pairs:
        sets.union(p.a.claim_id, p.b.claim_id)
        for c in (p.a, p.b):
            best[c.claim_id] = max(best.get(c.claim_id, 0.0), p.score)
            kind_of[c.claim_id] = c.kind
    members: dict[str, list[str]] = defaultdict(list)
    for cid in best:
        members[sets.find(cid)].append(cid)
    rows = []
    for n, root in enumerate(sorted(members), start=1):
        gid = f"{kind_of[root]}:{n:04d}"
        rows.extend((gid, cid, best[cid]) for cid in sorted(members[root]))
    return rows
