"""GitHub Actions workflow commands: an annotation on the checked article for each finding."""

from __future__ import annotations

from consistency.model import Report, Severity
from consistency.reporting.common import RenderOptions, end_of, primary, shown, visible

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return visible(text)  # no other control character reaches the log


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, opts: RenderOptions) -> str:
    out = [f"::error title=consistency::{_data(report.failure)}"] if report.failure else []
    articles = {a.article_id: a for a in report.articles}
    for f in shown(report, opts):  # most severe first
        e = primary(f)
        end_line, end_col = end_of(e, articles.get(e.article))
        props = [f"file={_prop(e.path)}", f"line={e.line}", f"col={e.column}"]
        if end_line == e.line:
            props.append(f"endColumn={end_col}")
        else:
            props.append(f"endLine={end_line}")
        props.append(f"title={_prop(f'{f.rule} {f.name}')}")
        out.append(f"::{_LEVEL[f.severity]} {','.join(props)}::{_data(f.message)}")
    return "".join(line + "\n" for line in out)
