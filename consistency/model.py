"""Records shared by every stage. No logic beyond small derived properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum


class Severity(StrEnum):
    """How bad a finding is. Ordered: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class ExitCode(IntEnum):
    """Process exit codes of the CLI."""

    OK = 0
    FINDINGS = 1
    USAGE_OR_INPUT = 2
    INTERNAL = 3  # a bug: reported on one line, never as a traceback


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One article of a story, with where its metadata came from."""

    article_id: str
    path: str
    text: str
    story: str
    source: str
    source_origin: str = "metadata"  # metadata | dateline | credit | filename
    title: str = ""
    url: str = ""
    published: str | None = None  # ISO date YYYY-MM-DD
    published_origin: str = "unknown"  # metadata | dateline | inferred | unknown
    line_offset: int = 0  # 0-based line in `path` where `text` starts (front matter, JSONL)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a character span of the article text."""

    index: int
    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class Claim:
    """One normalized claim with its evidence. See consistency.schema for the columns."""

    claim_id: str = ""
    article_id: str
    source: str = ""
    published: str | None = None
    kind: str  # quantity | date | duration | role | quote | status
    subject: str = ""
    predicate: str = ""
    value_text: str
    value: str = ""  # normalized value, as a string (number, ISO date, title, quote words)
    lo: float | None = None
    hi: float | None = None
    unit: str = ""
    qualifier: str = ""
    frame: str = ""  # durations: span | persist | novelty; dates: past | future | ambiguous
    polarity: str = "affirmed"  # affirmed | negated
    modality: str = "asserted"  # asserted | hedged
    speaker: str = ""  # quotes: who said it; other claims: who is reported as saying it
    sentence_index: int = 0
    sentence: str = ""
    start: int
    end: int
    line: int = 0
    column: int = 0
    context: str = ""  # masked context used for alignment
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """One side of a finding: where a claim stands in its article."""

    article: str
    path: str
    source: str
    published: str | None
    sentence: str
    text: str
    start: int
    end: int
    line: int
    column: int
    value: str
    claim_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A contradiction (or a noteworthy difference) between sources."""

    id: str
    rule: str
    name: str
    severity: Severity
    message: str
    story: str
    subject: str
    evidence: tuple[Evidence, ...]
