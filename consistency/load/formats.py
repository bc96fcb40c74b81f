"""Per-format readers: a .txt, .md (YAML front matter), .json or .jsonl file as records,
each an article's text and metadata fields before its date and source are read."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from consistency.load.decode import check_feed, decode, decode_line, read_bytes
from consistency.load.discover import display_path, printable
from consistency.load.positions import array_items, literal_positions
from consistency.load.result import LoadResult
from consistency.model import InputError

_FIELDS = {
    "id": ("id", "article_id", "uuid"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher"),
    "published": ("published", "published_at", "date"),
    "url": ("url", "link"),
    "story": ("story", "story_id"),
    "text": ("text", "body", "content", "paragraphs"),
}


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read from its file: its text, its metadata (for the date and source)
    and the fields taken as they are."""

    meta: dict
    text: str
    path: str
    article_id: str
    story: str
    title: str
    url: str
    line_offset: int
    line: int | None  # JSONL: the line number
    char_offset: int = 0  # characters before the text in the file (front matter)
    positions: tuple[tuple[int, int, int], ...] = ()  # JSON(L): see load.positions


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: object) -> object:
    """A string without lone surrogates ("\\ud800" in JSON is valid JSON but no text):
    each becomes U+FFFD, one character for one, so offsets stay true."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in value]
    return value


def parse_json(text: str, path: str, line: int | None, what: str) -> object:
    """JSON text as Python values; InputError for malformed, too deep or too large."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"invalid JSON ({exc.msg}); {what}", line=line or exc.lineno
        ) from None
    except RecursionError:
        raise InputError(path, f"JSON nested too deep; {what}", line=line) from None
    except ValueError as exc:  # an integer of thousands of digits
        raise InputError(path, f"JSON value cannot be read ({exc}); {what}", line=line) from None


def pick(meta: dict, key: str) -> object:
    """The first of a field's accepted names (`published`, `published_at`, `date`) set."""
    for name in _FIELDS[key]:
        if name in meta and meta[name] is not None:
            return meta[name]
    return None


def text_field(meta: dict) -> str | None:
    """The name under which `meta` holds its text (`text`, `body`, ...), if any."""
    for name in _FIELDS["text"]:
        if name in meta and meta[name] is not None:
            return name
    return None


def _positions(s: str, start: int, meta: dict, line0: int) -> tuple[tuple[int, int, int], ...]:
    """Where the text of the object at `s[start]` stands in the file (lines from `line0`);
    () when it cannot be read back (the article is then located by its own lines)."""
    field = text_field(meta)
    if field is None:
        return ()
    try:
        points = literal_positions(s, start, field)
    except (ValueError, IndexError):
        return ()
    return tuple((t, line + line0, col) for t, line, col in points)


def _text_of(value: object, path: str, line: int | None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    raise InputError(
        path, "field 'text' must be a string (or a list of paragraph strings)", line=line
    )


MAX_FRONT_MATTER = 65_536  # characters of YAML front matter; real ones have a few hundred


class _AliasError(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _front_matter_loader():
    """PyYAML's safe loader, with dates kept as text: "2025-13-45" is a date we report as
    unreadable, not a crash inside YAML."""
    import yaml

    class Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):  # "*name": a bomb can expand a billionfold
                mark = self.peek_event().start_mark
                raise _AliasError(mark.line)
            return super().compose_node(parent, index)

    Loader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return Loader


def _front_matter(text: str, path: str) -> tuple[dict, str, int]:
    if not text.startswith("---"):
        return {}, text, 0
    head = text[: MAX_FRONT_MATTER + 8]
    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", head, re.DOTALL)
    if not m:
        if len(text) > len(head) and re.search(r"\n---[ \t]*(?:\r?\n|\Z)", text):
            raise InputError(
                path,
                f"front matter is over {MAX_FRONT_MATTER:,} characters; keep only the "
                "metadata fields there",
                line=1,
            )
        raise InputError(path, "front matter opened with '---' is never closed", line=1)
    import yaml

    try:
        meta = yaml.load(m.group(1), Loader=_front_matter_loader()) or {}
    except _AliasError as exc:
        raise InputError(
            path, "front matter uses a YAML alias (*name); write the value out", line=exc.line + 2
        ) from None
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


def _record(
    meta: dict,
    text: str,
    *,
    path: str,
    default_id: str,
    default_story: str,
    line_offset: int,
    line: int | None,
    char_offset: int = 0,
    positions: tuple[tuple[int, int, int], ...] = (),
) -> Record:
    if not text.strip():
        raise InputError(path, "article has no text; remove it or add its text", line=line)
    meta = {k: clean(v) for k, v in meta.items()}
    text = clean(text)
    for key in ("id", "source", "story", "title", "url"):
        value = pick(meta, key)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(path, f"field '{key}' must be a string", line=line)
    return Record(
        meta=meta,
        text=text,
        path=path,
        article_id=str(pick(meta, "id") or default_id),
        story=str(pick(meta, "story") or default_story),
        title=str(pick(meta, "title") or ""),
        url=str(pick(meta, "url") or ""),
        line_offset=line_offset,
        line=line,
        char_offset=char_offset,
        positions=positions,
    )


def read_records(p: Path, path: str, result: LoadResult, limit: int) -> Iterator[Record]:
    """The articles of a .txt, .md or .json file, `path` its display form. A problem with
    the file is raised; one with an item of a JSON list is reported and the item skipped."""
    raw = read_bytes(p, path, limit)
    suffix = p.suffix.lower()
    text = decode(raw, path, result)
    story = display_path(p.parent) or "."
    if suffix == ".json":
        doc = parse_json(text, path, None, "fix the file")
        items = doc if isinstance(doc, list) else [doc]
        first = len(text) - len(text.lstrip())
        try:
            starts = array_items(text, first) if isinstance(doc, list) else [first]
        except (ValueError, IndexError):
            starts = []
        for i, item in enumerate(items):
            try:
                if not isinstance(item, dict):
                    raise InputError(path, f"item {i + 1} is not an object with a 'text' field")
                record = _record(
                    item,
                    _text_of(pick(item, "text") or "", path, None),
                    path=path,
                    default_id=printable(p.stem)
                    if len(items) == 1
                    else f"{printable(p.stem)}:{i + 1}",
                    default_story=display_path(p),
                    line_offset=0,
                    line=None,
                    positions=_positions(text, starts[i], item, 0) if i < len(starts) else (),
                )
            except InputError as exc:
                result.errors.append(exc)
                continue
            yield record
        return
    meta, body, offset = (
        _front_matter(text, path) if suffix in (".md", ".markdown") else ({}, text, 0)
    )
    yield _record(
        meta,
        body,
        path=path,
        default_id=printable(p.stem),
        default_story=story,
        line_offset=offset,
        line=None,
        char_offset=len(text) - len(body),
    )


def jsonl_record(raw: bytes, n: int, path: str, result: LoadResult, limit: int) -> Record | None:
    """One JSONL line as a record; None for a blank line; InputError for a bad one."""
    if not raw.strip():
        return None
    line = decode_line(raw, n, path, result, limit)
    item = parse_json(line, path, n, "fix or remove the line")
    if not isinstance(item, dict):
        raise InputError(path, "line is not a JSON object with a 'text' field", line=n)
    return _record(
        item,
        _text_of(pick(item, "text") or "", path, n),
        path=path,
        default_id=f"{printable(Path(path).stem)}:{n}",
        default_story=path,
        line_offset=n - 1,
        line=n,
        positions=_positions(line, len(line) - len(line.lstrip()), item, n - 1),
    )


def open_jsonl(
    p: Path, path: str, result: LoadResult, limit: int, feed_limit: int
) -> Iterator[tuple[int, int, Record]]:
    """The records of a JSONL feed, streamed: (byte offset, line, record) triples, after
    the file-level checks (too large, empty) that are one error for the whole file."""
    check_feed(p, path, feed_limit)
    return _iter_jsonl(p, path, result, limit)


def _iter_jsonl(
    p: Path, path: str, result: LoadResult, limit: int
) -> Iterator[tuple[int, int, Record]]:
    """Yield (byte offset, line number, record) for each good line of a JSONL file, read
    line by line (a feed can be larger than memory); a bad line is reported and skipped."""
    with p.open("rb") as fh:
        offset, n = 0, 0
        while True:
            raw = fh.readline(limit + 1)  # never more than the limit in memory
            if not raw:
                return
            n += 1
            start, offset = offset, offset + len(raw)
            if len(raw) > limit and not raw.endswith(b"\n"):
                offset += _skip_line(fh)
                result.errors.append(
                    InputError(path, f"line is over {limit:,} bytes; split it", line=n)
                )
                continue
            try:
                record = jsonl_record(raw, n, path, result, limit)
            except InputError as exc:
                result.errors.append(exc)
                continue
            if record is not None:
                yield start, n, record


def _skip_line(fh) -> int:
    """Read past the rest of a line in 1 MiB pieces; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
