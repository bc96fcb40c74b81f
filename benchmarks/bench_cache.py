"""The cache over a large archive: a second run over unchanged articles, and one with a
single article changed.

Builds an archive of 1,200 articles (BASIL's 300, four times over with new ids and
stories; needs ../shared) as JSONL in a temporary folder, then times `consistency check`
in one call: without the cache, with a cold cache (claims and story results stored), with
the warm cache (aim: at most 10 % of the run without it), after one article changed (only
its story is checked again), and with only the claim cache warm (story results emptied:
alignment and rules run again).

    python benchmarks/bench_cache.py [COPIES]
"""

from __future__ import annotations

import json
import sqlite3
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
        rows = [
            {
                "id": f"{a.article_id}~{k}",
                "story": f"{a.story}~{k}",
                "source": a.source,
                "published": a.published,
                "text": a.text,
            }
            for k in range(copies)
            for a in articles
        ]

        def write() -> None:
            with feed.open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(row) + "\n" for row in rows)

        write()
        n = len(rows)
        cache = str(Path(tmp) / "claims.sqlite")
        none = timed_check([str(feed), "--no-cache"])
        cold = timed_check([str(feed), "--cache", cache])
        warm = timed_check([str(feed), "--cache", cache])
        rows[0] = {**rows[0], "text": rows[0]["text"].replace(" the ", " a ", 1)}
        write()
        changed = timed_check([str(feed), "--cache", cache])
        with sqlite3.connect(cache) as con:
            con.execute("DELETE FROM story_results")
        claims_only = timed_check([str(feed), "--cache", cache])

        def line(name: str, t: float, what: str) -> str:
            return f"  {name:<22}{t:6.2f} s {t / none:5.0%}  {what}"

        print(f"archive: {n} articles in one JSONL, {n // 3} stories; % of the uncached run")
        print(line("no cache", none, ""))
        print(line("cold cache", cold, "normalize, check and store"))
        print(line("warm cache", warm, "nothing changed: every story's findings reused"))
        print(line("one article changed", changed, "its story checked again"))
        print(line("claim cache only", claims_only, "align and judge every story again"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
