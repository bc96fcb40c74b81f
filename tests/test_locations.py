"""True locations in every format: the file's own line and column (JSONL and JSON articles
are string literals inside a line of their file), SARIF regions that agree with
themselves, URIs relative to the working directory or file:// URIs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consistency.api import check
from consistency.config import Config
from consistency.reporting import RenderOptions, render
from tests.conftest import SEED


def _seed_items() -> list[dict]:
    items = []
    for f in sorted(SEED.glob("*.md")):
        body = f.read_text(encoding="utf-8").split("---", 2)[2].lstrip("\n")
        items.append({"id": f.stem, "source": f.stem[:3], "story": "seed", "text": body})
    return items


@pytest.fixture()
def feed(tmp_path, monkeypatch) -> Path:
    """The seed story as a JSONL feed after unrelated lines, texts with escapes."""
    monkeypatch.chdir(tmp_path)
    lines = [json.dumps({"id": f"f{i}", "story": f"s{i}", "text": "Quiet."}) for i in range(6)]
    lines += [json.dumps(item) for item in _seed_items()]  # ASCII: \n, \u2019 escapes
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _at(path: Path, line: int, column: int) -> str:
    """The file's text from `line`:`column` to the end of that line."""
    return path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1 :]


def _literal(text: str, ascii_only: bool = True) -> str:
    """How `text` is written inside a JSON string."""
    return json.dumps(text, ensure_ascii=ascii_only)[1:-1]


def _report(path: Path):
    return check([path.name], Config(cache=""))


def test_jsonl_locations_are_the_files_line_and_column(feed):
    report = _report(feed)
    evidence = [e for f in report.findings for e in f.evidence]
    assert evidence
    for e in evidence:
        assert e.line >= 7  # the seed articles are lines 7 to 9 of the feed
        assert _at(feed, e.line, e.column).startswith(_literal(e.text))
    concise = render("concise", report, RenderOptions())
    first = concise.splitlines()[0]
    path, line = first.split(":")[:2]
    assert path == "feed.jsonl" and int(line) >= 7


def test_json_list_locations_are_the_files_line_and_column(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "story.json"
    path.write_text(json.dumps(_seed_items(), indent=2, ensure_ascii=False), encoding="utf-8")
    report = _report(path)
    assert report.findings
    for f in report.findings:
        for e in f.evidence:
            assert _at(path, e.line, e.column).startswith(_literal(e.text, False))


def test_sarif_char_offset_counts_the_front_matter(seed_report):
    doc = json.loads(render("sarif", seed_report, RenderOptions()))
    regions = 0
    for result in doc["runs"][0]["results"]:
        for loc in result["locations"] + result["relatedLocations"]:
            phys = loc["physicalLocation"]
            uri = phys["artifactLocation"]["uri"]
            text = Path(uri.removeprefix("file://")).read_text(encoding="utf-8")
            r = phys["region"]
            by_offset = text[r["charOffset"] : r["charOffset"] + r["charLength"]]
            line = text.split("\n")[r["startLine"] - 1]
            assert by_offset == r["snippet"]["text"]
            assert line[r["startColumn"] - 1 :].startswith(by_offset)
            regions += 1
    assert regions


def test_sarif_uris_relative_inside_the_working_directory_else_file_uris(tmp_path):
    from consistency.reporting.sarif import artifact

    here = Path.cwd().resolve()
    assert artifact("fixtures/a.md") == {"uri": "fixtures/a.md", "uriBaseId": "%SRCROOT%"}
    assert artifact(str(here / "x" / "b.md")) == {
        "uri": "x/b.md",
        "uriBaseId": "%SRCROOT%",
    }
    outside = here.parent / "elsewhere" / "c d.md"
    assert artifact(str(outside)) == {"uri": outside.as_uri()}
    assert artifact(str(outside))["uri"].startswith("file:///")


def test_sarif_of_a_jsonl_feed_has_no_char_offset_into_escaped_text(feed):
    doc = json.loads(render("sarif", _report(feed), RenderOptions()))
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert "charOffset" not in region and region["startLine"] >= 7
    text = region["snippet"]["text"]
    assert _at(feed, region["startLine"], region["startColumn"]).startswith(_literal(text))


def test_junit_one_case_per_article_named_by_id_and_one_failure_per_case(feed):
    from xml.etree import ElementTree as ET

    report = _report(feed)
    root = ET.fromstring(render("junit", report, RenderOptions(fail_level="info")))
    failing = list(report.findings)
    for suite in root.iter("testsuite"):
        names = [c.get("name") for c in suite.iter("testcase")]
        assert len(names) == len(set(names))  # no two cases of a suite share a name
        assert int(suite.get("tests")) == len(names)
    cases = list(root.iter("testcase"))
    assert all(len(c.findall("failure")) <= 1 for c in cases)
    assert sum(len(c.findall("failure")) for c in cases) == len(failing)
    ids = {a.article_id for a in report.articles}
    assert all(c.get("name").split(" ")[0] in ids for c in cases)
    assert {c.get("name").split(" ")[0] for c in cases} == ids
