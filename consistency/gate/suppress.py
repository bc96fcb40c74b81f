"""Inline suppressions in Markdown and HTML articles.

    <!-- consistency: ignore NUM001 reason="first police figure" -->

silences the named rules (comma- or space-separated codes) for the paragraph that follows
the comment, on this article's side of a finding. A rule code and a reason are required;
a suppression that silences nothing is reported, so stale ones do not pile up.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from consistency.model import Article, Finding, InputError
from consistency.rules import find_rule

_OPEN_RE = re.compile(r"<!--\s*consistency:\s*")
_REASON_RE = re.compile(r"""reason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")
_PARAGRAPH_END_RE = re.compile(r"\n[ \t]*\n")


@dataclass
class Suppression:
    article: str
    path: str
    line: int
    codes: tuple[str, ...]
    reason: str
    start: int  # the paragraph it covers
    end: int
    used: int = 0


def find(article: Article) -> tuple[list[Suppression], list[InputError]]:
    """The suppressions an article declares, and one error per malformed directive."""
    out: list[Suppression] = []
    errors: list[InputError] = []
    text = article.text
    # one pass each, so many directives stay linear: lines counted on from the last one,
    # paragraph ends found once and looked up
    ends = [e.start() for e in _PARAGRAPH_END_RE.finditer(text)]
    line, counted = article.line_offset + 1, 0
    for start, body_start, close in _directives(text):
        line += text.count("\n", counted, start)
        counted = start
        body = text[body_start:close].strip()
        verb, _, rest = body.partition(" ")
        reason_m = _REASON_RE.search(rest)
        head = rest[: reason_m.start()] if reason_m else rest
        codes = [c for c in re.split(r"[\s,]+", head.strip()) if c]
        known = [find_rule(c) for c in codes]
        problem = ""
        if verb != "ignore":
            problem = f"unknown directive '{verb}'; write 'consistency: ignore CODE reason=\"...\"'"
        elif not codes:
            problem = "suppression names no rule; write 'ignore CODE reason=\"...\"'"
        elif None in known:
            bad = codes[known.index(None)]
            problem = f"suppression names unknown rule '{bad}'; run 'consistency rules'"
        elif not reason_m or not (reason_m.group("dq") or reason_m.group("sq") or "").strip():
            problem = 'suppression needs a reason="..." saying why the finding is accepted'
        if problem:
            errors.append(InputError(article.path, problem + "; it is ignored", line=line))
            continue
        para_start = close + 3
        while para_start < len(text) and text[para_start] in " \t\r\n":
            para_start += 1
        k = bisect.bisect_left(ends, para_start)
        out.append(
            Suppression(
                article=article.article_id,
                path=article.path,
                line=line,
                codes=tuple(r.code for r in known if r is not None),
                reason=(reason_m.group("dq") or reason_m.group("sq")).strip(),
                start=para_start,
                end=ends[k] if k < len(ends) else len(text),
            )
        )
    return out, errors


def _directives(text: str):
    """(start, body start, start of "-->") of each `<!-- consistency: ... -->`, as the regex
    `<!--\\s*consistency:\\s*(.*?)-->` finds them, in one pass: that regex would scan to the end
    of the text from every opening left unclosed, which is quadratic."""
    pos = 0
    while (m := _OPEN_RE.search(text, pos)) is not None:
        close = text.find("-->", m.end())
        if close < 0:
            return  # nothing closes after this opening, so nothing after a later one either
        yield m.start(), m.end(), close
        pos = close + 3


def apply(
    findings: list[Finding], articles: list[Article]
) -> tuple[list[Finding], int, list[str], list[InputError]]:
    """Drop findings a side's article suppresses. Returns (kept, how many suppressed,
    warnings about unused suppressions, errors about malformed ones)."""
    by_article: dict[str, list[Suppression]] = {}
    # (article, rule, paragraph end) -> the first suppression of that rule whose paragraph
    # ends there, and the article's paragraph ends: a lookup per side, however many there are
    first: dict[tuple[str, str, int], Suppression] = {}
    ends: dict[str, list[int]] = {}
    errors: list[InputError] = []
    for a in articles:
        if "consistency:" not in a.text:
            continue
        found, bad = find(a)
        errors.extend(bad)
        if found:
            by_article[a.article_id] = found
            for s in found:
                for code in s.codes:
                    first.setdefault((a.article_id, code, s.end), s)
            ends[a.article_id] = sorted({s.end for s in found})
    kept, silenced = [], 0
    for f in findings:
        hit = None
        for e in f.evidence:
            hit = _covering(first, ends, f.rule, e.article, e.start, e.end)
            if hit:
                break
        if hit:
            hit.used += 1
            silenced += 1
        else:
            kept.append(f)
    warnings = [
        f"{s.path}:{s.line}: suppression of {', '.join(s.codes)} silences nothing; remove it"
        for ss in by_article.values()
        for s in ss
        if not s.used
    ]
    return kept, silenced, warnings, errors


def _covering(first, ends, rule: str, article: str, start: int, end: int) -> Suppression | None:
    """The first suppression of `rule` whose paragraph holds [start, end). Suppressed
    paragraphs run from after a directive to the next paragraph end, so any that holds the
    span ends at the first such end at or after it, and the earliest of them holds it if any
    does."""
    at = ends.get(article)
    if not at:
        return None
    k = bisect.bisect_left(at, end)
    if k == len(at):
        return None
    s = first.get((article, rule, at[k]))
    return s if s is not None and s.start <= start else None
