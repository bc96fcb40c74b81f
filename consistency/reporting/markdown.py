"""Markdown for a pull-request comment or a CI job summary: a summary table, then the
findings with both sides. Kept under 1 MiB (GitHub's limit for a job summary); the footer
says how many findings were left out."""

from __future__ import annotations

from collections import Counter

from consistency.model import Evidence, Report
from consistency.reporting.common import (
    RenderOptions,
    counts,
    hidden_note,
    majority,
    plural,
    shown,
    visible,
)

MAX_BYTES = 1024 * 1024 - 4096  # room for the footer
MAX_ERRORS_LISTED = 20  # input problems listed; the rest are counted


def _cell(text: str) -> str:
    """Text safe in a table cell: no pipes, no line breaks, no markup or HTML, no
    @mention that would ping someone in a pull-request comment, no control characters."""
    out = visible(text).replace("\\", "\\\\").replace("|", "\\|")
    for ch in "`*_[]<>#":
        out = out.replace(ch, "\\" + ch)
    return out.replace("@", "@\u2060")  # a word joiner: shown as @, never a mention


def _sentence(e: Evidence) -> str:
    i = e.sentence.find(e.text)
    if i < 0:
        return _cell(e.sentence)
    return (
        _cell(e.sentence[:i]) + "**" + _cell(e.text) + "**" + _cell(e.sentence[i + len(e.text) :])
    )


def _finding(f) -> str:
    lines = [
        f"### {f.severity.value.upper()} `{f.rule}` {f.name}",
        "",
        _cell(f.message),
        "",
        "| source | value | where | sentence |",
        "| --- | --- | --- | --- |",
    ]
    lines.extend(
        f"| {_cell(e.source)} | {_cell(e.text)} | {_cell(e.path)}:{e.line}:{e.column} "
        f"| {_sentence(e)} |"
        for e in f.evidence
    )
    lead = majority(f)
    if lead is not None:
        lines += ["", f"Most sources give: {_cell(lead)}"]
    lines += ["", f"<sub>finding {f.id}</sub>", ""]
    return "\n".join(lines)


def render(report: Report, opts: RenderOptions) -> str:
    findings = shown(report, opts)
    c = counts(findings)
    by_rule = Counter((f.rule, f.name, f.severity.value) for f in findings)
    head = [
        "## consistency report",
        "",
        f"{plural(len(report.articles), 'article')} in "
        f"{plural(len({a.story for a in report.articles}), 'story', 'stories')}: **{plural(c['error'], 'error')}, {plural(c['warning'], 'warning')}, {c['info']} info**.",
        "",
    ]
    if report.failure:
        head += [f"**The check could not run:** {_cell(report.failure)}", ""]
    gated = hidden_note(report)
    if gated:
        head += [f"Not shown: {gated}.", ""]
    if by_rule:
        head += ["| rule | name | severity | findings |", "| --- | --- | --- | ---: |"]
        head += [f"| `{r}` | {n} | {s} | {k} |" for (r, n, s), k in sorted(by_rule.items())]
        head.append("")
    if report.errors:
        head += [f"{plural(len(report.errors), 'input problem')}:", ""]
        head += [f"- {_cell(str(e))}" for e in report.errors[:MAX_ERRORS_LISTED]]
        if len(report.errors) > MAX_ERRORS_LISTED:  # the findings matter more than the list
            more = len(report.errors) - MAX_ERRORS_LISTED
            head.append(f"- and {more} more (standard error lists them all)")
        head.append("")
    body = "\n".join(head) + "\n"
    size = len(body.encode("utf-8"))
    left_out = 0
    parts = []
    for k, f in enumerate(findings):
        block = _finding(f) + "\n"
        n = len(block.encode("utf-8"))
        if size + n > MAX_BYTES:
            left_out = len(findings) - k  # the rest, least severe last
            break
        parts.append(block)
        size += n
    text = body + "".join(parts)
    if left_out:
        text += f"\n{left_out} findings left out to stay under 1 MiB; see the JSON report.\n"
    return text
