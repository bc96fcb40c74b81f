"""The command line: exit codes, formats, determinism, clear errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from consistency.cli import app
from tests.conftest import SEED

runner = CliRunner()


def test_check_text_fails_on_errors():
    r = runner.invoke(app, ["check", str(SEED)])
    assert r.exit_code == 1
    assert "DUR001" in r.stdout and "2 errors" in r.stdout


def test_check_json_is_deterministic_and_versioned():
    a = runner.invoke(app, ["check", str(SEED), "--format", "json"])
    b = runner.invoke(app, ["check", str(SEED), "--format", "json"])
    assert a.stdout == b.stdout
    doc = json.loads(a.stdout)
    assert doc["schema_version"] == 2
    assert len(doc["articles"]) == 3
    ev = doc["discrepancies"][0]["evidence"][0]
    assert {
        "article",
        "path",
        "source",
        "sentence",
        "text",
        "start",
        "end",
        "line",
        "column",
        "value",
    } <= set(ev)


def test_fail_level_and_exit_zero():
    assert runner.invoke(app, ["check", str(SEED), "--fail-level", "none"]).exit_code == 0
    assert runner.invoke(app, ["check", str(SEED), "--exit-zero"]).exit_code == 0
    r = runner.invoke(
        app, ["check", str(SEED), "--min-severity", "error", "--fail-level", "warning"]
    )
    assert r.exit_code == 1 and "WARNING" not in r.stdout


def test_missing_path_is_one_line_exit_2(tmp_path):
    r = runner.invoke(app, ["check", str(tmp_path / "nope")])
    assert r.exit_code == 2
    assert "no such file" in r.stderr and "Traceback" not in r.stderr


def test_bad_config_names_file_and_key(tmp_path):
    cfg = tmp_path / "consistency.toml"
    cfg.write_text("select = ['NUM001']\nbogus = 1\n")
    r = runner.invoke(app, ["check", str(SEED), "--config", str(cfg)])
    assert r.exit_code == 2
    assert "bogus" in r.stderr and str(cfg) in r.stderr


def test_config_selects_rules(tmp_path):
    cfg = tmp_path / "consistency.toml"
    cfg.write_text("select = ['ROL001']\n[severity]\nROL001 = 'error'\n")
    r = runner.invoke(app, ["check", str(SEED), "--config", str(cfg), "--format", "json"])
    rules = {d["rule"] for d in json.loads(r.stdout)["discrepancies"]}
    assert rules == {"ROL001"}
    assert r.exit_code == 1


def test_rules_and_explain():
    r = runner.invoke(app, ["rules"])
    assert "NUM001" in r.stdout and "number-mismatch" in r.stdout
    r = runner.invoke(app, ["explain", "dur002"])
    assert "Contradiction:" in r.stdout
    assert runner.invoke(app, ["explain", "XYZ999"]).exit_code == 2


def test_claims_csv_is_formula_safe(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text('=HYPERLINK("x") said 12 people were hurt.')
    out = tmp_path / "claims.csv"
    r = runner.invoke(app, ["claims", str(art), "--output", str(out)])
    assert r.exit_code == 0
    text = out.read_text()
    assert text.splitlines()[0].startswith("claim_id,article_id")
    assert "\n=" not in text and ",=" not in text


def test_claims_parquet(tmp_path):
    import pytest

    pytest.importorskip("pyarrow")
    import pandas as pd

    out = tmp_path / "claims.parquet"
    r = runner.invoke(app, ["claims", str(SEED), "--format", "parquet", "--output", str(out)])
    assert r.exit_code == 0
    assert len(pd.read_parquet(out)) > 20


def test_table_commands_accept_no_cache_as_check_does(tmp_path):
    plain = runner.invoke(app, ["claims", str(SEED)])
    told = runner.invoke(app, ["claims", str(SEED), "--no-cache"])
    assert told.exit_code == 0 and told.stdout == plain.stdout
    r = runner.invoke(app, ["export", str(SEED), "--dir", str(tmp_path), "--no-cache"])
    assert r.exit_code == 0 and (tmp_path / "claims.csv").is_file()
