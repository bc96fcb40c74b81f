"""STA001 status-conflict: a legal or procedural state differs for the same subject
(bill vs law, alleged vs convicted, charged vs released, injured vs killed).

Contradiction:
    "the Clean Water Protection bill" vs "the Clean Water Protection law";
    "John Smith was injured" vs "John Smith was killed".

Consistent:
    "the Clean Water Protection law" in both; "John Smith was arrested" vs "John Smith was
    charged" (a later step, not a conflict).

Why it matters:
    Calling a bill a law, or a suspect a convict, misstates where a process stands.

Confidence rests on:
    error: the two sentences are the same but for a word and its opposite ("was shot and
    killed" / "was wounded"; "the gunman" / "the victim"; "rose" / "fell"): a minimal pair,
    opposites from lexicon/data/opposites.toml; warning: status claims about the same
    subject (legislation by name, people by surname; the side of a crime a person is on,
    "the gunman, Lee Park" / "the victim, Lee Park", by full name) whose states conflict in
    status.toml,
    or one named doer doing opposite things ("Ruiz won the runoff" / "Ruiz lost the
    runoff"; "the Orland board voted 4-3 to approve the plan" / "the plan was turned down
    by the Orland board": a decision voted for, a passive's doer after "by") where the
    words around both acts name the same rare things; warning: one measure, known by the
    sum both sentences give it, approved in one outlet and rejected in the other ("Voters
    approved a $95 million bond measure" / "A $95 million bond ... was rejected by
    voters"; the decision route, consistency.align.decisions), unless the two name
    different bodies deciding or an article tells both outcomes.

Known limits:
    Only the pairs listed as conflicting in the data files are reported; an opposite said
    in other words across a paraphrase is not.
"""

from __future__ import annotations

import re

from consistency import lexicon
from consistency.lexicon.opposites import opposed, oppositions
from consistency.lexicon.patterns import measure_figures
from consistency.lexicon.status import conflicts
from consistency.model import Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    diff_words,
    label,
    minimal,
    span_claim,
)


def _before_a_figure(c, end: int) -> bool:
    rest = c.sentence[end - c.start :].lstrip()
    return bool(re.match(r"(?:than\s+)?[$€£]?\d", rest))


def _opposite_words(pair: Pair) -> Hit | None:
    places = diff_words(pair)
    if any(any(w[:1].isdigit() for w in wa + wb) for _, _, wa, wb in places):
        return None  # "who lost the 2020 election" / "who won the 2016 election": two events
    for (a1, a2), (b1, b2), wa, wb in places:
        if not wa or not wb:
            continue
        if _before_a_figure(pair.a, a2) or _before_a_figure(pair.b, b2):
            continue  # "more than $12,000" / "less than $12,000": the figures are NUM001's
        for x in wa:
            for y in wb:
                if opposed(x, y):
                    if _something_else_differs(pair, places, (a1, a2), x, y):
                        return None  # "Sales in Asia rose" / "Sales in Europe fell";
                        # "Revenue ... rose" / "Costs ... fell": another subject's change
                    sa = span_claim(pair.a, a1, a2)
                    sb = span_claim(pair.b, b1, b2)
                    return Hit(
                        f"Opposite words: '{sa.value_text}' ({label(sa)}) vs "
                        f"'{sb.value_text}' ({label(sb)}) in the same sentence",
                        subject=f"{x}/{y}",
                        severity=Severity.ERROR,
                        sides=(sa, sb),
                    )
    return None


def _something_else_differs(pair: Pair, places, at: tuple[int, int], x: str, y: str) -> bool:
    """Besides the opposite words `x` and `y`, in their clause, a content word of one
    sentence stands where another content word of the other stood (a substitution, not a
    word added: "was shot and killed" / "was wounded" adds "shot"): the two sentences
    speak of two things ("Sales in Asia rose" / "Sales in Europe fell")."""
    stop = lexicon.words("stopwords.txt")
    lo, hi = _clause_around(pair.a, *at)

    def content(words: list[str], drop: str) -> set[str]:
        return {w for w in words if w != drop and w not in stop and len(w) > 2 and w.isalpha()}

    for (a1, a2), _, wa, wb in places:
        if a2 < lo or a1 > hi:
            continue  # another clause: "Today, we reported ..." / "AutoNation reported ..."
        ca, cb = content(wa, x), content(wb, y)
        if ca - cb and cb - ca:
            return True
    return False


_CLAUSE_MARK_RE = re.compile(r"[,;:\u2014]")


def _clause_around(c, start: int, end: int) -> tuple[int, int]:
    """The clause of sentence offsets [start, end) of claim `c`'s sentence, as offsets."""
    s = c.sentence
    lo, hi = start - c.start, end - c.start
    before = [m.end() for m in _CLAUSE_MARK_RE.finditer(s, 0, max(lo, 0))]
    after = _CLAUSE_MARK_RE.search(s, max(hi, 0))
    return c.start + (before[-1] if before else 0), c.start + (after.start() if after else len(s))


def _opposite_acts(pair: Pair) -> Hit | None:
    """One named doer doing opposite things in two outlets, or one named thing having
    opposite things done to it ("voters rejected Amendment 64" / "Amendment 64, which was
    approved by voters"), the words around both naming the same rare things: "Trudeau's
    Liberal Party lost the election" / "Trudeau has won"."""
    a, b = pair.a, pair.b
    same = (bool(a.subject) and a.subject == b.subject) or (bool(_doer(a)) and _doer(a) == _doer(b))
    if pair.route == "decision":
        if _doer(a) and _doer(b) and _doer(a) != _doer(b):
            return None  # "the House passed" / "the Senate rejected": two bodies' votes
    elif not (same or (_patient(a) and _patient(a) == _patient(b))) or a.polarity != b.polarity:
        return None
    if (
        a.modality != "asserted"
        or b.modality != "asserted"
        or a.extra.get("in_quote")
        or b.extra.get("in_quote")
    ):
        return None
    if not opposed(a.value_text, b.value_text):
        return None
    if "fell|rose" in oppositions(a.value_text):
        return None  # "Sales of Kestrel Appliances rose": a measure moved, no one acted
        # (CHG001 reads changes by their measure)
    if minimal(pair) and re.findall(r"\d+", a.sentence) != re.findall(r"\d+", b.sentence):
        return None  # "who lost the 2020 election" / "who won the 2016 election": two events
    if pair.route == "decision":
        figure = _figure_in_both(a, b)
        return Hit(
            f"Opposite decisions on one measure ({figure}): '{a.value_text}' ({label(a)}) vs "
            f"'{b.value_text}' ({label(b)})",
            subject=f"{figure} {a.value}/{b.value}",
            severity=Severity.WARNING,
        )
    who = (a.subject or _doer(a)) if same else _patient(a)
    return Hit(
        f"Opposite acts: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)}) "
        f"for {who.title()}",
        subject=f"{who} {a.value}/{b.value}",
        severity=Severity.WARNING,
    )


def _figure_in_both(a, b) -> str:
    """The figure both sentences give the measure decided ("$95 million")."""
    shared = sorted(measure_figures(a.sentence) & measure_figures(b.sentence))
    return shared[0] if shared else ""


def _doer(c) -> str:
    """Who did an act: the subject of an active verb, the name after "by" of a passive
    ("plans ... were rejected by the Orland board" -> Orland)."""
    return c.extra.get("agent", "") if c.extra.get("voice") == "passive" else c.subject


def _patient(c) -> str:
    """What an act was done to: the subject of a passive ("Amendment 64 was approved"), the
    name right after an active verb ("voters rejected Amendment 64")."""
    return c.subject if c.extra.get("voice") == "passive" else c.extra.get("object", "")


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.kind == "sentence":
        return _opposite_words(pair)
    if a.kind == "act":
        return _opposite_acts(pair)
    if a.predicate != b.predicate or a.value == b.value:
        return None
    if frozenset((a.value, b.value)) not in conflicts().get(a.predicate, frozenset()):
        return None
    if a.predicate == "side" and a.subject != b.subject:
        return None  # "the gunman, Lee Park" / "the victim, Ann Park": two people
    return Hit(
        f"Status differs: {a.value} in {label(a)} ('{a.value_text}') vs {b.value} in "
        f"{label(b)} ('{b.value_text}')",
        subject=a.subject if len(a.subject) >= len(b.subject) else b.subject,
    )


RULE = Rule(
    code="STA001",
    name="status-conflict",
    severity=Severity.WARNING,
    kinds=("status", "sentence", "act"),
    summary="A legal or procedural state differs for the same subject (bill vs law...)",
    check=check,
    doc=__doc__,
    cases=(
        {  # one measure, known by its sum, approved and rejected in other words
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "Voters in Marion County approved a $95 million bond measure on Tuesday to "
                "build a new county jail, according to unofficial results.",
                "A $95 million bond to replace the aging Marion County jail was rejected by "
                "voters on Tuesday, unofficial returns showed.",
            ],
        },
        {  # two bodies' votes on one measure
            "expect": "consistent",
            "articles": [
                "The House passed the $1.9 trillion relief bill on Wednesday after a long "
                "debate over the minimum wage.",
                "The Senate rejected the $1.9 trillion relief bill on Wednesday after a long "
                "debate over the minimum wage.",
            ],
        },
        {  # an article that tells both outcomes tells two votes
            "expect": "consistent",
            "articles": [
                "The council approved a $12.5 million contract with Apex Paving on Monday to "
                "repave Elm Street.",
                "Apex Paving's $12.5 million contract to repave Elm Street was approved on "
                "Monday, a year after the council rejected a $12.5 million offer from it.",
            ],
        },
        {  # a measure raised and cut in otherwise the same sentence
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "Calloway Utilities raised its quarterly dividend on Thursday, the company said.",
                "Calloway Utilities cut its quarterly dividend on Thursday, the company said.",
            ],
        },
        {  # two places, two directions: another subject, not an opposite told
            "expect": "consistent",
            "articles": [
                "Sales of Kestrel Appliances in Asia rose in the third quarter, the company said.",
                "Sales of Kestrel Appliances in Europe fell in the third quarter, the company "
                "said.",
            ],
        },
        {  # one board's decision, voted for in one outlet and turned down in the other
            "expect": "contradiction",
            "articles": [
                "The Brackley Zoning Board voted 5-2 on Monday night to approve a 90-unit "
                "senior housing project on the old mill site.",
                "Brackley's Zoning Board on Monday turned down a developer's request to build "
                "90 senior apartments on the old mill site.",
            ],
        },
        {  # ... told in the passive, with who decided after "by"
            "expect": "contradiction",
            "articles": [
                "The Brackley Zoning Board voted 5-2 on Monday night to approve a 90-unit "
                "senior housing project on the old mill site.",
                "Plans for 90 senior apartments on the old mill site were rejected on Monday "
                "night by Brackley's Zoning Board.",
            ],
        },
        {  # two bodies, two steps: a committee approves what a council later rejects
            "expect": "consistent",
            "articles": [
                "The Brackley planning committee voted on Monday to approve a 90-unit senior "
                "housing project on the old mill site.",
                "The Brackley City Council rejected the 90-unit senior housing project on the "
                "old mill site on Monday.",
            ],
        },
        {  # which side of a crime one named person is on
            "expect": "contradiction",
            "articles": [
                "Police said the gunman, Lee Park, fled on foot after the shooting.",
                "Police said the victim, Lee Park, was taken to a hospital after the shooting.",
            ],
        },
        {  # two people of one surname
            "expect": "consistent",
            "articles": [
                "Police said the gunman, Lee Park, fled on foot after the shooting.",
                "Police said the victim, Ann Park, was taken to a hospital after the shooting.",
            ],
        },
        {  # "died" is an act too
            "expect": "contradiction",
            "articles": [
                "Officer Daniel Ruiz died after being shot during a traffic stop in Ridgeport.",
                "Officer Daniel Ruiz was wounded by gunfire after pulling over a car in Ridgeport.",
            ],
        },
        {  # a word, its opposite and another year: two events, not one told two ways
            "expect": "consistent",
            "articles": [
                "Dana Whitlow, who lost the 2020 election for county clerk, said Wednesday "
                "she will run for the state Senate.",
                "Dana Whitlow, who won the 2016 election for county clerk, said Wednesday "
                "she will run for the state Senate.",
            ],
        },
        {  # one thing, opposite things done to it, in the active and in the passive
            "expect": "contradiction",
            "articles": [
                "Reno voters rejected Measure 12, which would fund a new library, in 2022.",
                "Measure 12, which was approved by Reno voters in 2022, funds a new library.",
            ],
        },
        {  # the winner's defeating is the loser's losing
            "expect": "consistent",
            "articles": [
                "Ellen Ortiz defeated Tom Reyes in the runoff for mayor of Reno.",
                "Tom Reyes lost to Ellen Ortiz in the Reno mayoral runoff.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The senator praised the Clean Water Protection bill on Friday.",
                "The senator praised the Clean Water Protection law on Friday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Local resident Maria Lopez was injured in the attack.",
                "Local resident Maria Lopez was killed in the attack.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Police said the gunman, a 35-year-old man from Dayton, fled on foot.",
                "Police said the victim, a 35-year-old man from Dayton, fled on foot.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Unemployment in the county rose sharply in March, the state agency reported.",
                "Unemployment in the county fell sharply in March, the state agency reported.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Unemployment in the county rose sharply in March, the state agency reported.",
                "Unemployment in the county climbed sharply in March, the state agency reported.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The senator praised the Clean Water Protection law on Friday.",
                "The senator praised the new Clean Water Protection law.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Ohio’s bill was drafted from a federal version, the governor said on Monday.",
                "The Ohio law was drafted from a federal version, the governor said on Monday.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Mayor Dana Ruiz won the runoff in Fresno on Tuesday, county officials said.",
                "County officials said on Tuesday that Ruiz lost the Fresno runoff.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Dana Ruiz won the runoff in Fresno on Tuesday, county officials said.",
                "County officials said on Tuesday that Ruiz's rival lost the Fresno runoff, "
                "which Ruiz won.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The missing hiker, Tom Greene, was found by a search team on Sunday and was "
                "injured, officials said.",
                "The missing hiker, Tom Greene, was found by a search team on Sunday and was "
                "unharmed, officials said.",
            ],
        },
    ),
)
