"""The claim cache: reused when nothing changed, rebuilt when broken, safe with two runs."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from consistency.api import check
from consistency.config import Config

from .conftest import SEED


def _claims(report):
    return [(c.claim_id, c.value, c.lo, c.hi, c.speaker, c.context) for c in report.claims]


def test_second_run_reuses_claims(tmp_path, monkeypatch):
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    first = check([str(SEED)], cfg)
    import consistency.normalize

    def boom(*args, **kwargs):
        raise AssertionError("normalized again despite the cache")

    monkeypatch.setattr(consistency.normalize, "normalize", boom)
    second = check([str(SEED)], cfg)
    assert _claims(second) == _claims(first)
    assert [f.id for f in second.findings] == [f.id for f in first.findings]


def test_changed_article_is_normalized_again(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    for p in SEED.iterdir():
        (d / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(d)], cfg)
    target = next(d.iterdir())
    target.write_text(
        target.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8"
    )
    cached = check([str(d)], cfg)
    fresh = check([str(d)], replace(cfg, cache=""))
    assert _claims(cached) == _claims(fresh)


def test_foreign_file_is_refused_not_rebuilt(tmp_path):
    import pytest

    from consistency.run.cache import CacheRefusedError

    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheRefusedError, match="not a consistency claim cache"):
        check([str(SEED)], Config(cache=str(path)))
    assert path.read_bytes() == b"this is not a database" * 100


CHILD = """
import sys
from consistency.api import check
from consistency.config import Config
for _ in range(3):
    check([sys.argv[1]], Config(cache=sys.argv[2]))
print("ok")
"""


def test_two_runs_at_once(tmp_path):
    path = tmp_path / "c.sqlite"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(SEED), str(path)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs) and outs == ["ok\n", "ok\n"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM claims").fetchone()[0] == 3
    con.close()


def test_cli_no_cache_and_cache_path(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from consistency.cli import app

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    runner.invoke(app, ["check", str(SEED), "--no-cache"])
    assert not Path(".consistency_cache").exists()
    runner.invoke(app, ["check", str(SEED), "--cache", "my.sqlite"])
    assert Path("my.sqlite").is_file()
    runner.invoke(app, ["check", str(SEED)])
    assert Path(".consistency_cache/claims.sqlite").is_file()
