"""One line a finding: path:line:col: CODE message (as linters print)."""

from __future__ import annotations

from consistency.model import Report
from consistency.reporting.common import RenderOptions, primary, shown, visible


def render(report: Report, opts: RenderOptions) -> str:
    out = [f"consistency: error: {report.failure}"] if report.failure else []
    for f in shown(report, opts):
        e = primary(f)
        out.append(
            f"{visible(e.path)}:{e.line}:{e.column}: {f.rule} [{f.severity.value}] "
            f"{visible(f.message)}"
        )
    return "".join(line + "\n" for line in out)
