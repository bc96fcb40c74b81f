"""A changed article whose file name is not UTF-8 (issue 16): it is shown with \\xNN, and
--changed, --since and --staged must still find its findings through its real path."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app

A = "---\nid: {id}\nstory: blast\nsource: {src}\npublished: 2025-03-04\n---\n{body}\n"
KILLED_12 = "Twelve people were killed in the blast on Monday, police said."
KILLED_40 = "Forty people were killed in the blast on Monday, police said."
BAD = b"m\xfcnchen.md"  # Latin-1, not UTF-8
ENV = dict(
    os.environ,
    GIT_AUTHOR_NAME="t",
    GIT_AUTHOR_EMAIL="t@x",
    GIT_COMMITTER_NAME="t",
    GIT_COMMITTER_EMAIL="t@x",
)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=ENV)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    repo = tmp_path / "desk"
    (repo / "archive").mkdir(parents=True)
    text = A.format(id="a", src="Alpha", body=KILLED_12)
    (repo / "archive" / "a.md").write_text(text, encoding="utf-8")
    try:
        _git(repo, "init", "-q")
        _git(repo, "add", ".")
        _git(repo, "commit", "-q", "-m", "archive")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("git is not available")
    monkeypatch.chdir(repo)
    return repo


def _add_bad(repo: Path) -> str:
    """The new article, under a name that is not UTF-8; returns its name as Python has it."""
    path = repo / "archive" / os.fsdecode(BAD)
    try:
        path.write_bytes(A.format(id="b", src="Beta", body=KILLED_40).encode())
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")
    return str(path)


def _rules(*args: str) -> list[str]:
    out = CliRunner().invoke(app, ["check", "archive", "-f", "json", "--no-cache", *args])
    assert out.exit_code in (0, 1), out.output
    return [d["rule"] for d in json.loads(out.stdout)["discrepancies"]]


def test_changed_names_a_file_whose_name_is_not_utf8(desk):
    name = _add_bad(desk)
    assert _rules("--changed", name) == ["NUM001"]


def test_since_finds_a_new_file_whose_name_is_not_utf8(desk):
    _add_bad(desk)
    assert _rules("--since", "HEAD") == ["NUM001"]


def test_staged_finds_a_file_whose_name_is_not_utf8(desk):
    _add_bad(desk)
    _git(desk, "add", ".")
    assert _rules("--staged") == ["NUM001"]


def test_an_unchanged_file_is_still_left_out(desk):
    _add_bad(desk)
    assert _rules("--changed", "archive/a.md", "--fail-level", "none") == ["NUM001"]
    _git(desk, "add", ".")
    _git(desk, "commit", "-q", "-m", "both")
    assert _rules("--since", "HEAD") == []
