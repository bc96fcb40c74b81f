"""False alarms on real coverage: warnings and errors per story on BASIL (100 events,
three outlets each). Outlets covering one event mostly agree on hard facts."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import basil_articles

from consistency.api import check_articles
from consistency.model import Severity


def main() -> None:
    articles = basil_articles()
    if not articles:
        print("BASIL corpus absent: nothing measured")
        return
    report = check_articles(articles)
    stories = len({a.story for a in articles})
    serious = [f for f in report.findings if f.severity.rank >= Severity.WARNING.rank]
    by_rule = collections.Counter(f.rule for f in serious)
    print(f"{stories} stories, {len(articles)} articles, {len(report.findings)} findings in all")
    print(f"warning-or-error findings per story: {len(serious) / stories:.2f}")
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}: {n}")
    if "-v" in sys.argv:
        for f in serious:
            print(f"\n{f.severity} {f.rule}: {f.message}")
            for e in f.evidence:
                print(f"   [{e.source}] {e.sentence[:220]}")


if __name__ == "__main__":
    main()
