"""What every renderer shares: which findings to show, which side a finding is "in"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from consistency.model import Article, Evidence, Finding, Severity, text_position

if TYPE_CHECKING:  # the renderers' input; importing the API here would load every stage
    from consistency.model import Report


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render: the lowest severity shown and the level that fails a CI run."""

    min_severity: Severity = Severity.INFO
    fail_level: str = "error"  # info | warning | error | none
    color: bool = False


def shown(report: Report, opts: RenderOptions) -> list[Finding]:
    """Findings at or above the shown severity, most severe first, then by story and id."""
    keep = [f for f in report.findings if f.severity.rank >= opts.min_severity.rank]
    return sorted(keep, key=lambda f: (-f.severity.rank, f.story, f.rule, f.id))


def fails(finding: Finding, opts: RenderOptions) -> bool:
    return opts.fail_level != "none" and finding.severity.rank >= Severity(opts.fail_level).rank


def primary(finding: Finding) -> Evidence:
    """The side a finding is reported on: the newest article (the one being checked when
    an incoming article contradicts the archive), ties broken by article id."""
    return max(finding.evidence, key=lambda e: (e.published or "", e.article))


def others(finding: Finding) -> list[Evidence]:
    first = primary(finding)
    return [e for e in finding.evidence if e is not first]


def end_of(e: Evidence, article: Article | None = None) -> tuple[int, int]:
    """1-based line and exclusive end column of an evidence span (in the file: through
    the article's positions when its text is a JSON string literal)."""
    if article is not None and article.positions:
        return text_position(article.positions, e.end)
    lines = e.text.split("\n")
    if len(lines) == 1:
        return e.line, e.column + len(e.text)
    return e.line + len(lines) - 1, len(lines[-1]) + 1


def counts(findings: list[Finding]) -> dict[str, int]:
    c = Counter(f.severity.value for f in findings)
    return {s.value: c.get(s.value, 0) for s in sorted(Severity, key=lambda s: -s.rank)}


def majority(finding: Finding) -> str | None:
    """The value most sides give, when three or more sources speak and one value leads."""
    if len({e.source for e in finding.evidence}) < 3:
        return None
    tally = Counter(e.value for e in finding.evidence).most_common()
    if len(tally) > 1 and tally[0][1] > tally[1][1]:
        return tally[0][0]
    return None


def plural(n: int, word: str, many: str | None = None) -> str:
    """ "1 story", "2 stories"."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def hidden_note(report: Report) -> str:
    """What the gate left out, as one clause ("3 hidden by the baseline, ..."), or ""."""
    parts = []
    if report.baselined:
        parts.append(f"{report.baselined} hidden by the baseline")
    if report.suppressed:
        parts.append(f"{report.suppressed} suppressed inline")
    if report.unrelated:
        parts.append(f"{report.unrelated} not involving a changed article")
    return ", ".join(parts)


# C0 and C1 control characters (ESC starts terminal sequences) and the Unicode bidi
# controls that reorder what a reader sees (the "Trojan Source" characters)
_HIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shown_as(ch: str) -> str:
    if ch in "\t\n\r":
        return " "
    if ord(ch) < 0x100:
        return f"\\x{ord(ch):02x}"
    return f"<U+{ord(ch):04X}>"


def visible(text: str) -> str:
    """Article text safe on one line of a terminal or log: a tab or line break becomes a
    space, another control character \\x1b, a bidi control <U+202E>; lengths may change."""
    return _HIDDEN.sub(lambda m: _shown_as(m.group()), text)
