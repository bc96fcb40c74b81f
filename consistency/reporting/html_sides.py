"""The sides of a finding card in the HTML report: grouped by value, each with its
sentence (the claim marked, a misquote's differing words marked inside the quote) and
the whole article, which opens in place from one copy of its text kept in the page."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from html import escape

from consistency.model import Article, Evidence, Finding
from consistency.reporting.common import majority, visible

_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")


def e_(text: object) -> str:
    """Escaped, with control and bidi characters shown (they could reorder the page)."""
    return escape(visible(str(text)), quote=True)


def page_text(text: str) -> str:
    """Article text as the page shows it whole: lines kept, other controls made visible."""
    return "\n".join(visible(line) for line in text.split("\n"))


def link(url: str, label: str) -> str:
    """`label` linked to `url` when it is a web address (never javascript: and the like)."""
    if url.startswith(("https://", "http://")):
        return f'<a href="{e_(url)}" rel="noopener noreferrer">{label}</a>'
    return label


def differing_words(a: str, b: str) -> list[tuple[int, int]]:
    """Character spans of the words of `a` that `b` does not have at that place."""
    wa = list(_WORD_RE.finditer(a))
    wb = [m.group().lower() for m in _WORD_RE.finditer(b)]
    sm = SequenceMatcher(None, [m.group().lower() for m in wa], wb, autojunk=False)
    return [
        (wa[k].start(), wa[k].end())
        for tag, i1, i2, _, _ in sm.get_opcodes()
        if tag != "equal"
        for k in range(i1, i2)
    ]


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for s, e in spans:
        out.append(e_(text[at:s]) + f'<span class="diff">{e_(text[s:e])}</span>')
        at = e
    return "".join(out) + e_(text[at:])


def highlight(e: Evidence, diff: list[tuple[int, int]] = ()) -> str:
    """The sentence with the claim marked, and inside it the words in `diff`."""
    i = e.sentence.find(e.text)
    if i < 0:
        return e_(e.sentence)
    j = i + len(e.text)
    return f"{e_(e.sentence[:i])}<mark>{_marked(e.text, list(diff))}</mark>{e_(e.sentence[j:])}"


def _head(e: Evidence, a: Article | None, shared: set[str]) -> str:
    """Who says it: the outlet (with the article id when the story has several of that
    outlet), the article's title linked to its URL, date and place in the file."""
    when = f" · {e_(e.published)}" if e.published else ""
    who = f"<b>{e_(e.source)}</b>"
    if e.source in shared:
        who += f' <span class="aid">({e_(e.article)})</span>'
    title = ""
    if a is not None and (a.title or a.url):
        title = f'<div class="title">{link(a.url, e_(a.title or a.url))}</div>'
    return f'<div class="src">{who}{when} · {e_(e.path)}:{e.line}:{e.column}</div>{title}'


def _diffs(f: Finding) -> dict[int, list[tuple[int, int]]]:
    """For a misquote: each side's words that the other quote words differently."""
    if f.rule != "QUO001":
        return {}
    out = {}
    for n, e in enumerate(f.evidence):
        other = next((o for o in f.evidence if o.value != e.value), None)
        if other is not None:
            out[n] = differing_words(e.text, other.text)
    return out


def sides(f: Finding, articles: dict[str, Article], shared: set[str], texts: dict[str, str]) -> str:
    """Every side, grouped by value (the majority value first when there is one);
    `texts` maps article ids with their text in the page to the element id holding it
    (as page_text(); the span's offsets are given in that text)."""
    diffs = _diffs(f)
    groups: dict[str, list[int]] = {}
    for n, e in enumerate(f.evidence):
        groups.setdefault(e.value, []).append(n)
    lead = majority(f)
    order = sorted(groups, key=lambda v: v != lead)  # stable: else as values first appear
    out = []
    for value in order:
        members = groups[value]
        srcs = sorted({f.evidence[n].source for n in members})
        tag = " majority" if value == lead else ""
        head = (
            f'<div class="group-head">{e_(f.evidence[members[0]].text)} · '
            f"{len(srcs)} source{'s' if len(srcs) != 1 else ''}: {e_(', '.join(srcs))}"
            f"{' · majority' if tag else ''}</div>"
            if len(groups) < len(f.evidence)
            else ""
        )
        cells = []
        for n in members:
            e = f.evidence[n]
            whole = ""
            a = articles.get(e.article)
            if e.article in texts and a is not None and a.text:
                at = len(page_text(a.text[: e.start]))
                to = at + len(page_text(a.text[e.start : e.end]))
                whole = (
                    f'<details class="article" data-text="{texts[e.article]}" '
                    f'data-start="{at}" data-end="{to}"><summary>Whole article'
                    "</summary></details>"
                )
            cells.append(
                '<div class="side">'
                + _head(e, articles.get(e.article), shared)
                + f'<div class="value">{e_(e.text)}</div>'
                f"<blockquote>{highlight(e, diffs.get(n, []))}</blockquote>{whole}</div>"
            )
        out.append(f'<div class="group{tag}">{head}<div class="sides">{"".join(cells)}</div></div>')
    return "".join(out)
