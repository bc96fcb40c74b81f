"""The human report: per story, findings by severity, both sides' sentences with spans marked."""

from __future__ import annotations

from consistency.model import Report, Severity
from consistency.reporting.common import RenderOptions, hidden_note, plural, visible


def _marked(sentence: str, text: str, color: bool) -> str:
    i = sentence.find(text)
    if i < 0:
        return visible(sentence)
    left, right = ("\x1b[1;4m", "\x1b[0m") if color else ("[[", "]]")
    rest = sentence[i + len(text) :]
    return visible(sentence[:i]) + left + visible(text) + right + visible(rest)


def render(report: Report, opts: RenderOptions) -> str:
    min_severity, color = opts.min_severity, opts.color
    shown = [f for f in report.findings if f.severity.rank >= min_severity.rank]
    out: list[str] = (
        [f"error: the check could not run: {report.failure}", ""] if report.failure else []
    )
    story = None
    for f in shown:
        if f.story != story:
            story = f.story
            n = sum(1 for a in report.articles if a.story == story)
            out.append(f"== story {visible(story)} ({n} articles)")
            out.append("")
        out.append(f"{f.severity.value.upper()} {f.rule} {f.name}: {visible(f.message)}")
        for e in f.evidence:
            out.append(f"  {visible(e.path)}:{e.line}:{e.column} [{visible(e.source)}]")
            out.append(f"    {_marked(e.sentence, e.text, color)}")
        out.append(f"  id: {f.id}")
        out.append("")
    counts = {s: sum(1 for f in shown if f.severity == s) for s in Severity}
    hidden = len(report.findings) - len(shown)
    foot = (
        f"{plural(counts[Severity.ERROR], 'error')}, {plural(counts[Severity.WARNING], 'warning')}, "
        f"{counts[Severity.INFO]} info in {plural(len(report.articles), 'article')}"
    )
    if hidden:
        foot += f" ({hidden} below --min-severity not shown)"
    gated = hidden_note(report)
    if gated:
        foot += f"; {gated}"
    if report.errors:
        foot += f"; {plural(len(report.errors), 'input problem')}"
    out.append(foot)
    return "\n".join(out) + "\n"
