"""Any bytes, any JSON (issue 16): every input format, fed random bytes or random JSON
structures (deep, huge numbers, lone surrogates, wrong types), gives exit 0, 1 or 2 and
one-line messages, never a traceback or an internal error (exit 3)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from consistency.cli import app

runner = CliRunner()
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GOOD = "Twelve people were killed in the blast on Monday, police said.\n"

# text with the characters that broke readers: surrogates, controls, bidi, NUL
ODD_TEXT = st.lists(
    st.one_of(
        st.characters(codec=None),
        st.sampled_from(["\ud800", "\udfff", "\x1b", "\u202e", "\x00", "\n", "---", "<!--"]),
        st.just("Forty people were killed. "),
    ),
    max_size=20,
).map("".join)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    ODD_TEXT,
)
FIELDS = st.sampled_from(["id", "text", "source", "published", "story", "title", "url", "body"])
JSON = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(FIELDS | ODD_TEXT, kids, max_size=5),
    max_leaves=12,
)


def _dump(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=True)  # \ud800 escapes: valid JSON, no valid text


def _check(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "in"
        d.mkdir()
        (d / "good.md").write_text(GOOD)
        (d / name).write_bytes(data)
        r = runner.invoke(app, ["check", str(d), "--no-cache", "-f", "json"])
        assert r.exit_code in (0, 1, 2), (r.exit_code, r.stderr, r.exception)
        assert "Traceback" not in r.stderr + r.stdout
        assert "internal error" not in r.stderr, r.stderr
        json.loads(r.stdout)


@SETTINGS
@given(st.sampled_from(["a.txt", "a.md", "a.json", "a.jsonl"]), st.binary(max_size=400))
def test_random_bytes_in_every_format(name, data):
    _check(name, data)


@SETTINGS
@given(JSON, st.integers(min_value=0, max_value=3000))
def test_random_json_article(doc, depth):
    _check("a.json", ("[" * depth + _dump(doc) + "]" * depth).encode())


@SETTINGS
@given(st.lists(JSON, min_size=1, max_size=4))
def test_random_jsonl_lines(docs):
    _check("a.jsonl", "\n".join(_dump(x) for x in docs).encode() + b"\n")


@SETTINGS
@given(st.dictionaries(FIELDS, SCALARS, max_size=5), ODD_TEXT)
def test_random_front_matter(meta, body):
    import yaml

    try:
        head = yaml.safe_dump(meta, allow_unicode=False)
    except yaml.YAMLError:
        head = "x: 1\n"
    _check("a.md", f"---\n{head}---\n{body}\n".encode("utf-8", "surrogatepass"))


@SETTINGS
@given(JSON)
def test_random_baseline(doc):
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "in"
        d.mkdir()
        (d / "good.md").write_text(GOOD)
        base = Path(tmp) / "base.json"
        base.write_text(_dump(doc if not isinstance(doc, dict) else {"version": 1, **doc}))
        r = runner.invoke(app, ["check", str(d), "--no-cache", "--baseline", str(base)])
        assert r.exit_code in (0, 1, 2) and "internal error" not in r.stderr, r.stderr
