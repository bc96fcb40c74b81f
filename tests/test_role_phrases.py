"""Which title belongs to which name when titles and names are coordinated. Sentences are
written for these tests."""

from __future__ import annotations

import pytest

from consistency.api import check_articles
from consistency.normalize.people import find_roles
from tests.helpers import story


def _role_findings(*texts: str) -> list[str]:
    """'CODE: message' of the ROL findings of a story of one article per text."""
    arts = story(*texts, published="2024-05-10")
    report = check_articles(arts)
    return [f"{f.rule}: {f.message}" for f in report.findings if f.rule.startswith("ROL")]


def _roles(sentence: str) -> dict[str, tuple[str, str]]:
    return {r.name: (r.head, r.state) for r in find_roles(sentence)}


def test_a_title_before_a_name_does_not_run_through_another_titled_person():
    roles = _roles("Lt. Maria Lopez and Sgt. Dan Orr arrived at the scene before noon.")
    assert roles == {"Maria Lopez": ("lieutenant", ""), "Dan Orr": ("sergeant", "")}
    roles = _roles("State Sen. Ana Ruiz and Democratic Rep. Tom Hale wrote the bill.")
    assert roles["Tom Hale"][0] == "representative"


def test_an_agency_name_with_and_stays_in_the_title():
    roles = _roles("Acting Food and Drug Administration Commissioner Janet Woodcock spoke.")
    assert roles["Janet Woodcock"] == ("commissioner", "acting")


def test_a_second_role_after_and_is_not_the_first_role_s_state():
    roles = _roles("Joseph Lee, the former senator and vice-presidential nominee, said no.")
    assert roles["Joseph Lee"] == ("senator", "former")


def test_a_second_role_is_no_title_conflict():
    found = _role_findings(
        "The governor named former Sen. Joseph Lee to lead the new ethics panel.",
        "Joseph Lee, the former senator and vice-presidential nominee, will lead the panel.",
    )
    assert not found, found


def test_a_place_after_a_name_is_not_the_name():
    roles = _roles("Republicans sent Sen. Shelley Moore Capito of West Virginia to the talks.")
    assert roles == {"Shelley Moore Capito": ("senator", "")}
    assert _roles("Mayor Ann Lee of Salem spoke first.") == {"Ann Lee": ("mayor", "")}
    roles = _roles("US Ambassador to India Sergio Gor arrived in Delhi.")
    assert roles == {"Sergio Gor": ("ambassador", "")}


def test_surnames_with_an_inner_capital_are_whole():
    assert _roles("Gov. Ron DeSantis signed it.") == {"Ron DeSantis": ("governor", "")}
    assert _roles("Senate Leader Mitch McConnell spoke.")["Mitch McConnell"][0] == "leader"
    assert _roles("Rep. Beto O’Rourke spoke.") == {"Beto O’Rourke": ("representative", "")}


def _rol003(*texts: str) -> list[str]:
    return [m for m in _role_findings(*texts) if m.startswith("ROL003")]


def test_vice_before_one_side_s_full_name_conflicts_with_the_surname_alone():
    assert _rol003(
        "Vice President Ann Ruiz toured the flooded river towns on Monday with aid workers.",
        "President Ruiz toured flooded towns along the river on Monday, her office said.",
    )


def test_two_ranks_before_a_surname_alone_are_not_compared():
    # "Lt. Ann Ruiz" and "Sgt. Ruiz" may be two officers of one family
    assert not _rol003(
        "Lt. Ann Ruiz said the motive for the shooting on Elm Street is still unclear.",
        "Sgt. Ruiz, who was first at the scene on Elm Street, said the motive is unclear.",
    )


def test_a_surname_that_is_a_title_word_and_a_party_code_before_and():
    from consistency.normalize.people import find_roles

    roles = find_roles(
        "Hardliners such as Rep. Steve King (R-Iowa) and Rep. Ann Bell (R-Minn.) spoke."
    )
    assert [(r.title, r.name) for r in roles] == [("Rep.", "Steve King"), ("Rep.", "Ann Bell")]
    assert [(r.title, r.name) for r in find_roles("Judge Ann Marshal ruled on Monday.")] == [
        ("Judge", "Ann Marshal")
    ]
    assert [(r.title, r.name) for r in find_roles("Saudi King Salman met the envoy.")] == [
        ("Saudi King", "Salman")
    ]


def test_title_before_comma_name_starts_after_its_determiner():
    s = (
        "The letter offered details about the family of the Democratic nominee for "
        "governor, Dana Whitfield, during the race."
    )
    (role,) = find_roles(s)
    assert role.title == "Democratic nominee for governor"
    assert role.state == "nominee"


def test_one_full_name_allows_initials_short_given_names_and_possessives():
    from consistency.rules.base import one_full_name

    assert one_full_name("Michael G. Grimm", "Michael Grimm")
    assert one_full_name("Chris Dodd", "Christopher J. Dodd")
    assert one_full_name("Donald Trump's", "Donald Trump")
    assert not one_full_name("Chris Dodd", "Thomas Dodd")
    assert not one_full_name("Dodd", "Chris Dodd")  # a surname alone is no full name
    assert not one_full_name("Jo Dodd", "John Dodd")  # two letters are no short form


def test_an_apposition_naming_another_titled_person_gives_no_title():
    s = "Mary Cole, one of ex-President Dick Cole's two daughters, wrote on Facebook."
    assert "Mary Cole" not in [r.name for r in find_roles(s)]


def test_a_party_said_in_words_is_read_with_its_state():
    from consistency.normalize.parties import find_parties

    def read(s: str) -> list[tuple[str, str, str]]:
        return [(p.key, p.party, p.state) for p in find_parties(s)]

    assert read("Sen. Marian Holt, a Kansas Democrat serving a second term, spoke.") == [
        ("holt", "D", "kansas")
    ]
    assert read("Holt, a Republican from Kansas, spoke.") == [("holt", "R", "kansas")]
    assert read("Republican Sen. John Thune spoke.") == [("thune", "R", "")]
    assert read("Sen. Marian Holt, R-Kan., spoke.") == [("holt", "R", "kansas")]
    assert read("The senator, a Democrat, spoke.") == []  # no one named
    # the party as a noun right before the full name
    assert read("Nebraska Democrat Dolores Quint spoke.") == [("quint", "D", "nebraska")]
    assert read("The Republican National Committee spoke.") == []  # a body, not a person


def test_an_abbreviated_office_changer_before_a_title_is_its_rank():
    from consistency.normalize.people import split_title

    assert split_title("Lt. Gov.") == ("governor", "", "lieutenant")
    assert split_title("Lieutenant Governor") == ("governor", "", "lieutenant")
    assert split_title("Lt.") == ("lieutenant", "", "")  # a lieutenant, on its own


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Tom Vale, the veteran Democrat who chairs the panel, spoke.", [("vale", "D")]),
        ("Tom Vale, a longtime Kansas Republican, spoke.", [("vale", "R")]),
        ("Tom Vale, a former Republican, spoke.", []),  # a party left
        ("Tom Vale, the Democrat's challenger, spoke.", []),  # someone else's party
    ],
)
def test_a_party_in_words_after_the_name_with_words_before_it(sentence, found):
    from consistency.normalize.parties import find_parties

    assert [(p.key, p.party) for p in find_parties(sentence)] == found


def test_a_chief_of_a_service_is_a_chief_and_a_finance_chief_no_rank():
    from consistency.normalize.people import find_roles, split_title

    assert [r.head for r in find_roles("Police Chief Raymond Ortega said it was a gas leak.")] == [
        "chief"
    ]
    assert split_title("Deputy Chief") == ("chief", "", "deputy")
    assert split_title("the company's finance chief")[0] == ""


def test_a_title_in_apposition_may_end_the_sentence():
    roles = _roles("Two men are in custody, said Angela Moore, the county's sheriff.")
    assert roles == {"Angela Moore": ("sheriff", "")}
    roles = _roles("The report was written by John Smith, a former senator.")
    assert roles == {"John Smith": ("senator", "former")}
