"""JUnit XML: a test suite per story, a test case per article, and a failure for each
finding at or above the fail level, on the article it is reported in (the newest side)."""

from __future__ import annotations

import re
from collections import defaultdict
from xml.etree import ElementTree as ET

from consistency.model import Report
from consistency.reporting.common import RenderOptions, fails, others, primary, shown

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (an article may hold any bytes)."""
    return _NOT_XML.sub("", text)


def render(report: Report, opts: RenderOptions) -> str:
    failing = defaultdict(list)
    for f in shown(report, opts):
        if fails(f, opts):
            failing[primary(f).article].append(f)
    stories: dict[str, list] = defaultdict(list)
    for a in report.articles:
        stories[a.story].append(a)
    root = ET.Element("testsuites", name="consistency")
    total = total_failures = 0
    for story in sorted(stories):
        arts = sorted(stories[story], key=lambda a: a.article_id)
        n_fail = sum(len(failing[a.article_id]) > 0 for a in arts)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=_x(story),
            tests=str(len(arts)),
            failures=str(n_fail),
            errors="0",
            skipped="0",
        )
        for a in arts:
            case = ET.SubElement(
                suite, "testcase", classname=_x(story), name=_x(a.path), file=_x(a.path)
            )
            for f in failing[a.article_id]:
                e = primary(f)
                lines = [f"{e.path}:{e.line}:{e.column} [{e.source}] {e.sentence}"]
                lines += [
                    f"{o.path}:{o.line}:{o.column} [{o.source}] {o.sentence}" for o in others(f)
                ]
                lines.append(f"finding id: {f.id}")
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=f.rule,
                    message=_x(f"{f.rule} {f.name} ({f.severity.value}): {f.message}"),
                )
                failure.text = _x("\n".join(lines))
        total += len(arts)
        total_failures += n_fail
    if report.failure:  # the check could not run: one case in error says why
        suite = ET.SubElement(
            root, "testsuite", name="consistency", tests="1", failures="0", errors="1"
        )
        case = ET.SubElement(suite, "testcase", classname="consistency", name="run")
        ET.SubElement(case, "error", message=_x(report.failure)).text = _x(report.failure)
        total += 1
        root.set("errors", "1")
    root.set("tests", str(total))
    root.set("failures", str(total_failures))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
