"""Records shared by every stage, and the typed errors. No logic beyond small derived
properties: every stage imports this module, and it imports none of them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

# a repository's own documents, dependencies and build output are not news
DEFAULT_EXCLUDE = (
    "README*",
    "CONTRIBUTING*",
    "CHANGELOG*",
    "CHANGES*",
    "LICENSE*",
    "CODE_OF_CONDUCT*",
    "SECURITY*",
    "node_modules/",
    "__pycache__/",
    "venv/",
    "build/",
    "dist/",
    "out/",
    "_build/",
    "site/",
    "target/",
)


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
    char_offset: int = 0  # characters in `path` before `text` (front matter)
    # JSON and JSONL: the text is a string literal in the file, not verbatim; breakpoints
    # (text offset, 0-based file line, 0-based column) say where each run of it stands
    positions: tuple[tuple[int, int, int], ...] = ()


def text_position(points: tuple[tuple[int, int, int], ...], offset: int) -> tuple[int, int]:
    """The 1-based file line and column of text offset `offset` of an article whose text
    stands in its file as `points` (Article.positions, not empty)."""
    i = bisect.bisect_right(points, (offset, float("inf"), 0)) - 1
    text_at, line, col_at = points[max(i, 0)]
    return line + 1, col_at + (offset - text_at) + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a character span of the article text."""

    index: int
    start: int
    end: int


@dataclass(slots=True, kw_only=True)
class Claim:
    """One normalized claim with its evidence. See consistency.reporting.schema for the columns."""

    claim_id: str = ""
    article_id: str
    source: str = ""
    published: str | None = None
    kind: str  # quantity | date | duration | role | party | act | change | quote | status
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
    modality: str = "asserted"  # asserted | hedged | forecast
    speaker: str = ""  # quotes: who said it; other claims: who is reported as saying it
    sentence_index: int = 0
    sentence: str = ""
    start: int
    end: int
    line: int = 0
    column: int = 0
    context: str = ""  # masked context used for alignment
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def unit_noun(self) -> str:
        """The unit as the article writes it: a count's noun ("leaders", where `unit` holds
        the stem "leader" that claims are compared on), else the unit itself."""
        if self.kind == "quantity" and self.unit.islower() and self.unit != "percent":
            return self.subject or self.unit
        return self.unit


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
    # what the claim says beyond its value (the run stage fills them from the claim):
    kind: str = ""
    unit: str = ""  # as written (Claim.unit_noun)
    lo: float | None = None  # its interval; date ordinals for dates
    hi: float | None = None


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


@dataclass(frozen=True, slots=True)
class Pair:
    """Two aligned claims from different articles of one story.

    `route` says how they met: "claim" (same block, their contexts align), "anchor" (the
    words around them name the same things), "named" (two dates that name the same kind of
    thing, "the 2015 nuclear deal" / "a 2010 nuclear deal"), "figure" (one uncommon value
    bounded two ways), "act" (the dates of one named person's act, told with one verb),
    "said" (the days one speaker made the statement two leads report), "lead" (the day of
    the development two leads of one publication day open on), "novelty" (how
    long since something last happened, one span an article), "period" (the periods one
    specific figure is given for), "casualty" (the dead of one
    outlet, the injured of another), "toll" (the one count of a kind each outlet gives),
    "amount" (the one sum of money each outlet's lead gives), "limit" (the one age limit
    each outlet gives),
    "whole" (the size of one whole set, "the 27 member states" / "all 54 member states"),
    "change" (one measure said to move opposite ways, "net income rose" / "a decline in net
    income"), "decision" (one measure, known by its figure, approved and rejected),
    "tally" (the one score or vote count of a kind each outlet gives) or
    "sentence" (the two sentences are the same but for a few words, and these claims stand
    in the words that differ: a minimal pair, the strongest evidence there is). Sentence pairs
    (kind "sentence") carry the differing word spans in `diff` as absolute offsets
    (a_start, a_end, b_start, b_end); an empty side is an insertion."""

    a: Claim
    b: Claim
    score: float
    story: str
    route: str = "claim"
    diff: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Alignment thresholds read from the configuration."""

    min_score: float = 55.0
    date_min_score: float = 62.0
    quote_min_score: float = 80.0


@dataclass(frozen=True, slots=True)
class RuleOptions:
    """Tolerances rules read from the configuration."""

    number_rel_tol: float = 0.0
    duration_novelty_overlap: float = 0.8
    quote_min_similarity: float = 80.0
    quote_min_words: int = 4


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleInfo:
    """What a report says of a rule: its code, name, default severity and documentation."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str


class ConsistencyError(Exception):
    """Base class of every error the library raises on purpose."""


class ConfigError(ConsistencyError):
    """The configuration is invalid (unknown key, bad value)."""


class InputError(ConsistencyError):
    """An input file or line cannot be used as an article."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclass
class Report:
    """Everything a run produced; the only input of every renderer."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)  # claim id -> aligned group id
    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    rules: tuple[RuleInfo, ...] = ()  # every rule known, for formats that document them
    suppressed: int = 0  # silenced by inline suppressions
    unrelated: int = 0  # left out: no changed article takes part
    baselined: int = 0  # hidden by the baseline
    failure: str = ""  # the check could not run (a --since ref git does not have): why
