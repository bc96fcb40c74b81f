"""What loading gives back: the articles with their problems, and where an article is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from consistency.model import Article, InputError


@dataclass
class LoadResult:
    """Articles read, problems (errors) and warnings, each a one-line message."""

    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why), not articles


@dataclass(frozen=True, slots=True)
class Ref:
    """Where an article is, to read it again: a file, and in it a JSONL line's byte
    offset or a JSON item's index."""

    path: Path
    key: int = 0
    line: int = 0  # JSONL: the line number
    article_id: str = ""  # the id given when its file name's was taken by another story
