"""Read the shared BASIL corpus (internal test data; never copied into the repository)."""

from __future__ import annotations

import json
from pathlib import Path

from consistency.model import Article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
BASIL = SHARED / "corpus" / "basil" / "triplets.jsonl"


def basil_articles(limit: int | None = None) -> list[Article]:
    """Return BASIL's articles, one story per event; [] when the corpus is absent."""
    if not BASIL.is_file():
        return []
    out = []
    with BASIL.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            event = json.loads(line)
            out.extend(
                Article(
                    article_id=a["file"],
                    path=f"basil/{a['file']}",
                    text="\n".join(a["paragraphs"]),
                    story=event["triplet_uuid"],
                    source=a["source"],
                    published=a["date"],
                    published_origin="metadata",
                )
                for a in event["articles"]
            )
    return out
