"""CHG001 change-direction: one measure moves up in one source and down in another, in
words rather than figures.

Contradiction:
    "Regional airlines said fuel costs rose in the spring." vs "Fuel costs for regional
    airlines fell in the spring, the carriers said."; "The county raised its property tax
    rate" vs "The county cut its property tax rate".

Consistent:
    "Fuel costs rose" vs "fuel costs climbed" (one direction in other words); "sales rose in
    Asia and fell in Europe" in one outlet beside "sales fell" in another (an outlet that
    moves a measure both ways tells two changes); "rose from a year earlier" vs "fell from
    the previous quarter" (two bases).

Why it matters:
    A rise told as a fall reverses the news, and no figure is there to catch it.

Confidence rests on:
    warning: two changes (consistency.normalize.changes) of measures with one head, the
    words of one among the other's ("sales" / "consolidated sales"), on opposite sides of
    one axis (changes.toml: up/down, better/worse), both affirmed, both forecasts or
    both not, neither hedged, measured against the same base when both name one, whose
    sentences share rare words beyond the measure or a specific figure (the change route,
    consistency.align.changes); a change after a modal ("would drop") is a forecast. Two
    changes that both carry a figure are NUM004's. error: a minimal pair whose words of
    change opposites.toml does not hold ("expects sales to fall" / "to grow"); those it
    holds ("rose" / "fell") are STA001's.

Known limits:
    A change told by its figures alone ("from $2.1 billion to $1.9 billion") is not read as
    a change. "Improved" and "rose" are never compared (a cost that improved went down). A
    measure is read by its words: "sales" meets "consolidated sales", not "revenue".
"""

from __future__ import annotations

from consistency.lexicon.changes import measures_nest, opposed_directions
from consistency.lexicon.opposites import opposed
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label, minimal


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if pair.route not in ("change", "sentence"):
        return None
    if minimal(pair) and opposed(a.value_text, b.value_text):
        return None  # opposite words of opposites.toml in a minimal pair are STA001's
    if a.polarity != "affirmed" or b.polarity != "affirmed":
        return None
    if frozenset((a.value, b.value)) not in opposed_directions():
        return None
    if "hedged" in (a.modality, b.modality):
        return None  # "sales may fall": a possibility beside a report
    if (a.modality == "forecast") != (b.modality == "forecast"):
        return None  # "expected to rise" / "fell": a forecast and an outcome
    if a.extra.get("with_figure") and b.extra.get("with_figure"):
        return None  # "rose 5%" / "fell 5%": NUM004's
    ba, bb = a.extra.get("base", ""), b.extra.get("base", "")
    if ba and bb and ba != bb:
        return None  # "up from a year earlier" / "down from the previous quarter"
    if minimal(pair) and not measures_nest(a.subject, b.subject):
        return None  # "sales in Asia" / "sales in Europe": two measures
    measure = a.subject if len(a.subject) >= len(b.subject) else b.subject
    return Hit(
        f"Direction differs: '{measure}' {a.value_text} ({label(a)}) vs {b.value_text} "
        f"({label(b)})",
        subject=measure,
        severity=Severity.ERROR if minimal(pair) else None,
    )


RULE = Rule(
    code="CHG001",
    name="change-direction",
    severity=Severity.WARNING,
    kinds=("change",),
    summary="One measure moves up in one source and down in another, told in words",
    check=check,
    doc=__doc__,
    cases=(
        {
            "expect": "contradiction",
            "articles": [
                "Regional airlines said fuel costs rose sharply in the spring as refineries "
                "closed for repairs.",
                "Fuel costs for regional airlines fell in the spring even as refineries "
                "closed for repairs, the carriers said.",
            ],
        },
        {  # the measure as object of the verb, and as the thing a noun of change is in
            "expect": "contradiction",
            "articles": [
                "The Marlow County board raised its property tax rate on Tuesday to pay for "
                "the new jail.",
                "Marlow County approved a cut in the property tax rate on Tuesday despite the "
                "cost of the new jail.",
            ],
        },
        {  # moved up and slipped, told with a particle verb
            "expect": "contradiction",
            "articles": [
                "Median home prices in Boise edged up in June as buyers returned, the realtors "
                "group said.",
                "Buyers stayed away as median home prices in Boise slipped in June, the "
                "realtors group reported.",
            ],
        },
        {  # better and worse
            "expect": "contradiction",
            "articles": [
                "Air quality in Denver improved in August as wildfire smoke cleared, state "
                "regulators said.",
                "State regulators said air quality in Denver worsened in August despite fewer "
                "wildfires.",
            ],
        },
        {  # one subject, two verbs: the outlet moves sales both ways (two regions)
            "expect": "consistent",
            "articles": [
                "Sales at Tamarind Foods rose in Asia and fell in Europe in the second quarter, "
                "the snack maker said.",
                "Tamarind Foods said sales fell in the second quarter as European shoppers cut "
                "back on snacks.",
            ],
        },
        {  # two forecasts told opposite ways; one outlet's outcome beside its forecast
            # is no change told both ways
            "expect": "contradiction",
            "articles": [
                "Pinecrest Mills said its lumber sales rose last year, and the company expects "
                "lumber sales to fall next year as housing starts slow.",
                "Pinecrest Mills expects its lumber sales to grow next year as housing starts "
                "slow, the company said.",
            ],
        },
        {  # an outcome and what was expected of it ("would drop")
            "expect": "consistent",
            "articles": [
                "The unemployment rate in Harlow County ticked up to 6.1% in April, the state "
                "labor department said.",
                "Economists had said the unemployment rate in Harlow County would drop in April "
                "as factories reopened, the state labor department said.",
            ],
        },
        {  # one direction in other words
            "expect": "consistent",
            "articles": [
                "Regional airlines said fuel costs rose sharply in the spring as refineries "
                "closed for repairs.",
                "Fuel costs for regional airlines climbed in the spring as refineries closed "
                "for repairs.",
            ],
        },
        {  # an outlet that moves the measure both ways tells two changes
            "expect": "consistent",
            "articles": [
                "Regional airlines said fuel costs rose in the spring as refineries closed, "
                "but fuel costs fell in the summer.",
                "Fuel costs for regional airlines fell in the summer after refineries "
                "reopened, the carriers said.",
            ],
        },
        {  # a forecast and an outcome
            "expect": "consistent",
            "articles": [
                "Regional airlines expect fuel costs to rise in the spring as refineries "
                "close for repairs.",
                "Fuel costs for regional airlines fell in the spring as refineries closed for "
                "repairs, the carriers said.",
            ],
        },
        {  # two bases: a year ago and the quarter before
            "expect": "consistent",
            "articles": [
                "Quarterly fuel costs at regional airlines rose compared with a year earlier, "
                "the carriers said.",
                "Quarterly fuel costs at regional airlines fell from the previous quarter, the "
                "carriers said.",
            ],
        },
    ),
)
