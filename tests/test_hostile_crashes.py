"""Hostile input, round two (issue 16): input that used to crash (exit 3) or lose a
finding without a word now gets one clear line, and the good articles' findings stay."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.reporting import FORMATS

from .test_gate import KILLED_12, KILLED_40, _git, _write
from .test_hostile_inputs import GOOD_B, _case, _findings, _run, _story

runner = CliRunner()


def _no_trace(r) -> None:
    assert "Traceback" not in r.stderr + r.stdout
    assert "internal error" not in r.stderr


# --- crashes that are now one line -------------------------------------------------


def test_json_id_of_5000_digits(tmp_path):
    _case(tmp_path, "huge.json", '{"id": ' + "9" * 5000 + ', "text": "x"}', "cannot be read")


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_json_nested_100000_deep(tmp_path, name):
    _case(tmp_path, name, "[" * 100_000 + "]" * 100_000 + "\n", "nested too deep")


def test_lone_surrogate_in_every_format(tmp_path):
    d = _story(tmp_path)
    doc = {"id": "s", "story": "good", "source": "Gam\\ud800ma", "text": "Nine\\udfff."}
    (d / "s.json").write_text(json.dumps(doc).replace("\\\\u", "\\u"), encoding="utf-8")
    assert "\\ud800" in (d / "s.json").read_text()
    for fmt in FORMATS:  # a real process: its standard output encodes strictly
        r = subprocess.run(
            [sys.executable, "-m", "consistency", "check", str(d), "-f", fmt, "--no-cache"],
            capture_output=True,
        )
        assert r.returncode == 1, (fmt, r.stderr)
        assert b"Traceback" not in r.stderr and b"internal error" not in r.stderr
        r.stdout.decode("utf-8")  # valid UTF-8 throughout


@pytest.mark.skipif(sys.platform != "linux", reason="needs byte file names")
def test_file_name_that_is_not_utf8(tmp_path):
    d = _story(tmp_path)
    name = os.fsdecode(b"caf\xe9.md")
    (d / name).write_text(GOOD_B.replace("good-b", "good-c").replace("Beta", "Gamma"))
    out = tmp_path / "out.json"
    r = runner.invoke(app, ["check", str(d), "-f", "json", "-o", f"json:{out}", "--no-cache"])
    _no_trace(r)
    assert r.exit_code == 1, r.stderr
    text = out.read_bytes().decode("utf-8")
    assert "caf\\\\xe9.md" in text
    r.stdout.encode("utf-8")


@pytest.mark.parametrize(
    "doc",
    [
        {"version": 1, "findings": "NUM001"},
        {"version": 1, "findings": {"NUM001-0123456789abcdef": {"rule": "NUM001", "sides": 5}}},
        {"version": 1, "findings": {"NUM001-0123456789abcdef": {"reason": ["x"]}}},
        {"version": 1, "config": 7, "findings": {}},
    ],
)
def test_baseline_of_the_wrong_shape(tmp_path, doc):
    base = tmp_path / "base.json"
    base.write_text(json.dumps(doc))
    r = _run(str(_story(tmp_path)), "--baseline", str(base), "--no-cache")
    _no_trace(r)
    assert r.exit_code == 2 and str(base) in r.stderr


def test_baseline_not_utf8_and_with_bom(tmp_path):
    base = tmp_path / "base.json"
    base.write_bytes(b'{"version": 1, "findings": {}, "config": "\xff"}')
    r = _run(str(_story(tmp_path)), "--baseline", str(base), "--no-cache")
    _no_trace(r)
    assert r.exit_code == 2 and "not valid UTF-8" in r.stderr
    base.write_bytes(b'\xef\xbb\xbf{"version": 1, "findings": {}}')
    r = _run(str(_story(tmp_path / "x")), "--baseline", str(base), "--no-cache")
    assert r.exit_code == 1, r.stderr


@pytest.mark.parametrize("kind", ["folder", "deep", "wrong types"])
def test_triage_import_of_a_bad_file(tmp_path, kind):
    p = tmp_path / "decisions.json"
    if kind == "folder":
        p.mkdir()
    elif kind == "deep":
        p.write_text("[" * 100_000 + "]" * 100_000)
    else:
        p.write_text('{"decisions": [{"id": 5, "state": "open", "reason": ["x"]}]}')
    r = runner.invoke(app, ["triage", "--import", str(p), "--baseline", str(tmp_path / "b.json")])
    _no_trace(r)
    assert r.exit_code == 2 and "decisions.json" in r.stderr


@pytest.mark.parametrize(
    "content",
    [
        b"tool = 5\n",
        b"[tool]\nconsistency = 5\n",
        b'[tool.consistency]\nselect = ["NUM001"] # M\xfcnchen\n',
    ],
)
def test_bad_pyproject_in_a_parent_folder(tmp_path, monkeypatch, content):
    (tmp_path / "pyproject.toml").write_bytes(content + b"# consistency\n")
    work = tmp_path / "sub"
    work.mkdir()
    d = _story(work)
    monkeypatch.chdir(work)
    r = runner.invoke(app, ["check", str(d), "--no-cache"])
    _no_trace(r)
    assert r.exit_code == 2 and "pyproject.toml" in r.stderr


def test_another_projects_broken_pyproject_is_not_ours_to_judge(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_bytes(b"tool = 5\nname = 'M\xfcnchen'\n")
    work = tmp_path / "sub"
    work.mkdir()
    d = _story(work)
    monkeypatch.chdir(work)
    r = runner.invoke(app, ["check", str(d), "--no-cache"])
    assert r.exit_code == 1, r.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-5"])
def test_config_numbers_must_be_finite_and_not_negative(tmp_path, value):
    cfg = tmp_path / "consistency.toml"
    cfg.write_text(f"[align]\nmin-score = {value}\n")
    r = runner.invoke(app, ["check", str(_story(tmp_path)), "--config", str(cfg), "--no-cache"])
    _no_trace(r)
    assert r.exit_code == 2
    assert "min-score" in r.stderr and "consistency.toml" in r.stderr


def test_dask_scheduler_without_port_or_listener_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    for address in ("localhost", "tcp://127.0.0.1:1"):
        r = runner.invoke(
            app,
            [
                "check",
                str(_story(tmp_path / address[-1])),
                "--engine",
                "dask",
                "--scheduler",
                address,
                "--no-cache",
            ],
        )
        _no_trace(r)
        assert r.exit_code == 2 and "scheduler" in r.stderr


def test_yaml_alias_bomb_is_refused(tmp_path):
    bomb = (
        "---\nsource: X\na: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "---\nTwelve people.\n"
    )
    _case(tmp_path, "bomb.md", bomb, "YAML alias")


def test_huge_front_matter_is_refused(tmp_path):
    _case(tmp_path, "big.md", "---\n" + "k: v\n" * 200_000 + "---\nBody.\n", "front matter is over")


def test_jsonl_line_over_the_limit_is_not_read_whole(tmp_path, monkeypatch):
    from consistency import load

    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    line = json.dumps({"id": "x", "text": "word " * 2000})
    good = json.dumps({"id": "y", "story": "good", "source": "G", "text": "Nine were killed."})
    r = _case(tmp_path, "feed.jsonl", line + "\n" + good + "\n", "over 1,000 bytes")
    assert "feed.jsonl:1:" in r.stderr


# --- findings that were lost without a word ------------------------------------------


@pytest.fixture
def repo(tmp_path, monkeypatch):
    repo = tmp_path / "desk"
    _write(repo / "archive" / "blast" / "a.md", "blast-a", "blast", "Alpha", KILLED_12)
    _write(repo / "archive" / "blast" / "münchen.md", "blast-m", "blast", "Mu", KILLED_12)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "archive")
    monkeypatch.chdir(repo)
    return repo


def test_since_finds_a_changed_article_with_a_non_ascii_name(repo):
    _write(repo / "archive" / "blast" / "münchen.md", "blast-m", "blast", "Mu", KILLED_40)
    r = runner.invoke(app, ["check", "archive", "--since", "HEAD", "-f", "json", "--no-cache"])
    assert r.exit_code == 1, r.stderr
    assert _findings(r) == ["NUM001"]


def test_since_refuses_a_ref_that_is_an_option(repo, tmp_path):
    target = tmp_path / "written-by-git"
    r = runner.invoke(app, ["check", "archive", "--since", f"--output={target}", "--no-cache"])
    _no_trace(r)
    assert r.exit_code == 2 and "not a git ref" in r.stderr
    assert not target.exists()


def test_article_deleted_between_scan_and_check_is_reported(tmp_path, monkeypatch):
    from consistency import load

    d = _story(tmp_path)
    real_scan = load.scan

    def scan_then_delete(paths, *args, **kwargs):
        found = real_scan(paths, *args, **kwargs)
        (d / "b.md").unlink()
        return found

    monkeypatch.setattr(load, "scan", scan_then_delete)
    r = _run(str(d), "--no-cache")
    assert r.exit_code == 2
    lines = [x for x in r.stderr.splitlines() if "removed while the run read it" in x]
    assert len(lines) == 1 and "b.md" in lines[0]


def test_cache_row_of_the_wrong_type_is_a_miss(tmp_path):
    d = _story(tmp_path)
    cache = tmp_path / "c.sqlite"
    first = _run(str(d), "--cache", str(cache))
    assert _findings(first) == ["NUM001"]
    con = sqlite3.connect(cache)
    for key, data in con.execute("SELECT key, data FROM claims").fetchall():
        doc = json.loads(data)
        for c in doc["claims"]:
            c["lo"] = "twelve"
            c["hi"] = "twelve"
        con.execute("UPDATE claims SET data=? WHERE key=?", (json.dumps(doc), key))
    con.commit()
    con.close()
    again = _run(str(d), "--cache", str(cache))
    assert _findings(again) == ["NUM001"], again.stderr


def test_cached_note_names_the_article_s_new_path(tmp_path, monkeypatch):
    import consistency.normalize as pipeline  # the stage the story runner calls
    from consistency.api import check
    from consistency.config import Config

    real = pipeline.normalize

    def noting(articles, notes, sentences=None):
        out = real(articles, notes, sentences)
        notes.extend(f"{a.path}: a note about this article" for a in articles)
        return out

    monkeypatch.setattr(pipeline, "normalize", noting)
    d = _story(tmp_path)
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(d)], cfg)
    monkeypatch.setattr(pipeline, "normalize", real)
    (d / "a.md").rename(d / "renamed.md")
    r = check([str(d)], cfg)
    notes = [w for w in r.warnings if "a note about" in w]
    assert len(notes) == 2 and any("renamed.md" in w for w in notes)
    assert not any(w.endswith("a.md: a note about this article") for w in notes)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_a_folder_is_skipped_and_said(tmp_path):
    d = _story(tmp_path)
    os.mkfifo(d / "pipe.md")
    r = _run(str(d), "--no-cache")  # used to block for ever
    assert r.exit_code == 1
    assert "pipe.md" in r.stderr and "not regular files" in r.stderr
    named = _run(str(d / "pipe.md"), "--no-cache")
    assert named.exit_code == 2 and "not a regular file" in named.stderr
