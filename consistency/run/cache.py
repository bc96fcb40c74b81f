"""The claim cache and the story result cache, two tables of one SQLite file.

Claims: normalized claims keyed by a hash of the tool version, the configuration hash and
everything of an article that claims depend on (id, source, publication date, text, line
offset), so a run over a large archive normalizes only new or changed articles.

Story results: a story's findings keyed by the hashes of all its articles (every field,
in order), the configuration hash, the tool version and a hash of the package's own code
and word lists (so a change of a rule invalidates it even at the same version number), so
an unchanged story is not aligned or judged again. Only whole results are kept: one with
problems or notes (a cut article, a rule that failed) is recomputed every time.

WAL journal and one transaction per write, so two runs at once do not corrupt it. The file
is ours when its `meta` table names our schema; a file that is not (another database, a
damaged file) is never changed or deleted: the run goes on without the cache and says so.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from functools import cache
from pathlib import Path

from consistency import __version__
from consistency.model import Article, Claim, Evidence, Finding, Severity

SCHEMA = "consistency-claims-1"
RESULTS = "consistency-story-results-1"  # meta key 'results': the results table is ours
TABLES = {"meta", "claims", "story_results"}


@cache
def code_hash() -> str:
    """A hash of the installed package's code and data files, computed once per process:
    findings change when a rule or a word list does, whatever the version says."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".toml"):
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def story_key(articles: list[Article], config_hash: str) -> str:
    """The key of a story's result: every field of every article, in order, the
    configuration, the version and the code."""
    h = hashlib.sha256()
    for part in (RESULTS, __version__, code_hash(), config_hash):
        h.update(part.encode() + b"\x1e")
    for a in articles:
        h.update(json.dumps(asdict(a), sort_keys=True).encode("utf-8") + b"\x1e")
    return h.hexdigest()


def _finding_from(d: dict) -> Finding:
    d = dict(d)
    d["severity"] = Severity(d["severity"])
    d["evidence"] = tuple(Evidence(**e) for e in d["evidence"])
    return Finding(**d)


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
        try:
            return cls(cls._connect(p))
        except sqlite3.DatabaseError as exc:
            warnings.append(
                f"{p}: not a consistency cache or damaged ({exc}); left as it is and running "
                "without the cache (remove it or name another --cache path)"
            )
            return None

    @staticmethod
    def _connect(p: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(p, timeout=30, isolation_level=None)
        try:
            tables = {  # read before anything is written: a foreign file stays as it is
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and ("meta" not in tables or not tables <= TABLES):
                raise sqlite3.DatabaseError(f"unexpected tables {sorted(tables)}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("BEGIN IMMEDIATE")
            if tables:
                row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None or row[0] != SCHEMA:
                    conn.execute("ROLLBACK")
                    found = row[0] if row else None
                    raise sqlite3.DatabaseError(f"schema {found!r}, expected {SCHEMA!r}")
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)"
            )
            conn.execute(
                "CREATE TABLE IF NOT EXISTS story_results "
                "(key TEXT PRIMARY KEY, data TEXT NOT NULL)"
            )
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA,))
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('results', ?)", (RESULTS,))
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

    def get_findings(self, key: str) -> list[Finding] | None:
        """A story's cached findings, or None (absent, unreadable or damaged)."""
        try:
            row = self.conn.execute(
                "SELECT data FROM story_results WHERE key = ?", (key,)
            ).fetchone()
            return None if row is None else [_finding_from(f) for f in json.loads(row[0])]
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError):
            return None  # a damaged row is recomputed, never trusted

    def put_findings(self, key: str, findings: list[Finding]) -> None:
        data = json.dumps([asdict(f) for f in findings], sort_keys=True)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT OR REPLACE INTO story_results VALUES (?, ?)", (key, data))
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
