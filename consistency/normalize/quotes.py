"""Direct quotations with their speaker and cue verb; quotes may run over paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.normalize.context import person_key
from consistency.normalize.people import titles

_OPEN_RE = re.compile('[“"]')
_CLOSE = {"“": "”", '"': '"'}
_MAX_QUOTE = 3000


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # the opening mark
    end: int  # after the closing mark
    inner_start: int
    inner_end: int


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Find quotations in an article, following the newswire convention that a quote
    running over paragraphs leaves the closing mark off and reopens the next paragraph."""
    out: list[QuoteSpan] = []
    n = len(text)
    i = 0
    while (m := _OPEN_RE.search(text, i)) is not None:
        i = m.start()
        ch = text[i]
        close = _CLOSE[ch]
        limit = min(n, i + _MAX_QUOTE)
        j, found = i + 1, -1
        while j < limit:
            stops = [text.find(close, j, limit), text.find("\n", j, limit)]
            if ch == "“":
                stops.append(text.find("“", j, limit))  # unbalanced: a new quote opens
            stops = [p for p in stops if p >= 0]
            if not stops:
                break
            j = min(stops)
            if text[j] == close:
                found = j
                break
            if text[j] != "\n":
                break
            k = j
            while k < n and text[k] in "\n \t":
                k += 1
            if k < n and text[k] == ch and ch == "“":
                j = k + 1  # the quote continues in the next paragraph
                continue
            break
        if found < 0:
            i += 1
            continue
        if found - i > 2:
            out.append(QuoteSpan(i, found + 1, i + 1, found))
        i = found + 1
    return out


def normalize_quote(text: str) -> str:
    """Fold case, curly quotes and punctuation: what is left are the words."""
    t = text.lower().replace("’", "'").replace("‘", "'")
    t = re.sub(r"[^\w'@ ]+", " ", t)
    return " ".join(t.split())


@cache
def _speech_re() -> str:
    return alternation(lexicon.lines("speech_verbs.txt"))


_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5}|[Hh]e|[Ss]he|[Tt]hey)"


@cache
def _after_re() -> re.Pattern[str]:
    v = _speech_re()
    return re.compile(
        # "...," senior aide Jason Miller told CNBC: a lower-case description before the name
        rf"^[\s,]*(?:(?:(?:his|her|their|the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
        rf"(?P<n1>{_NAME})\s+(?:also\s+|later\s+|then\s+)?(?P<v1>{v})\b"
        rf"|(?P<v2>{v})\s+(?P<n2>{_NAME}))"
    )


@cache
def _before_re() -> re.Pattern[str]:
    v = _speech_re()
    return re.compile(
        rf"(?P<n>\b{_NAME})(?:’s|'s)?\s*(?:,[^,“”\"]{{1,140}},\s*)?(?:\s+(?:also|later|then|further|had|has|have)\b)*\s*(?P<v>{v})\b"
        rf"|according to (?P<n3>{_NAME})"
    )


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    key: str
    cue: str
    via: str = "name"  # name | pronoun (the last named speaker) | title (no name given)


def _mask_quotes(sentence: str) -> str:
    """Blank out quoted words so that names inside quotations are never taken as speakers."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda m: "“" + " " * (len(m.group()) - 2) + "”", sentence)


def find_speaker(sentence: str, q_start: int, q_end: int, last: Speaker | None) -> Speaker | None:
    """Return who a quotation in `sentence` (offsets relative to it) is attributed to."""
    sentence = _mask_quotes(sentence)
    m = _after_re().match(sentence[q_end:])
    if m:
        name = m.group("n1") or m.group("n2")
        return _speaker(name, m.group("v1") or m.group("v2"), last)
    before = sentence[:q_start]
    best = None
    for m in _before_re().finditer(before):
        best = m
    if best:
        name = best.group("n") or best.group("n3")
        return _speaker(name, best.group("v") or "according to", last)
    return None


def _speaker(name: str, cue: str, last: Speaker | None) -> Speaker | None:
    if name.lower() in ("he", "she", "they"):
        return Speaker(last.name, last.key, cue, "pronoun") if last else None
    words = name.split()
    while words and words[0].lower() in ("the", "in", "a", "and", "but", "when", "as"):
        words = words[1:]
    if not words:
        return None
    # "Human Rights Campaign President Chad Griffin": the person is what follows the title
    titled = [i for i, w in enumerate(words) if _is_title_word(w)]
    if titled:
        rest = words[titled[-1] + 1 :]
        if not rest:  # a title with no name ("the campaign's president"): no person to key
            name = " ".join(words)
            return Speaker(name, person_key(name), cue, "title")
        words = rest
    name = " ".join(words)
    return Speaker(name, person_key(name), cue)


def _is_title_word(word: str) -> bool:
    w = word.lower().strip(".,’'")
    return w in titles() or any(part in titles() for part in w.split("-"))


@cache
def _reporter() -> str:
    """A named speaker, or a common-noun source ("officials", "the health ministry")."""
    nouns = alternation(lexicon.lines("reporting_sources.txt"))
    return rf"\b(?:{_NAME}|(?:the\s+)?(?:[a-z]+\s+){{0,2}}?{nouns}\b)"


@cache
def _report_before_re() -> re.Pattern[str]:
    v, who = _speech_re(), _reporter()
    return re.compile(
        rf"(?P<n>{who})\s+(?:also\s+|later\s+)?(?P<v>{v})\b|[Aa]ccording to (?P<n3>{who})"
    )


@cache
def _report_hint_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_speech_re()})\b|[Aa]ccording to")


@cache
def _tail_re() -> re.Pattern[str]:
    v, who = _speech_re(), _reporter()
    # "..., police said." / "..., said Smith, a spokesman." at the end of a sentence
    return re.compile(
        rf",\s*(?:(?P<n1>{who})\s+(?:also\s+|later\s+)?(?P<v1>{v})|(?P<v2>{v})\s+(?P<n2>{who}))"
        rf"\b[^,;“”\"]{{0,40}}(?:,[^;“”\"]{{0,80}})?[.!?]?[”\"]?\s*$"
    )


@dataclass(frozen=True, slots=True)
class ReportedSpeech:
    """Reported speech in a sentence: who, and the sentence-relative span they report."""

    speaker: Speaker
    start: int
    end: int


def find_report(sentence: str, last: Speaker | None) -> ReportedSpeech | None:
    """Return the speaker a sentence reports ("X said that ...", "..., X said",
    "according to X"), with the part of the sentence that is theirs; None when there is none.

    Speech verbs are found first (one cheap scan); the speaker patterns then run only in a
    window around them."""
    masked = _mask_quotes(sentence)
    cues = list(_report_hint_re().finditer(masked))
    if not cues:
        return None
    commas = [i for i, ch in enumerate(masked) if ch == ","]
    tail_from = commas[-2] if len(commas) > 1 else (commas[-1] if commas else len(masked))
    if cues[-1].start() > tail_from:  # "..., X said." or "..., said X, a spokesman."
        m = _tail_re().search(masked, tail_from)
        if m:
            name = m.group("n1") or m.group("n2")
            sp = _speaker(name, m.group("v1") or m.group("v2"), last)
            return ReportedSpeech(sp, 0, m.start()) if sp else None
    for cue in cues:
        m = _report_before_re().search(masked, max(0, cue.start() - 100), cue.end() + 120)
        if not m:
            continue
        name = m.group("n") or m.group("n3")
        sp = _speaker(name, m.group("v") or "according to", last)
        if not sp:
            return None
        if m.group("n3"):
            return ReportedSpeech(sp, 0, len(sentence))
        return ReportedSpeech(sp, m.end(), len(sentence))
    return None
