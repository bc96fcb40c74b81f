"""The story result cache: an unchanged story is answered from the cache, byte for byte;
a changed article re-checks only its story; a code change, a cut or a failure never
serves a stale result."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace

import pytest
from typer.testing import CliRunner

import consistency.run.story as pipeline
from consistency.api import Run, check
from consistency.cli import app
from consistency.config import Config
from consistency.reporting import RenderOptions, render

from .conftest import SEED
from .test_scale import _articles

runner = CliRunner()


def _feed(tmp_path, with_story=True):
    rows = [
        {
            "id": a.article_id,
            "source": a.source,
            "title": a.title,
            "published": a.published,
            "text": a.text,
            **({"story": a.story} if with_story else {}),
        }
        for a in _articles()
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return feed


@pytest.fixture
def counted(monkeypatch):
    """The stories actually checked (not answered from the cache), in this process."""
    seen: list[str] = []
    real = pipeline.check_story

    def spy(articles, *args, **kwargs):
        seen.append(articles[0].story)
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(pipeline, "check_story", spy)
    return seen


def _json(args):
    r = runner.invoke(app, ["check", *args, "-f", "json", "--fail-level", "none"])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize(
    "extra", [[], ["--jobs", "2"], ["--stories", "auto"]], ids=["one", "jobs2", "auto"]
)
def test_warm_report_has_the_same_bytes(tmp_path, extra):
    feed = _feed(tmp_path, with_story="--stories" not in extra)
    cache = str(tmp_path / "c.sqlite")
    paths = [str(feed), str(SEED)]
    uncached = _json([*paths, "--no-cache", *extra])
    cold = _json([*paths, "--cache", cache, *extra])
    warm = _json([*paths, "--cache", cache, *extra])
    assert json.loads(uncached)["discrepancies"]  # there is something to get wrong
    assert uncached == cold == warm
    rows = sqlite3.connect(cache).execute("SELECT count(*) FROM story_results").fetchone()[0]
    assert rows == 6  # every story stored (the seed found whole by --stories auto too)


def test_warm_run_checks_nothing_and_every_format_matches(tmp_path, counted):
    paths = [str(_feed(tmp_path)), str(SEED)]
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    cold = check(paths, cfg, run=Run(keep=False))  # the streaming path
    assert len(counted) == 6
    warm = check(paths, cfg, run=Run(keep=False))
    assert len(counted) == 6  # nothing checked again
    opts = RenderOptions()
    for fmt in ("json", "sarif", "junit", "markdown", "csv", "github", "html", "text"):
        assert render(fmt, cold, opts) == render(fmt, warm, opts), fmt


def test_one_changed_article_rechecks_only_its_story(tmp_path, counted):
    story = tmp_path / "seed"
    shutil.copytree(SEED, story)
    paths = [str(_feed(tmp_path)), str(story)]
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check(paths, cfg, run=Run(keep=False))
    counted.clear()
    target = sorted(story.iterdir())[0]
    target.write_text(
        target.read_text(encoding="utf-8").replace("Tuesday", "Wednesday"), encoding="utf-8"
    )
    warm = check(paths, cfg, run=Run(keep=False))
    assert counted == ["seed-jaishankar-rubio-call"]  # the story field of the seed
    fresh = check(paths, replace(cfg, cache=""), run=Run(keep=False))
    assert [f.id for f in warm.findings] == [f.id for f in fresh.findings]


def test_a_code_change_invalidates_results(tmp_path, counted, monkeypatch):
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(SEED)], cfg, run=Run(keep=False))
    monkeypatch.setattr("consistency.run.cache.code_hash", lambda: "another rule")
    check([str(SEED)], cfg, run=Run(keep=False))
    assert len(counted) == 2


def test_a_configuration_change_invalidates_results(tmp_path, counted):
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(SEED)], cfg, run=Run(keep=False))
    check([str(SEED)], replace(cfg, ignore=("NUM001",)), run=Run(keep=False))
    assert len(counted) == 2


def test_a_cut_or_failed_result_is_never_stored(tmp_path, counted, monkeypatch):
    real = pipeline.check_story

    def cut(*args, **kwargs):
        result = real(*args, **kwargs)
        result.notes.append("x.md:3: checking stopped after 10 s")
        return result

    monkeypatch.setattr(pipeline, "check_story", cut)
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    for _ in range(2):
        r = check([str(SEED)], cfg, run=Run(keep=False))
        assert any("stopped" in w for w in r.warnings)  # the note is said every time
    rows = sqlite3.connect(cfg.cache).execute("SELECT count(*) FROM story_results")
    assert rows.fetchone()[0] == 0


def test_the_result_table_is_marked_as_ours(tmp_path):
    cfg = Config(cache=str(tmp_path / "c.sqlite"))
    check([str(SEED)], cfg, run=Run(keep=False))
    con = sqlite3.connect(cfg.cache)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    assert meta["results"].startswith("consistency-story-results")
    assert meta["schema"].startswith("consistency-claims")
