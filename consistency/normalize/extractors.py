"""The claim kinds, in the order they run on each sentence. Each entry finds its mentions
(its own module does the reading) and turns them into claims; dates, durations and
quantities take their spans, so a later kind does not read them again, and mask them out
of each other's alignment context.

Adding a claim kind: its module returns mentions; an entry here turns them into claims;
`consistency.align.blocking.block_key` says what it is compared with.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.calendar import written_parts
from consistency.lexicon.predicates import predicate_class
from consistency.normalize.acts import find_acts
from consistency.normalize.ages import (
    DAYS_A_YEAR,
    find_ages,
    full_name_before,
    lead_person,
    leading_name,
    pronoun_age,
)
from consistency.normalize.changes import find_changes
from consistency.normalize.date_anchor import next_anchor
from consistency.normalize.date_named import remember
from consistency.normalize.date_things import named_noun
from consistency.normalize.dates import event_verb, find_dates
from consistency.normalize.document import Document, Scope
from consistency.normalize.durations import find_durations, lead_nouns
from consistency.normalize.numbers import format_number
from consistency.normalize.parties import find_parties
from consistency.normalize.people import find_roles
from consistency.normalize.quantities import find_quantities
from consistency.normalize.quotes import Speaker, find_speaker, normalize_quote
from consistency.normalize.status import find_status
from consistency.normalize.tallies import find_tallies


@dataclass(frozen=True, slots=True)
class Extractor:
    kind: str
    find: Callable[[Document, Scope], list]  # mentions, sentence-relative
    emit: Callable[[Document, Scope, object, list], None]  # mention, masks -> claims
    takes: bool = False  # its spans are taken: later kinds skip them, contexts mask them


def _overlaps(m, spans: list[tuple[int, int]]) -> bool:
    return any(m.start < e and m.end > s for s, e in spans)


def _ordinal(d) -> float | None:
    return float(d.toordinal()) if d else None


def _days(value: float) -> str:
    return format_number(round(value, 2)) if not math.isinf(value) else "inf"


def _find_dates(doc: Document, sc: Scope) -> list:
    """The sentence's dates; "the quarter" and "a year earlier" read against the quarter
    the article named last, which the sentence's own dates then update."""
    found = find_dates(sc.text, sc.pub, doc.date_anchor, doc.date_named)
    doc.date_anchor = next_anchor(sc.text, found, doc.date_anchor, sc.pub)
    doc.date_named = remember(sc.text, found, doc.date_named)
    return found


def _emit_date(doc: Document, sc: Scope, d, masks) -> None:
    c = doc.add(
        "date", sc, d.start, d.end, masks,
        value=d.value, lo=_ordinal(d.lo), hi=_ordinal(d.hi), unit="day", frame=d.frame,
        predicate=event_verb(sc.text, d.start, d.end),
    )  # fmt: skip
    written = written_parts(c.value_text)
    if not written:
        return
    c.extra["written"] = written  # the year, month and day or weekday its words write
    noun = named_noun(sc.text, d.start, d.end)
    if noun:  # "the 2015 nuclear deal": which deal, compared by its name
        c.extra.update({"names": predicate_class(noun), "named_as": written, "noun": noun})


def _emit_duration(doc: Document, sc: Scope, d, masks) -> None:
    predicate, lead = d.predicate, ""
    if d.definite and (not d.predicate or d.predicate in lead_nouns()):
        # "The 75-year-old entrepreneur was arrested": the age of who the article is about
        lead = lead_person(doc.text, sc.start + d.start)
        predicate = lead or predicate
    c = doc.add(
        "duration", sc, d.start, d.end, masks,
        value=_days(d.value_days), lo=d.lo, hi=d.hi, unit="day", qualifier=d.qualifier,
        frame=d.frame, subject=d.subject, predicate=predicate,
        polarity="negated" if d.negated else "",
    )  # fmt: skip
    if lead:
        c.extra["person"] = "lead"  # read as the article's lead person, not named here
    if d.aged:
        c.extra["aged"] = "figures"  # "a 76-year-old law": a thing's age, exact as an age
    if len(d.name.split()) >= 2:
        c.extra["name"] = d.name  # "the 24-year-old cyclist Owen Tate" is not "Martin Tate"


def _find_ages(doc: Document, sc: Scope) -> list:
    """The sentence's ages; "He was 81." is the age of the person the sentence before
    opened with ("Viktor Halloran, who led the orchestra, died Tuesday.")."""
    found = find_ages(sc.text) + pronoun_age(sc.text, doc.last_subject)
    doc.last_subject = leading_name(sc.text)
    return found


def _emit_age(doc: Document, sc: Scope, a, masks) -> None:
    days = a.years * DAYS_A_YEAR
    c = doc.add(
        "duration", sc, a.start, a.end, masks,
        value=_days(days), lo=days, hi=days + DAYS_A_YEAR - 1, unit="day", frame="age",
        predicate=a.key, polarity="affirmed",
    )  # fmt: skip
    c.extra["written"] = "apposition"  # "Smith, 41,": an age, though no temporal expression
    if len(a.name.split()) >= 2:
        c.extra["name"] = a.name  # "Daniel Ortiz, 24," is not "Luis Ortiz, 19,"
    elif a.name:
        full = full_name_before(doc.text, sc.start, a.name)
        if full:  # "Reyes, 24," after "Tomas Reyes scored": not "Ivan Reyes, 31,"
            c.extra["name"] = full


def _emit_quantity(doc: Document, sc: Scope, q, masks) -> None:
    c = doc.add(
        "quantity", sc, q.start, q.end, masks,
        value=format_number(q.value), lo=q.lo, hi=q.hi, unit=q.unit, qualifier=q.qualifier,
        predicate=q.predicate, subject=q.noun,
    )  # fmt: skip
    if q.bounds:  # a range: each bound as its rounding allows
        c.extra["bounds"] = " ".join(f"{x:.12g}" for x in q.bounds)
    if q.also:  # "90 professors and administrators": the administrators are counted too
        c.extra["also"] = q.also


def _emit_role(doc: Document, sc: Scope, r, masks) -> None:
    c = doc.add(
        "role", sc, r.start, r.end, [], subject=r.key, predicate=r.head, value=r.title.lower()
    )
    c.extra.update({"name": r.name, "state": r.state, "rank": r.rank})
    if r.historic:
        c.extra["historic"] = "yes"
    elif len(r.name.split()) >= 2:
        doc.last_named, doc.last_named_at = Speaker(r.name, r.key, "", "name"), sc.start


@cache
def _forecast_before_re() -> re.Pattern[str]:
    """A forecast cue (forecasts.txt) right before an act's verb, with "to": "is expected
    to approve", "plans to sign"."""
    cues = sorted((w for w in lexicon.words("forecasts.txt") if " " not in w), key=len)
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, reversed(cues)))})\s+to\s+(?:be\s+)?(?:\w+\s+)?$"
    )


def _emit_act(doc: Document, sc: Scope, a, masks) -> None:
    doer = a.doer or (doc.last_doer if a.pronoun else "")
    if not doer and not a.agent:
        return  # "he" with no one named before it
    if a.doer:
        doc.last_doer = a.doer
    c = doc.add(
        "act", sc, a.start, a.end, [], value=a.verb, predicate=a.verb, subject=doer,
        polarity="negated" if a.negated else "affirmed",
    )  # fmt: skip
    if c.modality == "forecast" and not _forecast_before_re().search(sc.text, 0, a.start):
        c.modality = "asserted"  # "Plans for 1,100 homes were rejected": the rejection is
        # done; an act is a forecast only when a cue governs its verb ("is expected to")
    if a.passive:
        c.extra["voice"] = "passive"  # the subject is what the act was done to
        if a.agent:
            c.extra["agent"] = a.agent  # "... by the Orland board": who did it
    elif a.patient:
        c.extra["object"] = a.patient


def _emit_change(doc: Document, sc: Scope, ch, masks) -> None:
    c = doc.add(
        "change", sc, ch.start, ch.end, [], value=ch.direction, subject=ch.measure,
        predicate=predicate_class(ch.head),
    )  # fmt: skip
    if ch.modal and c.modality == "asserted":
        c.modality = "forecast"  # "the unemployment rate would drop": a change to come
    if ch.figure:
        c.extra["with_figure"] = "yes"  # "rose 5%": the figure's own rule (NUM004) reads it
    if ch.base:
        c.extra["base"] = ch.base  # "compared to the prior year": measured against a year


def _emit_tally(doc: Document, sc: Scope, t, masks) -> None:
    doc.add("tally", sc, t.start, t.end, masks, value=t.value, subject=t.kind, predicate=t.cue)


def _emit_party(doc: Document, sc: Scope, p, masks) -> None:
    c = doc.add("party", sc, p.start, p.end, [], subject=p.key, value=p.party)
    c.extra.update({"name": p.name, "state": p.state})


def _emit_status(doc: Document, sc: Scope, st, masks) -> None:
    c = doc.add(
        "status", sc, st.start, st.end, [], subject=st.subject, predicate=st.group, value=st.state
    )
    if st.alias:
        c.extra["alias"] = st.alias


def _find_quotes(doc: Document, sc: Scope) -> list:
    """Quotations opening in this sentence (they may run past its end)."""
    import bisect

    first = bisect.bisect_left(doc.quote_starts, sc.start)
    out = []
    for q in doc.quotes[first:]:
        if q.start >= sc.end:
            break
        if q.start >= sc.start:
            out.append(q)
    return out


def _emit_quote(doc: Document, sc: Scope, q, masks) -> None:
    s0 = sc.start
    speaker = find_speaker(sc.text, q.start - s0, min(q.end, sc.end) - s0, doc.last_person())
    if speaker:
        doc.last_speaker, doc.last_speaker_at = speaker, sc.start
    words = normalize_quote(doc.text[q.inner_start : q.inner_end])
    if not words:
        return
    c = doc.add(
        "quote", sc, q.inner_start - s0, q.inner_end - s0, [],
        value=words, speaker=speaker.key if speaker else "",
        predicate=speaker.cue if speaker else "", subject=speaker.name if speaker else "",
    )  # fmt: skip
    c.extra["words"] = str(len(words.split()))
    if speaker:
        c.extra["speaker_via"] = speaker.via


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("date", _find_dates, _emit_date, takes=True),
    Extractor("age", lambda doc, sc: _find_ages(doc, sc), _emit_age, takes=True),
    Extractor(
        "duration",
        lambda doc, sc: [d for d in find_durations(sc.text) if not _overlaps(d, sc.taken)],
        _emit_duration,
        takes=True,
    ),
    Extractor(
        "tally",
        lambda doc, sc: [t for t in find_tallies(sc.text) if not _overlaps(t, sc.taken)],
        _emit_tally,
        takes=True,
    ),
    Extractor(
        "quantity", lambda doc, sc: find_quantities(sc.text, sc.taken), _emit_quantity, takes=True
    ),
    Extractor("role", lambda doc, sc: find_roles(sc.text), _emit_role),
    Extractor("party", lambda doc, sc: find_parties(sc.text), _emit_party),
    Extractor("status", lambda doc, sc: find_status(sc.text), _emit_status),
    Extractor("quote", _find_quotes, _emit_quote),
    Extractor("act", lambda doc, sc: find_acts(sc.text), _emit_act),
    Extractor("change", lambda doc, sc: find_changes(sc.text), _emit_change),
)
