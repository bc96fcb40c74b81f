"""Write the reports of the bundled fixtures in every format into reports/.

    python reports/regenerate.py

Run from anywhere; paths inside the reports are relative to the repository root, so the
files do not depend on where the checkout lives. tests/test_reports_golden.py fails when
these files are out of date: a change in behaviour shows up in review as a change here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = "fixtures/seed-story"
OUT = ROOT / "reports"


def build() -> dict[str, bytes]:
    """Return {relative file name: bytes} of every report of the fixtures."""
    sys.path.insert(0, str(ROOT))
    from consistency.api import check
    from consistency.reporting import EXTENSIONS, FORMATS, RenderOptions, render
    from consistency.reporting.exports import encode, frames

    here = Path.cwd()
    os.chdir(ROOT)
    try:
        report = check([FIXTURES])
        tables = frames(report)
    finally:
        os.chdir(here)
    out: dict[str, bytes] = {}
    for fmt in FORMATS:
        text = render(fmt, report, RenderOptions())
        out[f"seed-story.{EXTENSIONS[fmt]}"] = text.encode("utf-8")
    for name, df in tables.items():
        out[f"seed-story-tables/{name}.csv"] = encode(df, "csv")
    return out


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from consistency.fileio import write_atomic

    for name, data in sorted(build().items()):
        write_atomic(OUT / name, data)
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
