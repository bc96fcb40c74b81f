"""The scans made cheaper for speed read what they read before (issue 17): the clause
breaks, the verbs of acts, names with a title, ages, party codes and the verb of a date."""

from __future__ import annotations

from consistency.normalize.acts import find_acts
from consistency.normalize.ages import find_ages
from consistency.normalize.context import clause_end, clause_start
from consistency.normalize.dates import event_verb
from consistency.normalize.parties import find_parties
from consistency.normalize.people import find_people, find_roles


def test_but_breaks_a_clause_only_as_a_word():
    s = "The mayor liked the butter but the council rejected it."
    assert s[clause_start(s, s.index("council")) :].startswith(" the council")
    assert clause_end(s, 0) == s.index("but the")
    t = "The rebuttal was sharp; the reply came later."
    assert clause_end(t, 0) == t.index(";")


def test_the_verbs_of_acts_start_words():
    acts = find_acts("Senator Reyes re-elected the chair and Jones didn't stop the vote.")
    assert [a.doer for a in acts][:1] == ["reyes"]
    assert any(a.negated for a in acts)
    assert find_acts("The unrequested report sat unread.") == []


def test_names_with_titles_and_inner_capitals():
    s = "Gov. Tina McAllister met Rep. Karen Bass in Denver."
    assert [p.name for p in find_people(s)] == ["Tina McAllister", "Karen Bass"]
    s = "The state's top prosecutor, Attorney General Dana Ruiz, declined to comment."
    assert [r.name for r in find_roles(s)] == ["Dana Ruiz"]


def test_an_apposition_gives_an_age_and_a_date_does_not():
    assert [a.years for a in find_ages("The driver, Tom Evans, 41, was hurt.")] == [41]
    assert find_ages("The driver, Tom Evans, was hurt on March 3, 1999, in Ohio.") == []


def test_party_codes():
    got = find_parties("Sen. Lisa Hale (R-Maine) and Rep. Omar Diaz, D-Texas, voted no.")
    assert [(p.party, p.state) for p in got] == [("R", "maine"), ("D", "texas")]
    assert find_parties("The well-known co-author spoke.") == []


def test_the_verb_of_a_date_after_it_unless_one_stands_before():
    s = "Senate Republicans on Sunday unveiled the plan."
    assert event_verb(s, s.index("Sunday"), s.index("Sunday") + 6) == "unveiled"
    s = "The index in the week ended May 9 fell sharply."
    assert event_verb(s, s.index("May 9"), s.index("May 9") + 5) == "ended"
