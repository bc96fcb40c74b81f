"""Draw a random sample of warning-or-error findings on real coverage (BASIL and AllSides,
read by benchmarks/_corpus.py from ../shared; never copied here) and write a Markdown
judging sheet: one numbered section per finding with its rule, severity, message and, for
every evidence side, the source and the full sentence with the cited span marked «like
this», followed by empty `verdict:` and `why:` lines for a person to fill in. Score a filled
sheet with benchmarks/score_judgements.py.

The draw is deterministic: findings are sorted by id, then sampled with the seed. When there
are fewer findings than --n, all of them are taken (in a seeded random order). An existing
sheet is never overwritten (it may hold verdicts) unless --force is given.

    python benchmarks/sample_findings.py --seed N [--n 50] [--out PATH] [--force]
    # default PATH: benchmarks/judgements/sheet-seed-N.md
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import allsides_articles, basil_articles

from consistency.api import check_articles
from consistency.model import Severity

JUDGEMENTS = Path(__file__).resolve().parent / "judgements"

HEADER = """\
# Judging sheet: seed {seed}

{taken} of {total} warning-or-error findings on BASIL and AllSides, drawn at random
(findings sorted by id, then sampled with seed {seed}). Made by
`python benchmarks/sample_findings.py --seed {seed} --n {n}`.
Findings available per rule: {population}.

## How to judge

For each finding below, read the message and the evidence sentences (the span the checker
cited is marked «like this»), then fill in the two lines at the end of the section:

- `verdict: real` when the sources really state different, incompatible facts about the
  same thing: a reader would want an editor to check it.
- `verdict: false` otherwise: the spans are about different things (another person,
  period, measure or event), one is a rounding or an approximation of the other, one is a
  part and the other the whole, the wording differs but the fact is the same, or the
  checker extracted or read a value wrongly.
- `why:` one short phrase, e.g. "different periods", "rounding", "part vs whole",
  "extraction error", "casualty counts differ".

Write exactly `real` or `false` after `verdict:` (leave it empty when unsure; it then
counts as unjudged). Do not change the `## N.` headings or the `- rule:` lines: the scorer
(`python benchmarks/score_judgements.py PATH`) reads them.
"""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _marked(sentence: str, span: str, start: int, end: int, body: str | None) -> str:
    """The sentence with the cited span marked «...», on one line."""
    if body is not None and body[start:end] == span:
        # find the occurrence of the sentence in the article that holds the span
        at = body.rfind(sentence, 0, start + 1)
        while at >= 0 and at + len(sentence) < end:
            at = body.rfind(sentence, 0, at)
        if at >= 0:
            i, j = start - at, end - at
            return _one_line(f"{sentence[:i]}«{sentence[i:j]}»{sentence[j:]}")
    if span and span in sentence:
        i = sentence.index(span)
        j = i + len(span)
        return _one_line(f"{sentence[:i]}«{span}»{sentence[j:]}")
    return f"{_one_line(sentence)} [span not found in the sentence: «{_one_line(span)}»]"


def collect() -> tuple[list, dict[str, str]]:
    """Warning-or-error findings over BASIL and AllSides (each checked on its own) and the
    article texts by id."""
    findings, texts = [], {}
    for articles in (basil_articles(), allsides_articles()):
        if not articles:
            continue
        texts.update({a.article_id: a.text for a in articles})
        report = check_articles(articles)
        findings.extend(f for f in report.findings if f.severity.rank >= Severity.WARNING.rank)
    findings.sort(key=lambda f: (f.id, f.story, f.rule, f.message))
    return findings, texts


def render(sample: list, texts: dict[str, str], seed: int, n: int, population: str) -> str:
    parts = [
        HEADER.format(
            seed=seed, taken=len(sample), total=population[0], n=n, population=population[1]
        )
    ]
    for k, f in enumerate(sample, 1):
        lines = [
            "---",
            "",
            f"## {k}. {f.rule} ({f.severity})",
            "",
            f"- rule: {f.rule}",
            f"- severity: {f.severity}",
            f"- finding: {f.id}",
            f"- story: {f.story}",
            f"- message: {_one_line(f.message)}",
            "",
        ]
        for side, e in enumerate(f.evidence):
            label = chr(ord("A") + side) if side < 26 else str(side + 1)
            sentence = _marked(e.sentence, e.text, e.start, e.end, texts.get(e.article))
            lines += [
                f"**{label}. {e.source}** (article {e.article}, published "
                f"{e.published or 'unknown'}; value `{e.value}`)",
                "",
                f"> {sentence}",
                "",
            ]
        lines += ["verdict: ", "", "why: ", ""]
        parts.append("\n".join(lines))
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--force", action="store_true", help="overwrite an existing sheet")
    args = parser.parse_args()
    out = args.out or JUDGEMENTS / f"sheet-seed-{args.seed}.md"
    if out.exists() and not args.force:
        print(f"{out} exists (it may hold verdicts); pass --force to overwrite")
        sys.exit(1)

    findings, texts = collect()
    if not findings:
        print("no warning-or-error findings (are the BASIL and AllSides corpora absent?)")
        return
    by_rule = collections.Counter(f.rule for f in findings)
    population = ", ".join(f"{r} {c}" for r, c in sorted(by_rule.items()))
    sample = random.Random(args.seed).sample(findings, min(args.n, len(findings)))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        render(sample, texts, args.seed, args.n, (len(findings), population)), encoding="utf-8"
    )
    drawn = collections.Counter(f.rule for f in sample)
    print(f"{len(sample)} of {len(findings)} warning-or-error findings -> {out}")
    print("  drawn per rule: " + ", ".join(f"{r} {c}" for r, c in sorted(drawn.items())))


if __name__ == "__main__":
    main()
