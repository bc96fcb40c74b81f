"""The per-article limit is a counted work budget, not a clock (issue 16): the same input
gives the same findings on any machine, says where checking stopped, and a cut result
is never kept in the claim cache."""

from __future__ import annotations

from consistency import normalize
from consistency.api import check
from consistency.config import Config

from .test_hostile_inputs import _story


def _long_story(tmp_path):
    d = _story(tmp_path)
    extra = "".join(f"Officials said {n} trucks and {n + 1} buses arrived.\n\n" for n in range(40))
    a = d / "a.md"
    a.write_text(a.read_text() + "\n" + extra)
    return d


def test_budget_is_counted_and_says_where_it_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(normalize, "MAX_MENTIONS", 10)
    d = _long_story(tmp_path)
    runs = [check([str(d)], Config()) for _ in range(3)]
    notes = [[w for w in r.warnings if "candidate spans" in w] for r in runs]
    assert notes[0] and notes[0] == notes[1] == notes[2]
    assert "a.md:" in notes[0][0] and "stopped after 10 candidate spans" in notes[0][0]
    assert len({tuple(f.id for f in r.findings) for r in runs}) == 1


def test_a_cut_result_is_never_cached(tmp_path, monkeypatch):
    monkeypatch.setattr(normalize, "MAX_MENTIONS", 10)
    d = _long_story(tmp_path)
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(d)], cfg)
    monkeypatch.setattr(normalize, "MAX_MENTIONS", 1_000_000)
    full = check([str(d)], cfg)
    assert not any("candidate spans" in w for w in full.warnings)
    fresh = check([str(d)], Config())
    assert len(full.claims) == len(fresh.claims)
