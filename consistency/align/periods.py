"""The period route: the period one figure is given for ("net income was $971 million in
the third quarter of 2021" / "... $971 million in the second quarter"; "a sales forecast
for 2021 of $1.7 billion to $1.8 billion" / "for 2020 ...").

Outlets that give the same uncommon figure are most often telling one fact; the period
they give it for is then what may disagree. Periods carry the figure their clause gives
them for (consistency.normalize.figure_periods). Two periods meet here when their
figures are the same value in the same unit and role (a figure's own period, or the base
of a change), the value is specific (three significant digits, a decimal part, a
percentage or a range; one of two significant digits or fewer also needs the same
measured thing), and the figure's periods in each article never agree: an article that
gives the figure for both periods ("$2.1 billion in the second quarter and again in the
third") contradicts neither. A value given for more than MAX_SAME periods in the story
pairs nothing.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.named import across_outlets
from consistency.lexicon.calendar import parts_conflict, period_parts
from consistency.model import Claim, Pair

SCORE = 75.0
MAX_SAME = 6  # periods one value is given for in a story; more is the story's own figure


def period_pairs(claims: list[Claim], story: str) -> list[Pair]:
    """Pairs of periods from different outlets of one story that give one figure for
    periods that differ."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "date" and c.extra.get("figure_specific"):
            groups[(c.extra["figure"], c.extra["figure_role"])].append(c)
    out: list[Pair] = []
    for key in sorted(groups):
        members = groups[key]
        if len(members) > MAX_SAME or len({c.article_id for c in members}) < 2:
            continue
        periods: dict[str, list[str]] = defaultdict(list)
        for c in members:
            periods[c.article_id].append(parts(c))
        for a, b in across_outlets(members):
            if any(
                not parts_conflict(x, y)
                for x in periods[a.article_id]
                for y in periods[b.article_id]
            ):
                continue  # one article gives the figure for a period the other gives too
            out.append(Pair(a, b, SCORE, story, route="period"))
    return out


def parts(c: Claim) -> str:
    """A period's parts to compare ("Y2020 Q3"; its year only when written)."""
    return period_parts(c.value, c.frame == "absolute")
