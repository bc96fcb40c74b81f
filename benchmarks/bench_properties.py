"""The property tests with a large budget and fresh randomness (CI runs a modest one).

python benchmarks/bench_properties.py [EXAMPLES]   # default 3000 per property
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    examples = sys.argv[1] if len(sys.argv) > 1 else "3000"
    env = dict(os.environ, CONSISTENCY_HYPOTHESIS_EXAMPLES=examples)
    t = time.perf_counter()
    rc = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_properties.py",
            "--hypothesis-seed",
            str(int(time.time())),
        ],
        cwd=ROOT,
        env=env,
    )
    print(f"{examples} examples per property in {time.perf_counter() - t:.1f} s; exit {rc}")
    return rc


if __name__ == "__main__":
    sys.exit(main())
