"""Output that could be turned against its reader (issue 16): control characters and
bidi overrides from articles never reach a terminal, log or page raw; SARIF URIs are
percent-encoded; Markdown never pings anyone; the Markdown cap keeps the findings."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.model import InputError
from consistency.reporting import RenderOptions, render

runner = CliRunner()

RAW = ("\x1b", "\x07", "\u202e", "\u2066")


def _story(tmp_path, source_b: str, name_b: str = "b.json"):
    d = tmp_path / "in"
    d.mkdir()
    a = {
        "id": "a",
        "story": "s",
        "source": "Alpha",
        "published": "2025-03-04",
        "text": "Twelve people were killed in the blast on Monday, police said.",
    }
    b = {
        "id": "b",
        "story": "s",
        "source": source_b,
        "published": "2025-03-04",
        "text": "Forty people were killed in the blast on Monday, police said \u202eit\x1b[2J.",
    }
    (d / "a.json").write_text(json.dumps(a))
    (d / name_b).write_text(json.dumps(b))
    return d


EVIL = "Be\x1b]0;PWNED\x07ta\n::error file=x::forged @octocat \u202eevil"


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "csv", "html", "markdown"])
def test_no_control_or_bidi_character_reaches_the_reader(tmp_path, fmt):
    r = runner.invoke(app, ["check", str(_story(tmp_path, EVIL)), "-f", fmt, "--no-cache"])
    assert r.exit_code == 1, r.stderr
    assert "NUM001" in r.stdout
    for ch in RAW:
        assert ch not in r.stdout, (fmt, repr(ch))
    assert "PWNED" in r.stdout or fmt in ("concise",)  # shown, as text


@pytest.mark.parametrize("fmt", ["concise", "github"])
def test_a_newline_in_a_source_forges_no_line(tmp_path, fmt):
    r = runner.invoke(app, ["check", str(_story(tmp_path, EVIL)), "-f", fmt, "--no-cache"])
    lines = r.stdout.splitlines()
    assert len(lines) == 1, lines
    assert not any(x.startswith("::error file=x") for x in lines)


def test_bidi_is_shown_visibly_in_html(tmp_path):
    r = runner.invoke(app, ["check", str(_story(tmp_path, EVIL)), "-f", "html", "--no-cache"])
    assert "&lt;U+202E&gt;" in r.stdout


def test_stderr_shows_control_characters_of_article_text(tmp_path):
    d = _story(tmp_path, "Beta")
    (d / "c.json").write_text(json.dumps({"id": "a", "text": "dup\x1b[31m"}))
    (d / "c\x1b[2J.md").write_text("")
    r = runner.invoke(app, ["check", str(d), "--no-cache"])
    assert "\x1b" not in r.stderr and "c\\x1b[2J.md" in r.stderr


def test_sarif_uri_is_percent_encoded(tmp_path):
    d = _story(tmp_path, "Beta", name_b="a b#c?d%e.json")
    r = runner.invoke(app, ["check", str(d), "-f", "sarif", "--no-cache"])
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for run in json.loads(r.stdout)["runs"]
        for res in run["results"]
        for loc in res["locations"] + res.get("relatedLocations", [])
    }
    assert any(u.endswith("a%20b%23c%3Fd%25e.json") for u in uris), uris
    assert not any(ch in u for u in uris for ch in " #?")


def test_markdown_mentions_nobody(tmp_path):
    r = runner.invoke(app, ["check", str(_story(tmp_path, "@octocat")), "-f", "markdown"])
    assert "@octocat" not in r.stdout and "octocat" in r.stdout


def test_markdown_cap_keeps_the_finding_among_50000_input_errors(seed_report):
    errors = [InputError("feed.jsonl", "invalid JSON; fix the line", line=n) for n in range(50_000)]
    report = replace(seed_report, errors=errors)
    out = render("markdown", report, RenderOptions())
    assert len(out.encode()) < 1024 * 1024
    assert all(f.id in out for f in seed_report.findings[:1])
    assert "and 49980 more" in out
