"""Every report format: its contract, escaping, and the golden files in reports/."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from consistency.api import check
from consistency.reporting import FORMATS, RenderOptions, render
from consistency.rules import ALL_RULES

ROOT = Path(__file__).resolve().parent.parent

HOSTILE_A = """---
id: hostile-a
story: hostile
source: Alpha
published: 2025-03-04
url: "javascript:window.__pwned=3"
---
At least 12 people were killed in the blast on Monday, police said <script>window.__pwned = 1</script>.
"""
HOSTILE_B = """---
id: hostile-b
story: hostile
source: Beta <b>Bold</b>
published: 2025-03-04
---
At least 40 people were killed in the blast on Monday, police said <img src=x onerror="window.__pwned=2">.
"""


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "a.md").write_text(HOSTILE_A, encoding="utf-8")
    (d / "b.md").write_text(HOSTILE_B, encoding="utf-8")
    return check([str(d)])


def test_hostile_story_has_a_finding(hostile_report):
    assert [f.rule for f in hostile_report.findings] == ["NUM001"]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_deterministic(seed_report, fmt):
    opts = RenderOptions()
    assert render(fmt, seed_report, opts) == render(fmt, seed_report, opts)


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        render("pdf", None)


def test_concise_is_one_line_a_finding(seed_report):
    lines = render("concise", seed_report).splitlines()
    assert len(lines) == len(seed_report.findings)
    shape = re.compile(r"^\S+\.md:\d+:\d+: [A-Z]{3}\d{3} \[(error|warning|info)\] \S.*$")
    assert all(shape.match(line) for line in lines), lines
    assert ": DUR001 [error] " in lines[0]


def test_jsonl_one_finding_a_line(seed_report):
    rows = [json.loads(x) for x in render("jsonl", seed_report).splitlines()]
    assert len(rows) == len(seed_report.findings)
    assert {r["rule"] for r in rows} == {f.rule for f in seed_report.findings}
    assert all(r["schema_version"] == 2 for r in rows)


def test_csv_one_row_per_side_and_formula_safe(hostile_report, seed_report):
    rows = list(csv.DictReader(io.StringIO(render("csv", seed_report))))
    assert len(rows) == sum(len(f.evidence) for f in seed_report.findings)
    assert rows[0]["counterpart_values"]
    # a value that starts with "=" is neutralized
    from dataclasses import replace

    f = hostile_report.findings[0]
    ev = (replace(f.evidence[0], text="=HYPERLINK(1)"), *f.evidence[1:])
    hostile_report.findings[0] = replace(f, evidence=ev)
    try:
        text = render("csv", hostile_report)
    finally:
        hostile_report.findings[0] = f
    assert "'=HYPERLINK(1)" in text


def test_github_commands_escape_and_order(hostile_report, seed_report):
    lines = render("github", seed_report).splitlines()
    levels = [line.split(" ")[0] for line in lines]
    order = {"::error": 0, "::warning": 1, "::notice": 2}
    assert [order[x] for x in levels] == sorted(order[x] for x in levels)
    assert re.match(r"^::error file=\S+\.md,line=\d+,col=\d+,endColumn=\d+,", lines[0])
    assert "endColumn=" in lines[0] and ",title=DUR001 duration-mismatch::" in lines[0]
    (line,) = render("github", hostile_report).splitlines()
    assert "\n" not in line and line.count("::") == 2


def test_junit_suites_cases_failures(seed_report):
    root = ET.fromstring(render("junit", seed_report, RenderOptions(fail_level="warning")))
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "seed-jaishankar-rubio-call"
    failures = suite.findall("testcase/failure")
    n = sum(f.severity.value != "info" for f in seed_report.findings)
    assert len(failures) == n
    articles = {c.get("name").split(" ")[0] for c in suite.findall("testcase")}
    assert len(articles) == 3
    quiet = ET.fromstring(render("junit", seed_report, RenderOptions(fail_level="none")))
    assert not quiet.findall(".//failure")
    assert len(quiet.findall(".//testcase")) == 3  # one passing case per article


def test_sarif_shape(seed_report):
    doc = json.loads(render("sarif", seed_report))
    assert doc["version"] == "2.1.0"
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == [r.code for r in ALL_RULES]
    for r in driver["rules"]:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"]
        assert r["help"]["markdown"] and r["defaultConfiguration"]["level"] in (
            "error",
            "warning",
            "note",
        )
    assert len(run["results"]) == len(seed_report.findings)
    for res in run["results"]:
        loc = res["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith("/")
        region = loc["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
        assert res["relatedLocations"] and res["partialFingerprints"]["consistencyFinding/v1"]
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_markdown_summary_and_cap(seed_report, monkeypatch):
    text = render("markdown", seed_report)
    assert text.startswith("## consistency report")
    assert "| `DUR001` | duration-mismatch | error | 1 |" in text
    assert "**about two decades**" in text
    from consistency.reporting import markdown as markdown_format

    monkeypatch.setattr(markdown_format, "MAX_BYTES", 2500)
    capped = render("markdown", seed_report)
    assert "findings left out to stay under 1 MiB" in capped
    assert len(capped.encode()) < 4000


def test_html_escapes_article_text(hostile_report):
    page = render("html", hostile_report)
    assert "<script>window.__pwned" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<img src=x" not in page and "<b>Bold</b>" not in page
    assert 'href="javascript:' not in page
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page


def test_html_is_self_contained(seed_report):
    page = render("html", seed_report)
    for needle in ('src="http', "src='http", 'href="http', "@import", "url(http"):
        assert needle not in page


def test_reports_are_up_to_date():
    """reports/ holds the fixtures' reports; refresh with `python reports/regenerate.py`."""
    sys.path.insert(0, str(ROOT / "reports"))
    try:
        import regenerate
    finally:
        sys.path.pop(0)
    stale = [
        name
        for name, data in regenerate.build().items()
        if not (ROOT / "reports" / name).is_file() or (ROOT / "reports" / name).read_bytes() != data
    ]
    assert not stale, f"out of date: {stale}; run: python reports/regenerate.py"


def test_cli_writes_several_formats(tmp_path):
    seed = str(ROOT / "fixtures" / "seed-story")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "consistency",
            "check",
            seed,
            "-f",
            "concise",
            "-o",
            f"sarif:{tmp_path / 'r.sarif'}",
            "-o",
            f"html:{tmp_path / 'r.html'}",
            "-o",
            f"junit:{tmp_path / 'r.xml'}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 1, out.stderr
    assert out.stdout.count("\n") == 5  # concise on standard output
    assert json.loads((tmp_path / "r.sarif").read_text())["version"] == "2.1.0"
    assert (tmp_path / "r.html").read_text().startswith("<!doctype html>")
    ET.fromstring((tmp_path / "r.xml").read_text())


def test_cli_export_tables_join(tmp_path):
    import pandas as pd

    seed = str(ROOT / "fixtures" / "seed-story")
    out = subprocess.run(
        [sys.executable, "-m", "consistency", "export", seed, "--dir", str(tmp_path / "t")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    t = {
        n: pd.read_csv(tmp_path / "t" / f"{n}.csv")
        for n in ("articles", "claims", "alignments", "findings")
    }
    assert set(t["findings"]["claim_id"]) <= set(t["claims"]["claim_id"])
    assert set(t["alignments"]["claim_a"]) <= set(t["claims"]["claim_id"])
    assert set(t["claims"]["article_id"]) <= set(t["articles"]["article_id"])


def _one_each(seed_report):
    """The seed report cut to one error and one input problem; two of its articles made
    one outlet's, each with a title and a URL."""
    from dataclasses import replace

    from consistency.model import InputError

    error = next(f for f in seed_report.findings if f.severity.value == "error")
    ids = sorted({e.article for e in error.evidence})[:2]
    articles = [
        replace(
            a, source="Outlet", title=f"Title {a.article_id}", url=f"https://e.com/{a.article_id}"
        )
        if a.article_id in ids
        else a
        for a in seed_report.articles
    ]
    evidence = tuple(replace(e, source="Outlet") if e.article in ids else e for e in error.evidence)
    return replace(
        seed_report,
        articles=articles,
        findings=[replace(error, evidence=evidence)],
        errors=[InputError("x.md", "file is empty")],
    ), ids


def test_counts_are_singular_when_one(seed_report):
    report, _ = _one_each(seed_report)
    for fmt in ("text", "markdown", "html"):
        out = render(fmt, report)
        assert "1 errors" not in out and "1 input problems" not in out, fmt
        assert "1 error" in out and "1 input problem" in out, fmt


def test_html_sides_show_title_linked_and_tell_one_outlets_articles_apart(seed_report):
    report, ids = _one_each(seed_report)
    html = render("html", report)
    card = html[html.index('<article class="finding') :]
    for i in ids:
        assert f'<a href="https://e.com/{i}" rel="noopener noreferrer">Title {i}</a>' in card
        assert f'<b>Outlet</b> <span class="aid">({i})</span>' in card


def test_plain_check_keeps_only_the_texts_of_articles_in_findings(tmp_path):
    from consistency.api import Run, check
    from consistency.reporting import render

    d = tmp_path / "s"
    d.mkdir()
    for name, n in (("a", "Twelve"), ("b", "Forty")):
        (d / f"{name}.md").write_text(
            f"---\nid: {name}\nsource: {name.upper()}\npublished: 2025-03-04\n---\n"
            f"{n} people were killed in the blast on Monday, police said.\n"
        )
    quiet = tmp_path / "q"
    quiet.mkdir()
    (quiet / "c.md").write_text("---\nid: c\nsource: C\n---\nA calm day in the park.\n")
    report = check([str(d), str(quiet)], run=Run(keep=False))
    texts = {a.article_id: a.text for a in report.articles}
    assert texts["a"].startswith("Twelve") and texts["b"].startswith("Forty")
    assert texts["c"] == ""  # in no finding: dropped to bound memory
    assert 'details class="article"' in render("html", report)
