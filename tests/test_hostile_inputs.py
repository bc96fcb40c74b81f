"""Broken and hostile input: each case gets one clear line, the rest is still checked.

Every case is run next to a two-article story that contradicts itself (NUM001), so each
test also shows that the good articles' findings survive the bad input, and that the
exit code is 2 (1 with --skip-bad-input, which still reports the bad input).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app

runner = CliRunner()

GOOD_A = "---\nid: good-a\nstory: good\nsource: Alpha\npublished: 2025-03-04\n---\nTwelve people were killed in the blast on Monday, police said.\n"
GOOD_B = "---\nid: good-b\nstory: good\nsource: Beta\npublished: 2025-03-04\n---\nForty people were killed in the blast on Monday, police said.\n"


def _story(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir(parents=True)
    (d / "a.md").write_text(GOOD_A, encoding="utf-8")
    (d / "b.md").write_text(GOOD_B, encoding="utf-8")
    return d


def _run(*args: str):
    return runner.invoke(app, ["check", "--format", "json", *args])


def _findings(result) -> list[str]:
    return [d["rule"] for d in json.loads(result.stdout)["discrepancies"]]


def _case(tmp_path, name: str, data: bytes | str, expect: str, *, code: int = 2):
    d = _story(tmp_path)
    p = d / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    r = _run(str(d))
    lines = [x for x in r.stderr.splitlines() if expect in x]
    assert len(lines) == 1, r.stderr
    assert name in lines[0]
    assert "Traceback" not in r.stderr + r.stdout
    assert "NUM001" in _findings(r)
    assert r.exit_code == code
    if code == 2:
        skip = _run(str(d), "--skip-bad-input")
        assert skip.exit_code == 1 and expect in skip.stderr
    return r


def test_empty_file(tmp_path):
    _case(tmp_path, "empty.txt", b"", "file is empty")


def test_whitespace_only(tmp_path):
    _case(tmp_path, "blank.txt", " \n\t\n  ", "file is empty")


def test_binary_image(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    _case(tmp_path, "photo.txt", png, "binary file")


def test_binary_in_folder_with_other_extension_is_named(tmp_path):
    _case(tmp_path, "photo.png", b"\x89PNG\x00\x00", "skipped 1 file(s)", code=1)


def test_invalid_utf8_read_as_cp1252(tmp_path):
    r = _case(
        tmp_path,
        "cafe.txt",
        "Café owners said 5 people were hurt.".encode("cp1252"),
        "cp1252",
        code=1,
    )
    assert "warning:" in r.stderr


def test_stray_nul_bytes_become_spaces(tmp_path):
    _case(
        tmp_path, "nul.txt", b"Twelve\x00 people died on Monday, police said.\n", "NUL byte", code=1
    )


def test_malformed_jsonl_lines(tmp_path):
    lines = []
    for i in range(300):
        if i % 50 == 7:
            lines.append("{broken json")
        elif i % 50 == 9:
            lines.append(json.dumps({"id": f"n{i}"}))  # no text
        elif i % 50 == 11:
            lines.append(json.dumps({"id": f"t{i}", "text": 42}))  # wrong type
        elif i % 50 == 13:
            lines.append(json.dumps([1, 2]))
        else:
            lines.append(
                json.dumps(
                    {
                        "id": f"j{i}",
                        "story": f"s{i % 30}",
                        "text": f"{i} people attended on Monday.",
                    }
                )
            )
    d = _story(tmp_path)
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = _run(str(d))
    errs = [x for x in r.stderr.splitlines() if x.startswith("error: ")]
    assert len(errs) == 24  # 6 of each of the four kinds, each on its own line
    assert all(x.startswith("error: ") and "feed.jsonl:" in x for x in errs)
    assert "feed.jsonl:8: invalid JSON" in r.stderr
    assert "feed.jsonl:10: article has no text" in r.stderr
    assert "feed.jsonl:12: field 'text' must be a string" in r.stderr
    assert "feed.jsonl:14: line is not a JSON object" in r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["articles"]) == 2 + 300 - 24
    assert r.exit_code == 2


def test_duplicate_ids(tmp_path):
    _case(
        tmp_path,
        "c.md",
        GOOD_A.replace("Twelve people", "Thirteen people"),
        "duplicate article id 'good-a'",
    )


def test_invalid_and_future_dates(tmp_path):
    bad = GOOD_A.replace("id: good-a", "id: bad-date").replace("2025-03-04", "2025-13-45")
    _case(tmp_path, "bad-date.md", bad, "cannot read published date", code=1)
    future = GOOD_A.replace("id: good-a", "id: future").replace("2025-03-04", "2999-01-01")
    _case(tmp_path / "f", "future.md", future, "is in the future", code=1)


def test_long_sentence_without_full_stop(tmp_path):
    text = "and 5 people " * 8000  # about 100,000 characters, no full stop
    d = _story(tmp_path)
    (d / "long.txt").write_text(text, encoding="utf-8")
    t = time.monotonic()
    r = _run(str(d))
    assert time.monotonic() - t < 60
    assert r.exit_code == 1 and "NUM001" in _findings(r)
    assert "stopped after 5,000 claims" in r.stderr and "long.txt:1" in r.stderr


def test_quotes_unbalanced_and_nested(tmp_path):
    text = 'He said "it was \u201cfine\u201d and then "more. Police said 5 people died \u201c on Monday.\n'
    d = _story(tmp_path)
    (d / "q.txt").write_text(text, encoding="utf-8")
    r = _run(str(d))
    assert r.exit_code == 1 and "Traceback" not in r.stderr


def test_html_script_and_entities_stay_text(tmp_path):
    text = '<p>Police said <script>alert(1)</script> 5 &amp; 6 people were hurt. <a href="javascript:alert(2)">x</a></p>\n'
    d = _story(tmp_path)
    (d / "page.txt").write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["claims", str(d / "page.txt"), "--format", "json"])
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    page = text
    assert all(page[c["start"] : c["end"]] == c["value_text"] for c in rows)


def test_rtl_and_emoji_spans_are_exact(tmp_path):
    text = "\u0642\u0627\u0644 \u0627\u0644\u0634\u0631\u0637\u0629 \U0001f600 Police said 12 people died \U0001f525 on Monday.\n"
    d = _story(tmp_path)
    (d / "rtl.txt").write_text(text, encoding="utf-8")
    r = runner.invoke(app, ["claims", str(d / "rtl.txt"), "--format", "json"])
    rows = json.loads(r.stdout)
    assert rows and all(text[c["start"] : c["end"]] == c["value_text"] for c in rows)
    twelve = next(c for c in rows if c["value_text"] == "12")
    assert twelve["column"] == text.index("12") + 1  # columns count characters


def test_symlink_loop(tmp_path):
    d = _story(tmp_path)
    (d / "loop").symlink_to("..")
    r = _run(str(d))
    assert "links back into itself" in r.stderr
    assert r.exit_code == 1 and "NUM001" in _findings(r)


def test_unreadable_file(tmp_path, monkeypatch):
    d = _story(tmp_path)
    locked = d / "locked.txt"
    locked.write_text("5 people", encoding="utf-8")
    real = Path.read_bytes

    def deny(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    r = _run(str(d))
    assert "locked.txt: permission denied; make the file readable" in r.stderr
    assert r.exit_code == 2 and "NUM001" in _findings(r)


def test_missing_path(tmp_path):
    d = _story(tmp_path)
    r = _run(str(d), str(tmp_path / "nope"))
    assert "nope: no such file or folder" in r.stderr
    assert r.exit_code == 2 and "NUM001" in _findings(r)


def test_huge_article_is_checked_in_part(tmp_path, monkeypatch):
    from consistency import normalize

    monkeypatch.setattr(normalize, "MAX_TEXT", 50_000)  # the 2,000,000 default, scaled down
    d = _story(tmp_path)
    (d / "big.txt").write_text("Officials said 5 people attended. " * 5000, encoding="utf-8")
    r = _run(str(d))
    assert "big.txt: article has 170,000 characters; checked the first 50,000" in r.stderr
    assert r.exit_code == 1


def test_oversized_file_is_refused(tmp_path, monkeypatch):
    from consistency import load

    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    _case(tmp_path, "big.txt", "word " * 1000, "over the 1,000 limit; split it")


@pytest.mark.parametrize(
    "text",
    [
        "Police said " + "1," * 200_000 + "2 people died.",  # a million-comma list, scaled
        "The debt is $" + "9" * 100_000 + " dollars.",  # a giant number
        '"' * 50_000 + " 5 people " + "\u201c" * 50_000,  # quote-mark bait
        "Mr Big Name Of The " * 20_000 + "said 5 people died.",  # a run of capitals
        "twenty-one thousand and " * 20_000 + "people died.",  # number-word bait
    ],
)
def test_pathological_articles_end_promptly(tmp_path, text):
    d = _story(tmp_path)
    (d / "bait.txt").write_text(text, encoding="utf-8")
    t = time.monotonic()
    r = _run(str(d))
    assert time.monotonic() - t < 30
    assert r.exit_code == 1 and "NUM001" in _findings(r)


def test_no_network_at_run_time(tmp_path, monkeypatch):
    """The whole check (dateparser included, for a free-form date) opens no connection."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    d = _story(tmp_path)
    free = GOOD_A.replace("id: good-a", "id: free").replace("2025-03-04", "March 4th, 2025")
    (d / "free.md").write_text(free, encoding="utf-8")
    r = _run(str(d), "-o", f"html:{tmp_path / 'r.html'}", "-o", f"sarif:{tmp_path / 'r.sarif'}")
    assert r.exit_code == 1, r.stderr
    doc = json.loads(r.stdout)
    assert {a["id"]: a["published"] for a in doc["articles"]}["free"] == "2025-03-04"


def test_jsonl_of_100000_lines_with_bad_lines(tmp_path):
    from consistency.load import load_articles

    bad = {7: "{oops", 9: json.dumps({"id": "x"}), 11: json.dumps({"text": ["a", 3]}), 13: "[]"}
    with (tmp_path / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(100_000):
            line = bad.get(i % 1000)
            if line is None:
                line = json.dumps(
                    {"id": f"a{i}", "story": f"s{i % 500}", "text": f"{i} people came."}
                )
            fh.write(line + "\n")
    t = time.monotonic()
    result = load_articles([str(tmp_path / "feed.jsonl")])
    assert time.monotonic() - t < 60
    assert len(result.errors) == 400
    assert {e.line % 1000 for e in result.errors} == {8, 10, 12, 14}  # 1-based lines
    assert len(result.articles) == 99_600


def test_a_50_mb_article(tmp_path):
    d = _story(tmp_path)
    sentence = "Officials said the hall was full on Monday and the doors were shut early. "
    (d / "huge.txt").write_text(sentence * (50_000_000 // len(sentence)), encoding="utf-8")
    t = time.monotonic()
    r = _run(str(d))
    assert time.monotonic() - t < 90
    assert "huge.txt: article has 49,99" in r.stderr and "checked the first 2,000,000" in r.stderr
    assert r.exit_code == 1 and "NUM001" in _findings(r)


def test_empty_folder_and_unknown_output_format(tmp_path):
    (tmp_path / "empty").mkdir()
    r = runner.invoke(app, ["check", str(tmp_path / "empty"), "--no-cache"])
    assert r.exit_code == 0 and "no article files" in r.stderr
    r = runner.invoke(app, ["check", str(tmp_path / "empty"), "-o", f"pdf:{tmp_path / 'x.pdf'}"])
    assert r.exit_code == 2 and "unknown format 'pdf'" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
