"""The thing a date names: "the 2015 nuclear deal", "the Jan. 6 riot", "Tuesday's vote".

A date between a determiner (or a possessive) and a noun does not say when the sentence's
event happened; it tells which deal, riot or vote is meant, and every outlet that names
that thing should name it with the same date. The key is the noun the phrase ends on, as a
predicate class ("riot" meets "insurrection" and "attack"; predicates.toml), so that
"the Jan. 6 insurrection" and "the Jan. 16 attack" can be compared across articles; an
event noun dated after it ("the Capitol riot on Jan. 6"; dated_events.txt) names its event too
(`consistency.align.named`), as does one in apposition after it ("before Aug. 31, the
deadline set for the exit") and a document "dated" by it ("the letter dated April 9").
Words that say when rather than what ("the 2021 fiscal year", "the Jan. 6 weekend") make
no key (not_named_by_dates.txt).
"""

from __future__ import annotations

import re

from consistency import lexicon
from consistency.lexicon.predicates import predicate_class

# "the", "a", "its", "Trump's", and one adjective between ("the deadly Jan. 6 riot")
_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|an?|its|his|her|their|our|this|that)|[A-Za-z]['’]s)\s+(?:[a-z]+\s+)?$"
)
_POSSESSIVE_RE = re.compile(r"['’]s\s+")
# "the deadly Capitol riot on Jan. 6", "the summit in June 2021", "a special election set
# for June 25": an event noun after a determiner and at most two words, then the date it
# is dated by
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:[Tt]he|an?|its|his|her|their|this|that|last)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[A-Za-z]+)\s+(?:on|of|in|(?:set|slated|scheduled|planned)\s+for)\s+$"
)
# "before Aug. 31, the deadline set for a complete exit": an event noun in apposition,
# after one adjective at most
_APPOSITION_RE = re.compile(r",\s+(?:the|an?)\s+([a-z-]+)\b(?:\s+([a-z]+)\b)?")
# "the letter dated April 9", "a memo dated Jan. 3": a document the date names
_DATED_RE = re.compile(r"\b(?P<noun>[a-z]+)\s+dated\s+$")
_WORD_RE = re.compile(r"\s*([A-Za-z][A-Za-z-]*)")
MAX_WORDS = 3  # words of the noun phrase after the date: "presidential election results"


def named_noun(sentence: str, start: int, end: int) -> str:
    """The noun a date names, as written ("vote" in "Tuesday's vote"), or "". `start:end`
    is the date in `sentence`; a weekday or a day may also name a thing as a possessive."""
    dated = _DATED_RE.search(sentence[max(0, start - 30) : start])
    if dated and dated.group("noun") not in lexicon.words("stopwords.txt"):
        return dated.group("noun")  # "the letter dated April 19" names the April 19 letter
    event = _EVENT_BEFORE_RE.search(sentence[max(0, start - 60) : start])
    if event and predicate_class(event.group("noun")) in lexicon.words("dated_events.txt"):
        return event.group("noun").lower()  # "the deadly Capitol riot on Jan. 6"
    apposed = _APPOSITION_RE.match(sentence, end)
    for noun in apposed.groups() if apposed else ():  # "before Aug. 31, the deadline set"
        if noun and predicate_class(noun) in lexicon.words("dated_events.txt"):
            return noun
    after = end
    poss = _POSSESSIVE_RE.match(sentence, end)
    if poss:
        after = poss.end()
    elif not _BEFORE_RE.search(sentence[max(0, start - 30) : start]):
        return ""
    stop = lexicon.words("stopwords.txt") | lexicon.words("prepositions.txt")
    skip = lexicon.words("not_named_by_dates.txt")
    head = ""
    for _ in range(MAX_WORDS):
        m = _WORD_RE.match(sentence, after)
        if not m:
            break
        word = m.group(1).lower()
        if word in stop or (head and word.endswith(("ing", "ed"))):
            break  # "the Jan. 6 committee investigating": the phrase ends before a verb
        head, after = word, m.end()
        if sentence[after : after + 1] in ",;:.!?)":
            break
    if not head or head in skip or head.isdigit():
        return ""
    return head
