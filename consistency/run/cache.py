"""The claim cache: normalized claims kept in SQLite, so a run over a large archive
normalizes only new or changed articles.

Keyed by a hash of the tool version, the configuration hash and everything of an article
that claims depend on (id, source, publication date, text, line offset). WAL journal and
one transaction per write, so two runs at once do not corrupt it; a corrupt or foreign
file is rebuilt with a warning, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from consistency import __version__
from consistency.model import Article, Claim

SCHEMA = "consistency-claims-1"


def article_key(article: Article, config_hash: str) -> str:
    parts = [
        SCHEMA,
        __version__,
        config_hash,
        article.article_id,
        article.source,
        article.published or "",
        str(article.line_offset),
        article.text,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class ClaimCache:
    """Open with `ClaimCache.open(path, warnings)`; use `get` and `put_many`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: str | Path, warnings: list[str]) -> ClaimCache | None:
        p = Path(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            warnings.append(
                f"{p}: cannot create the cache folder ({exc.strerror}); running without it"
            )
            return None
        for attempt in (1, 2):
            try:
                conn = cls._connect(p)
                return cls(conn)
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    warnings.append(f"{p}: cache unusable ({exc}); running without it")
                    return None
                warnings.append(f"{p}: not a consistency cache or corrupt ({exc}); rebuilt it")
                for suffix in ("", "-wal", "-shm"):
                    Path(str(p) + suffix).unlink(missing_ok=True)
        return None

    @staticmethod
    def _connect(p: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(p, timeout=30, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and tables != {"meta", "claims"}:
                raise sqlite3.DatabaseError(f"unexpected tables {sorted(tables)}")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)"
            )
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
            elif row[0] != SCHEMA:
                conn.execute("ROLLBACK")
                raise sqlite3.DatabaseError(f"schema {row[0]!r}, expected {SCHEMA!r}")
            conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return conn

    def get(self, keys: list[str]) -> dict[str, tuple[list[Claim], list[str]]]:
        out: dict[str, tuple[list[Claim], list[str]]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self.conn.execute(
                    f"SELECT key, data FROM claims WHERE key IN ({marks})", chunk
                ).fetchall()
            except sqlite3.DatabaseError:
                return out
            for key, data in rows:
                try:
                    doc = json.loads(data)
                    claims = [Claim(**c) for c in doc["claims"]]
                except (ValueError, TypeError, KeyError):
                    continue  # a damaged row is recomputed, never trusted
                out[key] = (claims, list(doc.get("notes", [])))
        return out

    def put_many(self, items: list[tuple[str, list[Claim], list[str]]]) -> None:
        rows = [
            (key, json.dumps({"claims": [asdict(c) for c in claims], "notes": notes}))
            for key, claims, notes in items
        ]
        if not rows:
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?)", rows)
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
