"""Articles in, claims out: every extractor runs per sentence, on candidate spans only.

`normalize(articles)` returns a list of `Claim` records (cheap, no pandas);
`consistency.reporting.schema.claims_frame(claims)` turns them into the documented DataFrame.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import math
import time

from consistency.model import Article, Claim
from consistency.normalize import context
from consistency.normalize.dates import event_verb, find_dates
from consistency.normalize.durations import find_durations
from consistency.normalize.numbers import format_number
from consistency.normalize.people import find_roles
from consistency.normalize.quantities import find_quantities
from consistency.normalize.quotes import (
    Speaker,
    find_quote_spans,
    find_report,
    find_speaker,
    normalize_quote,
)
from consistency.normalize.sentences import LineIndex, skipped_spans, split_sentences
from consistency.normalize.status import find_status

__all__ = ["normalize", "normalize_article"]

_CONTEXT_KINDS = frozenset({"quantity", "date", "duration"})  # aligned on their context
DATE_REACH = 70  # characters each side of a date that say which event it dates
MAX_TEXT = 2_000_000  # characters of one article that are read; the rest is reported skipped
MAX_CLAIMS = 5_000  # claims of one article; a real article has a few hundred at most
ARTICLE_SECONDS = 10.0  # time for one article before the rest is reported skipped


def _days(value: float) -> str:
    return format_number(round(value, 2)) if not math.isinf(value) else "inf"


def _ordinal(d: dt.date | None) -> float | None:
    return float(d.toordinal()) if d else None


def normalize_article(article: Article, notes: list[str] | None = None) -> list[Claim]:
    """Extract every claim of one article, with evidence offsets into `article.text`.

    Work is bounded: MAX_TEXT characters, MAX_CLAIMS claims and ARTICLE_SECONDS of time per
    article; what a guard leaves unread is said in `notes` (file, line, what to do).
    """
    notes = notes if notes is not None else []
    text = article.text[:MAX_TEXT]
    if len(article.text) > MAX_TEXT:
        notes.append(
            f"{article.path}: article has {len(article.text):,} characters; checked the first "
            f"{MAX_TEXT:,}; split it to check the rest"
        )
    deadline = time.monotonic() + ARTICLE_SECONDS
    pub = dt.date.fromisoformat(article.published) if article.published else None
    skipped = skipped_spans(text)
    sentences = split_sentences(text, skipped)
    lines = LineIndex(text, article.line_offset)
    quotes = find_quote_spans(text)
    quote_starts = [q.inner_start for q in quotes]
    claims: list[Claim] = []
    last_speaker: Speaker | None = None
    last_speaker_of: dict[int, Speaker | None] = {}  # by sentence: the last named speaker

    def add(kind: str, s_start: int, start: int, end: int, sent: str, masks, **fields) -> Claim:
        a, b = s_start + start, s_start + end
        line, col = lines.line_col(a)
        k = bisect.bisect_right(quote_starts, a) - 1  # quotes do not overlap
        quoted = quotes[k] if k >= 0 and b <= quotes[k].inner_end else None
        claim = Claim(
            article_id=article.article_id,
            source=article.source,
            published=article.published,
            kind=kind,
            value_text=text[a:b],
            sentence=sent,
            start=a,
            end=b,
            line=line,
            column=col,
            **fields,
        )
        if kind != "quote":
            if kind != "role":  # a title is neither negated nor hedged
                claim.polarity = fields.get("polarity") or (
                    "negated" if context.is_negated(sent, start) else "affirmed"
                )
                claim.modality = "hedged" if context.is_hedged(sent, start, end) else "asserted"
            if kind in _CONTEXT_KINDS:
                reach = DATE_REACH if kind == "date" else 0
                claim.context = context.masked_context(sent, start, end, masks, reach=reach)
            if quoted is not None:
                claim.extra["in_quote"] = "yes"
        claims.append(claim)
        return claim

    for sent_obj in sentences:
        s0 = sent_obj.start
        over = (
            "claims"
            if len(claims) >= MAX_CLAIMS
            else ("seconds" if time.monotonic() > deadline else "")
        )
        if over:
            line = lines.line_col(s0)[0]
            limit = f"{MAX_CLAIMS:,} claims" if over == "claims" else f"{ARTICLE_SECONDS:g} s"
            notes.append(
                f"{article.path}:{line}: stopped after {limit}; the article from this line on "
                "was not checked (an unusual text? split or clean it)"
            )
            break
        sent = text[s0 : sent_obj.end]
        idx = sent_obj.index
        # 1. dates, then durations and quantities outside them
        dates = find_dates(sent, pub)
        durations = [
            d
            for d in find_durations(sent)
            if not any(d.start < x.end and d.end > x.start for x in dates)
        ]
        taken = [(d.start, d.end) for d in dates] + [(d.start, d.end) for d in durations]
        quantities = find_quantities(sent, taken)
        masks = sorted(taken + [(q.start, q.end) for q in quantities])
        for d in dates:
            add(
                "date",
                s0,
                d.start,
                d.end,
                sent,
                masks,
                value=d.value,
                lo=_ordinal(d.lo),
                hi=_ordinal(d.hi),
                unit="day",
                frame=d.frame,
                predicate=event_verb(sent, d.start, d.end),
                sentence_index=idx,
            )
        for d in durations:
            add(
                "duration",
                s0,
                d.start,
                d.end,
                sent,
                masks,
                value=_days(d.value_days),
                lo=d.lo,
                hi=d.hi,
                unit="day",
                qualifier=d.qualifier,
                frame=d.frame,
                subject=d.subject,
                predicate=d.predicate,
                polarity="negated" if d.negated else "",
                sentence_index=idx,
            )
        for q in quantities:
            add(
                "quantity",
                s0,
                q.start,
                q.end,
                sent,
                masks,
                value=format_number(q.value),
                lo=q.lo,
                hi=q.hi,
                unit=q.unit,
                qualifier=q.qualifier,
                predicate=q.predicate,
                subject=q.noun,
                sentence_index=idx,
            )
        for r in find_roles(sent):
            c = add(
                "role",
                s0,
                r.start,
                r.end,
                sent,
                [],
                subject=r.key,
                predicate=r.head,
                value=r.title.lower(),
                sentence_index=idx,
            )
            c.extra.update({"name": r.name, "state": r.state, "rank": r.rank})
            if r.historic:
                c.extra["historic"] = "yes"
        for st in find_status(sent):
            c = add(
                "status",
                s0,
                st.start,
                st.end,
                sent,
                [],
                subject=st.subject,
                predicate=st.group,
                value=st.state,
                sentence_index=idx,
            )
            if st.alias:
                c.extra["alias"] = st.alias
        # quotes opening in this sentence
        first = bisect.bisect_left(quote_starts, s0)
        for q in quotes[first:]:
            if q.start >= sent_obj.end:
                break
            if q.start < s0:
                continue
            speaker = find_speaker(sent, q.start - s0, min(q.end, sent_obj.end) - s0, last_speaker)
            if speaker:
                last_speaker = speaker
            words = normalize_quote(text[q.inner_start : q.inner_end])
            if not words:
                continue
            c = add(
                "quote",
                0,
                q.inner_start,
                q.inner_end,
                sent,
                [],
                value=words,
                speaker=speaker.key if speaker else "",
                predicate=speaker.cue if speaker else "",
                subject=speaker.name if speaker else "",
                sentence_index=idx,
            )
            c.extra["words"] = str(len(words.split()))
            if speaker:
                c.extra["speaker_via"] = speaker.via
        last_speaker_of[idx] = last_speaker
    _attribute(claims, text, sentences, last_speaker_of)
    _finish_ids(claims, article)
    return claims


def _attribute(claims: list[Claim], text: str, sentences, last_speaker_of) -> None:
    """Who each claim is attributed to: inside a quotation, the quotation's speaker; else the
    speaker the sentence reports ("police said 12 were killed", "..., officials said")."""
    speakers = [(c.start, c.end, c.speaker) for c in claims if c.kind == "quote" and c.speaker]
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.kind == "quote" or c.speaker:
            continue
        for s, e, who in speakers:
            if s <= c.start and c.end <= e:
                c.speaker = who
                c.extra["speaker_via"] = "quote"
                break
        else:
            if c.kind != "role":  # a title is the writer's, not the speaker's
                by_sentence.setdefault(c.sentence_index, []).append(c)
    for sent in sentences:
        pending = by_sentence.get(sent.index)
        if not pending:
            continue
        report = find_report(text[sent.start : sent.end], last_speaker_of.get(sent.index))
        if report is None:
            continue
        for c in pending:
            if report.start <= c.start - sent.start and c.end - sent.start <= report.end:
                c.speaker = report.speaker.key
                c.extra["speaker_via"] = "reported"


def _finish_ids(claims: list[Claim], article: Article) -> None:
    claims.sort(key=lambda c: (c.start, c.end, c.kind))
    for c in claims:
        digest = hashlib.sha1(f"{c.kind}|{c.start}|{c.end}|{c.value_text}".encode()).hexdigest()[:8]
        c.claim_id = f"{article.article_id}#{c.kind[:3]}{c.start}-{digest}"


def normalize(articles: list[Article], notes: list[str] | None = None) -> list[Claim]:
    """Normalize every article; claims are ordered by article, then position."""
    out: list[Claim] = []
    notes = notes if notes is not None else []
    for a in articles:
        try:
            out.extend(normalize_article(a, notes))
        except Exception as exc:  # one article never stops the others
            notes.append(
                f"{a.path}: could not be checked ({type(exc).__name__}: {exc}); please report "
                "it with this article"
            )
    return out
