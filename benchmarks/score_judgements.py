"""Score a judging sheet written by benchmarks/sample_findings.py and filled in by a person:
the share of findings judged real, overall and per rule, with a 95% Wilson interval, and
how many are still unjudged (an empty `verdict:`) or carry an unrecognised verdict.

A section starts at a `## N. ...` heading; its rule is read from the `- rule: X` line and its
verdict from the `verdict: real|false` line (case-insensitive; `- ` or `*` around the key
and trailing punctuation are tolerated).

    python benchmarks/score_judgements.py benchmarks/judgements/sheet-seed-1.md
"""

from __future__ import annotations

import collections
import math
import re
import sys
from pathlib import Path

_SECTION_RE = re.compile(r"^##\s+(\d+)\.", re.MULTILINE)
_RULE_RE = re.compile(r"^\s*(?:[-*]\s*)?\**rule\**\s*:\s*\**\s*([A-Za-z0-9_-]+)", re.MULTILINE)
_VERDICT_RE = re.compile(r"^\s*(?:[-*]\s*)?\**verdict\**\s*:\**[ \t]*(.*)$", re.MULTILINE)
VERDICTS = {"real": True, "false": False}


def parse(text: str) -> list[tuple[int, str, str | None]]:
    """(section number, rule, verdict) per section; verdict is 'real', 'false', '' (unjudged)
    or the unrecognised text as written."""
    heads = list(_SECTION_RE.finditer(text))
    out = []
    for k, head in enumerate(heads):
        body = text[head.end() : heads[k + 1].start() if k + 1 < len(heads) else len(text)]
        rule = _RULE_RE.search(body)
        verdict = _VERDICT_RE.search(body)
        word = ""
        if verdict:
            word = verdict.group(1).strip().strip("*`_.;,").strip().lower()
        out.append((int(head.group(1)), rule.group(1) if rule else "?", word))
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def _line(name: str, real: int, judged: int, unjudged: int) -> str:
    if judged:
        lo, hi = wilson(real, judged)
        share = f"{real / judged:.2f} ({real}/{judged}; 95% CI {lo:.2f}-{hi:.2f})"
    else:
        share = "- (nothing judged)"
    return f"  {name:<10} real {share}; unjudged {unjudged}"


def main() -> None:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1])
        sys.exit(2)
    path = Path(sys.argv[1])
    sections = parse(path.read_text(encoding="utf-8"))
    if not sections:
        print(f"{path}: no `## N.` sections found")
        sys.exit(1)
    real: collections.Counter = collections.Counter()
    judged: collections.Counter = collections.Counter()
    unjudged: collections.Counter = collections.Counter()
    odd = []
    for number, rule, word in sections:
        if word in VERDICTS:
            judged[rule] += 1
            real[rule] += VERDICTS[word]
        else:
            unjudged[rule] += 1
            if word:
                odd.append((number, word))
    print(f"{path}: {len(sections)} findings")
    print(_line("all", sum(real.values()), sum(judged.values()), sum(unjudged.values())))
    for rule in sorted({r for _, r, _ in sections}):
        print(_line(rule, real[rule], judged[rule], unjudged[rule]))
    for number, word in odd:
        print(f"  section {number}: unrecognised verdict {word!r} (counted as unjudged)")


if __name__ == "__main__":
    main()
