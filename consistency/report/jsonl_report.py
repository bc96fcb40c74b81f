"""One JSON object a line: each finding as in the JSON report, for streaming and grep."""

from __future__ import annotations

import json

from consistency.api import Report
from consistency.report import json_report
from consistency.report.common import RenderOptions


def render(report: Report, opts: RenderOptions) -> str:
    doc = json_report.to_dict(report, opts.min_severity)
    lines = [
        json.dumps(
            {"schema_version": json_report.SCHEMA_VERSION, **d}, ensure_ascii=False, sort_keys=True
        )
        for d in doc["discrepancies"]
    ]
    return "".join(line + "\n" for line in lines)
