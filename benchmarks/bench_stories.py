"""Story finding: pool a corpus without its story fields and compare the stories found
with the true ones: B-cubed precision and recall (aim >= 0.97 and >= 0.95), and purity
and completeness, both weighted by size.

    python benchmarks/bench_stories.py [-v]    # -v: list the mixed and split stories
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import allsides_articles, basil_articles

from consistency.run.stories import bcubed, cluster, quality


def measure(name: str, articles, verbose: bool) -> None:
    if not articles:
        print(f"{name}: corpus absent")
        return
    truth = {a.article_id: a.story for a in articles}
    pooled = [replace(a, story="") for a in articles]
    t = time.perf_counter()
    stories = cluster(pooled)
    took = time.perf_counter() - t
    predicted = {a.article_id: s.story_id for s in stories for a in s.articles}
    purity, completeness = quality(predicted, truth)
    precision, recall = bcubed(predicted, truth)
    print(
        f"{name}: {len(articles)} articles, {len(set(truth.values()))} true stories, "
        f"{len(stories)} found; B-cubed precision {precision:.3f}, recall {recall:.3f}; "
        f"purity {purity:.3f}, completeness {completeness:.3f} ({took:.2f} s)"
    )
    if verbose:
        by_true = defaultdict(set)
        for aid, s in predicted.items():
            by_true[truth[aid]].add(s)
        for s in stories:
            trues = {truth[a.article_id] for a in s.articles}
            if len(trues) > 1:
                print(f"  mixed {s.story_id}: {sorted(a.article_id for a in s.articles)}")
        for t_id, found in sorted(by_true.items()):
            if len(found) > 1:
                print(f"  split {t_id}: {sorted(found)}")


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    measure("BASIL", basil_articles(), verbose)
    measure("AllSides", allsides_articles(), verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
