"""Text layout: lines and columns, boilerplate to skip, and sentences, all as offsets.

Nothing here rewrites the article: cleanup is expressed as spans to skip, so every
offset a claim carries indexes the original text exactly.
"""

from __future__ import annotations

import bisect
import re

from consistency import lexicon
from consistency.lexicon.markup import boilerplate_re, credit_re, dateline
from consistency.model import Sentence

_PARA_RE = re.compile(r"[^\n]+")


class LineIndex:
    """Map character offsets to 1-based line and column numbers."""

    def __init__(self, text: str, line_offset: int = 0) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._line_offset = line_offset

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1 + self._line_offset, offset - self._starts[i] + 1


def skipped_spans(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, why) spans of boilerplate, captions and credits to skip."""
    out: list[tuple[int, int, str]] = []
    dl = dateline(text)
    if dl:
        out.append((dl.start("city"), dl.end(), "dateline"))
    boiler = boilerplate_re()
    credit = credit_re()
    for m in _PARA_RE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = m.start() + (len(line) - len(line.lstrip()))
        if len(stripped) <= 120 and boiler.match(stripped):
            out.append((lead, lead + len(stripped), "boilerplate"))
            continue
        for c in credit.finditer(line):
            cstart, cend = m.start() + c.start(), m.start() + c.end()
            if dl and cstart < dl.end():
                continue
            before = text[m.start() : cstart].rstrip()
            if not before or before[-1] in '.!?”"':
                # a wire credit standing alone, e.g. "... (MSP). (ANI)"
                out.append((cstart, cend, "credit"))
                continue
            # A caption: a run without a full stop that ends in a credit, after the
            # last sentence end on the line.
            cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
            cap_start = m.start() + (cut + 2 if cut >= 0 else len(line) - len(line.lstrip()))
            out.append((cap_start, cend, "caption"))
    out.extend((c.start(), c.end(), "comment") for c in _COMMENT_RE.finditer(text))
    return out


_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)  # HTML comments: never article text


_SPLIT_RE = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9@])")
_QUOTE_RE = re.compile(r"“[^“”\n]{0,1500}”|\"[^\"\n]{0,1500}\"")
_MAX_SENTENCE = 2000


def _is_abbrev(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "S. Jaishankar"
    return word in lexicon.words("abbreviations.txt")


def split_sentences(text: str, skipped: list[tuple[int, int, str]] | None = None) -> list[Sentence]:
    """Split text into sentences, never inside a quotation, never across a paragraph.

    Skipped spans (boilerplate, captions) are cut out. Very long runs without a full stop
    are cut every `_MAX_SENTENCE` characters at a space so that later stages stay bounded.
    """
    skipped = sorted(skipped or [])
    cuts: list[tuple[int, int]] = []  # (start, end) of kept pieces
    for para in _PARA_RE.finditer(text):
        pieces = [(para.start(), para.end())]
        for s, e, _ in skipped:
            nxt = []
            for a, b in pieces:
                if e <= a or s >= b:
                    nxt.append((a, b))
                else:
                    if s > a:
                        nxt.append((a, s))
                    if e < b:
                        nxt.append((e, b))
            pieces = nxt
        for a, b in pieces:
            chunk = text[a:b]
            quoted = [(q.start(), q.end()) for q in _QUOTE_RE.finditer(chunk)]
            last = 0
            for m in _SPLIT_RE.finditer(chunk):
                end = m.end()
                if any(qs < m.start() < qe - 1 for qs, qe in quoted):
                    continue
                if chunk[m.start()] == "." and _is_abbrev(chunk, m.start()):
                    continue
                cuts.append((a + last, a + end))
                last = end
            cuts.append((a + last, b))
    out: list[Sentence] = []
    for a, b in cuts:
        for s, e in _bounded(text, a, b):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and any(ch.isalnum() for ch in text[s:e]):
                out.append(Sentence(len(out), s, e))
    return out


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    if b - a <= _MAX_SENTENCE:
        return [(a, b)]
    out = []
    while b - a > _MAX_SENTENCE:
        cut = text.rfind(" ", a + _MAX_SENTENCE // 2, a + _MAX_SENTENCE)
        if cut <= a:
            cut = a + _MAX_SENTENCE
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out
