"""A large archive: throughput per stage, peak memory, growth when the archive doubles,
and the speed-up of --jobs 2 over --jobs 1, all measured in the same run.

The archive reuses BASIL's real texts (needs ../shared) with renamed ids and stories and
shifted numbers, so nothing is a cache hit or a duplicate.

    python benchmarks/bench_scale.py [LARGEST]     # default 10,200 articles
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import basil_articles, timed_check

CHILD = r"""
import json, resource, sys, time
from consistency.config import Config
from consistency.load import load_articles
from consistency.run import story as pipeline
from consistency.align import align
from consistency.rules.engine import run_rules
from consistency.normalize import normalize
from consistency.reporting import RenderOptions, render
from consistency.api import Report
t = {}
s = time.perf_counter()
loaded = load_articles([sys.argv[1]])
t["load"] = time.perf_counter() - s
cfg = Config()
t["normalize"] = t["align"] = t["rules"] = 0.0
findings = []
for arts in pipeline.stories_of(loaded.articles):   # one story at a time: claims do not pile up
    s = time.perf_counter(); claims = normalize(arts); t["normalize"] += time.perf_counter() - s
    s = time.perf_counter(); pairs = align(claims, {a.article_id: a.story for a in arts}, cfg.align); t["align"] += time.perf_counter() - s
    s = time.perf_counter(); f, _ = run_rules(pairs, {a.article_id: a for a in arts}, cfg.rules(), cfg.tolerances); t["rules"] += time.perf_counter() - s
    findings.extend(f)
t["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the check itself
s = time.perf_counter()
from consistency.run.stories import cluster
cluster(loaded.articles)
t["cluster"] = time.perf_counter() - s
s = time.perf_counter()
render("json", Report(articles=loaded.articles, findings=findings), RenderOptions())
t["report"] = time.perf_counter() - s
t["peak_cluster_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t["articles"] = len(loaded.articles)
print(json.dumps(t))
"""


def _archive(path: Path, n: int) -> None:
    base = basil_articles()
    with path.open("w", encoding="utf-8") as fh:
        k = 0
        while k * len(base) < n:
            for a in base:
                if k * len(base) + base.index(a) >= n:
                    break
                text = re.sub(r"\b\d+\b", lambda m, k=k: str(int(m.group()) + k), a.text)
                row = {
                    "id": f"{a.article_id}~{k}",
                    "story": f"{a.story}~{k}",
                    "source": a.source,
                    "published": a.published,
                    "text": text,
                }
                fh.write(json.dumps(row) + "\n")
            k += 1


PEAK = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def _check_peak(feed: Path, jobs: int = 1) -> tuple[float, float]:
    """Wall seconds and peak MB of a real `consistency check` (stories streamed)."""
    cmd = [
        sys.executable,
        "-m",
        "consistency",
        "check",
        str(feed),
        "--no-cache",
        "--jobs",
        str(jobs),
        "-f",
        "concise",
        "--fail-level",
        "none",
    ]
    out = subprocess.run(
        [sys.executable, "-c", PEAK, *cmd], check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> int:
    largest = int(sys.argv[1]) if len(sys.argv) > 1 else 10_200
    if not basil_articles():
        print("corpus absent: ../shared/corpus/basil")
        return 0
    sizes = [largest // 4, largest // 2, largest]
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for n in sizes:
            feed = Path(tmp) / f"archive-{n}.jsonl"
            _archive(feed, n)
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(feed)], check=True, capture_output=True, text=True
            ).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
            rows[-1]["check_s"], rows[-1]["check_mb"] = _check_peak(feed)
        print(
            "articles  load  normalize  cluster  align  rules  report   total  art/s"
            "  peak MB (check, +cluster)"
        )
        for r in rows:
            total = sum(r[k] for k in ("load", "normalize", "cluster", "align", "rules", "report"))
            print(
                f"{r['articles']:8d} {r['load']:5.1f} {r['normalize']:10.1f} {r['cluster']:8.1f} "
                f"{r['align']:6.1f} {r['rules']:6.2f} {r['report']:7.2f} {total:7.1f} "
                f"{r['articles'] / total:6.0f} {r['peak_mb']:8.0f} {r['peak_cluster_mb']:8.0f}"
            )
        print("`consistency check` itself (stories read and let go one at a time):")
        for r in rows:
            print(
                f"  {r['articles']:6d} articles: {r['check_s']:6.1f} s, "
                f"{r['articles'] / r['check_s']:4.0f} articles/s, peak {r['check_mb']:4.0f} MB"
            )
        for a, b in itertools.pairwise(rows):
            skip = ("peak_mb", "peak_cluster_mb", "articles", "check_s", "check_mb")
            ta = sum(v for k, v in a.items() if k not in skip)
            tb = sum(v for k, v in b.items() if k not in skip)
            print(
                f"doubling {a['articles']} -> {b['articles']}: time x{tb / ta:.2f}, "
                f"check time x{b['check_s'] / a['check_s']:.2f}, "
                f"check peak memory x{b['check_mb'] / a['check_mb']:.2f}"
            )
        feed = Path(tmp) / f"archive-{sizes[1]}.jsonl"
        one = timed_check([str(feed), "--no-cache", "--jobs", "1"])
        two = timed_check([str(feed), "--no-cache", "--jobs", "2"])
        print(
            f"check of {sizes[1]} articles: --jobs 1 {one:.1f} s, --jobs 2 {two:.1f} s, "
            f"speed-up x{one / two:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
