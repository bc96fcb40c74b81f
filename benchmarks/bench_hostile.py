"""Pathological texts (issue 16): time and peak memory of checking each at three sizes,
each run in a fresh process, and the growth from one size to the next (about 2x per
doubling is linear; 4x is quadratic). Then one story of many articles.

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


def pathological(scale: float, timeout: float) -> None:
    print(f"{'text':<22}{'size':>10}{'seconds':>10}{'peak MB':>10}{'growth':>8}")
    for name, (unit, count) in TEXTS.items():
        prev = None
        for k in (1, 2, 4):
            n = int(count * scale * k)
            with tempfile.TemporaryDirectory() as tmp:
                d = Path(tmp)
                (d / "a.md").write_text(GOOD + unit * n + "\n" + GOOD, encoding="utf-8")
                (d / "b.md").write_text(GOOD.replace("Twelve", "Forty"), encoding="utf-8")
                r = run(d, timeout)
            growth = f"{r['s'] / prev:.1f}x" if prev else ""
            size = len(unit) * n
            print(f"{name:<22}{size:>10,}{r['s']:>10.2f}{r['mb']:>10.0f}{growth:>8}", flush=True)
            prev = r["s"]


def big_story(n: int, timeout: float) -> None:
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
    print(
        f"one story of {n:,} articles: {r['s']:.1f} s, peak {r['mb']:.0f} MB, "
        f"{r['findings']:,} findings"
    )


if __name__ == "__main__":
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    pathological(scale, timeout=300)
    for n in (250, 500, articles):
        big_story(n, timeout=600)
