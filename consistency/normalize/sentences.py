"""Text layout: lines and columns, boilerplate to skip, and sentences, all as offsets.

Nothing here rewrites the article: cleanup is expressed as spans to skip, so every
offset a claim carries indexes the original text exactly.
"""

from __future__ import annotations

import bisect
import re

from consistency import lexicon
from consistency.lexicon.markup import boilerplate_re, comment_spans, credit_re, dateline
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
        ends: list[int] | None = None  # sentence ends on the line, found once if needed
        for c in credit.finditer(line):
            cstart, cend = m.start() + c.start(), m.start() + c.end()
            if dl and cstart < dl.end():
                continue
            # the line before the credit, without trailing spaces: walked back over the
            # spaces only, so many credits on one line stay linear
            b = c.start()
            while b > 0 and line[b - 1].isspace():
                b -= 1
            if not b or line[b - 1] in '.!?”"':
                # a wire credit standing alone, e.g. "... (MSP). (ANI)"
                out.append((cstart, cend, "credit"))
                continue
            # A caption: a run without a full stop that ends in a credit, after the
            # last sentence end on the line.
            if ends is None:
                ends = [e.start() for e in _SENTENCE_END_RE.finditer(line)]
            k = bisect.bisect_right(ends, b - 2) - 1
            cut = ends[k] if k >= 0 else -1
            cap_start = m.start() + (cut + 2 if cut >= 0 else len(line) - len(line.lstrip()))
            out.append((cap_start, cend, "caption"))
    out.extend((a, b, "comment") for a, b in comment_spans(text))
    return out


_SENTENCE_END_RE = re.compile(r"[.?!] ")


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


_CLOCK_END_RE = re.compile(r"\b[ap]\.m$", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"\s+(?:\(\d|([A-Za-z]+))")


def _clock_goes_on(text: str, dot: int, end: int) -> bool:
    """ "at 5 p.m. EST Nov. 9", "until 9 a.m. Tuesday", "10:35 a.m. (0735 GMT) Friday": the
    clock's full stop ends no sentence when a time zone, the day or the time elsewhere in
    brackets follows it."""
    if not _CLOCK_END_RE.search(text, max(0, dot - 4), dot):
        return False
    nxt = _NEXT_WORD_RE.match(text, end)
    return bool(nxt) and (
        not nxt.group(1) or nxt.group(1).lower() in lexicon.words("after_clock.txt")
    )


def split_sentences(text: str, skipped: list[tuple[int, int, str]] | None = None) -> list[Sentence]:
    """Split text into sentences, never inside a quotation, never across a paragraph.

    Skipped spans (boilerplate, captions) are cut out. Very long runs without a full stop
    are cut every `_MAX_SENTENCE` characters at a space so that later stages stay bounded.
    """
    merged = _union(skipped or [])
    cuts: list[tuple[int, int]] = []  # (start, end) of kept pieces
    k = 0  # the first skipped span that may reach the paragraph: paragraphs come in order
    for para in _PARA_RE.finditer(text):
        pieces = []
        a, b = para.start(), para.end()
        while k < len(merged) and merged[k][1] <= a:
            k += 1
        j = k
        while j < len(merged) and merged[j][0] < b:
            s, e = merged[j]
            if s > a:
                pieces.append((a, s))
            a = max(a, e)
            j += 1
        if a < b:
            pieces.append((a, b))
        for a, b in pieces:
            chunk = text[a:b]
            quoted = [(q.start(), q.end()) for q in _QUOTE_RE.finditer(chunk)]
            q = 0  # quotations come in order, as do the places to split
            last = 0
            for m in _SPLIT_RE.finditer(chunk):
                end = m.end()
                while q < len(quoted) and quoted[q][1] - 1 <= m.start():
                    q += 1
                if q < len(quoted) and quoted[q][0] < m.start():
                    continue
                if chunk[m.start()] == "." and (
                    _is_abbrev(chunk, m.start()) or _clock_goes_on(chunk, m.start(), end)
                ):
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


def _union(spans) -> list[tuple[int, int]]:
    """The skipped spans as sorted, disjoint (start, end) runs: cutting them out one by one
    cuts out exactly their union."""
    out: list[tuple[int, int]] = []
    for s, e, _ in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
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


_TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,200})?/?>")


def unmarked(text: str) -> str:
    """The text with inline HTML tags ("<b>", "</a>", "<span class=x>") blanked to spaces of
    their length: markup, not words, and every offset and column stays where it was."""
    if "<" not in text:
        return text
    return _TAG_RE.sub(lambda m: " " * len(m.group()), text)
