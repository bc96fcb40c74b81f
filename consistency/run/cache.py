"""The claim cache and the story result cache, two tables of one SQLite file.

Claims: normalized claims, so a run over a large archive normalizes only new or changed
articles. Story results: a story's findings keyed by the hashes of all its articles (every
field, in order), the configuration hash, the tool version and a hash of the package's own
code and word lists (so a change of a rule invalidates it even at the same version number),
so an unchanged story is not aligned or judged again. Only whole results are kept: one with
problems or notes (a cut article, a rule that failed) is recomputed every time.

Keyed by a hash of the tool version, the configuration hash and everything of an article
that claims depend on (id, source, publication date, text, line offset). WAL journal and
one transaction per write, so two runs at once do not corrupt it.

It never deletes or overwrites a file it did not make: its database carries SQLite's
`application_id` (APP_ID) and is created under a temporary name and linked into place, so
a file at the path is either ours or refused (CacheRefusedError, exit 2). A corrupt file that
is ours is rebuilt with a warning; a cached row of the wrong shape is a miss, never trusted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
import stat
import tempfile
from dataclasses import asdict
from functools import cache
from pathlib import Path

from consistency import __version__
from consistency.model import Article, Claim, ConsistencyError, Evidence, Finding, Severity

SCHEMA = "consistency-claims-1"
RESULTS = "consistency-story-results-1"  # meta key 'results': the results table is ours
APP_ID = 0x436F6E73  # "Cons", SQLite header bytes 68..72
FILE_NAME = "claims.sqlite"  # inside a folder given as the cache
_MAGIC = b"SQLite format 3\x00"
PATH_MARK = "\x1fPATH\x1f"  # an article's path in cached notes, so a renamed file says its new one


class CacheRefusedError(ConsistencyError):
    """The cache path holds something that is not our database: never touched."""


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
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _header(p: Path) -> bytes:
    with p.open("rb") as fh:
        return fh.read(100)


def is_ours(p: Path) -> bool:
    """An SQLite file with our application_id, or an unmarked one of an earlier version
    (exactly our two tables and our schema row), which is then marked."""
    head = _header(p)
    if not head.startswith(_MAGIC) or len(head) < 72:
        return False
    if int.from_bytes(head[68:72], "big") == APP_ID:
        return True
    if int.from_bytes(head[68:72], "big") != 0:
        return False
    try:
        conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return tables <= {
        "meta",
        "claims",
        "story_results",
        "sqlite_autoindex_meta_1",
        "sqlite_autoindex_claims_1",
        "sqlite_autoindex_story_results_1",
    } and (row is not None and row[0] == SCHEMA)


def cache_file(path: str | Path) -> Path:
    """Where the database is for the `--cache` path given: a folder holds it as
    claims.sqlite. Raises CacheRefusedError when something not ours stands there."""
    p = Path(path)
    if p.is_dir():
        p = p / FILE_NAME
    try:
        st = p.stat()
    except FileNotFoundError:
        return p
    except OSError as exc:
        raise CacheRefusedError(f"{p}: cannot use as the claim cache ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise CacheRefusedError(
            f"{p}: is not a regular file; give --cache a new file or folder, or --no-cache"
        )
    try:
        ours = st.st_size > 0 and is_ours(p)
    except OSError as exc:
        raise CacheRefusedError(f"{p}: cannot read the claim cache ({exc.strerror})") from None
    if not ours:
        raise CacheRefusedError(
            f"{p}: not a consistency claim cache; left it untouched. Give --cache a new "
            "file or folder (or --no-cache)"
        )
    return p


def _create(p: Path) -> None:
    """Make an empty cache at `p`: built under a temporary name, then linked into place,
    which fails rather than replaces when a file appeared there meanwhile."""
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute(f"PRAGMA application_id={APP_ID}")
            conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            conn.execute("CREATE TABLE claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
            conn.execute("CREATE TABLE story_results (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
            conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA,))
            conn.execute("INSERT INTO meta VALUES ('results', ?)", (RESULTS,))
        finally:
            conn.close()
        with contextlib.suppress(FileExistsError):  # another run made it first: checked later
            os.link(tmp, p)
    finally:
        Path(tmp).unlink(missing_ok=True)


_TYPES = {
    "str": str,
    "int": int,
    "float | None": (float, int, type(None)),
    "str | None": (str, type(None)),
}


def _claim(c: object) -> Claim:
    """A cached claim, its every field of the right type; TypeError otherwise."""
    if not isinstance(c, dict):
        raise TypeError("claim is not an object")
    for f in dataclasses.fields(Claim):
        if f.name not in c:
            continue
        want = _TYPES.get(str(f.type))
        v = c[f.name]
        if want is None:  # extra: dict[str, str]
            if not isinstance(v, dict) or not all(
                isinstance(k, str) and isinstance(x, str) for k, x in v.items()
            ):
                raise TypeError(f"{f.name} is not a mapping of strings")
        elif isinstance(v, bool) or not isinstance(v, want):
            raise TypeError(f"{f.name} has the wrong type")
    claim = Claim(**c)
    if not (0 <= claim.start <= claim.end):
        raise TypeError("bad span")
    return claim


class ClaimCache:
    """Check the path with `cache_file`, open with `ClaimCache.open(path, warnings)`; use
    `get` and `put_many`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    def open(cls, path: str | Path, warnings: list[str]) -> ClaimCache | None:
        p = cache_file(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            if not p.exists():
                _create(p)
                p = cache_file(p)
        except OSError as exc:
            warnings.append(
                f"{p}: cannot create the claim cache ({exc.strerror}); running without it"
            )
            return None
        except sqlite3.DatabaseError as exc:
            warnings.append(f"{p}: cannot create the claim cache ({exc}); running without it")
            return None
        for attempt in (1, 2):
            try:
                return cls(cls._connect(p))
            except sqlite3.DatabaseError as exc:
                if attempt == 2:
                    warnings.append(f"{p}: cache unusable ({exc}); running without it")
                    return None
                # ours (checked above) but damaged: rebuild it in place of the old one
                warnings.append(f"{p}: the claim cache is corrupt ({exc}); rebuilt it")
                for suffix in ("-wal", "-shm", ""):
                    Path(str(p) + suffix).unlink(missing_ok=True)
                with contextlib.suppress(OSError, sqlite3.DatabaseError):
                    _create(p)
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
            if tables not in ({"meta", "claims"}, {"meta", "claims", "story_results"}):
                raise sqlite3.DatabaseError(f"unexpected tables {sorted(tables)}")
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None or row[0] != SCHEMA:
                raise sqlite3.DatabaseError(f"schema {row and row[0]!r}, expected {SCHEMA!r}")
            if conn.execute("PRAGMA application_id").fetchone()[0] != APP_ID:
                conn.execute(f"PRAGMA application_id={APP_ID}")  # an earlier version's
            if "story_results" not in tables:  # ours, from before story results were kept
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS story_results "
                    "(key TEXT PRIMARY KEY, data TEXT NOT NULL)"
                )
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('results', ?)", (RESULTS,))
        except BaseException:
            conn.close()
            raise
        return conn

    def get(self, keys: list[str]) -> dict[str, tuple[list[Claim], list[str]]]:
        """Cached (claims, notes) by key; notes hold PATH_MARK where the path was."""
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
                    claims = [_claim(c) for c in doc["claims"]]
                    notes = doc.get("notes", [])
                    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
                        continue
                except (ValueError, TypeError, KeyError, RecursionError):
                    continue  # a damaged row is recomputed, never trusted
                out[key] = (claims, notes)
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
        except (sqlite3.DatabaseError, UnicodeEncodeError):
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
