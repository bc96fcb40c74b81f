"""DUR001 duration-mismatch: the same state or event is given durations that do not meet.

Contradiction:
    "relations have been strained for about two decades" vs "months of strained relations":
    about 20 years against a few months, for the same relations and the same kind of state.

Consistent:
    "a four-day conflict" vs "the four-day conflict"; "months of strain" vs "several months
    of tension".

Why it matters:
    How long something has lasted frames the whole story: a months-old rift and a
    decades-old one are different news.

Confidence rests on:
    error: the durations belong to the same state (predicate class) of the same subject, or
    stand in the differing words of a minimal pair. Durations are not paired by the words
    around them alone: tried, that paired mostly different spans of time. Ages: error in a
    minimal pair, else warning (a person is met by surname, or by the words around the
    age); two ages after two different full names ("Daniel Ortiz, 24," / "Luis Ortiz,
    19,") are two people and not compared. A thing's age in figures ("a 76-year-old law" /
    "a 93-year-old law", each article giving the thing one) is warning, exact as an age.
    How long since something last happened ("the first ... in more than three decades" /
    "in nearly two decades") is warning, on the novelty route only (consistency.align.novelty:
    one such span an article, rare words near both).

Known limits:
    States are grouped by word lists (strain, tension, friction...); relations between the
    story's parties meet on their head noun, so two different relationships in one story
    can be compared. On the paraphrase routes durations less than 1.5 times apart after
    their qualifiers are taken for rounding ("nearly five hours" / "about six hours"); in a
    minimal pair ("lasted about six hours" / "lasted about nine hours") they are not.
"""

from __future__ import annotations

import math
import re

from consistency.lexicon.predicates import predicate_class
from consistency.model import Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    label,
    minimal,
    overlap,
    possessive,
    strict_bounds_meet,
)


def describe(c) -> str:
    return c.subject or "the same subject"


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.polarity != "affirmed" or b.polarity != "affirmed":
        return None
    if a.frame != b.frame or (a.frame == "novelty" and pair.route != "novelty"):
        return None
    if a.modality != "asserted" or b.modality != "asserted":
        return None
    if overlap(a, b) and not strict_bounds_meet(a, b):
        return None
    if a.frame == "age" and (_two_people(a, b) or _two_nouns(a, b) or _another(a) or _another(b)):
        return None  # "Daniel Ortiz, 24," and "Luis Ortiz, 19,": brothers, not one man;
        # "a 24-year-old man" and "his brother, a 29-year-old man": two people
    subject = describe(a if a.subject else b)
    ratio = max(a.lo, b.lo) / max(min(a.hi, b.hi), 1e-9)
    if a.frame == "novelty":
        if math.isfinite(ratio) and ratio < 1.5:
            return None
        return Hit(  # "the first ... in more than three decades" / "in nearly two decades"
            f"Time since differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)})",
            subject=f"novelty {a.value}/{b.value}",
            severity=Severity.WARNING,
        )
    things_aged = bool(
        a.extra.get("aged") and b.extra.get("aged")
    )  # "a 76-year-old law" / "a 93-year-old law"
    if (
        math.isfinite(ratio)
        and ratio < 1.5
        and a.frame != "age"
        and not things_aged
        and not minimal(pair)
    ):
        return None  # close durations are rounding, not a contradiction (an age is exact);
        # in sentences the same but for the figure ("about six" / "about nine hours") they
        # are the one thing told
    what = f" for {possessive(subject)} {a.predicate}" if a.predicate else ""
    if a.predicate and not (a.subject or b.subject):
        what = f" for the {a.predicate}"  # "the outage that lasted ...": no one's
    kind = "Age" if a.frame == "age" or things_aged else "Duration"
    if things_aged:
        what = f" for the {a.predicate}"
    if a.frame == "age":
        who = a.extra.get("name") or b.extra.get("name")
        if not who and "apposition" in (a.extra.get("written"), b.extra.get("written")):
            who = a.predicate.capitalize()  # "Lopez, 44,": the predicate is the surname
        what = f" for {who}" if who else f" for the {a.predicate}" if a.predicate else ""
    ta, tb = (
        (_years(a), _years(b)) if a.frame == "age" or things_aged else (a.value_text, b.value_text)
    )
    return Hit(
        f"{kind} differs: '{ta}' ({label(a)}) vs '{tb}' ({label(b)}){what}",
        subject=f"{subject} {a.predicate}",
        severity=None
        if minimal(pair) or (a.frame != "age" and not things_aged)
        else Severity.WARNING,
    )


def _years(c) -> str:
    """An age as a reader writes it ("16 years"), whether the text wrote "16-year-old",
    "Smith, 16," or "at age 16"."""
    return f"{round(float(c.value) / 365.25):g} years"


def _another(c) -> bool:
    """The age's sentence speaks of a second one of its noun ("a 19-year-old man accused of
    shooting another man"): the noun names more than one person in the story."""
    noun = re.escape(c.predicate)
    return bool(noun) and bool(
        re.search(rf"\b(?:another|other|second|both)\s+{noun}\b", c.sentence, re.IGNORECASE)
    )


def _two_nouns(a, b) -> bool:
    """The ages are of two different nouns or names ("man" / "brother")."""
    return (
        bool(a.predicate)
        and bool(b.predicate)
        and (predicate_class(a.predicate) != predicate_class(b.predicate))
    )


def _two_people(a, b) -> bool:
    """Both ages are given after a full name, and neither name holds the other ("Daniel
    Ortiz" / "Luis Ortiz"); a title or a middle name is more of one name ("Chiefs of Staff
    Colin Powell" / "Colin Powell", "Paul Allard Hodgkins" / "Paul Hodgkins")."""
    na, nb = a.extra.get("name", "").lower().split(), b.extra.get("name", "").lower().split()
    return len(na) >= 2 and len(nb) >= 2 and not (set(na) <= set(nb) or set(nb) <= set(na))


RULE = Rule(
    code="DUR001",
    name="duration-mismatch",
    severity=Severity.ERROR,
    kinds=("duration",),
    summary="Durations of the same state or event do not meet",
    check=check,
    doc=__doc__,
    cases=(
        {  # an age in apposition after "the" is the named person's
            "expect": "contradiction",
            "articles": [
                "Marta Ekberg, the 17-year-old forward who joined the club last year, scored "
                "twice in the final.",
                "Ekberg, 19, scored twice in the second half of the final.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Marta Ekberg, the 17-year-old forward who joined the club last year, scored "
                "twice in the final.",
                "Ekberg, 17, scored twice in the second half of the final.",
            ],
        },
        {  # the same sentence but for the figure: no rounding makes six hours nine
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "The power cut lasted about four hours, the utility said on Monday.",
                "The power cut lasted about six hours, the utility said on Monday.",
            ],
        },
        {  # how long one thing lasted, told in other words
            "expect": "contradiction",
            "articles": [
                "Trains on the Corran Valley line are running again after a signal failure "
                "that lasted more than nine hours, the rail operator said.",
                "The rail operator said the signal failure on the Corran Valley line lasted "
                "nearly five hours.",
            ],
        },
        {  # ... and two things that lasted
            "expect": "consistent",
            "articles": [
                "Trains on the Corran Valley line are running again after a signal failure "
                "that lasted more than nine hours, the rail operator said.",
                "The rail operator said the bus replacement service on the Corran Valley line "
                "lasted nearly five hours.",
            ],
        },
        {  # a son and his father of one surname, each with his age
            "expect": "consistent",
            "articles": [
                "A truck struck and killed 19-year-old student Aaron Whitlow on Route 9 "
                "early Sunday, state police said.",
                "His father, Dennis Whitlow, 52, asked drivers to slow down near the campus.",
            ],
        },
        {  # ... and one man's age told two ways
            "expect": "contradiction",
            "articles": [
                "A truck struck and killed 19-year-old student Aaron Whitlow on Route 9 "
                "early Sunday, state police said.",
                "Aaron Whitlow, 23, was walking home from a late shift, state police said.",
            ],
        },
        {  # how long since it last happened, one span an outlet
            "expect": "contradiction",
            "articles": [
                "Regulators approved the first new vaccine for the Tallis fever in more than "
                "three decades on Monday.",
                "The approval marks the first new vaccine against Tallis fever in nearly two "
                "decades, officials said.",
            ],
        },
        {  # spans of two different things in one story
            "expect": "consistent",
            "articles": [
                "Regulators approved the first new vaccine for the Tallis fever in more than "
                "three decades on Monday.",
                "The outbreak is the worst to strike the Harwick valley in a century, "
                "officials said.",
            ],
        },
        {  # rounding: "nearly two decades" is "about 20 years"
            "expect": "consistent",
            "articles": [
                "Regulators approved the first new vaccine for the Tallis fever in 18 years "
                "on Monday.",
                "The approval marks the first new vaccine against Tallis fever in nearly two "
                "decades, officials said.",
            ],
        },
        {  # a bare surname is the full name its article gave it before: two people
            "expect": "consistent",
            "articles": [
                "Midfielder Tomas Okonjo scored twice as the Gulls beat Calder 2-1. Okonjo, 24, "
                "opened the scoring in the 23rd minute.",
                "Calder defender Ivan Okonjo, 31, had brought his side level after the break.",
            ],
        },
        {  # ... and one person when the full names agree
            "expect": "contradiction",
            "articles": [
                "Midfielder Tomas Okonjo scored twice as the Gulls beat Calder 2-1. Okonjo, 24, "
                "opened the scoring in the 23rd minute.",
                "Tomas Okonjo, 29, opened the scoring for the Gulls in the 23rd minute.",
            ],
        },
        {  # a thing's age in figures, one in each article
            "expect": "contradiction",
            "articles": [
                "The county board repealed a 64-year-old ordinance that banned Sunday sales.",
                "A 46-year-old county ordinance banning Sunday sales is officially gone.",
            ],
        },
        {  # close spans of a state are rounding, not a contradiction
            "expect": "consistent",
            "articles": [
                "The two towns have feuded over the water rights for about 40 years.",
                "The towns' feud over water rights has lasted some 45 years.",
            ],
        },
        {  # a sentence that speaks of another man: the victim and the suspect are two men
            "expect": "consistent",
            "articles": [
                "A 24-year-old man was wounded in a shooting outside a bar in Eastgate late "
                "Friday, police said.",
                "Bail was set on Sunday for a 19-year-old man accused of shooting another man "
                "outside an Eastgate bar on Friday night.",
            ],
        },
        {  # both outlets know of both boys: neither contradicts the other
            "expect": "consistent",
            "articles": [
                "A 15-year-old boy was hurt Saturday when a car hit his bicycle on Bay Road. "
                "Hours later a 17-year-old boy was hurt on a scooter on Pier Street.",
                "Police said a 17-year-old boy riding a scooter on Pier Street was hurt "
                "Saturday. Earlier, a 15-year-old boy on a bicycle was hit on Bay Road.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Brazil-Argentina relations have been strained for about two decades.",
                "The talks follow months of strained Brazil-Argentina relations.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "The talks follow months of strain in bilateral relations.",
                "The talks follow several months of tension in Brazil-Argentina relations.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Smith, 41, was charged with murder in the death of his neighbor, police said.",
                "The 48-year-old Smith was charged with murder in the death of his neighbor.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Smith, 41, was charged with murder in the death of his neighbor, police said.",
                "The 41-year-old Smith was charged with murder in the death of his neighbor.",
            ],
        },
        {  # an age after the verb, and words before the given name that are no name
            "expect": "contradiction",
            "articles": [
                "Former Reno police chief Ruth Alvarez died at age 71 after a long illness.",
                "Ruth Alvarez, the first woman to lead the Reno police, died on Sunday at the "
                "age of 84, her family said.",
            ],
        },
        {  # one girl in each article, worded apart: the story's girl
            "expect": "contradiction",
            "articles": [
                "Officers fired after a 16-year-old girl ran at them with a knife in Akron.",
                "The mayor of Akron said a 19-year-old girl died in the hospital overnight.",
            ],
        },
        {  # two people of one surname, each with an age
            "expect": "consistent",
            "articles": [
                "Daniel Ortiz, 24, was charged with assault after the fight in Reno.",
                "Police in Reno also charged Luis Ortiz, 19, with assault after the fight.",
            ],
        },
        {  # the person an article opens on, later told by what she does and her age
            "expect": "contradiction",
            "articles": [
                "Retired fashion designer Helena DeMarco was found dead at her villa near "
                "Lisbon on Tuesday, police said. Officers were called by a neighbour. The "
                "81-year-old designer had lived there since 1990. DeMarco leaves two sons.",
                "Police in Lisbon said DeMarco, 68, was found dead at her villa on Tuesday.",
            ],
        },
        {  # ... but not someone on the other side of the event, nor kin
            "expect": "consistent",
            "articles": [
                "Retired fashion designer Helena DeMarco was found dead at her villa near "
                "Lisbon on Tuesday, police said. The 19-year-old suspect was arrested at the "
                "airport. DeMarco leaves two sons.",
                "Police in Lisbon said DeMarco, 68, was found dead at her villa on Tuesday.",
            ],
        },
    ),
)
