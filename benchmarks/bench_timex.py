"""Dates, times and durations against TempEval-3 TIMEX3 gold (issue 17).

Normalizes ../shared/temporal-dev/dev.jsonl (development data; never copied into this
repository) in this process, writes the claims table in the scorer's format (the same JSON
as `consistency claims --format json`), runs the data set's own scorer
(`score_timex.py --claims`) and prints its table, then the issue's figures:

- ALL value F1 (and the stricter vF1all), DATE recall (any overlap), value accuracy when found;
- quarters, months without a day, seasons/weekends/halves/decades/centuries, TIME recall;
- value by granularity: correct / matched / gold.

    python benchmarks/bench_timex.py [-v]     # -v: wrong values and misses, by granularity

The held-out TempEval-3 test set is what the team reports; this is the development set.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.load import load_articles
from consistency.normalize import normalize
from consistency.reporting.tables import render_table

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "temporal-dev"
SCORER = DATA / "score_timex.py"
OTHER = ("season", "weekend", "half", "decade", "century")


def _write_claims(out: Path) -> tuple[int, float]:
    loaded = load_articles([str(DATA / "dev.jsonl")])
    t0 = time.perf_counter()
    claims = normalize(loaded.articles)
    seconds = time.perf_counter() - t0
    # an age given after a name ("Smith, 41,") is a claim but no temporal expression in TimeML
    claims = [c for c in claims if c.extra.get("written") != "apposition"]
    data = render_table(claims, "json")
    out.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return len(loaded.articles), seconds


def _share(ok: int, total: int) -> str:
    return f"{ok:>5d} / {total:<5d} = {ok / total:.3f}" if total else f"{ok:>5d} / 0"


def table(summary: dict) -> list[str]:
    """The issue's table from the scorer's summary."""
    res = summary["sets"]["dev"]
    a = res["tracks"]["ALL"]
    by_type = a["recall_by_gold_type"]
    gran = a["value_by_granularity"]

    def g(*names: str) -> tuple[int, int, int]:
        rows = [gran.get(n, {"correct": 0, "matched": 0, "gold": 0}) for n in names]
        return tuple(sum(r[k] for r in rows) for k in ("correct", "matched", "gold"))

    q, mo, oth = g("quarter"), g("month"), g(*OTHER)
    lines = [
        "| track | figure |",
        "|---|---|",
        f"| all temporal expressions, value F1 (ALL valF1 / vF1all) | {a['value_f1']:.3f} / "
        f"{a['value_f1_all']:.3f} |",
        f"| DATE recall (any overlap) | {_share(by_type['DATE']['matched'], by_type['DATE']['gold'])} |",
        f"| value accuracy when found | {a['value_accuracy']:.3f} "
        f"({a['value_correct']}/{a['value_matched_resolvable']}) |",
        f"| quarters (correct / gold) | {_share(q[0], q[2])} |",
        f"| months without a day (correct / gold) | {_share(mo[0], mo[2])} |",
        f"| seasons, weekends, halves, decades, centuries (correct / gold) | {_share(oth[0], oth[2])} |",
        f"| TIME recall | {_share(by_type['TIME']['matched'], by_type['TIME']['gold'])} |",
        "",
        "value by granularity (correct / matched / gold):",
    ]
    for name, v in sorted(gran.items()):
        lines.append(f"  {name:13s} {v['correct']:5d} {v['matched']:5d} {v['gold']:5d}")
    return lines


def _details(summary: dict) -> None:
    ex = summary["sets"]["dev"]["examples"]
    kinds = collections.Counter(w["gold_value"][:4] for w in ex["wrong_value"])
    print(f"\nwrong values ({len(ex['wrong_value'])} listed, by gold year prefix {dict(kinds)}):")
    for w in ex["wrong_value"]:
        print(
            f"  {w['gold_text']!r} gold {w['gold_value']} | claim {w['claim_text']!r} = {w['value']}"
        )
    print(f"\nmissed ({len(ex['missed'])} listed):")
    for m in ex["missed"]:
        print(f"  {m['type']:8s} {m['text']!r} {m['value']}")
    print(f"\nfalse positives ({len(ex['false_positive'])} listed):")
    for f in ex["false_positive"]:
        print(f"  {f['kind']:8s} {f['text']!r} {f['value']}")


def main(verbose: bool = False) -> int:
    if not SCORER.is_file():
        print(f"temporal-dev absent: {DATA}")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench_timex_") as tmp:
        claims, summary_path = Path(tmp) / "claims.json", Path(tmp) / "summary.json"
        n, seconds = _write_claims(claims)
        print(f"normalized {n} articles in {seconds:.2f}s ({n / seconds:.0f} articles/s)")
        cmd = [sys.executable, str(SCORER), "--claims", str(claims), "--summary", str(summary_path)]
        cmd += ["--workdir", tmp]
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
        print(run.stdout.split("claims, logs and summary")[0].rstrip())
        if run.returncode:
            print(run.stderr, file=sys.stderr)
            return run.returncode
        summary = json.loads(summary_path.read_text(encoding="utf-8"))
    print()
    print("\n".join(table(summary)))
    if verbose:
        _details(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main(verbose="-v" in sys.argv[1:]))
