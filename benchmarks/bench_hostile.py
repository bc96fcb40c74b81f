"""Pathological texts (issue 16): time and peak memory of checking each at three sizes,
each run in a fresh process, and the growth from one size to the next (about 2x per
doubling is linear; 4x is quadratic), then the worst growth of each. Then many
near-identical sentences across the articles of one story (the sentence route meets
candidates through the words they share), and one story of many articles.

    python benchmarks/bench_hostile.py [SCALE] [STORY_ARTICLES]   # defaults 1, 1000
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import json, resource, sys, time
from consistency.api import check
from consistency.config import Config
s = time.perf_counter()
r = check([sys.argv[1]], Config())
print(json.dumps({"s": time.perf_counter() - s, "findings": len(r.findings),
                  "notes": len(r.warnings),
                  "mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

GOOD = "Twelve people were killed in the blast on Monday, police said.\n"
TEXTS = {  # name: (unit repeated, its count at size 1)
    "html comments": ("<!-- ", 10_000),
    "agency credits": ("(AP) ", 16_000),
    "initials and quotes": ('A. "B" ', 5_000),
    "inline suppressions": ('<!-- consistency: ignore NUM001 reason="x" -->\n', 2_500),
}


def run(folder: Path, timeout: float) -> dict:
    try:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"s": float("inf"), "mb": float("nan"), "findings": -1, "notes": -1}
    return json.loads(out.stdout.strip().splitlines()[-1])


def _row(name: str, size: int, r: dict, prev: float | None) -> float | None:
    growth = r["s"] / prev if prev else None
    shown = f"{growth:.1f}x" if growth else ""
    print(f"{name:<22}{size:>10,}{r['s']:>10.2f}{r['mb']:>10.0f}{shown:>8}", flush=True)
    return growth


def _summary(worst: dict[str, float]) -> None:
    print("worst growth per doubling (2x is linear, 4x quadratic):")
    for name, g in worst.items():
        print(f"  {name:<22}{g:.1f}x")


def pathological(scale: float, timeout: float) -> dict[str, float]:
    print(f"{'text':<22}{'size':>10}{'seconds':>10}{'peak MB':>10}{'growth':>8}")
    worst: dict[str, float] = {}
    for name, (unit, count) in TEXTS.items():
        prev = None
        for k in (1, 2, 4):
            n = int(count * scale * k)
            with tempfile.TemporaryDirectory() as tmp:
                d = Path(tmp)
                (d / "a.md").write_text(GOOD + unit * n + "\n" + GOOD, encoding="utf-8")
                (d / "b.md").write_text(GOOD.replace("Twelve", "Forty"), encoding="utf-8")
                r = run(d, timeout)
            g = _row(name, len(unit) * n, r, prev)
            worst[name] = max(worst.get(name, 0.0), g or 0.0)
            prev = r["s"]
    return worst


def near_identical(scale: float, timeout: float) -> dict[str, float]:
    """Articles of one story made of near-identical sentences; each rare word is shared by
    40 sentences of different articles, so the sentence route weighs the most candidates
    its posting cap allows (the size column counts sentences)."""
    per_article = 20
    name, worst, prev = "near-identical", {}, None
    for k in (1, 2, 4):
        articles = int(50 * scale * k)
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp)
            with (d / "story.jsonl").open("w") as fh:
                for a in range(articles):
                    body = " ".join(
                        f"Police said {(a + t) % 9 + 2} people were hurt near gate{t} "
                        f"hall{a // 2} and unit{(a + t) // 40} on Monday."
                        for t in range(per_article)
                    )
                    row = {"id": f"a{a}", "story": "s", "source": f"S{a}", "text": body}
                    fh.write(json.dumps(row) + "\n")
            r = run(d, timeout)
        g = _row(name, articles * per_article, r, prev)
        worst[name] = max(worst.get(name, 0.0), g or 0.0)
        prev = r["s"]
    return worst


def big_story(n: int, timeout: float, prev: tuple[int, float] | None) -> tuple[int, float]:
    figures = ["Twelve", "Forty", "Nine", "Three"]
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        with (d / "story.jsonl").open("w") as fh:
            for i in range(n):
                body = (
                    f"{figures[i % 4]} people were killed in the blast on Monday, police said. "
                    f"The minister said {i % 50} officers were injured. "
                    f"Officials said the bridge, built in {1900 + i % 90}, would reopen."
                )
                fh.write(
                    json.dumps(
                        {
                            "id": f"a{i}",
                            "story": "s",
                            "source": f"S{i}",
                            "published": "2025-03-04",
                            "text": body,
                        }
                    )
                    + "\n"
                )
        r = run(d, timeout)
    growth = f", {r['s'] / prev[1]:.1f}x the time of {prev[0]:,}" if prev else ""
    print(
        f"one story of {n:,} articles: {r['s']:.1f} s, peak {r['mb']:.0f} MB, "
        f"{r['findings']:,} findings{growth}",
        flush=True,
    )
    return n, r["s"]


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    worst = pathological(scale, timeout=300)
    worst |= near_identical(scale, timeout=300)
    _summary(worst)
    prev = None
    for n in (250, 500, articles):
        prev = big_story(n, timeout=600, prev=prev)
