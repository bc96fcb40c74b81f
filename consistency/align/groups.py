"""Groups: the connected sets of claims that alignment pairs together."""

from __future__ import annotations

from collections import defaultdict

from consistency.model import Pair


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
