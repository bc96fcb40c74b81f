"""Mutation recall: how many injected contradictions the checker finds.

benchmarks/mutate.py edits one fact in one article of a real story (BASIL: 100 events,
three outlets, full texts; AllSides: roundups, two or three outlets, opening paragraphs),
only where another article of the story states the same fact, so the edit is a
contradiction between sources. Families: number, date, qualifier, negation, role; each
case is `verbatim` (the other article has a near copy of the sentence) or `paraphrase`.

A case is found when the mutated story has a warning-or-error finding that the clean story
does not have (same rule and evidence sentences and spans, the edit undone) with evidence
in the mutated article overlapping the edit or in the sentence holding it. The precision
proxy is the share of such new findings that are the injected one.

    python benchmarks/bench_recall.py [--seed N] [-v]    # -v: every miss, every spurious finding

mutate.py never imports `consistency` (checked below before anything else is imported), so
the cases do not depend on the checker's own extraction. Timing goes to standard error;
standard output is the same for the same seed and code.
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
MUTATE = HERE / "mutate.py"
FORBIDDEN = ("consistency", "_corpus")  # _corpus imports consistency


def assert_isolated() -> None:
    """Fail loudly when mutate.py imports consistency, directly or through _corpus."""
    tree = ast.parse(MUTATE.read_text(encoding="utf-8"), filename=str(MUTATE))
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [("." * node.level) + (node.module or "")]
        elif isinstance(node, ast.Call) and getattr(
            node.func, "id", getattr(node.func, "attr", "")
        ) in (
            "__import__",
            "import_module",
        ):
            names = ["<dynamic import>"]
        else:
            continue
        bad += [
            n for n in names if n.startswith(".") or n.split(".")[0] in FORBIDDEN or n[0] == "<"
        ]
    if bad:
        raise SystemExit(f"mutate.py must not import the checker, but imports {sorted(set(bad))}")


def load_mutate():
    assert_isolated()
    sys.path.insert(0, str(HERE))
    import mutate

    leaked = sorted(m for m in sys.modules if m.split(".")[0] in FORBIDDEN)
    if leaked:
        raise SystemExit(f"importing mutate.py loaded {leaked}")
    return mutate


# ---------------------------------------------------------------- finding comparison


def _sentence_span(text: str, sentence: str, start: int) -> tuple[int, int] | None:
    """Where the evidence sentence holding offset `start` stands in `text`."""
    i = text.find(sentence)
    while i != -1:
        if i <= start <= i + len(sentence):
            return i, i + len(sentence)
        i = text.find(sentence, i + 1)
    return None


def _to_original(pos: int, case) -> int:
    """An offset of the mutated text mapped onto the original text."""
    if pos <= case.start:
        return pos
    if pos >= case.end:
        return pos - (len(case.replacement) - len(case.original))
    return case.start + min(pos - case.start, len(case.original))


def finding_key(f, case=None, original: str | None = None) -> tuple:
    """Rule and evidence (article, sentence, span text); on a mutated story the edit is
    undone first, so a finding the clean story already had keeps its key."""
    sides = []
    for e in f.evidence:
        sentence, text = e.sentence, e.text
        if case is not None and e.article == case.article:
            span = _sentence_span(case.text, e.sentence, e.start)
            if span:
                sentence = original[_to_original(span[0], case) : _to_original(span[1], case)]
            text = original[_to_original(e.start, case) : _to_original(e.end, case)]
        sides.append((e.article, sentence, text))
    return (f.rule, tuple(sorted(sides)))


def hits(f, article: str, text: str, start: int, end: int) -> bool:
    """Evidence in `article` overlapping start:end of its `text` or in the sentence
    holding it."""
    for e in f.evidence:
        if e.article != article:
            continue
        if e.start < end and start < e.end:
            return True
        span = _sentence_span(text, e.sentence, e.start)
        if span and span[0] <= start and end <= span[1]:
            return True
    return False


def hits_edit(f, case) -> bool:
    """Evidence in the mutated article overlapping the edit or in the sentence holding it."""
    return hits(f, case.article, case.text, case.start, case.end)


# ---------------------------------------------------------------- output


def _pct(found: int, total: int) -> str:
    return f"{found:>3}/{total:<3} {100 * found / total:5.1f}%" if total else "  -/0          "


def _table(title: str, rows: dict, order) -> None:
    print(title)
    for key in order:
        if key in rows:
            found, total = rows[key]
            print(f"  {key:<22} {_pct(found, total)}")


def _short(s: str, n: int = 260) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--per-family", type=int, default=60)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()

    mutate = load_mutate()
    sys.path.insert(0, str(HERE.parent))
    from _corpus import ALLSIDES, BASIL, allsides_articles, basil_articles

    from consistency.api import check_articles
    from consistency.model import Severity

    corpora = {"BASIL": basil_articles(), "AllSides": allsides_articles()}
    for name, path in (("BASIL", BASIL), ("AllSides", ALLSIDES)):
        if not corpora[name]:
            print(f"{name}: corpus absent ({path}), left out")
    if not any(corpora.values()):
        print("no corpus: nothing measured")
        return 0

    articles = {a.article_id: a for arts in corpora.values() for a in arts}
    corpus_of = {a.story: name for name, arts in corpora.items() for a in arts}
    stories: dict[str, list] = defaultdict(list)
    for a in articles.values():
        stories[a.story].append(a)
    docs = [
        {"id": a.article_id, "story": a.story, "text": a.text, "corpus": corpus_of[a.story]}
        for a in articles.values()
    ]
    cases = mutate.make_cases(docs, seed=args.seed, per_family=args.per_family)
    t_gen = time.perf_counter()

    def serious(findings):
        return [f for f in findings if f.severity.rank >= Severity.WARNING.rank]

    clean: dict[str, list] = {}  # every finding, info included
    for story in sorted(stories):
        clean[story] = check_articles(sorted(stories[story], key=lambda a: a.article_id)).findings
    t_clean = time.perf_counter()

    # (case, found, injected findings, spurious findings, masked, info findings on the edit)
    results = []
    for case in cases:
        original = articles[case.article].text
        story = [
            replace(a, text=case.text) if a.article_id == case.article else a
            for a in sorted(stories[case.story], key=lambda a: a.article_id)
        ]
        before = {finding_key(f) for f in clean[case.story]}
        new_all = [
            f
            for f in check_articles(story).findings
            if finding_key(f, case, original) not in before
        ]
        new = serious(new_all)
        injected = [f for f in new if hits_edit(f, case)]
        spurious = [f for f in new if not hits_edit(f, case)]
        info = [f for f in new_all if f not in new and hits_edit(f, case)]
        edit_end = case.start + len(case.original)
        masked = any(
            hits(f, case.article, original, case.start, edit_end)
            for f in serious(clean[case.story])
        )
        results.append((case, bool(injected), injected, spurious, masked, info))
    t_cases = time.perf_counter()

    # ------------------------------------------------------------ report
    fams = list(mutate.FAMILIES)
    kinds = ["verbatim", "paraphrase"]
    n = len(results)
    print(f"mutation recall, seed {args.seed}: {n} cases (aim {args.per_family} per family)")
    by_fam = Counter(c.family for c, *_ in results)
    by_sub = Counter((c.family, c.subtype) for c, *_ in results)
    print("cases per family:")
    for fam in fams:
        subs = ", ".join(f"{s} {k}" for (f, s), k in sorted(by_sub.items()) if f == fam)
        short = "" if by_fam[fam] >= args.per_family else "  (corpus supplies no more)"
        print(f"  {fam:<10} {by_fam[fam]:>3}  ({subs}){short}")
    by_corpus = Counter(c.corpus for c, *_ in results)
    print("cases per corpus: " + ", ".join(f"{k} {v}" for k, v in sorted(by_corpus.items())))
    by_kind = Counter(c.kind for c, *_ in results)
    print("cases per kind: " + ", ".join(f"{k} {by_kind[k]}" for k in kinds))
    print()

    def tally(keyf):
        out: dict = defaultdict(lambda: [0, 0])
        for case, found, *_ in results:
            row = out[keyf(case)]
            row[0] += found
            row[1] += 1
        return out

    found_all = sum(r[1] for r in results)
    print(f"recall overall           {_pct(found_all, n)}")
    _table("recall per family", tally(lambda c: c.family), fams)
    _table("recall per kind", tally(lambda c: c.kind), kinds)
    _table(
        "recall per edit",
        tally(lambda c: f"{c.family}/{c.subtype}"),
        sorted({f"{c.family}/{c.subtype}" for c, *_ in results}),
    )
    _table("recall per corpus", tally(lambda c: c.corpus), sorted(by_corpus))
    fk = tally(lambda c: (c.family, c.kind))
    print("recall family x kind")
    print(f"  {'':<10} {'verbatim':<16} {'paraphrase':<16}")
    for fam in fams:
        cells = [_pct(*fk[(fam, k)]) if (fam, k) in fk else "  -/0          " for k in kinds]
        print(f"  {fam:<10} {cells[0]:<16} {cells[1]:<16}")
    print()

    new_total = sum(len(r[2]) + len(r[3]) for r in results)
    injected_total = sum(len(r[2]) for r in results)
    print(
        f"precision proxy: {injected_total} of {new_total} new warning-or-error findings "
        f"overlap the edit ({100 * injected_total / max(new_total, 1):.1f}%); "
        f"{sum(1 for r in results if r[3])} cases have a spurious new finding"
    )
    rules = Counter(f.rule for r in results for f in r[2])
    print("rules of the found findings: " + ", ".join(f"{k} {v}" for k, v in sorted(rules.items())))
    info_only = [r for r in results if not r[1] and r[5]]
    info_rules = Counter(f.rule for r in info_only for f in r[5])
    print(
        f"missed cases with a new info-level finding on the edit: {len(info_only)} ("
        + ", ".join(f"{k} {v}" for k, v in sorted(info_rules.items()))
        + ")"
    )
    masked = sum(1 for r in results if r[4])
    print(f"cases whose edited sentence already had a clean warning-or-error: {masked}")
    for name, arts in corpora.items():
        if not arts:
            continue
        ids = {a.story for a in arts}
        warn = sum(len(serious(clean[s])) for s in ids)
        print(
            f"clean {name}: {warn} warning-or-error findings in {len(ids)} stories, "
            f"{warn / len(ids):.2f} per story"
        )

    if args.verbose:
        print("\nmissed cases:")
        for case, found, _, _, was_masked, info in results:
            if found:
                continue
            note = " [already flagged on the clean story]" if was_masked else ""
            if info:
                note += " [info: " + ", ".join(sorted({f.rule for f in info})) + "]"
            print(
                f"\n{case.case_id} {case.family}/{case.subtype} {case.kind} {case.corpus} "
                f"{case.article}: {case.original!r} -> {case.replacement!r}{note}\n"
                f"   mutated: {_short(case.mutated_sentence)}\n"
                f"   witness: {_short(case.witness)}"
            )
        n_spurious = sum(len(r[3]) for r in results)
        print(f"\nspurious new findings: {n_spurious}")
        for case, _, _, spurious, *_ in results:
            for f in spurious:
                print(
                    f"\n{case.case_id} ({case.original!r} -> {case.replacement!r}) {f.severity} {f.rule}: {_short(f.message, 200)}"
                )
                for e in f.evidence:
                    print(f"   [{e.article}] {_short(e.sentence, 220)}")

    t_end = time.perf_counter()
    print(
        f"runtime {t_end - t0:.1f}s: cases {t_gen - t0:.1f}s, clean stories "
        f"{t_clean - t_gen:.1f}s, mutated stories {t_cases - t_clean:.1f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
