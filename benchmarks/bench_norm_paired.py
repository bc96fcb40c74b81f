"""Normalisation speed of this tree against another export of the code, paired.

    python benchmarks/bench_norm_paired.py /tmp/base [--rounds 4] [--repeat 5]

Each round times `normalize()` over BASIL in a fresh process for the other tree, then for
this one (alternating which goes first), best of `--repeat` runs of process CPU time (steadier than wall time on a
shared machine); the machine is shared and
noisy, so the pair of figures within one round is what compares. Prints articles per second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
for k in [k for k in sys.modules if k.startswith("consistency")]:
    del sys.modules[k]
sys.path.insert(0, {bench!r})
from _corpus import basil_articles
arts = basil_articles()
sys.path.insert(0, {root!r})
for k in [k for k in sys.modules if k.startswith("consistency")]:
    del sys.modules[k]
import consistency.normalize as n
assert n.__file__.startswith({root!r}), n.__file__
n.normalize(arts[:20])
best = float("inf")
for _ in range({repeat}):
    t = time.process_time(); n.normalize(arts); best = min(best, time.process_time() - t)
print(len(arts) / best)
"""


def one(root: Path, repeat: int) -> float:
    code = _CHILD.format(root=str(root), bench=str(HERE), repeat=repeat)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    base, branch = [], []
    for r in range(args.rounds):
        order = [("base", args.base.resolve()), ("branch", ROOT)]
        for name, root in order if r % 2 == 0 else order[::-1]:
            (base if name == "base" else branch).append(one(root, args.repeat))
        print(f"round {r + 1}: base {base[-1]:.0f}  branch {branch[-1]:.0f} articles/s", flush=True)
    ratios = [b / a for a, b in zip(base, branch, strict=True)]
    print(
        f"median base {statistics.median(base):.0f}, branch {statistics.median(branch):.0f} "
        f"articles/s; branch/base median {statistics.median(ratios):.3f} "
        f"(min {min(ratios):.3f}, max {max(ratios):.3f})"
    )


if __name__ == "__main__":
    main()
