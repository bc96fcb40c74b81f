"""Read articles from files: .txt, .md (YAML front matter), .json, .jsonl; files or folders.

One bad file or line never stops the others: problems are collected as one-line messages
naming the file (and line) and what to do, and the caller decides the exit code.

The steps, each a module, each using only the ones before it: `discover` finds the files,
`decode` turns their bytes into text, `formats` reads each format into records, `metadata`
reads a record's date and source into an Article; this module runs them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from consistency.load.decode import decode
from consistency.load.discover import SUFFIXES, Selection, discover, display_path, printable
from consistency.load.formats import jsonl_record, open_jsonl, read_records
from consistency.load.metadata import FUTURE_SLACK, article, date_story, parse_published
from consistency.load.result import LoadResult, Ref
from consistency.model import Article, InputError

__all__ = [
    "FUTURE_SLACK",
    "MAX_BYTES",
    "MAX_JSONL_BYTES",
    "SUFFIXES",
    "LoadResult",
    "Ref",
    "Selection",
    "decode",
    "discover",
    "display_path",
    "load_articles",
    "parse_published",
    "read_story",
    "scan",
]

# The size limits, read here at each file (set them here: the readers take them as given).
MAX_BYTES = 64_000_000  # one article file, or one JSONL line; larger is refused
MAX_JSONL_BYTES = 4_000_000_000  # a JSONL feed holds many articles


def _open_jsonl(p: Path, path: str, result: LoadResult) -> Iterator[tuple[int, int, Article]]:
    """The articles of a JSONL feed, streamed: (byte offset, line, article) triples, after
    the file-level checks (too large, empty) that are one error for the whole file."""
    rows = open_jsonl(p, path, result, MAX_BYTES, MAX_JSONL_BYTES)
    return ((start, n, article(record, result)) for start, n, record in rows)


def _read_file(p: Path, result: LoadResult) -> list[Article]:
    path = display_path(p)
    if p.suffix.lower() == ".jsonl":
        return [a for _, _, a in _open_jsonl(p, path, result)]
    return [article(record, result) for record in read_records(p, path, result, MAX_BYTES)]


def _duplicate(a: Article, first: str) -> InputError:
    return InputError(
        a.path,
        f"duplicate article id '{a.article_id}' (first in {first}); give each article a unique id",
    )


def _unique_id(a: Article, seen: dict[str, str]) -> str | None:
    """The article's id, or None when another article has it. An id taken from the file's
    name ("story-a/reuters.md" and "story-b/reuters.md", or a JSONL feed's "feed:3") is
    made unique with its story ("story-b/reuters"); an id the article gives itself is
    never changed."""
    if a.article_id not in seen:
        return a.article_id
    stem = printable(Path(a.path).stem)
    if a.story and (a.article_id == stem or a.article_id.startswith(stem + ":")):
        qualified = f"{a.story}/{a.article_id}"
        if qualified not in seen:
            return qualified
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
        for a in date_story(by_story[story]):
            unique = _unique_id(a, seen)
            if unique is None:
                result.errors.append(_duplicate(a, seen[a.article_id]))
                continue
            a = a if unique == a.article_id else replace(a, article_id=unique)
            seen[unique] = a.path
            out.append(a)
    return out


def load_articles(paths: list[str], selection: Selection | None = None) -> LoadResult:
    """Read every article under `paths`; problems go to `result.errors` and `warnings`."""
    result = LoadResult()
    articles: list[Article] = []
    for p in discover(paths, result, selection):
        try:
            articles.extend(_read_file(p, result))
        except InputError as exc:
            result.errors.append(exc)
    result.articles = _finish(articles, result)
    return result


def scan(
    paths: list[str], selection: Selection | None = None
) -> tuple[dict[str, list[Ref]], LoadResult]:
    """Read every article once to learn its story, keeping only where it is: the articles
    of a large archive are then read again story by story (see read_story), so memory
    holds one story's texts at a time. Problems and duplicate ids are reported here."""
    result = LoadResult()
    stories: dict[str, list[Ref]] = {}
    seen: dict[str, str] = {}
    for p in discover(paths, result, selection):
        try:
            if p.suffix.lower() == ".jsonl":
                rows = _open_jsonl(p, display_path(p), result)
                found = ((Ref(p, off, n), a) for off, n, a in rows)
            else:
                found = ((Ref(p, i), a) for i, a in enumerate(_read_file(p, result)))
            for ref, a in found:
                unique = _unique_id(a, seen)
                if unique is None:
                    result.errors.append(_duplicate(a, seen[a.article_id]))
                    continue
                seen[unique] = a.path
                if unique != a.article_id:
                    ref = replace(ref, article_id=unique)
                stories.setdefault(a.story, []).append(ref)
        except InputError as exc:
            result.errors.append(exc)
    return stories, result


def read_story(refs: list[Ref], errors: list[InputError] | None = None) -> list[Article]:
    """The articles `scan` found for one story, read again (problems were reported then);
    one that is gone or changed since is said in `errors`, never dropped silently."""
    quiet = LoadResult()
    articles: list[Article] = []
    lost: list[InputError] = []
    by_file: dict[Path, list[Ref]] = {}
    for r in refs:
        by_file.setdefault(r.path, []).append(r)
    for p, rs in by_file.items():
        path = display_path(p)
        try:
            if p.suffix.lower() == ".jsonl":
                with p.open("rb") as fh:
                    for r in rs:  # seek straight to each line: no re-reading of the feed
                        fh.seek(r.key)
                        raw = fh.readline(MAX_BYTES + 1)
                        record = jsonl_record(raw, r.line, path, quiet, MAX_BYTES)
                        if record is None:
                            lost.append(_gone(path, r.line))
                        else:
                            found = article(record, quiet)
                            if r.article_id:
                                found = replace(found, article_id=r.article_id)
                            articles.append(found)
            else:
                items = _read_file(p, quiet)
                articles.extend(
                    replace(items[r.key], article_id=r.article_id or items[r.key].article_id)
                    for r in rs
                    if r.key < len(items)
                )
                if any(r.key >= len(items) for r in rs):
                    lost.append(_gone(path))
        except (InputError, OSError):
            lost.append(_gone(path))
    if errors is not None:
        errors.extend(lost)
    return _finish(articles, quiet)


def _gone(path: str, line: int | None = None) -> InputError:
    return InputError(
        path,
        "changed or removed while the run read it; not checked, run again",
        line=line or None,
    )
