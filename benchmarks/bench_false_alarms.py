"""False alarms on real coverage: warnings and errors per story on BASIL (100 events,
three outlets each, full texts) and AllSides (505 roundups, two or three outlets each,
opening paragraphs). Outlets covering one event mostly agree on hard facts.

    python benchmarks/bench_false_alarms.py [-v]    # -v: print every warning and error
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import allsides_articles, basil_articles

from consistency.api import check_articles
from consistency.model import Severity


def measure(name: str, articles, verbose: bool) -> None:
    if not articles:
        print(f"{name}: corpus absent, nothing measured")
        return
    report = check_articles(articles)
    stories = len({a.story for a in articles})
    serious = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
    by_rule = collections.Counter(f.rule for f in serious)
    print(
        f"{name}: {stories} stories, {len(articles)} articles, {len(report.findings)} findings "
        f"in all; warning-or-error findings per story: {len(serious) / stories:.2f}"
    )
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}: {n}")
    if verbose:
        for f in serious:
            print(f"\n{f.severity} {f.rule}: {f.message}")
            for e in f.evidence:
                print(f"   [{e.source}] {e.sentence[:220]}")


def main() -> None:
    verbose = "-v" in sys.argv
    measure("BASIL", basil_articles(), verbose)
    measure("AllSides", allsides_articles(), verbose)


if __name__ == "__main__":
    main()
