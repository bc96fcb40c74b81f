"""JUnit XML: a test suite per story; in it, each article is a test case named by its id
(ids are unique; a JSONL feed's articles share one file), and each finding at or above the
fail level is a case of its own on the article it is reported in (the newest side), named
"<article id> <finding id>", with exactly one failure. An article with failing findings
has those cases instead of a passing one."""

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
        cases = [(a, f) for a in arts for f in failing[a.article_id] or [None]]
        n_fail = sum(f is not None for _, f in cases)
        suite = ET.SubElement(
            root,
            "testsuite",
            name=_x(story),
            tests=str(len(cases)),
            failures=str(n_fail),
            errors="0",
            skipped="0",
        )
        for a, f in cases:
            name = a.article_id if f is None else f"{a.article_id} {f.id}"
            case = ET.SubElement(
                suite, "testcase", classname=_x(story), name=_x(name), file=_x(a.path)
            )
            if f is None:
                continue
            e = primary(f)
            case.set("line", str(e.line))
            lines = [f"{e.path}:{e.line}:{e.column} [{e.source}] {e.sentence}"]
            lines += [f"{o.path}:{o.line}:{o.column} [{o.source}] {o.sentence}" for o in others(f)]
            lines.append(f"finding id: {f.id}")
            failure = ET.SubElement(
                case,
                "failure",
                type=f.rule,
                message=_x(f"{f.rule} {f.name} ({f.severity.value}): {f.message}"),
            )
            failure.text = _x("\n".join(lines))
        total += len(cases)
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
