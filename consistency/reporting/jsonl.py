"""One JSON object a line: each finding as in the JSON report, for streaming and grep."""

from __future__ import annotations

import json

from consistency.model import Report
from consistency.reporting import json as json_format
from consistency.reporting.common import RenderOptions


def render(report: Report, opts: RenderOptions) -> str:
    doc = json_format.to_dict(report, opts.min_severity)
    lines = [
        json.dumps(
            {"schema_version": json_format.SCHEMA_VERSION, **d}, ensure_ascii=False, sort_keys=True
        )
        for d in doc["discrepancies"]
    ]
    if report.failure:
        lines.insert(
            0,
            json.dumps(
                {"schema_version": json_format.SCHEMA_VERSION, "failure": report.failure},
                ensure_ascii=False,
            ),
        )
    return "".join(line + "\n" for line in lines)
