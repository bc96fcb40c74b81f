"""Articles in, claims out: every extractor runs per sentence, on candidate spans only.

`normalize(articles)` returns a list of `Claim` records (cheap, no pandas);
`consistency.reporting.schema.claims_frame(claims)` turns them into the documented DataFrame.
"""

from __future__ import annotations

import hashlib

from consistency.model import Article, Claim
from consistency.normalize import figure_periods
from consistency.normalize.document import Document, Scope
from consistency.normalize.extractors import EXTRACTORS
from consistency.normalize.quotes import find_report
from consistency.normalize.sentences import LineIndex, skipped_spans, split_sentences, unmarked

__all__ = ["normalize", "normalize_article", "sentence_claims"]

MAX_TEXT = 2_000_000  # characters of one article that are read; the rest is reported skipped
MAX_CLAIMS = 5_000  # claims of one article; a real article has a few hundred at most
MAX_MENTIONS = 20_000  # candidate spans the extractors may weigh in one article: a work
# budget, counted, never timed, so the same input gives the same claims on any machine


def normalize_article(
    article: Article, notes: list[str] | None = None, sentences_out: list[Claim] | None = None
) -> list[Claim]:
    """Extract every claim of one article, with evidence offsets into `article.text`.

    Work is bounded: MAX_TEXT characters, MAX_CLAIMS claims and MAX_MENTIONS candidate spans
    per article; what a guard leaves unread is said in `notes` (file, line, what to do).
    """
    notes = notes if notes is not None else []
    text = article.text[:MAX_TEXT]
    if len(article.text) > MAX_TEXT:
        notes.append(
            f"{article.path}: article has {len(article.text):,} characters; checked the first "
            f"{MAX_TEXT:,}; split it to check the rest"
        )
    work = [0]  # candidate spans weighed so far
    doc = Document(article, text)  # claims' words are taken from the text as written
    text = unmarked(text)  # and read without inline HTML tags, which keep their columns
    sentences = split_sentences(text, skipped_spans(text))
    if sentences_out is not None:
        sentences_out.extend(_sentence_claims(article, text, sentences, doc.lines))
    for sent in sentences:
        over = _over_budget(doc, work[0])
        if over:
            line = doc.lines.line_col(sent.start)[0]
            notes.append(
                f"{article.path}:{line}: stopped after {over}; the article from this line on "
                "was not checked (an unusual text? split or clean it)"
            )
            break
        scope = Scope(text[sent.start : sent.end], sent.start, sent.end, sent.index, doc.pub)
        found = []
        for ex in EXTRACTORS:
            mentions = ex.find(doc, scope)
            work[0] += len(mentions)
            if ex.takes:
                scope.taken += [(m.start, m.end) for m in mentions]
            found.append((ex, mentions))
        masks = sorted(scope.taken)
        first = len(doc.claims)
        for ex, mentions in found:
            for m in mentions:
                ex.emit(doc, scope, m, masks)
        figure_periods.bind(doc.claims[first:], sent.start)
        doc.last_speaker_of[sent.index] = doc.last_speaker
    _attribute(doc.claims, text, sentences, doc.last_speaker_of)
    _finish_ids(doc.claims, article)
    return doc.claims


def sentence_claims(article: Article) -> list[Claim]:
    """Every sentence of the article as a claim of kind "sentence" (its text the value), for
    the sentence route of alignment. Not cached and not part of the claims table: splitting
    is cheap beside extraction."""
    text = unmarked(article.text[:MAX_TEXT])
    return _sentence_claims(
        article,
        text,
        split_sentences(text, skipped_spans(text)),
        LineIndex(text, article.line_offset),
    )


def _sentence_claims(article: Article, text: str, sentences, lines: LineIndex) -> list[Claim]:
    """`text` is read without markup; each claim's value_text is the sentence as written."""
    out = []
    for s in sentences:
        sent = text[s.start : s.end]
        written = article.text[s.start : s.end]
        line, col = lines.line_col(s.start)
        out.append(
            Claim(
                claim_id=f"{article.article_id}#sen{s.start}",
                article_id=article.article_id,
                source=article.source,
                published=article.published,
                kind="sentence",
                value_text=written,
                sentence=sent,
                start=s.start,
                end=s.end,
                line=line,
                column=col,
                sentence_index=s.index,
            )
        )
    return out


def _over_budget(doc: Document, mentions: int) -> str:
    if len(doc.claims) >= MAX_CLAIMS:
        return f"{MAX_CLAIMS:,} claims"
    if mentions >= MAX_MENTIONS:
        return f"{MAX_MENTIONS:,} candidate spans"
    return ""


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


def normalize(
    articles: list[Article], notes: list[str] | None = None, sentences: list[Claim] | None = None
) -> list[Claim]:
    """Normalize every article; claims are ordered by article, then position. The articles'
    sentences (claims of kind "sentence") are added to `sentences` when it is given."""
    out: list[Claim] = []
    notes = notes if notes is not None else []
    for a in articles:
        try:
            out.extend(normalize_article(a, notes, sentences))
        except Exception as exc:  # one article never stops the others
            notes.append(
                f"{a.path}: could not be checked ({type(exc).__name__}: {exc}); please report "
                "it with this article"
            )
    return out
