"""One article being normalized: its text, lines, quotations, the claims found so far, and
`add()`, which turns a sentence-relative span into a Claim with its evidence (line, column,
negation, hedging, masked context)."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from consistency.model import Article, Claim
from consistency.normalize import context
from consistency.normalize.quotes import QuoteSpan, Speaker, find_quote_spans
from consistency.normalize.sentences import LineIndex

_CONTEXT_KINDS = frozenset({"quantity", "date", "duration"})  # aligned on their context
DATE_REACH = 70  # characters each side of a date that say which event it dates


@dataclass
class Scope:
    """One sentence as the extractors see it, and the spans earlier extractors took."""

    text: str
    start: int  # offset of the sentence in the article
    end: int
    index: int
    pub: dt.date | None
    taken: list[tuple[int, int]] = field(default_factory=list)  # sentence-relative


class Document:
    """The article under normalization and the claims found in it so far."""

    def __init__(self, article: Article, text: str) -> None:
        self.article = article
        self.text = text
        self.pub = dt.date.fromisoformat(article.published) if article.published else None
        self.lines = LineIndex(text, article.line_offset)
        self.quotes: list[QuoteSpan] = find_quote_spans(text)
        self.quote_starts = [q.inner_start for q in self.quotes]
        self.claims: list[Claim] = []
        self.last_speaker: Speaker | None = None
        self.last_speaker_of: dict[int, Speaker | None] = {}  # by sentence
        self.date_anchor = ""  # the quarter the article last named (dates.find_dates)
        self.date_named = ("", "", "")  # the day, month, year it last named (date_named)
        self.last_doer = ""  # the name of the last act's doer, for "he"/"she" (acts)
        self.last_subject = ""  # the surname the last sentence opened with (ages)
        self.last_speaker_at = -1  # where the last speaker was named (a sentence's start)
        self.last_named: Speaker | None = None  # the last person named with a title (roles)
        self.last_named_at = -1

    def last_person(self) -> Speaker | None:
        """Who "she said" points at: the last speaker, or a person named with a title in a
        later sentence ("Sgt. Karen Hale spoke to reporters. '...,' she said.")."""
        if self.last_named is not None and self.last_named_at > self.last_speaker_at:
            return self.last_named
        return self.last_speaker

    def add(self, kind: str, scope: Scope, start: int, end: int, masks, **fields) -> Claim:
        """Add a claim of `kind` at sentence-relative [start, end) of `scope`."""
        sent = scope.text
        a, b = scope.start + start, scope.start + end
        line, col = self.lines.line_col(a)
        k = bisect.bisect_right(self.quote_starts, a) - 1  # quotes do not overlap
        quoted = self.quotes[k] if k >= 0 and b <= self.quotes[k].inner_end else None
        claim = Claim(
            article_id=self.article.article_id,
            source=self.article.source,
            published=self.article.published,
            kind=kind,
            value_text=self.text[a:b],
            sentence=self.text[scope.start : scope.end],  # as written; `sent` is read unmarked
            start=a,
            end=b,
            line=line,
            column=col,
            sentence_index=scope.index,
            **fields,
        )
        if kind != "quote":
            if kind not in ("role", "party"):  # a title or a party is neither negated nor hedged
                claim.polarity = fields.get("polarity") or (
                    "negated" if context.is_negated(sent, start) else "affirmed"
                )
                claim.modality = (
                    "hedged"
                    if context.is_hedged(sent, start, end)
                    else "forecast"
                    if context.is_forecast(sent, start, end)
                    else "asserted"
                )
            if kind in _CONTEXT_KINDS:
                reach = DATE_REACH if kind == "date" else 0
                claim.context = context.masked_context(sent, start, end, masks, reach=reach)
            if quoted is not None:
                claim.extra["in_quote"] = "yes"
        self.claims.append(claim)
        return claim
