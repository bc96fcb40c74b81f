"""The said route: the day one speaker made the statement a story leads with ("The Census
Bureau announced Thursday that the population topped 331 million" / "the Census Bureau
said Monday"). A date beside a verb of saying dates the telling, which elsewhere in a story
is no event of its own (a speaker talks on many days); in the leads of two outlets, told by
the same speaker about the same things, it is the news itself.

Two dates meet here when each stands in its article's first LEAD sentences, outside the
quotation, right beside a verb of telling (telling_verbs.txt: "said Friday", "on Friday
announced", "told reporters on Thursday"; not "will meet on June 16, the White House
said"); the last word of the speaker's name is the same ("the White House said" / "the
White House announced"; "he" or "she" is the name that opens the sentence; a speaker told
by office alone, "the mayor", is not matched); and the two sentences share rare words
beyond the speaker's name (the summed inverse document frequency of their shared anchors
reaches anchors.MIN_WEIGHT): what was said, not only who said it. A speaker an outlet dates
twice in its lead spoke twice, and pairs nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict

from consistency import lexicon
from consistency.align.anchors import MIN_WEIGHT, sentence_weight
from consistency.align.named import across_outlets, dated_apart
from consistency.model import Claim, Pair

LEAD = 1  # sentences of an article that make its lead
SCORE = 75.0

# the capitalised words right before the verb, the date between them allowed ("The White
# House on Friday said", "the Census Bureau said Monday")
_NAME_RUN_RE = re.compile(r"((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*)\s*$")
# between a verb of telling and its day: "said Friday", "told White House reporters on Thursday"
_TO_DATE_RE = re.compile(r"(?:\s+(?!that\b)[\w’'.-]+){0,4}?\s+(?:on\s+)?")
# the name that opens a sentence ("President Donald Trump is ...", "President Biden,
# heeding calls ..., said", after a dateline)
_SUBJECT_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+){0,2}((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s+[a-z]|,\s)"
)
_DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'-]+\s*[―—–-]+\s*")
_AFTER_RE = re.compile(r"^\s+((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*)")


def said_pairs(claims: list[Claim], story: str, idf: dict[str, float]) -> list[Pair]:
    """Pairs of dates from different outlets of one story that date one speaker's
    statement in both leads (`idf`: the story's, from anchors.story_idf)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        speaker = _speaker(c)
        if speaker:
            groups[speaker].append(c)
    out: list[Pair] = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda c: (c.article_id, c.start))
        if dated_apart(members):
            continue
        for a, b in across_outlets(members):
            if sentence_weight(a, b, idf, drop=key) >= MIN_WEIGHT:
                out.append(Pair(a, b, SCORE, story, route="said"))
    return out


def _speaker(c: Claim) -> str:
    """The word naming who made the statement a lead date dates: the last word of the name
    right before the verb of saying ("The White House said Friday" -> "house"), or right
    after it when the attribution is inverted ("..., said Gov. Ann Reyes on Monday")."""
    if (
        c.kind != "date"
        or c.sentence_index >= LEAD
        or not c.value
        or not c.extra.get("written")
        or c.polarity != "affirmed"
        or c.extra.get("in_quote")
        or c.extra.get("names")
        or c.predicate not in lexicon.words("telling_verbs.txt")
    ):
        return ""
    verb = _verb_at(c)
    if verb is None:
        return ""
    at = c.sentence.find(c.value_text)
    if at > verb.start():
        if not _TO_DATE_RE.fullmatch(c.sentence, verb.end(), at):
            return ""  # "said Friday", "told reporters on Thursday"; not a date further on
        before = c.sentence[: verb.start()]
    else:
        if c.sentence[at + len(c.value_text) : verb.start()].strip():
            return ""  # "The White House on Friday said"; not "on June 16, the White House said"
        before = re.sub(r"\s*\bon\s*$", "", c.sentence[:at])
    if re.search(r"\b(?:he|she)\s*$", before):
        found = _SUBJECT_RE.match(_DATELINE_RE.sub("", c.sentence))  # "President Donald Trump
        # is 'very close' to naming ..., he told reporters on Thursday"
    else:
        found = _NAME_RUN_RE.search(before)
    if found is None and re.search(r"[,”\"]\s*$", before):
        found = _AFTER_RE.match(c.sentence, verb.end())
    return _last_word(found)


def opening_name(sentence: str) -> str:
    """The last word of the name that opens a sentence, after its dateline ("Senate
    Republicans on Monday called ..." -> "republicans"), or ""."""
    return _last_word(_SUBJECT_RE.match(_DATELINE_RE.sub("", sentence)))


def _last_word(found: re.Match[str] | None) -> str:
    """The last word of a matched name, lower-cased; "" for no name, a possessive, a
    word of two letters or fewer, or a word that names no one."""
    if found is None:
        return ""
    word = found.group(1).split()[-1].strip(".’'").lower()
    if word.endswith(("'s", "’s")) or len(word) <= 2:
        return ""
    if word in lexicon.words("not_names.txt") or word in lexicon.words("stopwords.txt"):
        return ""
    return word


def _verb_at(c: Claim) -> re.Match[str] | None:
    """The verb of saying nearest the date in its sentence."""
    at = c.sentence.find(c.value_text)
    found = list(re.finditer(rf"\b{re.escape(c.predicate)}\b", c.sentence))
    return min(found, key=lambda m: abs(m.start() - at), default=None)
