"""What counts as an article in a folder (include/exclude, hidden folders, dependencies,
build output, what git ignores), the pre-commit hook's staged check, and a failed run
that still writes every requested output."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.load import Selection, load_articles
from tests.conftest import SEED

runner = CliRunner()
HAS_GIT = shutil.which("git") is not None


def _git(where: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=where,
        check=True,
        capture_output=True,
    )


@pytest.fixture()
def repo(tmp_path, monkeypatch) -> Path:
    """A repository holding one news story and the usual non-news files."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONSISTENCY_CONFIG", raising=False)
    shutil.copytree(SEED, tmp_path / "news" / "seed")
    (tmp_path / "README.md").write_text("The tool has 3 rules.\n")
    (tmp_path / "CONTRIBUTING.md").write_text("The tool has 5 rules.\n")
    for folder in ("node_modules/pkg", "out", "drafts", ".hidden"):
        (tmp_path / folder).mkdir(parents=True)
        name = folder.replace("/", "-").lstrip(".") + ".md"  # article ids are unique
        (tmp_path / folder / name).write_text("Relations were strained for months.\n")
    (tmp_path / ".gitignore").write_text("drafts/\n")
    return tmp_path


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_a_repository_s_docs_dependencies_build_output_and_ignored_files_are_no_articles(repo):
    _git(repo, "init", "-q")
    paths = sorted(a.path for a in load_articles(["."], Selection()).articles)
    assert paths == sorted(f"news/seed/{p.name}" for p in SEED.glob("*.md"))


def test_include_and_exclude_patterns(repo):
    only_news = Selection(include=("news/*",), exclude=())
    assert {a.path.split("/")[0] for a in load_articles(["."], only_news).articles} == {"news"}
    everything = Selection(exclude=(), gitignore=False)
    paths = {a.path for a in load_articles(["."], everything).articles}
    assert {"README.md", "out/out.md", "node_modules/pkg/node_modules-pkg.md"} <= paths
    assert not any(p.startswith(".hidden") for p in paths)  # hidden folders are never walked


def test_config_keys_and_config_show_say_what_was_skipped_and_why(repo):
    (repo / "consistency.toml").write_text('exclude = ["out/", "README*"]\n')
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(x.startswith("exclude = out/, README*    # ") for x in lines)
    assert any(x.endswith("consistency.toml") and x.startswith("exclude") for x in lines)
    assert "skipped out/    # exclude 'out/'" in lines
    assert "skipped README.md    # exclude 'README*'" in lines
    assert "skipped .hidden/    # hidden" in lines
    assert not any("CONTRIBUTING" in line for line in lines)  # no longer excluded


def test_bad_include_is_one_line_naming_the_file(repo):
    (repo / "consistency.toml").write_text('include = "news"\n')
    result = runner.invoke(app, ["config", "show"])
    assert result.exit_code == 2
    assert "consistency.toml: include must be a list of glob patterns" in result.output


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_pre_commit_checks_staged_articles_before_any_commit_or_baseline(repo):
    _git(repo, "init", "-q")
    (repo / "news" / "other").mkdir()
    (repo / "news" / "other" / "a.md").write_text("Talks lasted 3 hours, officials said.\n")
    _git(repo, "add", "news/other/a.md")  # the seed story is not staged
    hook = ["check", ".", "--staged", "--baseline", ".consistency-baseline.json"]
    result = runner.invoke(app, [*hook, "-f", "concise"])
    assert result.exit_code == 0, result.output
    assert "no baseline yet" in result.output and "consistency baseline" in result.output
    _git(repo, "add", "news/seed")
    result = runner.invoke(app, [*hook, "-f", "concise"])
    assert result.exit_code == 1 and "DUR001" in result.output
    hooks = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text()
    assert "check . --staged" in hooks and "--since" not in hooks


@pytest.mark.skipif(not HAS_GIT, reason="needs git")
def test_a_failed_since_still_writes_every_output_holding_the_error(repo):
    _git(repo, "init", "-q")
    formats = ["sarif", "markdown", "junit", "html", "json", "jsonl", "csv", "github", "text"]
    outs = [f"{f}:out/report.{f}" for f in formats]
    args = ["check", "news", "--since", "origin/main"]
    result = runner.invoke(app, [*args, *(x for o in outs for x in ("-o", o))])
    assert result.exit_code == 2
    assert len(result.output.splitlines()) == 1  # one line on standard error
    for f in formats:
        text = (repo / "out" / f"report.{f}").read_text()
        assert "origin/main" in text, f
    sarif = json.loads((repo / "out" / "report.sarif").read_text())
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is False
    assert json.loads((repo / "out" / "report.json").read_text())["failure"]
