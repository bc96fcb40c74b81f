"""ROL003 title-conflict: one person is given two titles, or two parties, that cannot both
be right.

Contradiction:
    "Sgt. Maria Lopez said the motive is unclear." vs "Lt. Maria Lopez said the motive is
    unclear."; "Fire Chief Ray Ortega said" vs "Police Chief Ray Ortega said" (a title in
    two services); "Rep. Dana Cole (D-Ore.)" vs "Rep. Dana Cole (R-Ore.)"; "Vice President
    Ann Ruiz" vs "President Ann Ruiz" in otherwise identical sentences; "Sen. Mark Hale"
    in one story and "Rep. Mark Hale" in another.

Consistent:
    "Sgt. Maria Lopez" vs "Sergeant Maria Lopez" (an abbreviation); "Police Chief Dan Orr"
    vs "Chief Dan Orr"; "Sen. Mark Hale" vs "Mark Hale, a senator".

Why it matters:
    A wrong rank, office or party misstates who someone is, and outlets are corrected for it.

Confidence rests on:
    error: the two sentences are the same but for the title or party before the same name,
    or the service a title is held in (title_departments.txt: "Fire" / "Police" before
    "Chief") (a minimal pair); warning: role claims for the same person (full name; initials, a
    possessive and a short given name aside: "Chris Dodd" / "Christopher J. Dodd") whose titles are
    two ranks of one ladder or two elected seats ("Sen. Ron Diaz" / "Gov. Ron Diaz"), both
    held now, or "Vice"/"Deputy"/"Lieutenant"
    before a head of state, government or city on one side only (there the surname alone
    on one side is enough: "Vice President Joe Biden" / "President Biden"); party codes for
    the same surname from the same state (lexicon/data/title_abbreviations.toml), a party
    said in words ("a Kansas Democrat", "Republican Sen. John Thune") meeting a code;
    states are compared only when both sides give one (us_states.toml).

Known limits:
    Only titles of one listed family exclude each other (ranks of a ladder; elected seats:
    senator, representative, governor, mayor...; public offices: sheriff, district
    attorney, judge...), and only when both are held now: "Gov.
    Asa Hutchinson" and "Asa Hutchinson, a former congressman" are one career. A former
    governor still called "Gov." by an outlet is reported. A person is matched by surname within a
    story, so two people of one surname with full names written differently are kept apart
    only when both full names are given.
"""

from __future__ import annotations

import re

from consistency.lexicon.titles import (
    changes_office,
    departments,
    exclusive,
    full_title,
    office_changers,
    title_words,
)
from consistency.model import Pair, Severity
from consistency.rules.base import (
    Hit,
    Rule,
    RuleOptions,
    diff_words,
    label,
    name_words,
    one_full_name,
    span_claim,
)

_PARTIES = frozenset({"d", "r", "i"})


def _next_word(c, end: int) -> str:
    rest = c.sentence[end - c.start :].lstrip(" .")
    word = rest.split(" ", 1)[0] if rest else ""
    return word if word[:1].isupper() else ""


def _party(c, start: int, end: int) -> bool:
    s, e = start - c.start, end - c.start
    return c.sentence[max(0, s - 1) : s] in ("(", " ") and c.sentence[e : e + 1] == "-"


# the kind of place an office is of, written before its title ("City Manager")
_PLACES = frozenset({"city", "county", "state", "town", "village", "township", "borough"})


def _minimal(pair: Pair) -> Hit | None:
    titles = title_words()
    for (a1, a2), (b1, b2), wa, wb in diff_words(pair):
        if len(wa) > 3 or len(wb) > 3 or not (wa or wb):
            continue
        sa, sb = span_claim(pair.a, a1, a2), span_claim(pair.b, b1, b2)
        if len(wa) == len(wb) == 1 and {wa[0], wb[0]} <= _PARTIES:
            if _party(pair.a, a1, a2) and _party(pair.b, b1, b2):
                return Hit(
                    f"Party differs: '{sa.value_text}' ({label(sa)}) vs '{sb.value_text}' "
                    f"({label(sb)}) for the same person",
                    subject=f"party {wa[0]}/{wb[0]}",
                    severity=Severity.ERROR,
                    sides=(sa, sb),
                )
            continue
        name = _next_word(pair.a, a2) or _next_word(pair.b, b2)
        if not name or _next_word(pair.a, a2) != _next_word(pair.b, b2):
            continue
        if wa and wb and _departments_differ(wa, wb, name):
            # "Fire Chief Raymond Ortega" / "Police Chief Raymond Ortega": cite the titles
            ta, tb = _word_end(pair.a, a2), _word_end(pair.b, b2)
            sa, sb = span_claim(pair.a, a1, ta), span_claim(pair.b, b1, tb)
            a2, name = ta, _next_word(pair.a, ta)
        elif wa and wb:
            if not all(w in titles or w in _PLACES for w in wa + wb):
                continue  # "Deputy Mayor" / "City Manager": titles, a place's name aside
            if {full_title(w) for w in wa} == {full_title(w) for w in wb}:
                continue  # "Sgt." and "Sergeant"
            if not any(exclusive(x, y) for x in wa for y in wb):
                continue
        else:
            inserted = wa or wb
            side, end = (pair.a, a2) if wa else (pair.b, b2)
            head = _next_word(side, end).lower()
            if not all(w in office_changers() for w in inserted) or not changes_office(
                head, " ".join(inserted), ""
            ):
                continue
            name = _next_word(side, end + 1 + len(head))
        if not (wa and wb):  # "Vice President Elena Ruiz" / "President Elena Ruiz"
            sa, sb, before = _cite(pair.a, a1, a2), _cite(pair.b, b1, b2), ""
        else:
            full = re.match(
                r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}",
                pair.a.sentence[a2 - pair.a.start :].lstrip(" ."),
            )
            name = full.group() if full and full.group().startswith(name) else name
            before = f" before {name}"
        return Hit(
            f"Title differs: '{sa.value_text}' ({label(sa)}) vs '{sb.value_text}' "
            f"({label(sb)}){before}",
            subject=name,
            severity=Severity.ERROR,
            sides=(sa, sb),
        )
    return None


def _word_end(c, end: int) -> int:
    """Where the word after offset `end` (article offsets) ends."""
    m = re.match(r"\s*[\w'’-]+\.?", c.sentence[end - c.start :])
    return end + (m.end() if m else 0)


def _departments_differ(wa: list[str], wb: list[str], title: str) -> bool:
    """One word each, two services a title is held in (title_departments.txt), before one
    title word: "Fire Chief" / "Police Chief" before the same name are two posts."""
    return (
        len(wa) == len(wb) == 1
        and wa[0].lower() != wb[0].lower()
        and {wa[0].lower(), wb[0].lower()} <= departments()
        and title.lower().rstrip(".") in title_words()
    )


def _cite(c, start: int, end: int):
    """What a side of an insertion says: its inserted words, if any, and the title and name
    after them ("Vice President Elena Ruiz" where the other side has "President Elena
    Ruiz")."""
    rel = end - c.start
    run = _CAPITALISED_RUN_RE.match(c.sentence, rel)
    lead = len(c.sentence[start - c.start :]) - len(c.sentence[start - c.start :].lstrip())
    stop = c.start + (run.end() if run else rel)
    return span_claim(c, start + lead if start == end else start, stop)


_CAPITALISED_RUN_RE = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")


def _party_claims(a, b) -> Hit | None:
    sa, sb = a.extra.get("state", ""), b.extra.get("state", "")
    if a.value == b.value or (sa and sb and sa != sb):
        return None  # one party, or two people of one surname from two states
    return Hit(
        f"Party differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)}) "
        f"for {a.extra.get('name', a.subject)}",
        subject=f"party {a.subject}",
        severity=Severity.WARNING,
    )


def _surname_of(x: str, y: str) -> bool:
    """One name is the other's last word ("Biden" / "Joe Biden", "Donald Trump's")."""
    short, full = sorted((name_words(x), name_words(y)), key=len)
    return len(short) == 1 and len(full) >= 2 and full[-1] == short[0]


def _one_surname(x: str, y: str) -> bool:
    """Both sides give only the same surname ("Vice President Biden" / "President Biden")."""
    wx = name_words(x)
    return len(wx) == 1 and wx == name_words(y)


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if a.kind == "sentence":
        return _minimal(pair)
    if a.extra.get("historic") or b.extra.get("historic"):
        return None
    if a.kind == "party":
        return _party_claims(a, b)
    name_a, name_b = a.extra.get("name", ""), b.extra.get("name", "")
    same_name = one_full_name(name_a, name_b)  # "Chris Dodd" / "Christopher J. Dodd"
    if a.predicate == b.predicate and changes_office(
        a.predicate, a.extra.get("rank", ""), b.extra.get("rank", "")
    ):
        # "Vice President Ann Ruiz" / "President Ruiz": one office is held by one person at
        # a time, so the surname is enough when one side gives only it
        if not (same_name or _surname_of(name_a, name_b) or _one_surname(name_a, name_b)):
            return None
    elif not same_name or not exclusive(a.predicate, b.predicate):
        return None  # ranks of one ladder: a full name on both sides, and the same
    elif a.extra.get("state") or b.extra.get("state"):
        return None  # "Gov. Asa Hutchinson" / "Asa Hutchinson, a former congressman": a
        # post held before, or one to come ("Senator-elect"), is no other post now
    return Hit(
        f"Title differs: '{a.value_text}' ({label(a)}) vs '{b.value_text}' ({label(b)}) "
        f"for {name_a}",
        subject=name_a,
        severity=Severity.WARNING,
    )


RULE = Rule(
    code="ROL003",
    name="title-conflict",
    severity=Severity.WARNING,
    kinds=("role", "party", "sentence"),
    summary="One person is given two titles or parties that cannot both be right",
    check=check,
    doc=__doc__,
    cases=(
        {  # one title held in two services before one name
            "expect": "contradiction",
            "articles": [
                "Fire Chief Raymond Ortega said the blast appeared to have been caused by a "
                "natural gas leak.",
                "Police Chief Raymond Ortega said the blast appeared to have been caused by a "
                "natural gas leak.",
            ],
        },
        {  # two offices of one city before one name, the city's kind written with one
            "expect": "contradiction",
            "articles": [
                "Deputy Mayor Lisa Carrow said the city would expand its free bus service to "
                "weekends in May.",
                "City Manager Lisa Carrow said the city would expand its free bus service to "
                "weekends in May.",
            ],
        },
        {  # a unit of a service is a post of its own
            "expect": "contradiction",
            "articles": [
                "Battalion Chief Raymond Ortega said the warehouse fire was set on purpose.",
                "Fire Chief Raymond Ortega said the warehouse fire was set on purpose.",
            ],
        },
        {  # a chief of a company is no rank of a service
            "expect": "consistent",
            "articles": [
                "Prosecutors charged the firm and its finance chief, Allen Ross, with fraud.",
                "Prosecutors charged the firm and its chief financial officer, Allen Ross, "
                "with fraud on Thursday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Police Chief Raymond Ortega said the blast appeared to have been caused by a "
                "natural gas leak.",
                "Chief Raymond Ortega said the blast appeared to have been caused by a natural "
                "gas leak.",
            ],
        },
        {  # a party said as a noun before the name meets a party code
            "expect": "contradiction",
            "articles": [
                "Sen. Dolores Quint (R-Neb.) introduced a bill to expand rural broadband grants.",
                "Nebraska Democrat Dolores Quint is sponsoring legislation to broaden grants "
                "for rural broadband.",
            ],
        },
        {  # "Lt." before another title is the office's lieutenant
            "expect": "contradiction",
            "articles": [
                "Gov. Patricia Munro declared a state of emergency in six flooded counties.",
                "Lt. Gov. Patricia Munro issued an emergency declaration for six counties hit "
                "by flooding.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Lt. Gov. Patricia Munro declared a state of emergency in six flooded counties.",
                "Lieutenant Governor Patricia Munro issued an emergency declaration for six "
                "counties hit by flooding.",
            ],
        },
        {  # one given name misspelt by one letter is one person
            "expect": "contradiction",
            "articles": [
                "Deputy Mayor Rosalind Okafor said the pool would reopen in June.",
                "Mayor Rosalynd Okafor told reporters the pool would reopen in June.",
            ],
        },
        {  # two given names apart by more than a letter are two people
            "expect": "consistent",
            "articles": [
                "Deputy Mayor Carlos Okafor said the pool would reopen in June.",
                "Mayor Carla Okafor told reporters the pool would reopen in June.",
            ],
        },
        {  # a party said in words against a party code
            "expect": "contradiction",
            "articles": [
                "Sen. Marian Holt, a Kansas Democrat, wrote the farm bill last spring.",
                "The farm bill's author, Sen. Marian Holt, R-Kan., defended it on Tuesday.",
            ],
        },
        {  # one party, in words and in a code
            "expect": "consistent",
            "articles": [
                "Sen. Marian Holt, a Republican from Kansas, wrote the farm bill last spring.",
                "The farm bill's author, Sen. Marian Holt, R-Kan., defended it on Tuesday.",
            ],
        },
        {  # one person, named in full with a short given name and a middle initial
            "expect": "contradiction",
            "articles": [
                "The seat being vacated by Rep. Christopher J. Mott drew six candidates.",
                "Six candidates filed for the seat being vacated by Sen. Chris Mott on Friday.",
            ],
        },
        {  # two people of one surname, two given names
            "expect": "consistent",
            "articles": [
                "The seat being vacated by Rep. Christopher J. Mott drew six candidates.",
                "Six candidates filed for the seat being vacated by Sen. Thomas Mott on Friday.",
            ],
        },
        {  # two public offices held now by one person
            "expect": "contradiction",
            "articles": [
                "District Attorney Ken Morrow said Pryor faces up to seven years in prison.",
                "Sheriff Ken Morrow, speaking on Wednesday, said Pryor could be sentenced to "
                "as much as seven years.",
            ],
        },
        {  # one office, one holder: the surname on both sides is enough
            "expect": "contradiction",
            "articles": [
                "Vice President Ruiz on Monday signed the order on drone flights.",
                "President Ruiz signed an order Monday restricting drone flights.",
            ],
        },
        {  # two elected seats held now by one person
            "expect": "contradiction",
            "articles": [
                "Nevada Sen. Laura Pike signed the water compact on Tuesday in Carson City.",
                "Gov. Laura Pike of Nevada signed the water compact in Carson City, her office "
                "said.",
            ],
        },
        {  # a seat held before is no other seat now
            "expect": "consistent",
            "articles": [
                "Nevada Gov. Laura Pike signed the water compact on Tuesday in Carson City.",
                "Laura Pike, a former senator, signed the water compact in Carson City, her "
                "office said.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Sgt. Maria Lopez said the motive for the shooting is still unclear.",
                "Lt. Maria Lopez said the motive for the shooting is still unclear.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Rep. Dana Cole (D-Ore.) criticized the spending bill on the House floor.",
                "Rep. Dana Cole (R-Ore.) criticized the spending bill on the House floor.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Vice President Ann Ruiz will travel to the border region next week, aides said.",
                "President Ann Ruiz will travel to the border region next week, aides said.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Sen. Mark Hale voted against the measure.",
                "The measure drew criticism from Rep. Mark Hale, who voted against it.",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Sen. Dana Cole (D-Ore.) said she would vote against the bill.",
                "The bill lost the support of Sen. Dana Cole, R-Ore., on Tuesday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Rep. Tom Reed (R-N.Y.) said he would vote against the bill.",
                "The bill lost the support of Rep. Jack Reed, D-R.I., on Tuesday.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Spokesperson Tommy Pigott said the talks were productive.",
                "Principal Deputy Spokesperson Tommy Pigott said the talks were productive.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Sgt. Maria Lopez said the motive for the shooting is still unclear.",
                "Sergeant Maria Lopez said the motive for the shooting is still unclear.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Police Chief Dan Orr said the motive for the shooting is still unclear.",
                "Chief Dan Orr said the motive for the shooting is still unclear.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Then-Sgt. Paul Greene linked the two burglaries to one crew, records show.",
                "Lt. Paul Greene, a sergeant at the time, linked the two burglaries to one crew.",
            ],
        },
    ),
)
