"""NEG001 polarity-flip: the same proposition is affirmed in one source and negated in another.

Contradiction:
    "A deal was concluded in 2025." vs "A deal could not be concluded in 2025."

Consistent:
    "A deal could not be concluded in 2025." vs "A pact couldn't be sealed in 2025."
    (both negated).

Why it matters:
    A dropped or added "not" reverses the news.

Confidence rests on:
    error: the two sentences are the same but for a negation ("was informed" / "was not
    informed"): a minimal pair, or one clause of two sentences worded apart that differ by
    a negation alone before the same predicate ("the stadium will (not) be paid for with
    city tax money") or one of two clauses told in another order ("she does not support
    the toll, and she does support the fees" / "she does not support the fees, and she
    does not support the toll"), or a count of people in one where the other says no one ("Two
    people were injured" / "No one was injured"); warning: the same act by the same named doer, denied in one
    outlet, with the words around it naming the same rare things ("Reyes signed the water
    bill" / "Reyes has not signed it"); or dated, counted or timed claims whose contexts
    align closely, one with a negation cue before it in its clause.

Known limits:
    Negation is read from cues ("not", "n't", "no", "never", "failed to"); a negation said
    in other words ("denied that", "refused to") is not read as one in a minimal pair. A
    negation inside an indirect question ("to know which voters have not registered")
    asserts nothing and is not compared, and a negation in a quotation is not set against
    the outlet's own words (two statements, not one told two ways).
"""

from __future__ import annotations

import re

from consistency import lexicon
from consistency.model import Claim, Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    clause_of,
    diff_words,
    label,
    overlap,
    span_claim,
    widen,
)

MIN_SCORE = 70.0


_CLITICS = frozenset({"ca", "wo", "to"})  # "can't" -> ca n't, "won't" -> wo n't; "to" of "to be"


def _negation_only(pair: Pair) -> Hit | None:
    cues = {c for c in lexicon.words("negation.txt") if " " not in c} | {"not"}
    for (a1, a2), (b1, b2), wa, wb in diff_words(pair):
        extra_a = [w for w in wa if w not in wb]
        extra_b = [w for w in wb if w not in wa]
        neg_a = any(w in cues for w in extra_a)
        neg_b = any(w in cues for w in extra_b)
        helpers = (
            lexicon.words("auxiliaries.txt")
            | lexicon.words("hedges.txt")
            | lexicon.words("forecasts.txt")
            | _CLITICS
        )
        rest = [
            w for w in extra_a + extra_b if w not in cues and w not in helpers
        ]  # "will not include" / "were expected to include": only the negation says otherwise
        none_a, none_b = (
            _none_against_count(extra_a, extra_b),
            _none_against_count(extra_b, extra_a),
        )
        if none_a or none_b:
            return _both_ways(pair, (a1, a2, b1, b2), "Count", denied_a=none_a)
        if neg_a == neg_b or rest:
            continue
        if _asked(pair.a if neg_a else pair.b, a1 if neg_a else b1):
            continue  # "to know which Americans have (not) been vaccinated": nothing asserted
        return _both_ways(pair, (a1, a2, b1, b2), "Negation", denied_a=neg_a)
    return None


def _both_ways(pair: Pair, places: tuple[int, int, int, int], what: str, denied_a: bool) -> Hit:
    """An error citing the two differing places, the affirming side first."""
    a1, a2, b1, b2 = places
    sa = span_claim(pair.a, *widen(pair.a, a1, a2))
    sb = span_claim(pair.b, *widen(pair.b, b1, b2))
    pos, neg = (sb, sa) if denied_a else (sa, sb)
    return Hit(
        f"{what} differs: '{pos.value_text}' ({label(pos)}) vs '{neg.value_text}' ({label(neg)})",
        subject=pos.value,
        severity=Severity.ERROR,
        sides=(sa, sb),
    )


_NONE = (("no", "one"), ("nobody",), ("none",), ("no", "people"))


def _none_against_count(none: list[str], count: list[str]) -> bool:
    """One side's differing words say that nobody did or suffered the act ("No one was",
    "nobody was", with auxiliaries) and the other's give a count in their place ("Two
    people were", "14 were", "A firefighter was"): the same sentence says it happened to
    some and to none."""
    helpers = lexicon.words("auxiliaries.txt")
    core = tuple(w for w in none if w not in helpers)
    if core not in _NONE:
        return False
    rest = [w for w in count if w not in helpers]
    if not rest or len(rest) > 2:
        return False
    if rest[0] in ("a", "an"):
        return len(rest) == 2  # "A firefighter was injured"
    digits = rest[0].replace(",", "")
    return (digits.isdigit() and int(digits) > 0) or (
        lexicon.table("number_words.toml")["units"].get(rest[0], 0) >= 1
    )  # "Two people were", "14 were": a count in figures or words


_CLAUSE_RE = re.compile(r"[,;:—–()\"“”]")


def _asked(c: Claim, at: int) -> bool:
    """The negation at `at` stands in an indirect question: a question word opens its
    clause within the five words before it, not right after a comma ("the bill, which did
    not pass" asserts) (question_words.txt)."""
    before = c.sentence[: at - c.start]
    clause = _CLAUSE_RE.split(before)[-1]
    words = clause.lower().split()[-5:]
    asks = lexicon.words("question_words.txt")
    if not any(w in asks for w in words):
        return False
    return not re.search(r",\s*(?:which|what)\b[^,]*$", before, re.IGNORECASE)


def _act(pair: Pair) -> Hit | None:
    """The same act, one outlet affirming and the other denying it, where the words around
    it name the same rare things and a common name ("Abbott has not signed the bill into
    law" / "Abbott signed into law a bill")."""
    a, b = pair.a, pair.b
    if a.polarity == b.polarity or a.modality != "asserted" or b.modality != "asserted":
        return None
    if not a.subject or a.subject != b.subject:
        return None  # the same doer by name, or two acts of two people
    if a.extra.get("in_quote") or b.extra.get("in_quote"):
        return None  # what someone said they did or not is theirs, not the outlets'
    pos, neg = (a, b) if a.polarity == "affirmed" else (b, a)
    return Hit(
        f"Polarity differs: '{pos.value_text}' in {label(pos)} vs not '{neg.value_text}' "
        f"in {label(neg)}",
        subject=f"act {pos.value}",
        severity=Severity.WARNING,
    )


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.kind == "sentence":
        return _negation_only(pair)
    if a.kind == "act":
        return _act(pair)
    if a.polarity == b.polarity or pair.score < MIN_SCORE or pair.route != "claim":
        return None
    if "novelty" in (a.frame, b.frame):
        return None  # "not seen in over X" is a framing, DUR002
    if bool(a.extra.get("in_quote")) != bool(b.extra.get("in_quote")):
        return None  # a speaker's words and the outlet's own: two statements
    if not overlap(a, b):
        return None
    pos, neg = (a, b) if a.polarity == "affirmed" else (b, a)
    return Hit(
        f"Polarity differs: affirmed in {label(pos)} ('{clause_of(pos)}') and negated in "
        f"{label(neg)} ('{clause_of(neg)}') for '{pos.value_text}'",
        subject=pos.context,
    )


RULE = Rule(
    code="NEG001",
    name="polarity-flip",
    severity=Severity.WARNING,
    kinds=("date", "quantity", "duration", "sentence", "act"),
    summary="The same proposition is affirmed in one source and negated in another",
    check=check,
    doc=__doc__,
    cases=(
        {  # a bare verb denied and its past form affirmed
            "expect": "contradiction",
            "articles": [
                "The Dunmore school board did not approve the proposal to close two elementary "
                "schools at its meeting on Monday night.",
                "The Dunmore school board approved a plan on Monday to close two elementary "
                "schools at the end of the year.",
            ],
        },
        {  # a negation brings "any" along
            "expect": "contradiction",
            "articles": [
                "The company said it will cut jobs at its Elkridge plant as part of the plan.",
                "The company said it will not cut any jobs at its Elkridge plant as part of the "
                "plan.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Officials said a trade deal was concluded in 2025 after long talks.",
                "Officials said a trade deal could not be concluded in 2025 after long talks.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Officials said a trade deal could not be concluded in 2025 after long talks.",
                "Officials said a trade deal couldn't be concluded in 2025 after long talks.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The family of the injured driver was informed hours later by the hospital.",
                "The family of the injured driver was not informed hours later by the hospital.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The family of the injured driver was not informed until hours later.",
                "The family of the injured driver wasn't informed until hours later.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Gov. Dana Reyes on Wednesday signed the water bill into law at the capitol.",
                "The water bill drew protests, and Reyes has not signed it into law.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Gov. Dana Reyes on Wednesday signed the water bill into law at the capitol.",
                "The water bill drew protests, though the council has not signed it.",
            ],
        },
        {  # a verb of saying with a thing as its object is an act
            "expect": "contradiction",
            "articles": [
                "Mayor Ellen Park declared a state of emergency on Sunday as the river rose.",
                "Mayor Ellen Park has not declared a state of emergency as the river rose.",
            ],
        },
        {  # the same verb before a clause is what she said, not what she did
            "expect": "consistent",
            "articles": [
                "Mayor Ellen Park declared that the bridge over the river was safe.",
                "Mayor Ellen Park has not declared a state of emergency over the river.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Witnesses said the bus did not stop at the crossing before the crash.",
                "Witnesses said the bus never slowed at the crossing before the crash.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "The charges against the mayor were expected to include fraud and bribery, "
                "the county prosecutor said.",
                "The charges against the mayor will not include fraud and bribery, the county "
                "prosecutor said.",
            ],
        },
        {  # the clauses told in another order, one of them negated apart
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "Asked about the plan, the governor said she does not support a new toll on "
                "the Harbor Bridge, and she does support higher parking fees downtown.",
                "The governor does not support higher parking fees downtown, and she does "
                "not support a new toll on the Harbor Bridge, her office said in a statement "
                "on Tuesday.",
            ],
        },
        {  # a contracted auxiliary is the same word written out
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "The mayor told reporters, “We’re not going to close the library on Elm "
                "Street this year,” before the vote.",
                "The mayor told reporters, “We are going to close the library on Elm Street "
                "this year,” before the vote.",
            ],
        },
        {  # a count of people where the other outlet says no one
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "Two people were injured when a gas explosion leveled a vacant house on "
                "Maple Street on Tuesday, fire officials said.",
                "No one was injured when a gas explosion leveled a vacant house on Maple "
                "Street on Tuesday, fire officials said.",
            ],
        },
        {  # one person where the other says no one
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "A firefighter was injured in the blaze at the Maple Street warehouse, fire "
                "officials said.",
                "No one was injured in the blaze at the Maple Street warehouse, fire officials "
                "said.",
            ],
        },
        {  # ... both say no one
            "expect": "consistent",
            "articles": [
                "Nobody was injured when a gas explosion leveled a vacant house on Maple "
                "Street on Tuesday, fire officials said.",
                "No one was injured when a gas explosion leveled a vacant house on Maple "
                "Street on Tuesday, fire officials said.",
            ],
        },
        {  # one clause of sentences worded apart differs by its negation alone
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "The mayor said Monday that the new stadium will not be paid for with city "
                "tax money.",
                "Under the deal approved by the council last week, the new stadium will be "
                "paid for with city tax money, her office confirmed.",
            ],
        },
        {  # ... not when the predicates after it differ
            "expect": "consistent",
            "articles": [
                "The mayor said Monday that the new stadium will not be paid for with city "
                "tax money.",
                "Under the deal approved by the council last week, the new stadium will be "
                "paid for with private donations, her office confirmed.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The county clerk said voters have a right to know which polling places "
                "have been moved since the last election.",
                "The county clerk said voters have a right to know which polling places "
                "haven't been moved since the last election.",
            ],
        },
    ),
)
