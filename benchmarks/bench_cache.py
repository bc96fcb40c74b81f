"""The claim cache over a large archive: a second run over unchanged articles.

Builds an archive of 1,200 articles (BASIL's 300, four times over with new ids and
stories; needs ../shared) as JSONL in a temporary folder, then times `consistency check`
three ways in one run: without the cache, with a cold cache, with the warm cache.

    python benchmarks/bench_cache.py [COPIES]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import basil_articles, timed_check


def main() -> int:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    articles = basil_articles()
    if not articles:
        print("corpus absent: ../shared/corpus/basil")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "archive.jsonl"
        with feed.open("w", encoding="utf-8") as fh:
            for k in range(copies):
                for a in articles:
                    row = {
                        "id": f"{a.article_id}~{k}",
                        "story": f"{a.story}~{k}",
                        "source": a.source,
                        "published": a.published,
                        "text": a.text,
                    }
                    fh.write(json.dumps(row) + "\n")
        n = len(articles) * copies
        cache = str(Path(tmp) / "claims.sqlite")
        none = timed_check([str(feed), "--no-cache"])
        cold = timed_check([str(feed), "--cache", cache])
        warm = timed_check([str(feed), "--cache", cache])
        print(f"archive: {n} articles in one JSONL")
        print(f"  no cache   {none:6.2f} s")
        print(f"  cold cache {cold:6.2f} s (normalize and store)")
        print(f"  warm cache {warm:6.2f} s = {warm / none:.0%} of a run without the cache")
    return 0


if __name__ == "__main__":
    sys.exit(main())
