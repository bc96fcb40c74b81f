"""The thing a date names ("the 2015 nuclear deal") and the parts of a date its words write."""

import pytest

from consistency.lexicon.calendar import parts_conflict, written_parts
from consistency.lexicon.predicates import predicate_class
from consistency.normalize.date_things import named_noun


def _named(sentence: str, date: str) -> str:
    """The predicate class of the noun the date names (the key the named route pairs by)."""
    at = sentence.index(date)
    noun = named_noun(sentence, at, at + len(date))
    return predicate_class(noun) if noun else ""


@pytest.mark.parametrize(
    ("sentence", "date", "thing"),
    [
        ("Iran wants to revive the 2015 nuclear deal.", "2015", "deal"),
        ("Officers sued over the deadly Jan. 6 riot at the Capitol.", "Jan. 6", "attack"),
        ("Turnout in Tuesday's vote was low.", "Tuesday", "election"),
        ("The board met on Jan. 6 to vote.", "Jan. 6", ""),  # a day, not a name
        ("Spending rose in the 2021 fiscal year.", "2021", ""),  # says when
        ("It was the Jan. 6 committee investigating the riot.", "Jan. 6", "committee"),
    ],
)
def test_named_thing(sentence, date, thing):
    assert _named(sentence, date) == thing


def test_written_parts_keep_only_what_is_written():
    assert written_parts("Sept. 11, 2001") == "Y2001 M09-11"
    assert written_parts("Tuesday") == "Wtues"
    assert written_parts("Jan. 6") == "M01-06"  # its year is a guess, not written


def test_parts_conflict_only_on_a_part_both_write():
    assert parts_conflict("Y2015", "Y2010")
    assert parts_conflict("M01-06", "Y2021 M01-16")
    assert not parts_conflict("M01-06", "Y2021")  # "the Jan. 6 riot" / "the 2021 riot"
    assert not parts_conflict("Y2001 M09-11", "M09-11")


def test_an_event_noun_dated_after_it_names_its_event():
    from consistency.normalize.date_things import named_noun

    s = "The senators released a report on the deadly Capitol riot on Jan. 6 in Salem."
    at = s.index("Jan. 6")
    assert named_noun(s, at, at + 6) == "riot"
    s = "Voters will pick a successor in a special election set for June 25."
    at = s.index("June 25")
    assert named_noun(s, at, at + 7) == "election"
    s = "Lawmakers voted on Tuesday."  # a verb, not an event named by its day
    at = s.index("Tuesday")
    assert named_noun(s, at, at + 7) == ""
