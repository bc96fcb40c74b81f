"""A person's age given after the name: "Smith, 41, was charged", "Maria Lopez, 41, of
Dayton", "Haraldsen, who turned 61 last month,", "Colin Powell died at age 84", "Powell,
who died at the age of 84", "Ruth Jennings, aged 90"; and an obituary's "He was 81." after
the person is named doing something. The claim is an age (a duration of frame "age")
whose predicate is the person's surname, so that it meets "the 48-year-old Smith" (read by
durations) in another outlet. "At age N" is the age of the nearest name before it in its
clause, and only at a death ("died", "was killed": predicates.toml): "moved to Ohio at age
13" is the age then; never a threshold ("for people over age 65", "children ages 12 and
older": no one's age).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consistency import lexicon
from consistency.lexicon.predicates import predicate_class
from consistency.lexicon.titles import title_words
from consistency.normalize.context import person_key

_NAME_WORD = r"[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?"  # "McAfee", "DeSantis" too
_NAME = rf"{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{0,2}}"
_APPOSITIVE_RE = re.compile(rf"\b(?P<name>{_NAME}),\s+(?P<age>\d{{1,3}}),")
# what every apposition holds, found by a cheap scan (a literal comma first)
_AGE_RE = re.compile(r",\s+\d{1,3},")
# "died at age 84", "at the age of 84", "aged 84"; the name before it, in its clause
# "died Sunday at 79": a bare figure after "at" in a death's clause, not a clock time
_DIED_AT_RE = re.compile(
    r"\b(?:died|dies|dead)\b[^,.;:]{0,40}?\bat\s+(?P<age>\d{1,3})\b(?![:.]\d|\s*(?:a\.m|p\.m|am\b|pm\b|percent|%|o['’]clock))"
)
_AT_AGE_RE = re.compile(
    r"\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)(?P<age>\d{1,3})\b(?!\s*(?:or|and|to|-|through)\b)"
)
_NAMES_RE = re.compile(rf"\b{_NAME}")
_WORDS_RE = re.compile(r"[a-z]+")
_APPOSITION_RE = re.compile(r",\s+(?:the|a|an|his|her|its|their|who|which|whose)\s[^,]*,")
_CLAUSE_CUT_RE = re.compile(r"[;:()\u2014\u2013]|\b(?:and|but|while|when|after|before)\s")
DAYS_A_YEAR = 365.25


@dataclass(frozen=True, slots=True)
class AgeMention:
    start: int
    end: int
    years: int
    key: str  # the person's surname, lower-cased
    name: str = ""  # the name as written ("Luis Ortiz"), to tell two of one surname apart


# "Elin Haraldsen, who turned 61 last month,", "Ruiz, who is 44,": the age in a relative
# clause right after the name (never "who is 44th in line"; "who was 19 when" is an age then)
_WHO_AGE_RE = re.compile(
    rf"\b(?P<name>{_NAME}),\s+who\s+(?:turned|turns|is)\s+(?P<age>\d{{1,3}})\b"
    r"(?![.,]\d|\s*(?:%|percent|per\s+cent|st|nd|rd|th)\b|-)"
)


def _who_age(sentence: str) -> list[AgeMention]:
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt")
    out = []
    for m in _WHO_AGE_RE.finditer(sentence):
        years, name = int(m.group("age")), m.group("name")
        if any(w in skip for w in name.lower().replace(".", " ").split()):
            continue
        if 0 < years < 120:
            out.append(AgeMention(m.start("age"), m.end("age"), years, person_key(name), name))
    return out


def find_ages(sentence: str) -> list[AgeMention]:
    out = _at_age(sentence) if "age" in sentence or "die" in sentence or "dead" in sentence else []
    if ", who " in sentence:
        out += _who_age(sentence)
    if "," not in sentence or not _AGE_RE.search(sentence):
        return out
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt")
    for m in _APPOSITIVE_RE.finditer(sentence):
        years = int(m.group("age"))
        words = m.group("name").lower().replace(".", " ").split()
        if any(w in skip for w in words) or re.match(r"\s*\d", sentence[m.end() :]):
            continue  # "March 3, 1999," and "Tuesday, 12, 14" are no one's age
        if 0 < years < 120:
            name = m.group("name")
            out.append(AgeMention(m.start("age"), m.end("age"), years, person_key(name), name))
    return out


def _at_age(sentence: str) -> list[AgeMention]:
    """ "Colin Powell died at age 84": the age of the nearest name before it in its clause."""
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt")
    out = []
    found = list(_AT_AGE_RE.finditer(sentence)) + list(_DIED_AT_RE.finditer(sentence))
    for m in sorted(found, key=lambda m: m.start("age")):
        years = int(m.group("age"))
        before = _APPOSITION_RE.sub(" ", sentence[: m.start()])  # "Powell, the first ...,"
        clause = _CLAUSE_CUT_RE.split(before)[-1]
        names = [
            n.group()
            for n in _NAMES_RE.finditer(clause)
            if not any(w in skip for w in n.group().lower().replace(".", " ").split())
        ]
        if (
            m.re is _AT_AGE_RE
            and m.group().startswith("at")
            and not any(predicate_class(w) == "killed" for w in _WORDS_RE.findall(clause))
        ):
            continue  # "moved to Ohio at age 13": the age then, not the person's age
        if names and 0 < years < 120:
            name = names[-1]
            out.append(AgeMention(m.start("age"), m.end("age"), years, person_key(name), name))
    return out


_PRONOUN_AGE_RE = re.compile(r"\s*(?:He|She)\s+was\s+(?P<age>\d{1,3})(?:\s+years\s+old)?\s*\.?\s*$")


def pronoun_age(sentence: str, who: str) -> list[AgeMention]:
    """ "He was 81.", the obituary's line: the age of `who`, the surname the sentence before
    opened with ("Walter Quinn, who led the orchestra, died on Sunday."), if any."""
    m = _PRONOUN_AGE_RE.match(sentence) if who and sentence.lstrip()[:2] in ("He", "Sh") else None
    if not m or not 0 < int(m.group("age")) < 120:
        return []
    return [AgeMention(m.start("age"), m.end("age"), int(m.group("age")), who)]


# a sentence that opens with a person's name, after at most a determiner and a noun ("The
# conductor Viktor Halloran, who ...")
_LEADING_RE = re.compile(rf"^\s*(?:(?:The|A|An)\s+[a-z-]+\s+)?(?P<name>{_NAME})\b(?:,|\s+[a-z])")


def leading_name(sentence: str) -> str:
    """The surname a sentence opens with, or "" (a name of two or more words, no place or
    organisation word in it)."""
    m = _LEADING_RE.match(sentence)
    if not m or len(m.group("name").split()) < 2:
        return ""
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt")
    if any(w.lower() in skip for w in m.group("name").split()):
        return ""
    return person_key(m.group("name"))


LEAD_CHARS = 400  # where an article names the person it is about
_LEAD_NAME_RE = re.compile(rf"\b{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\b")
_SPEAKS_RE = re.compile(r",?\s+(?:said|says|told|tells|announced|confirmed|stated)\b")


def lead_person(text: str, before: int) -> str:
    """The person an article is about, for "The 75-year-old entrepreneur was arrested ...":
    the first full name it writes (within its first LEAD_CHARS, before `before`), or ""
    when that name is no one's (a place, an organisation, a title word), is only the one
    speaking ("Sgt. Dana Holt said ..."), or has an age the article gives after the name
    ("McAfee, 75,"), when a description with an age of its own is someone else."""
    skip = lexicon.words("not_names.txt") | lexicon.words("anchor_skip.txt") | title_words()
    m = _LEAD_NAME_RE.search(text, 0, min(before, LEAD_CHARS))
    if not m:
        return ""
    words = m.group().split()
    while words and words[0].lower().rstrip(".") in title_words():
        words = words[1:]  # "President Donald Trump": Donald Trump
    if len(words) < 2 or any(w.lower().rstrip(".") in skip for w in words):
        return ""
    if _SPEAKS_RE.match(text, m.end()):
        return ""  # "Sgt. Dana Holt said a man was hurt": who tells, not who the news is about
    surname = words[-1]
    if re.search(rf"\b{re.escape(surname)},\s+\d{{1,3}},", text):
        return ""
    return person_key(" ".join(words))


def full_name_before(text: str, before: int, surname: str) -> str:
    """The last full name with `surname` the article wrote before `before` ("Tomas Reyes"
    for a later "Reyes"), or ""; never a title or a capitalised word that names no one
    ("Coach Reyes", "The Reyes"), nor a word the article writes in lower case too
    ("Though Reyes")."""
    pattern = re.compile(rf"\b([A-Z][a-z’'-]+)\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b")
    skip = lexicon.words("not_names.txt") | lexicon.words("stopwords.txt") | title_words()
    for m in reversed(list(pattern.finditer(text, 0, before))):
        given = m.group(1)
        if given.lower() in skip or re.search(rf"\b{re.escape(given.lower())}\b", text):
            continue  # a word the article also writes in lower case is no given name
        return f"{given} {surname}"
    return ""
