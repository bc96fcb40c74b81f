"""The analysts' tables: typed columns, one documented schema, triage state, bounds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app
from consistency.reporting import RenderOptions, render
from consistency.reporting.schema import TABLES, markdown

from .conftest import SEED

runner = CliRunner()
README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_documents_every_column_of_the_four_tables():
    assert markdown() in README.read_text(encoding="utf-8")


def test_exported_tables_have_the_documented_columns(seed_report, tmp_path):
    from consistency.reporting.exports import frames

    for name, df in frames(seed_report).items():
        assert list(df.columns) == list(TABLES[name]), name


def test_parquet_claims_are_typed(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out = tmp_path / "claims.parquet"
    r = runner.invoke(app, ["claims", str(SEED), "--format", "parquet", "--output", str(out)])
    assert r.exit_code == 0, r.stderr
    t = pq.read_table(out)
    types = {f.name: f.type for f in t.schema}
    assert types["published"] == pa.date32() and types["date_lo"] == pa.date32()
    assert types["value_number"] == pa.float64() and types["lo"] == pa.float64()
    assert types["in_quote"] == pa.bool_() and types["words"] == pa.int64()
    df = t.to_pandas()
    assert set(df["story"]) == {"seed-jaishankar-rubio-call"}
    tuesday = df[(df.kind == "date") & (df.value_text == "Tuesday")].iloc[0]
    assert tuesday.date_lo == dt.date(2026, 1, 13) and tuesday.date_hi == dt.date(2026, 1, 13)
    assert tuesday.lo != tuesday.lo  # no ordinals in the numeric bounds (NaN)
    two = df[(df.kind == "quantity") & (df.value_text == "two")].iloc[0]
    assert two.value_number == 2.0 and two.unit.endswith("s") and two.unit_key == two.unit[:-1]
    gor = df[(df.kind == "role") & (df.value_text.str.contains("designate"))].iloc[0]
    assert gor["name"] == "Sergio Gor" and gor.state == "designate"
    assert "name=" not in "".join(df.extra)  # unpacked into columns


def test_claims_csv_has_iso_dates_and_numbers(tmp_path):
    r = runner.invoke(app, ["claims", str(SEED)])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    date = next(x for x in rows if x["kind"] == "date" and x["value_text"] == "Tuesday")
    assert (date["date_lo"], date["lo"], date["published"]) == ("2026-01-13", "", "2026-01-14")
    dur = next(x for x in rows if x["value_text"] == "over two decades")
    assert (dur["value_number"], dur["lo"], dur["hi"]) == ("7305", "7305", "inf")
    j = json.loads(runner.invoke(app, ["claims", str(SEED), "--format", "json"]).stdout)
    assert next(x for x in j if x["value_text"] == "over two decades")["hi"] == "inf"


def test_check_csv_carries_unit_and_bounds(seed_report):
    rows = list(csv.DictReader(io.StringIO(render("csv", seed_report, RenderOptions()))))
    dur = next(x for x in rows if x["rule"] == "DUR001" and x["span_text"] == "about two decades")
    assert (dur["unit"], dur["lo"], dur["hi"]) == ("day", "6209.25", "8400.75")
    dat = [x for x in rows if x["rule"] == "DAT001"]
    for x in dat:
        assert dt.date.fromisoformat(x["lo"]) <= dt.date.fromisoformat(x["hi"])


def test_findings_table_carries_the_triage_state(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    story = tmp_path / "story"
    story.mkdir()
    for name, n in (("a", "Twelve"), ("b", "Forty")):
        (story / f"{name}.md").write_text(
            f"---\nid: {name}\nsource: {name.upper()}\npublished: 2025-03-04\n---\n"
            f"{n} people were killed in the blast on Monday, police said.\n"
        )
    assert runner.invoke(app, ["baseline", "story"]).exit_code == 0
    fid = next(iter(json.loads(Path(".consistency-baseline.json").read_text())["findings"]))
    args = ["triage", fid, "--state", "confirmed", "--reason", "wrong", "--by", "Ana"]
    assert runner.invoke(app, args).exit_code == 0
    r = runner.invoke(app, ["export", "story", "--dir", "out"])
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(Path("out/findings.csv").read_text("utf-8"))))
    assert rows and all(
        (x["triage_state"], x["triage_reason"], x["triage_by"]) == ("confirmed", "wrong", "Ana")
        for x in rows
        if x["finding_id"] == fid
    )
