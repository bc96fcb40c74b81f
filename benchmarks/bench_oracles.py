"""Extraction accuracy against other projects' published test cases.

Reads Recognizers-Text's English specs from ../shared/oracles/recognizers-text (MIT; never
copied into this repository) and scores the extractors the product uses:

- Number/NumberModel.json: `numbers.find_numbers`, every number of the input, in order,
  with its value (relative tolerance 1e-6: the specs print 15 significant digits);
- Number/PercentModel.json: `find_quantities`, the percentages of the input;
- DateTime/DurationParser.json: `find_durations`, the duration in seconds. Our units are
  calendar averages (a month is 30.44 days, a year 365.25) where the specs count 30 and
  365, so a duration counts as right within 1.5%;
- DateTime/DateParser.json: `find_dates` with the case's reference date as publication
  date; the expected day is the spec's future resolution when the input speaks of the
  future ("I'll", "will") and its past resolution otherwise. A spec that resolves to
  0001-01-01 (an impossible date such as "Feb 30") expects no date.

A case is right when the values found equal the values expected, nothing missing and
nothing extra; cases marked NotSupported are skipped. `-v` prints the misses.

    python benchmarks/bench_oracles.py [-v]
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.normalize import numbers
from consistency.normalize.dates import find_dates
from consistency.normalize.durations import find_durations
from consistency.normalize.quantities import find_quantities

ORACLES = Path(__file__).resolve().parent.parent.parent / "shared" / "oracles" / "recognizers-text"
_FUTURE_RE = re.compile(r"(?:['’]ll\b|\bwill\b|\bgoing to\b)", re.IGNORECASE)


def _cases(name: str) -> list[dict]:
    cases = json.loads((ORACLES / name).read_text(encoding="utf-8-sig"))
    return [c for c in cases if "NotSupported" not in c]


def _same(found: list[float], expected: list[float], rel: float) -> bool:
    return len(found) == len(expected) and all(
        math.isclose(f, e, rel_tol=rel, abs_tol=1e-9) for f, e in zip(found, expected, strict=True)
    )


def _numbers(case: dict) -> tuple[list[float], list[float]]:
    expected = [float(r["Resolution"]["value"]) for r in case["Results"]]
    return [v for _, _, v in numbers.find_numbers(case["Input"])], expected


def _percents(case: dict) -> tuple[list[float], list[float]]:
    expected = [float(r["Resolution"]["value"].rstrip("%")) for r in case["Results"]]
    found = [q.value for q in find_quantities(case["Input"], []) if q.unit == "percent"]
    return found, expected


def _durations(case: dict) -> tuple[list[float], list[float]]:
    expected = [float(r["Value"]["PastResolution"]["duration"]) for r in case["Results"]]
    return [d.value_days * 86400 for d in find_durations(case["Input"])], expected


def _dates(case: dict) -> tuple[list[float], list[float]]:
    ref = dt.date.fromisoformat(case["Context"]["ReferenceDateTime"][:10])
    side = "FutureResolution" if _FUTURE_RE.search(case["Input"]) else "PastResolution"
    expected = []
    for r in case["Results"]:
        day = r["Value"][side]["date"]
        if day != "0001-01-01":
            expected.append(float(dt.date.fromisoformat(day).toordinal()))
    found = [
        float(d.lo.toordinal())
        for d in find_dates(case["Input"], ref)
        if d.lo is not None and d.lo == d.hi
    ]
    return found, expected


SUITES: list[tuple[str, str, Callable, float, float]] = [
    ("numbers", "Number/NumberModel.json", _numbers, 1e-6, 0.90),
    ("percentages", "Number/PercentModel.json", _percents, 1e-6, 0.90),
    ("durations", "DateTime/DurationParser.json", _durations, 0.015, 0.85),
    ("dates", "DateTime/DateParser.json", _dates, 0.0, 0.80),
]


def main(verbose: bool = False) -> int:
    if not ORACLES.is_dir():
        print(f"oracles absent: {ORACLES}")
        return 0
    for label, name, score, rel, aim in SUITES:
        cases = _cases(name)
        right = 0
        misses = []
        for case in cases:
            found, expected = score(case)
            if _same(found, expected, rel):
                right += 1
            else:
                misses.append((case["Input"], found, expected))
        share = right / len(cases)
        print(f"{label:12s} {right:4d}/{len(cases):<4d} {share:6.1%}  (aim {aim:.0%})  {name}")
        if verbose:
            for text, found, expected in misses:
                print(f"    miss {text!r}: found {found} expected {expected}")
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv[1:]))
