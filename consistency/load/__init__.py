"""Read articles from files: .txt, .md (YAML front matter), .json, .jsonl; files or folders.

One bad file or line never stops the others: problems are collected as one-line messages
naming the file (and line) and what to do, and the caller decides the exit code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from consistency.lexicon.markup import agency_codes, credit_re, dateline
from consistency.model import Article, InputError

SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")
MAX_BYTES = 64_000_000  # one article file, or one JSONL line; larger is refused
MAX_JSONL_BYTES = 4_000_000_000  # a JSONL feed holds many articles
FUTURE_SLACK = dt.timedelta(days=2)  # time zones and embargoes: a day or two ahead is normal
_FIELDS = {
    "id": ("id", "article_id", "uuid"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher"),
    "published": ("published", "published_at", "date"),
    "url": ("url", "link"),
    "story": ("story", "story_id"),
    "text": ("text", "body", "content", "paragraphs"),
}


@dataclass
class LoadResult:
    """Articles read, problems (errors) and warnings, each a one-line message."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def display_path(path: Path) -> str:
    """Return the path relative to the working directory when below it, in POSIX form."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: list[str], result: LoadResult) -> list[Path]:
    """Expand folders recursively into article files, sorted; report missing paths."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[str] = set()
            other: list[str] = []
            for root, dirs, files in os.walk(p, followlinks=True, onerror=_walk_error(result)):
                real = os.path.realpath(root)
                if real in seen:
                    result.warnings.append(
                        f"{raw}: folder {root} links back into itself; skipped the loop "
                        "(its articles are read once)"
                    )
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if f.lower().endswith(SUFFIXES):
                        found.append(Path(root) / f)
                    else:
                        other.append(f)
            if not any(True for f in found if f.is_relative_to(p)):
                result.warnings.append(
                    f"{raw}: no article files (.txt, .md, .json, .jsonl) in this folder"
                )
            if other:
                names = ", ".join(other[:3]) + (", ..." if len(other) > 3 else "")
                result.warnings.append(
                    f"{raw}: skipped {len(other)} file(s) that are not .txt, .md, .json or "
                    f".jsonl ({names}); rename them if they are articles"
                )
        elif p.is_file():
            found.append(p)
        else:
            result.errors.append(
                InputError(raw, "no such file or folder; check the path and try again")
            )
    unique: dict[str, Path] = {}
    for f in found:
        unique.setdefault(os.path.realpath(f), f)
    return sorted(unique.values(), key=lambda x: x.as_posix())


def _walk_error(result: LoadResult):
    def report(exc: OSError) -> None:
        result.errors.append(
            InputError(exc.filename or "?", f"cannot list folder ({exc.strerror}); check it")
        )

    return report


def decode(raw: bytes, path: str, result: LoadResult) -> str:
    """Decode UTF-8 (with or without BOM); fall back to cp1252 with a warning.

    A file with many NUL bytes is binary (an image, a PDF) and refused; a few stray NULs
    in a text (a CMS export) become spaces, so offsets and lines stay true, with a warning.
    """
    nuls = raw.count(b"\x00")
    if nuls:
        if nuls > max(8, len(raw) // 1000) or b"\x00\x00" in raw[:8192]:
            raise InputError(
                path, "binary file (NUL bytes); give a text, Markdown, JSON or JSONL file"
            )
        result.warnings.append(f"{path}: {nuls} NUL byte(s) read as spaces; check the export")
        raw = raw.replace(b"\x00", b" ")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        result.warnings.append(
            f"{path}: not valid UTF-8 (byte {exc.start}); read as cp1252, check the characters"
        )
        return raw.decode("cp1252", errors="replace")


def parse_published(value: object) -> str | None:
    """Return an ISO date from a metadata value, or None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}
    )
    return parsed.date().isoformat() if parsed else None


def _pick(meta: dict, key: str) -> object:
    for name in _FIELDS[key]:
        if name in meta and meta[name] is not None:
            return meta[name]
    return None


def _text_of(value: object, path: str, line: int | None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    raise InputError(
        path, "field 'text' must be a string (or a list of paragraph strings)", line=line
    )


def _front_matter_loader():
    """PyYAML's safe loader, with dates kept as text: "2025-13-45" is a date we report as
    unreadable, not a crash inside YAML."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return Loader


def _front_matter(text: str, path: str) -> tuple[dict, str, int]:
    if not text.startswith("---"):
        return {}, text, 0
    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", text, re.DOTALL)
    if not m:
        raise InputError(path, "front matter opened with '---' is never closed", line=1)
    import yaml

    try:
        meta = yaml.load(m.group(1), Loader=_front_matter_loader()) or {}
    except (ValueError, TypeError, RecursionError):
        raise InputError(
            path, "front matter holds a value YAML cannot read; fix it", line=2
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            path, "front matter is not valid YAML; fix it", line=(mark.line + 2) if mark else 1
        ) from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", line=2)
    return meta, text[m.end() :], text[: m.end()].count("\n")


def _article(
    meta: dict,
    text: str,
    *,
    path: str,
    default_id: str,
    default_story: str,
    line_offset: int,
    line: int | None,
    result: LoadResult,
) -> Article:
    if not text.strip():
        raise InputError(path, "article has no text; remove it or add its text", line=line)
    for key in ("id", "source", "story", "title", "url"):
        value = _pick(meta, key)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(path, f"field '{key}' must be a string", line=line)
    published_raw = _pick(meta, "published")
    published = parse_published(published_raw)
    where = f"{path}:{line}" if line else path
    if published_raw not in (None, "") and published is None:
        result.warnings.append(
            f"{where}: cannot read published date {published_raw!r}; use YYYY-MM-DD"
        )
    if published and dt.date.fromisoformat(published) > dt.date.today() + FUTURE_SLACK:
        result.warnings.append(
            f"{where}: published date {published} is in the future; relative dates ('on "
            "Tuesday') resolve against it, so check it"
        )
    origin = "metadata" if published else "unknown"
    source = str(_pick(meta, "source") or "")
    source_origin = "metadata"
    dl = dateline(text)
    if dl and not published and dl.group("date"):
        published = None  # resolved against the story's other articles in _finish
        origin = "dateline:" + dl.group("date")
    if not source:
        codes = agency_codes()
        agency = dl.group("agency") if dl else None
        if agency and agency.upper() in {c.upper() for c in codes}:
            source, source_origin = agency.upper() if len(agency) <= 4 else agency, "dateline"
        else:
            credit = list(credit_re().finditer(text))
            if credit:
                source = credit[-1].group()[1:-1].split()[0]
                source_origin = "credit"
            else:
                source, source_origin = Path(path).stem, "filename"
    return Article(
        article_id=str(_pick(meta, "id") or default_id),
        path=path,
        text=text,
        story=str(_pick(meta, "story") or default_story),
        source=source,
        source_origin=source_origin,
        title=str(_pick(meta, "title") or ""),
        url=str(_pick(meta, "url") or ""),
        published=published,
        published_origin=origin,
        line_offset=line_offset,
    )


def _has_text(p: Path) -> bool:
    with p.open("rb") as fh:
        return any(chunk.strip() for chunk in iter(lambda: fh.read(1 << 20), b""))


def _open_jsonl(p: Path, path: str, result: LoadResult):
    """The articles of a JSONL feed, streamed: (byte offset, line, article) triples, after
    the file-level checks (too large, empty) that are one error for the whole file."""
    try:
        size = p.stat().st_size
        if size > MAX_JSONL_BYTES:
            raise InputError(
                path, f"file is {size:,} bytes, over the {MAX_JSONL_BYTES:,} limit; split it"
            )
        if not size or not _has_text(p):
            raise InputError(path, "file is empty; remove it or add the article text")
    except PermissionError:
        raise InputError(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror}); check the file") from None
    return _iter_jsonl(p, path, result)


def _duplicate(a: Article, first: str) -> InputError:
    return InputError(
        a.path,
        f"duplicate article id '{a.article_id}' (first in {first}); give each article a unique id",
    )


def _read_file(p: Path, result: LoadResult) -> list[Article]:
    path = display_path(p)
    if p.suffix.lower() == ".jsonl":
        return [a for _, _, a in _open_jsonl(p, path, result)]
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                path, f"file is {size:,} bytes, over the {MAX_BYTES:,} limit; split it"
            )
        raw = p.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror}); check the file") from None
    if not raw.strip():
        raise InputError(path, "file is empty; remove it or add the article text")
    suffix = p.suffix.lower()
    text = decode(raw, path, result)
    story = display_path(p.parent) or "."
    if suffix == ".json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                path, f"invalid JSON ({exc.msg}); fix the file", line=exc.lineno
            ) from None
        items = doc if isinstance(doc, list) else [doc]
        out = []
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise InputError(path, f"item {i + 1} is not an object with a 'text' field")
                out.append(
                    _article(
                        item,
                        _text_of(_pick(item, "text") or "", path, None),
                        path=path,
                        default_id=p.stem if len(items) == 1 else f"{p.stem}:{i + 1}",
                        default_story=display_path(p),
                        line_offset=0,
                        line=None,
                        result=result,
                    )
                )
            except InputError as exc:
                result.errors.append(exc)
        return out
    meta, body, offset = (
        _front_matter(text, path) if suffix in (".md", ".markdown") else ({}, text, 0)
    )
    return [
        _article(
            meta,
            body,
            path=path,
            default_id=p.stem,
            default_story=story,
            line_offset=offset,
            line=None,
            result=result,
        )
    ]


def _jsonl_article(raw: bytes, n: int, path: str, result: LoadResult) -> Article | None:
    """One JSONL line as an article; None for a blank line; InputError for a bad one."""
    if not raw.strip():
        return None
    if len(raw) > MAX_BYTES:
        raise InputError(path, f"line has {len(raw):,} bytes, over {MAX_BYTES:,}; split it", line=n)
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        line = raw.decode("cp1252", errors="replace")
        result.warnings.append(f"{path}:{n}: not valid UTF-8; read as cp1252, check the characters")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"invalid JSON ({exc.msg}); fix or remove the line", line=n
        ) from None
    if not isinstance(item, dict):
        raise InputError(path, "line is not a JSON object with a 'text' field", line=n)
    return _article(
        item,
        _text_of(_pick(item, "text") or "", path, n),
        path=path,
        default_id=f"{Path(path).stem}:{n}",
        default_story=path,
        line_offset=0,
        line=n,
        result=result,
    )


def _iter_jsonl(p: Path, path: str, result: LoadResult):
    """Yield (byte offset, line number, article) for each good line of a JSONL file, read
    line by line (a feed can be larger than memory)."""
    with p.open("rb") as fh:
        offset = 0
        for n, raw in enumerate(fh, start=1):
            start, offset = offset, offset + len(raw)
            try:
                article = _jsonl_article(raw, n, path, result)
            except InputError as exc:
                result.errors.append(exc)
                continue
            if article is not None:
                yield start, n, article


def _resolve_dateline(text_date: str, others: list[str]) -> str | None:
    """Resolve a year-less dateline date ("January 14") against the story's known dates."""
    from consistency.lexicon.calendar import month_number

    m = re.match(r"([A-Za-z]+)\.? (\d{1,2})(?:, (\d{4}))?", text_date)
    if not m:
        return None
    month = month_number(m[1])
    if month is None:
        return None
    years = [int(m[3])] if m[3] else sorted({int(o[:4]) for o in others})
    if not years:
        return None
    try:
        return dt.date(years[-1], month, int(m[2])).isoformat()
    except ValueError:
        return None


def _finish(
    articles: list[Article], result: LoadResult, seen: dict[str, str] | None = None
) -> list[Article]:
    """Give dateline dates a year, infer missing dates from the story, and drop duplicates."""
    by_story: dict[str, list[Article]] = {}
    for a in articles:
        by_story.setdefault(a.story, []).append(a)
    out: list[Article] = []
    seen = {} if seen is None else seen
    for story in sorted(by_story):
        group = by_story[story]
        known = [a.published for a in group if a.published]
        fixed: list[Article] = []
        for a in group:
            if a.published_origin.startswith("dateline:"):
                text_date = a.published_origin.split(":", 1)[1]
                resolved = _resolve_dateline(text_date, known)
                if resolved:
                    a = replace(a, published=resolved, published_origin="dateline")
                else:
                    a = replace(a, published_origin="unknown")
            fixed.append(a)
        dated = sorted(a.published for a in fixed if a.published)
        for a in fixed:
            if not a.published and dated:
                # the story's earliest known date: the most conservative anchor
                a = replace(a, published=dated[0], published_origin="inferred")
            if a.article_id in seen:
                result.errors.append(_duplicate(a, seen[a.article_id]))
                continue
            seen[a.article_id] = a.path
            out.append(a)
    return out


def load_articles(paths: list[str]) -> LoadResult:
    """Read every article under `paths`; problems go to `result.errors` and `warnings`."""
    result = LoadResult()
    articles: list[Article] = []
    for p in discover(paths, result):
        try:
            articles.extend(_read_file(p, result))
        except InputError as exc:
            result.errors.append(exc)
    result.articles = _finish(articles, result)
    return result


@dataclass(frozen=True, slots=True)
class Ref:
    """Where an article is, to read it again: a file, and in it a JSONL line's byte
    offset or a JSON item's index."""

    path: Path
    key: int = 0
    line: int = 0  # JSONL: the line number


def scan(paths: list[str]) -> tuple[dict[str, list[Ref]], LoadResult]:
    """Read every article once to learn its story, keeping only where it is: the articles
    of a large archive are then read again story by story (see read_story), so memory
    holds one story's texts at a time. Problems and duplicate ids are reported here."""
    result = LoadResult()
    stories: dict[str, list[Ref]] = {}
    seen: dict[str, str] = {}
    for p in discover(paths, result):
        try:
            if p.suffix.lower() == ".jsonl":
                rows = _open_jsonl(p, display_path(p), result)
                found = ((Ref(p, off, n), a) for off, n, a in rows)
            else:
                found = ((Ref(p, i), a) for i, a in enumerate(_read_file(p, result)))
            for ref, a in found:
                if a.article_id in seen:
                    result.errors.append(_duplicate(a, seen[a.article_id]))
                    continue
                seen[a.article_id] = a.path
                stories.setdefault(a.story, []).append(ref)
        except InputError as exc:
            result.errors.append(exc)
    return stories, result


def read_story(refs: list[Ref]) -> list[Article]:
    """The articles `scan` found for one story, read again (problems were reported then)."""
    quiet = LoadResult()
    articles: list[Article] = []
    by_file: dict[Path, list[Ref]] = {}
    for r in refs:
        by_file.setdefault(r.path, []).append(r)
    for p, rs in by_file.items():
        try:
            if p.suffix.lower() == ".jsonl":
                path = display_path(p)
                with p.open("rb") as fh:
                    for r in rs:  # seek straight to each line: no re-reading of the feed
                        fh.seek(r.key)
                        a = _jsonl_article(fh.readline(), r.line, path, quiet)
                        if a is not None:
                            articles.append(a)
            else:
                items = _read_file(p, quiet)
                articles.extend(items[r.key] for r in rs if r.key < len(items))
        except (InputError, OSError):
            continue  # changed since the scan; it was readable then
    return _finish(articles, quiet)
