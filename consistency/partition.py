"""Disjoint sets of string keys (union-find), for the connected groups that alignment and the
rule engine both build. A set's representative is its smallest key, so groups come out the
same whatever order their links arrive in."""

from __future__ import annotations


class Partition:
    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        """The representative of `key`'s set (a new key is a set of its own)."""
        parent = self._parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """Join the sets of `a` and `b`."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)
