"""The CI gate and the editor's triage, as a newsroom uses them."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app

runner = CliRunner()

A = "---\nid: {id}\nstory: {story}\nsource: {src}\npublished: 2025-03-04\n---\n{body}\n"
KILLED_12 = "Twelve people were killed in the blast on Monday, police said."
KILLED_40 = "Forty people were killed in the blast on Monday, police said."
FLOOD_3 = "Three people died in the flood on Friday, officials said."
FLOOD_9 = "Nine people died in the flood on Friday, officials said."


def _write(path: Path, id_: str, story: str, src: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(A.format(id=id_, story=story, src=src, body=body), encoding="utf-8")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        env=dict(
            os.environ,
            GIT_AUTHOR_NAME="t",
            GIT_AUTHOR_EMAIL="t@x",
            GIT_COMMITTER_NAME="t",
            GIT_COMMITTER_EMAIL="t@x",
        ),
    )


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    repo = tmp_path / "desk"
    arch = repo / "archive"
    _write(arch / "blast" / "a.md", "blast-a", "blast", "Alpha", KILLED_12)
    _write(arch / "flood" / "a.md", "flood-a", "flood", "Alpha", FLOOD_3)
    _write(arch / "flood" / "b.md", "flood-b", "flood", "Beta", FLOOD_9)  # an old contradiction
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "archive")
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CONSISTENCY_USER", "editor")
    return repo


def _check(*args: str):
    return runner.invoke(app, ["check", "archive", "--format", "json", "--no-cache", *args])


def test_new_article_fails_only_on_its_contradiction(newsroom):
    full = _check()
    assert [d["rule"] for d in json.loads(full.stdout)["discrepancies"]] == ["NUM001"]  # the flood
    _write(newsroom / "archive" / "blast" / "b.md", "blast-b", "blast", "Beta", KILLED_40)
    r = _check("--since", "HEAD")
    assert r.exit_code == 1, r.stderr
    doc = json.loads(r.stdout)
    (finding,) = doc["discrepancies"]
    assert finding["rule"] == "NUM001"
    assert {e["article"] for e in finding["evidence"]} == {"blast-a", "blast-b"}
    assert doc["summary"]["hidden"]["unrelated"] == 0  # the flood story was not even checked
    same = _check("--changed", "archive/blast/b.md")
    assert json.loads(same.stdout)["discrepancies"] == doc["discrepancies"]
    # the editor dismisses it; the same check then passes
    t = runner.invoke(
        app,
        ["triage", finding["id"], "--state", "dismissed", "--reason", "two counts, both sourced"],
    )
    assert t.exit_code == 0, t.stderr
    again = _check("--since", "HEAD", "--baseline", ".consistency-baseline.json")
    assert again.exit_code == 0, again.stderr
    assert json.loads(again.stdout)["summary"]["hidden"]["baseline"] == 1
    stats = runner.invoke(app, ["audit", "--stats"])
    assert "NUM001" in stats.stdout and "0%" in stats.stdout


def test_baseline_is_stable_and_updates(newsroom):
    r = runner.invoke(app, ["baseline", "archive", "--output", "base.json"])
    assert r.exit_code == 0, r.stderr
    before = Path("base.json").read_bytes()
    doc = json.loads(before)
    assert list(doc["findings"]) == sorted(doc["findings"]) and "line" not in before.decode()
    # reformat an unrelated article: the baseline's bytes do not change
    flood_b = newsroom / "archive" / "flood" / "b.md"
    flood_b.write_text(flood_b.read_text().replace(", officials said.", ",\nofficials said.\n\n"))
    assert runner.invoke(app, ["baseline", "archive", "--output", "base.json"]).exit_code == 0
    assert Path("base.json").read_bytes() == before
    # a new contradiction is not added unless asked; a vanished one is dropped
    _write(newsroom / "archive" / "blast" / "b.md", "blast-b", "blast", "Beta", KILLED_40)
    flood_b.unlink()
    runner.invoke(app, ["baseline", "archive", "--output", "base.json"])
    assert json.loads(Path("base.json").read_text())["findings"] == {}
    runner.invoke(app, ["baseline", "archive", "--output", "base.json", "--add-new"])
    assert len(json.loads(Path("base.json").read_text())["findings"]) == 1
    hidden = _check("--baseline", "base.json")
    assert hidden.exit_code == 0
    assert json.loads(hidden.stdout)["summary"]["hidden"]["baseline"] == 1


def test_baseline_warns_when_the_configuration_changed(newsroom):
    runner.invoke(app, ["baseline", "archive", "--output", "base.json"])
    Path("consistency.toml").write_text('ignore = ["ROL002"]\n')
    r = _check("--baseline", "base.json")
    assert "made with another configuration" in r.stderr


def test_broken_baseline_is_one_line(newsroom):
    Path("base.json").write_text("{not json")
    r = _check("--baseline", "base.json")
    assert r.exit_code == 2 and "base.json:1: baseline is not valid JSON" in r.stderr


def test_inline_suppression(tmp_path):
    d = tmp_path / "s"
    _write(d / "a.md", "a", "s", "Alpha", KILLED_12)
    body = '<!-- consistency: ignore NUM001 reason="first police figure" -->\n' + KILLED_40
    _write(d / "b.md", "b", "s", "Beta", body)
    r = runner.invoke(app, ["check", str(d), "-f", "json", "--no-cache"])
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"]["hidden"]["suppressed"] == 1
    off = runner.invoke(
        app, ["check", str(d), "-f", "json", "--no-cache", "--no-inline-suppressions"]
    )
    assert off.exit_code == 1
    # unused and malformed suppressions are reported
    _write(
        d / "c.md",
        "c",
        "t",
        "Gamma",
        '<!-- consistency: ignore DUR001 reason="x" -->\nNothing here.',
    )
    _write(d / "e.md", "e", "t", "Delta", "<!-- consistency: ignore NUM001 -->\nNothing either.")
    r = runner.invoke(app, ["check", str(d), "-f", "json", "--no-cache"])
    assert "c.md:7: suppression of DUR001 silences nothing" in r.stderr
    assert 'e.md:7: suppression needs a reason="..."' in r.stderr
    assert r.exit_code == 2


def test_audit_records_answers(newsroom):
    r = runner.invoke(app, ["audit", "archive"], input="d\nsame count, different day\n")
    assert r.exit_code == 0, r.stderr
    assert "[[Three]] people died" in r.stdout and "[[Nine]] people died" in r.stdout
    entry = next(
        iter(json.loads(Path(".consistency-baseline.json").read_text())["findings"].values())
    )
    assert entry["state"] == "dismissed" and entry["by"] == "editor"
    assert runner.invoke(app, ["audit", "archive"]).stdout.startswith("nothing to review")


def test_audit_in_a_real_terminal(newsroom):
    """Drive `consistency audit` through a pseudo-terminal, as an editor would."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the real command in a terminal
        os.execvp(sys.executable, [sys.executable, "-m", "consistency", "audit", "archive"])
    out = b""

    def read_until(marker: bytes, timeout: float = 60) -> None:
        nonlocal out
        end = time.monotonic() + timeout
        while marker not in out and time.monotonic() < end:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    break
        assert marker in out, out.decode(errors="replace")

    read_until(b"[q]uit")
    os.write(fd, b"c\n")
    read_until(b"reason")
    os.write(fd, b"a real disagreement\n")
    read_until(b"decisions recorded")
    os.waitpid(pid, 0)
    entry = next(
        iter(json.loads(Path(".consistency-baseline.json").read_text())["findings"].values())
    )
    assert entry["state"] == "confirmed" and entry["reason"] == "a real disagreement"


def test_config_show_names_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("consistency.toml").write_text(
        'fail-level = "warning"\n[tolerances]\nnumber-rel-tol = 0.1\n'
    )
    r = runner.invoke(app, ["config", "show"])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert any(x.startswith("fail-level = warning") and "consistency.toml" in x for x in lines)
    assert any(
        x.startswith("tolerances.number-rel-tol = 0.1") and "consistency.toml" in x for x in lines
    )
    assert any(x.startswith("min-severity = info") and "# default" in x for x in lines)


def test_triage_import_errors_are_one_line(tmp_path):
    bad = tmp_path / "d.json"
    bad.write_text('{"decisions": [{"id": "NUM001-0123456789abcdef", "state": "maybe"}]}')
    r = runner.invoke(app, ["triage", "--import", str(bad), "--baseline", str(tmp_path / "b.json")])
    assert r.exit_code == 2 and "decision 1 (NUM001-0123456789abcdef): needs a state" in r.stderr
    r = runner.invoke(app, ["triage", "NUM001-0123456789abcdef"])
    assert r.exit_code == 2 and "give FINDING_ID, --state and --reason" in r.stderr
    r = runner.invoke(app, ["triage", "nope", "--state", "dismissed", "--reason", "x"])
    assert r.exit_code == 2 and "'nope' is not a finding id" in r.stderr


def test_since_works_from_outside_the_checkout(newsroom, monkeypatch):
    _write(newsroom / "archive" / "blast" / "b.md", "blast-b", "blast", "Beta", KILLED_40)
    monkeypatch.chdir(newsroom.parent)
    r = runner.invoke(app, ["check", "desk/archive", "--since", "HEAD", "-f", "json", "--no-cache"])
    assert r.exit_code == 1, r.stderr
    assert [d["rule"] for d in json.loads(r.stdout)["discrepancies"]] == ["NUM001"]


def _only_finding(path: str = "base.json") -> tuple[str, dict]:
    return next(iter(json.loads(Path(path).read_text())["findings"].items()))


def test_a_confirmed_finding_keeps_failing(newsroom):
    """Only dismissed and won't-fix findings are hidden by the baseline; a confirmed one is
    a real error and keeps failing until the articles change (open ones are the baseline's
    known findings and stay hidden)."""
    runner.invoke(app, ["baseline", "archive", "--output", "base.json"])
    assert _check("--baseline", "base.json").exit_code == 0  # open: known, hidden
    fid, _ = _only_finding()
    for state, code in (("confirmed", 1), ("dismissed", 0), ("wont-fix", 0)):
        r = runner.invoke(
            app, ["triage", fid, "--state", state, "--reason", "r", "--baseline", "base.json"]
        )
        assert r.exit_code == 0, r.stderr
        out = _check("--baseline", "base.json")
        assert out.exit_code == code, (state, out.stdout)
        assert json.loads(out.stdout)["summary"]["hidden"].get("baseline", 0) == 1 - code


def test_import_keeps_who_decided_and_reports_unknown_ids(newsroom):
    runner.invoke(app, ["baseline", "archive", "--output", "base.json"])
    fid, _ = _only_finding()
    new = "NUM001-00000000000000aa"
    stray = "NUM001-00000000000000bb"
    Path("d.json").write_text(
        json.dumps(
            {
                "version": 2,
                "decisions": [
                    {"id": fid, "state": "dismissed", "reason": "two counts", "by": "Ana"},
                    {
                        "id": new,
                        "state": "confirmed",
                        "reason": "wrong",
                        "by": "Ana",
                        "rule": "NUM001",
                        "story": "blast",
                        "sides": ["blast-a=12", "blast-b=40"],
                    },
                    {"id": stray, "state": "dismissed", "reason": "?"},
                ],
            }
        )
    )
    r = runner.invoke(app, ["triage", "--import", "d.json", "--baseline", "base.json"])
    assert r.exit_code == 2, r.stdout
    assert f"{stray}: not in the baseline and not a finding of the exported report" in r.stderr
    found = json.loads(Path("base.json").read_text())["findings"]
    assert found[fid]["by"] == "Ana" and found[fid]["state"] == "dismissed"
    assert found[new] == {
        "by": "Ana",
        "reason": "wrong",
        "rule": "NUM001",
        "sides": ["blast-a=12", "blast-b=40"],
        "state": "confirmed",
        "story": "blast",
    }
    assert stray not in found
    assert f"{new}: confirmed by Ana (wrong) (new in the baseline)" in r.stdout


def test_audit_stats_count_wont_fix(newsroom, tmp_path):
    ids = [f"NUM001-00000000000000{n:02x}" for n in range(4)]
    for fid, state in zip(ids, ("confirmed", "dismissed", "wont-fix", "wont-fix"), strict=True):
        runner.invoke(app, ["triage", fid, "--state", state, "--reason", "r"])
    r = runner.invoke(app, ["audit", "--stats"])
    assert r.exit_code == 0, r.stderr
    head, row = r.stdout.splitlines()[:2]
    assert head.split() == ["rule", "confirmed", "wont-fix", "dismissed", "open", "precision"]
    # a won't-fix is a true finding nobody will correct: it counts for precision
    assert row.split() == ["NUM001", "1", "2", "1", "0", "75%"]
