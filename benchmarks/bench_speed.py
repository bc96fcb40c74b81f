"""Throughput of normalization and of the whole check, per stage, on one core.

Prints articles per second on the seed fixtures and (when ../shared is present) on BASIL,
the split between normalize, align and rules, how alignment grows with the number of
stories, and the import time of the CLI measured in a fresh interpreter.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import basil_articles

from consistency.align import align
from consistency.config import Config
from consistency.load import load_articles
from consistency.normalize import normalize
from consistency.rules.engine import run_rules

ROOT = Path(__file__).resolve().parent.parent


def stages(articles, repeat: int = 3) -> dict[str, float]:
    cfg = Config()
    best: dict[str, float] = {}
    for _ in range(repeat):
        t0 = time.perf_counter()
        sentences: list = []
        claims = normalize(articles, None, sentences)
        t1 = time.perf_counter()
        pairs = align(claims, {a.article_id: a.story for a in articles}, cfg.align, sentences)
        t2 = time.perf_counter()
        run_rules(pairs, {a.article_id: a for a in articles}, cfg.rules(), cfg.tolerances)
        t3 = time.perf_counter()
        for k, v in (("normalize", t1 - t0), ("align", t2 - t1), ("rules", t3 - t2)):
            best[k] = min(best.get(k, float("inf")), v)
    best["total"] = best["normalize"] + best["align"] + best["rules"]
    best["claims"] = len(claims)
    best["pairs"] = len(pairs)
    return best


def show(name: str, articles) -> None:
    if not articles:
        print(f"{name}: no articles (corpus absent)")
        return
    kb = sum(len(a.text) for a in articles) / len(articles) / 1000
    s = stages(articles)
    print(
        f"{name}: {len(articles)} articles (avg {kb:.1f} KB), {s['claims']} claims, {s['pairs']} pairs\n"
        f"  normalize {len(articles) / s['normalize']:.0f} articles/s; end to end "
        f"{len(articles) / s['total']:.0f} articles/s\n"
        f"  stage seconds: normalize {s['normalize']:.3f}, align {s['align']:.3f}, rules {s['rules']:.3f}"
    )


def import_time() -> None:
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "consistency", "--help"], capture_output=True, check=True
        )
        runs.append(time.perf_counter() - t0)
    print(
        f"`consistency --help` wall seconds: median {statistics.median(runs):.3f} (min {min(runs):.3f})"
    )
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "consistency", "check", str(ROOT / "fixtures" / "seed-story")],
            capture_output=True,
        )
        runs.append(time.perf_counter() - t0)
    print(
        f"one-story check (3 articles) wall seconds incl. start-up: median {statistics.median(runs):.3f}"
    )


REFERENCE_US = 7.0  # sum() of 1,000 ints on the machine of ../shared/research/perf-baselines.md


def machine_reference() -> float:
    """This machine's speed now, against the baselines' machine: > 1 means slower now.
    Run before and after the figures; the two readings show how steady the machine was."""
    import timeit

    data = list(range(1000))
    best = min(timeit.repeat(lambda: sum(data), number=2000, repeat=7)) / 2000 * 1e6
    return best / REFERENCE_US


def main() -> None:
    before = machine_reference()
    print(f"machine reference: {before:.2f}x the baselines' machine time for sum(1,000 ints)")
    seed = load_articles([str(ROOT / "fixtures" / "seed-story")]).articles
    show("seed fixtures x30", _replicate(seed, 30))
    basil = basil_articles()
    show("BASIL", basil)
    if basil:
        for n in (25, 50, 100):
            stories = sorted({a.story for a in basil})[:n]
            part = [a for a in basil if a.story in set(stories)]
            s = stages(part, repeat=2)
            print(f"  {n:>3} stories: align {s['align']:.3f} s, {s['pairs']} pairs")
    import_time()
    after = machine_reference()
    print(
        f"machine reference after: {after:.2f}x; figures above are wall times on this "
        "machine, divide a time (multiply a rate) by the reference to compare across runs"
    )


def _replicate(articles, n):
    from dataclasses import replace

    return [
        replace(a, article_id=f"{a.article_id}-{i}", story=f"{a.story}-{i}")
        for i in range(n)
        for a in articles
    ]


if __name__ == "__main__":
    main()
