"""Acts: the verbs that say what happened ("signed", "was killed", "did not recognize"),
with whether the sentence affirms or denies them, so that "Abbott has not signed the bill"
can meet "Abbott signed the bill" in another outlet.

A verb is a past form (irregular ones from event_verbs.txt, regular ones by "-ed"), or the
bare verb after an auxiliary ("did not recognize", "will be returning"); never an infinitive
("wanted to be associated": the act is the wanting), nor a verb of saying, unless it does a
thing named after "a" or "an" ("declared a state of emergency"; speech_acts.txt). It is
denied when a negation cue stands within the three words before it with no punctuation and
no "and", "or" or "but" between ("not political advisers, drove" denies the advisers, not
the driving; "said no and went on to win" denies nothing). Its doer is the last capitalised
word of the six before it ("Gov. Greg Abbott on Wednesday signed" -> Abbott), unless that
name is the object of a preposition ("members in the House who wanted": no named doer) or
stands in an apposition closed right before the verb ("Barrack, a friend of Donald Trump,
was arrested" -> Barrack). "He" or "she" right before the verb is the person the article
named doing something last; an act with no doer is not kept, as nothing compares it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from consistency import lexicon
from consistency.lexicon.opposites import oppositions
from consistency.lexicon.predicates import verb_key
from consistency.normalize.numbers import parse_number

_WORD_RE = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)?")
_BEFORE = 3  # words before a verb a negation may stand in
_DOER = 6  # words before a verb its doer's name may stand in


@dataclass(frozen=True, slots=True)
class ActMention:
    start: int
    end: int
    verb: str  # stemmed
    negated: bool
    doer: str  # the last capitalised word before the verb, lower-cased; "" when none
    pronoun: bool = False  # no name, but "he"/"she" right before: the article's last doer
    passive: bool = False  # "was approved": the doer named is what the act was done to
    patient: str = ""  # active: the name right after the verb ("rejected Amendment 64")
    agent: str = ""  # passive: the name after "by" ("were rejected ... by the Orland board")


@cache
def _cues() -> frozenset[str]:
    single = {c for c in lexicon.words("negation.txt") if " " not in c and "'" not in c}
    return frozenset(single | {"not", "never"})


_MODALS = frozenset(
    ["did", "does", "do", "will", "would", "could", "can", "should", "must", "may", "might"]
)
_PUNCT_RE = re.compile(r"[,;:—–()]|\b(?:and|or|but)\b")  # what ends a negation's reach:
# "not political advisers, drove"; "said no and went on to win" denies nothing of "went"
_PARTY_RE = re.compile(r"\b[RDI]-$")
_PRONOUNS = frozenset({"he", "she"})
_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})
# the name an active verb is done to, right after it: "rejected Amendment 64", "fired the
# Reno Police Chief Dan Orr"; never one after a preposition ("lost to Smith")
_OBJECT_RE = re.compile(r"\s+(?:the\s+)?((?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'-]+)")
# an apposition closed right before the verb ("Barrack, a close friend of Donald Trump, was
# arrested"): its names are not who acts; the name before it is
_APPOSITION_END_RE = re.compile(
    r"(?<=[A-Za-z.]),\s+(?:a|an|the|who|whose|one|his|her|its|their)\s[^,;:()]*(?:,[^,;:()]*)?,\s+"
    r"(?:(?:was|were|is|are|has|had|have|been|also|now|later|then|not|never)\s+)*$"
)  # a person; "they" and "it" are too often no one named


_THING_AFTER_RE = re.compile(r"\s+an?\s+[a-z]")  # "declared a state of emergency"


@cache
def _verb_re() -> re.Pattern[str]:
    """A past form (a lower-case word in -ed of five letters or more, or an irregular one),
    or the bare verb after an auxiliary ("did not stop", "didn't stop", "will be returning")."""
    irregular = "|".join(sorted(lexicon.words("event_verbs.txt"), key=len, reverse=True))
    modals = "|".join(sorted(_MODALS))
    aux = rf"\b(?:(?:{modals})(?:n['’]t|\s+not|\s+never)?|won['’]t)(?:\s+be)?\s+"
    # "\b(?=[a-z])" first, which both branches imply: the scan skips the inside of words
    return re.compile(
        rf"\b(?=[a-z])(?:{aux}(?P<bare>[a-z]+)|(?<![\w'’-])(?P<past>[a-z][a-z-]{{2,}}ed|{irregular}))\b"
    )


def find_acts(sentence: str) -> list[ActMention]:
    skip = _skip()
    cues = _cues()
    not_names = lexicon.words("not_names.txt")
    out = _voted_to(sentence, not_names) if "vot" in sentence else []
    for found in _verb_re().finditer(sentence):
        key = "bare" if found.group("bare") else "past"
        start, end = found.span(key)
        lw = found.group(key)
        if lw in skip and not (
            lw in lexicon.words("speech_acts.txt") and _THING_AFTER_RE.match(sentence, end)
        ):
            continue  # "declared an emergency" is an act; "declared that ..." is speech
        down = _DOWN_RE.match(sentence, end) if lw in ("turned", "voted") else None
        if down:  # "turned down the plan", "voted down the measure": rejected it
            end, lw = down.end(), "rejected"
        away = _AWAY_RE.match(sentence, end) if lw == "passed" else None
        if away:  # "passed away on Feb. 20": died
            end, lw = away.end(), "died"
        before_text = sentence[max(0, start - 80) : start]
        before = list(_WORD_RE.finditer(before_text))
        lower = [w.group().lower() for w in before]
        if lower and (
            lower[-1] == "to"
            or (len(lower) > 1 and lower[-1] in ("be", "have") and lower[-2] == "to")
        ):
            continue  # an infinitive belongs to the verb before it
        n = len(before)
        negated = any(
            lower[j] in cues and not _PUNCT_RE.search(before_text, before[j].end())
            for j in range(max(0, n - _BEFORE), n)
        ) or (
            ("n't" in before_text or "n’t" in before_text)  # a cheap look before the scan
            and bool(re.search(r"n['’]t\s+(?:be\s+)?$", before_text))
        )
        app = (
            _APPOSITION_END_RE.search(sentence, max(0, start - 240), start)
            if "," in before_text
            else None
        )
        if app:  # "Thomas Barrack, a friend of Donald Trump, was arrested": Barrack
            named = list(_WORD_RE.finditer(sentence[max(0, app.start() - 80) : app.start()]))
            doer = _doer(named, [w.group().lower() for w in named], not_names)
        else:
            doer = _doer(before, lower, not_names)
        pronoun = not doer and any(w in _PRONOUNS for w in lower[-3:])
        passive = any(w in _BE for w in lower[-2:])
        by = _AGENT_RE.match(sentence, end) if passive else None
        agent = by.group(1).split()[-1].lower() if by else ""
        if agent in not_names:
            agent = ""  # "by Tuesday": a day, not who did it
        if doer or pronoun or agent:  # an act nobody is named doing is compared with nothing
            obj = None if passive else _OBJECT_RE.match(sentence, end)
            patient = obj.group(1).split()[-1].lower() if obj else ""
            if patient in not_names:
                patient = ""  # "voted Friday": a day, not what was voted on
            out.append(
                ActMention(
                    start, end, verb_key(lw), negated, doer, pronoun, passive, patient, agent
                )
            )
    return sorted(out, key=lambda a: a.start)


# "turned down", "voted down": the particle that makes the verb a rejection
_DOWN_RE = re.compile(r"\s+down\b")
_AWAY_RE = re.compile(r"\s+away\b")  # "passed away": died
# the name after "by" that did a passive act: "were rejected on Tuesday night by
# Ferncastle's planning committee" -> Ferncastle; no punctuation between
_AGENT_RE = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+by\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w-]*)"
    r"(?:['’]s)?\b"
)
# "voted 7-4 on Tuesday to approve the plan": the decision voted on is the act
_VOTED_TO_RE = re.compile(
    r"\bvoted\b(?P<mid>[^.;:,()]{0,40}?)(?P<not>\bnot\s+)?\bto\s+(?P<verb>[a-z]+)\b"
)


def _voted_to(sentence: str, not_names: frozenset[str]) -> list[ActMention]:
    """The decision a body voted for ("The Orland board voted 4-3 to approve ..."): an act
    whose verb is one of a decision's (opposites.toml: approved / rejected), done by whoever
    voted."""
    out = []
    for m in _VOTED_TO_RE.finditer(sentence):
        verb = m.group("verb")
        if not _decision(verb):
            continue
        before = list(_WORD_RE.finditer(sentence[max(0, m.start() - 80) : m.start()]))
        doer = _doer(before, [w.group().lower() for w in before], not_names)
        if doer:
            negated = bool(m.group("not"))
            out.append(ActMention(m.start("verb"), m.end("verb"), verb_key(verb), negated, doer))
    return out


@cache
def _decision(verb: str) -> bool:
    """A verb of deciding on a proposal: a side of the approved / rejected opposition."""
    return "approved|rejected" in oppositions(verb)


def _doer(before: list[re.Match[str]], lower: list[str], not_names: frozenset[str]) -> str:
    """The last capitalised word of the _DOER before a verb that no preposition governs."""
    n = len(before)
    phrase_end = n  # words from here on are a prepositional phrase's ("in the House")
    for j in range(n - 1, max(-1, n - 1 - _DOER), -1):
        w = before[j].group()
        if j >= phrase_end or not w[0].isupper() or len(w) <= 2 or lower[j] in not_names:
            continue
        if _PARTY_RE.search(before[j].string, 0, before[j].start()):
            continue  # "Farenthold, R-Texas, announced": the state of a party code
        if parse_number(lower[j]) is not None:
            continue  # "Twelve people were killed": a count, not who
        start_of = _phrase_start(before, lower, j)
        if start_of < 0:
            return lower[j]
        phrase_end = start_of
    return ""


def _phrase_start(before: list[re.Match[str]], lower: list[str], j: int) -> int:
    """Where a preposition stands before the name ending at word j ("members in the House
    who wanted", "members of the House GOP do not want"), or -1: a name so placed is not
    who acts."""
    k = j
    while k > 0 and _joined(before[k - 1], before[k]):
        if before[k - 1].group()[0].isupper():
            k -= 1  # the start of the name ("Mr. Trump: Mexico" is two)
        elif (
            lower[k - 1] in ("of", "and", "for")
            and k > 1
            and before[k - 2].group()[0].isupper()
            and _joined(before[k - 2], before[k - 1])
        ):
            k -= 2  # inside a name: "Secretary of State Marco Rubio", "Food and Drug"
        else:
            break
    if k > 0 and lower[k - 1] in ("the", "a", "an"):
        k -= 1
    return k - 1 if k > 0 and lower[k - 1] in lexicon.words("prepositions.txt") else -1


def _joined(left: re.Match[str], right: re.Match[str]) -> bool:
    """Two words of one name: nothing but spaces or a period of an abbreviation between."""
    gap = left.string[left.end() : right.start()]
    return gap.strip() in ("", ".")


@cache
def _skip() -> frozenset[str]:
    """Words never an act: verbs of saying, words the date extractor knows are no verbs,
    negation cues, auxiliaries and function words."""
    return (
        lexicon.words("speech_verbs.txt")
        | lexicon.words("not_event_verbs.txt")
        | _cues()
        | lexicon.words("auxiliaries.txt")
        | lexicon.words("function_words.txt")  # "didn't and wouldn't sign": "and" is no verb
    )
