"""Beyond one story: stories found automatically, several processes, a Dask cluster."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from consistency.api import Run, check, check_articles
from consistency.cli import app
from consistency.config import Config
from consistency.model import Article
from consistency.reporting import RenderOptions, render
from consistency.run.stories import cluster, quality

from .conftest import SEED
from .helpers import titled

runner = CliRunner()

EVENTS = [
    (
        "quake",
        "Earthquake",
        "Kathmandu",
        "Nepal",
        "{n} people were killed when a strong earthquake struck Kathmandu in Nepal on Monday, rescuers said.",
    ),
    (
        "vote",
        "Bundestag",
        "Scholz",
        "Berlin",
        "The Bundestag in Berlin passed the budget by {n} votes on Thursday, Olaf Scholz said.",
    ),
    (
        "strike",
        "Volkswagen",
        "Wolfsburg",
        "IG Metall",
        "About {n} workers walked out at the Volkswagen plant in Wolfsburg, IG Metall said on Tuesday.",
    ),
    (
        "fire",
        "Lahaina",
        "Maui",
        "Hawaii",
        "The wildfire in Lahaina on Maui, Hawaii, destroyed {n} homes, officials said on Wednesday.",
    ),
]


def _articles(with_story: bool = True) -> list[Article]:
    out = []
    for key, a, b, c, body in EVENTS:
        for k, (src, n) in enumerate((("Alpha", 12), ("Beta", 40), ("Gamma", 12))):
            out.append(
                Article(
                    article_id=f"{key}-{k}",
                    path=f"{key}-{k}.txt",
                    text=f"{a} {b} {c}. " + body.format(n=n),
                    story=key if with_story else "",
                    source=src,
                    title=f"{a} in {b}",
                    published="2025-03-04",
                )
            )
    # a generic article naming nothing rare: it must not glue the stories together
    out.append(
        Article(
            article_id="generic",
            path="generic.txt",
            text="Officials said on Monday that the situation was being monitored closely.",
            story="generic" if with_story else "",
            source="Delta",
            published="2025-03-04",
        )
    )
    return out


def test_stories_are_found():
    truth = {a.article_id: a.story for a in _articles()}
    found = cluster([replace(a, story="") for a in _articles()])
    predicted = {a.article_id: s.story_id for s in found for a in s.articles}
    assert quality(predicted, truth) == (1.0, 1.0)
    assert len(found) == 5


def test_check_with_auto_stories_matches_given_stories(tmp_path):
    rows = [
        {
            "id": a.article_id,
            "source": a.source,
            "title": a.title,
            "published": a.published,
            "text": a.text,
        }
        for a in _articles(with_story=False)
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = runner.invoke(app, ["check", str(feed), "--stories", "auto", "-f", "json", "--no-cache"])
    doc = json.loads(r.stdout)
    stories = {a["id"]: a["story"] for a in doc["articles"]}
    assert stories["quake-0"] == stories["quake-1"] == stories["quake-2"] != stories["vote-0"]
    # one finding per story's disagreement, with all three sides (12, 40, 12)
    assert sorted(d["rule"] for d in doc["discrepancies"]) == ["NUM001"] * 4
    assert all(len(d["evidence"]) == 3 for d in doc["discrepancies"])
    explained = runner.invoke(app, ["stories", str(feed)])
    assert "joined quake-0 + quake-1" in explained.stdout and "kathmandu" in explained.stdout


def test_jobs_give_the_same_bytes():
    arts = _articles()
    one = check_articles(arts, Config(), run=Run(jobs=1, keep=False))
    two = check_articles(arts, Config(), run=Run(jobs=2, keep=False))
    opts = RenderOptions()
    for fmt in ("json", "sarif", "html"):
        assert render(fmt, one, opts) == render(fmt, two, opts)


def test_dask_local_cluster_gives_the_same_bytes():
    distributed = pytest.importorskip("distributed")
    cluster_ = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        arts = _articles()
        local = check_articles(arts, Config(), run=Run(keep=False))
        remote = check_articles(
            arts, Config(), run=Run(engine="dask", scheduler=cluster_.scheduler_address, keep=False)
        )
        seed_local = check([str(SEED)], Config())
        seed_remote = check(
            [str(SEED)], Config(), run=Run(engine="dask", scheduler=cluster_.scheduler_address)
        )
    finally:
        cluster_.close()
    opts = RenderOptions()
    for fmt in ("json", "sarif", "junit", "html"):
        assert render(fmt, local, opts) == render(fmt, remote, opts)
        assert render(fmt, seed_local, opts) == render(fmt, seed_remote, opts)


def test_dask_without_scheduler_is_one_line():
    r = runner.invoke(app, ["check", str(SEED), "--engine", "dask"])
    assert r.exit_code == 2 and "--engine dask needs --scheduler" in r.stderr


def test_dask_unreachable_scheduler_is_one_line(monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("CONSISTENCY_DASK_TIMEOUT", "2s")
    r = runner.invoke(
        app, ["check", str(SEED), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert r.exit_code == 2 and "cannot reach the Dask scheduler" in r.stderr


def test_no_progress_bar_when_not_a_terminal(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    r = runner.invoke(app, ["check", str(SEED), "--no-cache", "-f", "concise"])
    assert "stories" not in r.stderr and "\x1b[" not in r.stderr


def test_streaming_check_gives_the_same_bytes(tmp_path):
    """A plain check reads stories one at a time; its reports equal the in-memory run's."""
    rows = [
        {
            "id": a.article_id,
            "story": a.story,
            "source": a.source,
            "published": a.published,
            "text": a.text,
        }
        for a in _articles()
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    opts = RenderOptions()
    for paths in ([str(SEED)], [str(feed)], [str(SEED), str(feed)]):
        held = check(paths, Config(), run=Run(keep=True))
        streamed = check(paths, Config(), run=Run(keep=False))
        parallel = check(paths, Config(), run=Run(keep=False, jobs=2))
        cited = {e.article for f in streamed.findings for e in f.evidence}
        assert streamed.articles and all(  # only the texts the HTML page opens are kept
            bool(a.text) == (a.article_id in cited) for a in streamed.articles
        )
        assert all(not a.positions for a in streamed.articles if a.article_id not in cited)
        for fmt in ("json", "sarif", "junit", "markdown", "csv", "github", "html", "text"):
            assert render(fmt, held, opts) == render(fmt, streamed, opts), fmt
            assert render(fmt, held, opts) == render(fmt, parallel, opts), fmt


def test_streaming_check_past_the_text_budget_keeps_file_positions(tmp_path, monkeypatch):
    """Past the text budget a cited JSONL article loses its text, never its positions: the
    evidence still points at the right line and column of the feed."""
    import consistency.api as api

    rows = [
        {"id": a.article_id, "story": a.story, "source": a.source, "text": a.text}
        for a in _articles()
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    held = check([str(feed)], Config(), run=Run(keep=True))
    monkeypatch.setattr(api, "TEXT_BUDGET", 0)
    streamed = check([str(feed)], Config(), run=Run(keep=False))
    cited = {e.article for f in streamed.findings for e in f.evidence}
    assert cited and all(
        a.positions and not a.text for a in streamed.articles if a.article_id in cited
    )
    opts = RenderOptions()
    for fmt in ("json", "sarif", "github"):
        assert render(fmt, held, opts) == render(fmt, streamed, opts), fmt


def test_progress_bar_in_a_terminal(tmp_path):
    """At a terminal a long run shows a progress bar on standard error."""
    import os
    import pty
    import select
    import subprocess
    import sys

    rows = [  # 25 stories: long enough for a bar
        {"id": f"{a.article_id}-{k}", "story": f"s{k}", "text": a.text}
        for k in range(25)
        for a in _articles()[:2]
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_PROGRESS")}
    env["COLUMNS"] = "100"
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "consistency", "check", str(feed), "--no-cache", "-f", "concise"],
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env=env,
    )
    os.close(secondary)
    seen = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(primary)
    text = seen.decode(errors="replace")
    assert "stories" in text and "/25" in text, text


def test_bcubed_scores_splits_and_mixes():
    from consistency.run.stories import bcubed

    truth = {"a": "x", "b": "x", "c": "y", "d": "y"}
    assert bcubed(dict(truth), truth) == (1.0, 1.0)
    split = {"a": "1", "b": "2", "c": "3", "d": "3"}  # story x split in two
    assert bcubed(split, truth) == (1.0, 0.75)
    mixed = {"a": "1", "b": "1", "c": "1", "d": "2"}  # c joined story x
    p, r = bcubed(mixed, truth)
    assert (round(p, 4), round(r, 4)) == (round((2 / 3 * 2 + 1 / 3 + 1) / 4, 4), 0.75)


LOCAL = [  # one city, three incidents, headlines that share little; invented text
    titled(
        "fire-a",
        "Courier",
        "2024-05-06",
        "Two dead after blaze tears through duplex",
        "Two people died early Sunday when fire swept through a duplex on Alder Street, "
        "the Riverton fire chief said. Maria Kowalczyk, 71, and her grandson Tomas "
        "Kowalczyk, 9, were found inside.",
    ),
    titled(
        "fire-b",
        "Gazette",
        "2024-05-06",
        "Grandmother and boy killed in Alder Street fire",
        "A 71-year-old woman and a boy died in a house fire on Alder Street in Riverton on "
        "Sunday. Officials named them as Maria Kowalczyk, 71, and Tomas Kowalczyk, 9.",
    ),
    titled(
        "fire-c",
        "Daily",
        "2024-05-14",
        "Funeral held for fire victims",
        "Hundreds gathered for the funeral of Maria Kowalczyk, 71, and Tomas Kowalczyk, "
        "9, who died in the Alder Street blaze in Riverton last week.",
    ),
    titled(
        "shot-a",
        "Courier",
        "2024-05-07",
        "Man wounded in Riverton shooting",
        "A man was shot in the leg on Harbor Road in Riverton on Monday night, police "
        "said. Dwayne Ellery, 27, was taken to Mercy Hospital.",
    ),
    titled(
        "shot-b",
        "Gazette",
        "2024-05-07",
        "Police seek gunman after Harbor Road gunfire",
        "Police are looking for a gunman who wounded Dwayne Ellery, 27, on Harbor Road "
        "on Monday. Ellery was treated at Mercy Hospital in Riverton.",
    ),
    titled(
        "crash-a",
        "Courier",
        "2024-05-07",
        "Bus and truck collide on Route 9",
        "Eleven passengers were hurt when a school bus and a delivery truck collided on "
        "Route 9 near Riverton on Monday morning, state troopers said.",
    ),
    titled(
        "crash-b",
        "Daily",
        "2024-05-07",
        "Eleven injured as school bus hits truck",
        "A school bus carrying eleven students struck a delivery truck on Route 9 outside "
        "Riverton on Monday, troopers said; none of the injuries were life-threatening.",
    ),
]


def test_local_incidents_are_found_whole_and_apart():
    truth = {a.article_id: a.article_id.split("-")[0] for a in LOCAL}
    found = cluster(LOCAL)
    predicted = {a.article_id: s.story_id for s in found for a in s.articles}
    assert quality(predicted, truth) == (1.0, 1.0)


def test_a_follow_up_beyond_the_window_needs_the_same_person_and_age():
    def stories_with(**texts_and_days):
        arts = [replace(a, **texts_and_days) if a.article_id == "fire-c" else a for a in LOCAL]
        found = cluster(arts)
        return next(
            len(s.articles) for s in found if "fire-a" in {a.article_id for a in s.articles}
        )

    assert stories_with(published="2024-05-20") == 3  # 14 days: victims named with ages
    ageless = LOCAL[2].text.replace(", 71,", "").replace(", 9,", "")
    assert stories_with(published="2024-05-20", text=ageless) == 2
    assert stories_with(published="2024-06-20") == 2  # beyond the follow-up window
