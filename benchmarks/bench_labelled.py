"""Cross-source judgement against human labels: SummEdits, domain ECTSum (earnings-call
transcript excerpts and one-paragraph summaries; 668 two-article stories, each labelled
consistent or inconsistent by SummEdits' annotators). Read from
../shared/labelled/summedits-ectsum (never copied into this repository).

Scoring, the usual way: a story is flagged when a finding at warning or error cites both of
its articles (the `document` and the `summary`). Prints balanced accuracy, the recall on
inconsistent stories (all, and those whose edit touched a number or date), the
false-positive rate on consistent stories, counts, per-rule flags on consistent vs
inconsistent stories, and the runtime of the check.

    python benchmarks/bench_labelled.py [-v]    # -v: false positives, missed number/date edits
"""

from __future__ import annotations

import collections
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consistency.api import check_articles
from consistency.model import Article, Severity

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "labelled" / "summedits-ectsum"
STORIES = DATA / "stories.jsonl"
TRUTH = DATA / "truth.jsonl"
MISSED_SAMPLE = 25  # missed number/date edits shown with -v


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load() -> tuple[list[Article], dict[str, dict]]:
    """The articles (no publication dates) and the truth, story -> record."""
    articles = [
        Article(
            article_id=row["id"],
            path=f"summedits-ectsum/{row['id']}",
            text=row["text"],
            story=row["story"],
            source=row["source"],
            title=row.get("title") or "",
            published=None,
            published_origin="unknown",
        )
        for row in _read_jsonl(STORIES)
    ]
    truth = {row["story"]: row for row in _read_jsonl(TRUTH)}
    return articles, truth


def _cut(text: str, n: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main() -> None:
    verbose = "-v" in sys.argv
    if not (STORIES.is_file() and TRUTH.is_file()):
        print(f"summedits-ectsum: data absent ({DATA}), nothing measured")
        return
    articles, truth = load()
    members: dict[str, set[str]] = collections.defaultdict(set)
    for a in articles:
        members[a.story].add(a.article_id)
    missing = sorted(s for s in truth if len(members.get(s, ())) != 2)
    if missing:
        print(f"warning: {len(missing)} stories without exactly two articles, e.g. {missing[:3]}")

    t = time.perf_counter()
    report = check_articles(articles)
    runtime = time.perf_counter() - t

    # story -> the warning-or-error findings that cite both of its articles
    flags: dict[str, list] = collections.defaultdict(list)
    for f in report.findings:
        if f.severity.rank < Severity.WARNING.rank:
            continue
        cited = {e.article for e in f.evidence}
        if members.get(f.story) and members[f.story] <= cited:
            flags[f.story].append(f)

    inconsistent = [s for s, r in truth.items() if r["label"] == "inconsistent"]
    consistent = [s for s, r in truth.items() if r["label"] == "consistent"]
    numeric = [s for s in inconsistent if truth[s].get("number_or_date_edit")]
    hit = sum(1 for s in inconsistent if flags.get(s))
    hit_numeric = sum(1 for s in numeric if flags.get(s))
    false_pos = [s for s in consistent if flags.get(s)]
    recall = hit / len(inconsistent) if inconsistent else 0.0
    recall_numeric = hit_numeric / len(numeric) if numeric else 0.0
    fpr = len(false_pos) / len(consistent) if consistent else 0.0
    balanced = (recall + (1 - fpr)) / 2

    print(
        f"summedits-ectsum: {len(truth)} stories, {len(articles)} articles, "
        f"{len(report.findings)} findings in all"
    )
    print(f"  balanced accuracy:                 {balanced:.3f}")
    print(f"  recall on inconsistent:            {recall:.3f}  ({hit}/{len(inconsistent)})")
    print(
        f"  recall, number_or_date_edit:       {recall_numeric:.3f}  ({hit_numeric}/{len(numeric)})"
    )
    print(f"  false-positive rate on consistent: {fpr:.3f}  ({len(false_pos)}/{len(consistent)})")
    print(f"  stories flagged: {sum(1 for s in truth if flags.get(s))}")
    print(f"  runtime (check_articles): {runtime:.1f} s")

    # per rule: stories it flags (a story counts once per rule)
    per_rule: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for s, fs in flags.items():
        label = truth.get(s, {}).get("label", "unlabelled")
        for rule in {f.rule for f in fs}:
            per_rule[rule][label] += 1
    print("  stories flagged per rule (consistent / inconsistent):")
    for rule in sorted(per_rule):
        c = per_rule[rule]
        print(f"    {rule:<24} {c['consistent']:>4} / {c['inconsistent']:>4}")

    if not verbose:
        return
    print(f"\nfalse positives ({len(false_pos)} consistent stories flagged):")
    for s in sorted(false_pos):
        print(f"\n{s}  edit: {truth[s]['edit']}")
        for f in flags[s]:
            print(f"  {f.severity} {f.rule}: {f.message}")
            for e in f.evidence:
                print(f"     [{e.source}] {_cut(e.sentence)}")
    missed = sorted(s for s in numeric if not flags.get(s))
    shown = sorted(random.Random(0).sample(missed, min(MISSED_SAMPLE, len(missed))))
    print(f"\nmissed number/date edits: {len(missed)}; a sample of {len(shown)}:")
    for s in shown:
        edit = truth[s]["edit"]
        print(f"  {s}: removed {edit.get('removed')!r} -> added {edit.get('added')!r}")


if __name__ == "__main__":
    main()
