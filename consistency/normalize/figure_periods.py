"""The period a figure is given for: each figure (a quantity) of a sentence is bound to
the period (a year, half, quarter or month) its clause gives it for, and the period keeps
the figure (extras "figure": unit, value and bounds, and for a plain figure of two
significant digits or fewer its measured thing too; "figure_text"; "figure_role": "own",
or "base" for the base of a change; "figure_specific": three significant digits, a
decimal part, a percentage or a range, a value two sources rarely give for two things).

The period bound is the one right after the figure ("$3.69 for the third quarter", or
after its noun, "1,214 patients for heat illness in July"), else
the nearest before it in its clause with no other figure between ("Q2 earnings per share
of $5.52"), else the one that opens the sentence ("In the third quarter, the bank earned
$3.1 billion"). A period right after "from", "compared with", "versus", "over" or "than"
is the base of a change ("up 40.6% from last year").
"""

from __future__ import annotations

import re

from consistency.lexicon.calendar import PERIOD_VALUE_RE
from consistency.model import Claim

MAX_GAP_WORDS = 12  # words between a period before its figure and the figure
_AFTER_RE = re.compile(
    r"\s*(?:(?:a|an|per|each)\s+(?:diluted\s+)?[a-z]+\s+)?"  # "$3.69 a share for ..."
    r"(?:(?:in|of|for|during|at\s+the\s+end\s+of|by\s+the\s+end\s+of|through)\s+)?"
    r"(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?",
    re.IGNORECASE,
)
# a count's noun and what it is of between the figure and its period ("treated 1,214
# patients for heat illness in July"): a few words, no clause break, then the preposition
_NEAR_AFTER_RE = re.compile(
    r"\s+(?:[A-Za-z][\w'’-]*\s+){1,5}?(?:in|during|for|through)\s+(?:the\s+)?"
    r"(?:(?:fiscal|calendar)\s+(?:year\s+)?)?",
    re.IGNORECASE,
)
_BASE_RE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|over|than|since|against)\s+(?:the\s+)?"
    r"(?:(?:same|comparable|corresponding|pre-pandemic)\s+)?$",
    re.IGNORECASE,
)
_LEAD_RE = re.compile(r"[a-z]+(?:\s+(?:with|to))?\s+(?:the\s+)?")  # "from May", "since the"
_BREAK_RE = re.compile(r"[;:()\u2014]|\.\s")
_OPENER_RE = re.compile(r"\s*(?:[A-Z][a-z]*\s+)?(?:the\s+)?")  # "In the third quarter, ..."


def is_period(c: Claim) -> bool:
    return c.kind == "date" and PERIOD_VALUE_RE.fullmatch(c.value) is not None


def bind(claims: list[Claim], sentence_start: int) -> None:
    """Bind the figures of one sentence's claims to their periods (see the module)."""
    items = sorted(
        (c for c in claims if c.kind == "quantity" or is_period(c)), key=lambda c: c.start
    )
    if not any(c.kind == "quantity" for c in items) or not any(c.kind == "date" for c in items):
        return
    for i, f in enumerate(items):
        if f.kind != "quantity":
            continue
        found, role = _after(items, i, sentence_start)
        if found is None:
            found, role = _before(items, i, sentence_start), "own"
        if found is None or "figure" in found.extra:
            continue  # a period gives one figure its period: the first bound keeps it
        digits = len(re.sub(r"\D", "", f.value_text).strip("0"))  # significant digits
        ranged = bool(f.extra.get("bounds"))
        key = " ".join((f.unit, f.value, f.extra.get("bounds", ""))).strip()
        if digits < 3 and not ranged:
            key += f" @{f.predicate}"  # a plain figure ("3.9%", "40") is one fact only of
            # one measured thing: two sources may give it for two
        found.extra.update({"figure": key, "figure_text": f.value_text, "figure_role": role})
        if ranged or "." in f.value_text or digits >= 3 or f.unit == "percent":
            found.extra["figure_specific"] = "yes"  # a value two sources rarely give for two
            # things


def _after(items: list[Claim], i: int, base: int) -> tuple[Claim | None, str]:
    """The period right after figure `i`, with its role."""
    if i + 1 >= len(items) or items[i + 1].kind != "date":
        return None, ""
    f, d = items[i], items[i + 1]
    gap = f.sentence[f.end - base : d.start - base]
    # the date's words may hold the preposition ("from May"): read it with the gap
    lead = _LEAD_RE.match(d.value_text)
    read = gap + (lead.group(0) if lead else "")
    if _BASE_RE.search(read) and len(read.split()) <= 4:
        return d, "base"
    if _AFTER_RE.fullmatch(read) or _NEAR_AFTER_RE.fullmatch(read):
        return d, "own"
    return None, ""


def _before(items: list[Claim], i: int, base: int) -> Claim | None:
    """The period right before figure `i` (no other figure between) in its clause, or the
    one opening the sentence before a single comma ("In the third quarter, the bank earned
    $3.1 billion")."""
    if i == 0 or items[i - 1].kind != "date":
        return None
    f, d = items[i], items[i - 1]
    gap = f.sentence[d.end - base : f.start - base]
    if _BREAK_RE.search(gap):
        return None
    if "," not in gap:
        return d if len(gap.split()) <= MAX_GAP_WORDS else None
    opens = _OPENER_RE.fullmatch(f.sentence[: d.start - base])
    return d if opens and gap.count(",") == 1 else None
