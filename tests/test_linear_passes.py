"""Passes over an article's text stay linear on pathological input (issue 16).

No clock: work is counted as Python line events inside `consistency` (deterministic), and
the passes rewritten for it are compared with the simple regex or loop they replace, which
is what they must still compute."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.gate import suppress
from consistency.lexicon.markup import comment_spans
from consistency.model import Article, Evidence, Finding, Severity
from consistency.normalize.sentences import skipped_spans, split_sentences


def _work(fn, *args) -> int:
    """Line events executed in consistency's own modules while fn runs."""
    count = [0]

    def tracer(frame, event, arg):
        if "consistency" not in frame.f_code.co_filename:
            return None

        def local(frame, event, arg):
            if event == "line":
                count[0] += 1
            return local

        return local

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count[0]


def _growth(make, fn, n: int) -> float:
    return _work(fn, *make(2 * n)) / _work(fn, *make(n))


def test_sentences_of_many_paragraphs_with_comments_grow_linearly():
    # every paragraph holds a skipped span: cutting each paragraph by every span was n*n
    def make(n):
        text = "".join(f"<!-- note {i} --> Police said {i} were hurt.\n" for i in range(n))
        return text, skipped_spans(text)

    assert _growth(make, split_sentences, 400) < 2.3


def test_sentences_with_many_quotations_grow_linearly():
    # one paragraph of initials and quotations: each full stop was tested against every quote
    def make(n):
        return ('A. "B" C went. ' * n,)

    assert _growth(make, split_sentences, 400) < 2.3


def _finding(i: int, start: int) -> Finding:
    ev = Evidence(
        article="a",
        path="a.md",
        source="A",
        published=None,
        sentence="s",
        text="t",
        start=start,
        end=start + 1,
        line=1,
        column=1,
        value="v",
        claim_id=f"c{i}",
    )
    return Finding(
        id=f"NUM001-{i}",
        rule="NUM001",
        name="number-mismatch",
        severity=Severity.ERROR,
        message="m",
        story="s",
        subject="x",
        evidence=(ev,),
    )


def test_many_suppressions_and_findings_grow_linearly():
    directive = '<!-- consistency: ignore NUM001 reason="x" -->\nTwelve.\n\n'

    def make(n):
        text = directive * n
        art = Article(article_id="a", path="a.md", text=text, story="s", source="A")
        at = [m.end() for m in re.finditer("-->\n", text)]
        return [_finding(i, at[i]) for i in range(n)], [art]

    assert _growth(make, suppress.apply, 200) < 2.3
    kept, silenced, warnings, errors = suppress.apply(*make(50))
    assert (len(kept), silenced, warnings, errors) == (0, 50, [], [])


_PIECES = ["<!--", "-->", "<!-->", "-", "consistency:", " ", "x", "\n", "\n\n", "ignore NUM001"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_comment_scan_finds_what_the_regex_found(pieces):
    text = "".join(pieces)
    old = [m.span() for m in re.finditer(r"<!--.*?-->", text, re.DOTALL)]
    assert comment_spans(text) == old


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, 'reason="r"', "<!-- consistency:"]), max_size=40))
def test_directive_scan_finds_what_the_regex_found(pieces):
    text = "".join(pieces)
    old = re.compile(r"<!--\s*consistency:\s*(?P<body>.*?)-->", re.DOTALL)
    want = [(m.start(), m.start("body"), m.end("body")) for m in old.finditer(text)]
    assert list(suppress._directives(text)) == want


def _old_credit_spans(text: str) -> list[tuple[int, int, str]]:
    """The caption and credit spans as computed before the rewrite (slice and rfind)."""
    from consistency.lexicon.markup import credit_re

    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        for c in credit_re().finditer(line):
            cstart, cend = m.start() + c.start(), m.start() + c.end()
            before = text[m.start() : cstart].rstrip()
            if not before or before[-1] in '.!?”"':
                out.append((cstart, cend, "credit"))
                continue
            cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
            lead = len(line) - len(line.lstrip())
            out.append((m.start() + (cut + 2 if cut >= 0 else lead), cend, "caption"))
    return out


_CREDIT_PIECES = ["(AP)", "(PTI)", " ", "  ", ".", "?", "!", "x", "Photo", "\n", '"', "”", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PIECES), max_size=30))
def test_credit_and_caption_spans_are_unchanged(pieces):
    text = "Body text here.\n" + "".join(pieces)  # no dateline, no boilerplate line
    got = [s for s in skipped_spans(text) if s[2] in ("credit", "caption")]
    assert got == _old_credit_spans(text)
