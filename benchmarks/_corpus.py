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
                    title=a.get("title", ""),
                    published=a["date"],
                    published_origin="metadata",
                )
                for a in event["articles"]
            )
    return out


ALLSIDES = SHARED / "corpus" / "allsides" / "roundups.jsonl"


def allsides_articles() -> list[Article]:
    """AllSides roundups: each roundup's left/center/right items are one story (title and
    the opening paragraphs); [] when the corpus is absent."""
    if not ALLSIDES.is_file():
        return []
    out = []
    with ALLSIDES.open(encoding="utf-8") as fh:
        for line in fh:
            event = json.loads(line)
            day = str(event.get("date", ""))[:10] or None
            for side, item in sorted((event.get("news") or {}).items()):
                body = item.get("newBody") or item.get("newsBody") or ""
                if isinstance(body, list):
                    paras = [str(p) for p in body]
                else:
                    paras = [p for p in body.strip("[]").split("', '") if p]
                text = "\n".join(p.strip("'\" ") for p in paras).strip()
                if not text:
                    continue
                out.append(
                    Article(
                        article_id=f"as{event['id']}-{side}",
                        path=f"allsides/{event['id']}-{side}",
                        text=text,
                        story=str(event["id"]),
                        source=str(item.get("newsSource", side)),
                        title=str(item.get("newsTitle", "")),
                        published=day,
                        published_origin="metadata",
                    )
                )
    return out


def timed_check(args: list[str]) -> float:
    """Wall seconds of one `consistency check ARGS` in a fresh process, output discarded."""
    import subprocess
    import sys
    import time

    t = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "consistency",
            "check",
            *args,
            "-f",
            "concise",
            "--fail-level",
            "none",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t
