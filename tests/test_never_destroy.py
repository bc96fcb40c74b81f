"""The tool never deletes or overwrites a file it did not make: the claim cache refuses a
file that is not its own database, and reports follow symlinks, write into devices and
pipes, and never replace an input."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from typer.testing import CliRunner

from consistency.api import check
from consistency.cli import app
from consistency.config import Config
from consistency.fileio import write_output

from .conftest import SEED
from .test_hostile_inputs import _story

runner = CliRunner()


def _check(*args: str):
    return runner.invoke(app, ["check", "--format", "json", *args])


def _one_error_line(r, expect: str) -> str:
    lines = [x for x in r.stderr.splitlines() if expect in x]
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    return lines[0]


def test_cache_refuses_a_text_file_and_leaves_it_whole(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n" * 50)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"notes.txt{suffix}").write_text("theirs")
    r = _check(str(_story(tmp_path)), "--cache", str(notes))
    assert r.exit_code == 2
    _one_error_line(r, "not a consistency claim cache")
    assert notes.read_text() == "my notes\n" * 50
    assert (tmp_path / "notes.txt-wal").read_text() == "theirs"


def test_cache_refuses_another_programs_database(tmp_path):
    foreign = tmp_path / "app.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE users (name TEXT)")
    con.execute("INSERT INTO users VALUES ('ann')")
    con.commit()
    con.close()
    before = foreign.read_bytes()
    r = _check(str(_story(tmp_path)), "--cache", str(foreign))
    assert r.exit_code == 2
    _one_error_line(r, "not a consistency claim cache")
    assert foreign.read_bytes() == before


def test_cache_refuses_an_empty_file_it_did_not_make(tmp_path):
    empty = tmp_path / "empty"
    empty.touch()
    r = _check(str(_story(tmp_path)), "--cache", str(empty))
    assert r.exit_code == 2 and empty.read_bytes() == b""


def test_cache_in_a_folder_puts_its_database_inside(tmp_path):
    folder = tmp_path / "cachedir"
    folder.mkdir()
    r = _check(str(_story(tmp_path)), "--cache", str(folder))
    assert r.exit_code == 1, r.stderr
    assert (folder / "claims.sqlite").is_file()
    again = _check(str(_story(tmp_path / "x")), "--cache", str(folder))
    assert again.exit_code == 1, again.stderr


def test_our_corrupt_cache_is_rebuilt(tmp_path):
    path = tmp_path / "c.sqlite"
    check([str(SEED)], Config(cache=str(path)))
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep our header, ruin the pages
    path.write_bytes(bytes(data))
    r = check([str(SEED)], Config(cache=str(path)))
    assert any("corrupt" in w and "rebuilt" in w for w in r.warnings)
    assert r.findings


def test_cache_of_an_earlier_version_is_still_ours(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("CREATE TABLE claims (key TEXT PRIMARY KEY, data TEXT NOT NULL)")
    con.execute("INSERT INTO meta VALUES ('schema', 'consistency-claims-1')")
    con.commit()
    con.close()
    r = check([str(SEED)], Config(cache=str(path)))
    assert r.findings and not any("cache" in w for w in r.warnings)


def test_output_follows_a_symlink(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    r = _check(str(_story(tmp_path)), "-o", f"json:{link}")
    assert r.exit_code == 1, r.stderr
    assert link.is_symlink() and real.read_text().startswith("{")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_output_into_a_fifo(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_output(fifo, "through the pipe")
    reader.join(timeout=10)
    assert got == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    # (not tried on /dev/null: a broken build run as root would replace the real one)


def test_dev_stdout_link_is_written_through(tmp_path):
    # /dev/stdout is a symlink to a device or pipe: written into, never replaced
    target = tmp_path / "sink"
    os.mkfifo(target)
    link = tmp_path / "stdout"
    link.symlink_to(target)
    import threading

    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(target.read_bytes()), daemon=True)
    reader.start()
    write_output(link, b"x")
    reader.join(timeout=10)
    assert got == [b"x"] and link.is_symlink()


def test_output_onto_an_input_is_refused(tmp_path):
    d = _story(tmp_path)
    before = (d / "a.md").read_bytes()
    for target in (str(d / "a.md"), f"json:{d / 'a.md'}"):
        r = _check(str(d), "-o", target)
        assert r.exit_code == 2
        _one_error_line(r, "is one of the articles being checked")
        assert (d / "a.md").read_bytes() == before
    r = _check(str(d / "a.md"), str(d / "b.md"), "-o", f"json:{d / 'b.md'}")
    assert r.exit_code == 2


def test_output_into_a_folder_is_one_line(tmp_path):
    r = _check(str(_story(tmp_path)), "-o", f"json:{tmp_path}")
    assert r.exit_code == 2
    _one_error_line(r, "cannot write")


def test_claims_parquet_into_a_folder_is_one_line(tmp_path):
    pytest.importorskip("pyarrow")
    r = runner.invoke(app, ["claims", str(_story(tmp_path)), "-f", "parquet", "-o", str(tmp_path)])
    assert r.exit_code == 2 and "Traceback" not in r.stderr
    _one_error_line(r, "cannot write")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_cache_refuses_what_is_not_a_regular_file(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    r = _check(str(_story(tmp_path)), "--cache", str(fifo))
    assert r.exit_code == 2
    _one_error_line(r, "not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
