"""Loading: formats, metadata, and bad input that must not stop the others."""

from __future__ import annotations

import json

from consistency.load import load_articles


def test_formats_and_stories(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\nid: a1\nsource: Daily\npublished: 2024-05-01\n---\nText one.\n"
    )
    (tmp_path / "b.txt").write_text("LONDON, May 2, 2024 (Reuters) - Text two.\n")
    (tmp_path / "c.json").write_text(json.dumps([{"id": "c1", "text": "Text three."}]))
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "d1", "text": "Four.", "story": "s"}) + "\n"
    )
    r = load_articles([str(tmp_path)])
    assert not r.errors
    by = {a.article_id: a for a in r.articles}
    assert by["a1"].source == "Daily" and by["a1"].line_offset == 5
    assert by["b"].source == "REUTERS" or by["b"].source == "Reuters"
    assert by["b"].published == "2024-05-02"
    assert by["a1"].story == by["b"].story
    assert by["d1"].story == "s"


def test_bad_inputs_are_reported_and_others_survive(tmp_path):
    (tmp_path / "good.txt").write_text("Police said 12 people were hurt.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "x", "text": "ok"}\n{broken\n{"id": 5, "text": 7}\n'
    )
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners said 3 people.".encode("cp1252"))
    r = load_articles([str(tmp_path), str(tmp_path / "missing.txt")])
    ids = {a.article_id for a in r.articles}
    assert {"good", "x", "latin"} <= ids
    msgs = [str(e) for e in r.errors]
    assert any("empty.txt" in m and "empty" in m for m in msgs)
    assert any("img.txt" in m and "binary" in m for m in msgs)
    assert any("bad.jsonl:2" in m and "invalid JSON" in m for m in msgs)
    assert any("bad.jsonl:3" in m and "'text' must be a string" in m for m in msgs)
    assert any("missing.txt" in m and "no such file" in m for m in msgs)
    assert any("latin.txt" in w and "cp1252" in w for w in r.warnings)
    assert all("\n" not in m for m in msgs)


def test_boilerplate_and_captions_are_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(
        "The minister met 4 envoys. The minister with envoys in Delhi (PTI)\n\nLeave a Reply\n"
    )
    from consistency.normalize.sentences import skipped_spans

    text = (tmp_path / "a.txt").read_text()
    kinds = {w for _, _, w in skipped_spans(text)}
    assert kinds == {"caption", "boilerplate"}


def test_duplicate_ids(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"id": "same", "text": "One."})
        + "\n"
        + json.dumps({"id": "same", "text": "Two."})
        + "\n"
    )
    r = load_articles([str(tmp_path)])
    assert len(r.articles) == 1
    assert any("duplicate article id 'same'" in str(e) for e in r.errors)


def test_one_file_name_in_two_story_folders_is_two_articles(tmp_path):
    from consistency.load import read_story, scan

    for story in ("s1", "s2"):
        (tmp_path / story).mkdir()
        (tmp_path / story / "reuters.txt").write_text(f"Story {story} text.")
    r = load_articles([str(tmp_path)])
    assert not r.errors
    ids = sorted(a.article_id for a in r.articles)
    assert "reuters" in ids and any(i.endswith("s2/reuters") for i in ids)
    refs, scanned = scan([str(tmp_path)])
    assert not scanned.errors
    streamed = sorted(a.article_id for rs in refs.values() for a in read_story(rs))
    assert streamed == ids  # the same ids whether the archive is streamed or not
