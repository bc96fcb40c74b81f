"""Ages written after the verb: "died at age 84", "at the age of 84", "aged 90"."""

import pytest

from consistency.normalize.ages import find_ages, lead_person


@pytest.mark.parametrize(
    ("sentence", "years", "key"),
    [
        ("Former state senator Ruth Alvarez died at age 71 on Sunday.", 71, "alvarez"),
        (
            "Ruth Alvarez, the first Latina senator of Nevada, died on Sunday at the age of 84.",
            84,
            "alvarez",
        ),
        ("Mayor Dan Kirk praised Alvarez, who died at age 84.", 84, "alvarez"),
        ("Tom Reyes, aged 90, was found safe.", 90, "reyes"),
    ],
)
def test_an_age_after_the_verb_is_the_nearest_name_s(sentence, years, key):
    found = find_ages(sentence)
    assert [(a.years, a.key) for a in found] == [(years, key)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board backed booster shots for people over age 65.",  # a threshold, no one's age
        "Children ages 12 and older can get the shot, Governor Lee said.",
        "Governor Lee said anyone at age 18 or older may register.",
    ],
)
def test_a_threshold_is_no_one_s_age(sentence):
    assert find_ages(sentence) == []


def test_an_age_at_another_event_is_the_age_then():
    assert find_ages("Born in Ponce, Raul Lopez moved to Ohio at age 13.") == []


def test_died_at_a_bare_figure_is_an_age_and_a_clock_time_is_not():
    assert [(a.years, a.key) for a in find_ages("Walter Quinn died Sunday at 79.")] == [
        (79, "quinn")
    ]
    assert find_ages("Walter Quinn died at 5 p.m. Sunday.") == []
    assert find_ages("Walter Quinn died at 4:30 Sunday.") == []


def test_an_obituary_s_he_was_n_is_the_age_of_the_name_the_sentence_before_opened_with():
    from consistency.normalize.ages import leading_name, pronoun_age

    who = leading_name("Viktor Halloran, who led the Eastport orchestra, died Tuesday.")
    assert who == "halloran"
    assert [(a.years, a.key) for a in pronoun_age("He was 81.", who)] == [(81, "halloran")]
    assert leading_name("The conductor Viktor Halloran, who led it, has died.") == "halloran"
    assert pronoun_age("He was 81 when he retired from the bench.", who) == []
    assert pronoun_age("He was 81.", "") == []


def test_a_place_before_the_noun_after_year_old_is_no_name():
    from consistency.normalize.durations import find_durations

    def read(s: str) -> list[tuple[str, str]]:
        return [(d.frame, d.predicate) for d in find_durations(s)]

    assert read("A 76-year-old Michigan law crafted after the riots was repealed.") == [
        ("persist", "law")
    ]
    assert read("A 24-year-old Texas man was killed in the crash.") == [("age", "man")]
    assert read("The 48-year-old Smith said he was innocent.") == [("age", "smith")]
    # an irregular verb after the name: the name is who acts, not a noun's modifier
    assert read("The 48-year-old Smith set the warehouse fire.") == [("age", "smith")]
    assert read("The 30-year-old Reagan tax cut expires.")[0][0] == "persist"
    # a noun, then the full name it describes: the person's age
    assert read("The rescue of the 82-year-old hiker Walter Brisco drew praise.") == [
        ("age", "brisco")
    ]
    # a noun for a person, then the name in apposition
    assert read("Police charged a 43-year-old Cold Spring woman, Marisol Fenwick, on Monday.") == [
        ("age", "fenwick")
    ]
    assert read("A 43-year-old woman, Marisol Fenwick's neighbor, called police.") == [
        ("age", "woman")
    ]  # a possessive is someone else


def test_a_surname_with_a_capital_inside_takes_its_age():
    assert [(a.years, a.key) for a in find_ages("Police said DeMarco, 68, was found.")] == [
        (68, "demarco")
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the first full name the article writes, a title before it passed over
        (
            "Designer Helena DeMarco died on Tuesday. Officers came. DeMarco leaves two sons.",
            "demarco",
        ),
        ("President Donald Trump spoke on Friday. Trump left.", "trump"),
        ("Ana Ruiz won the runoff, defeating Tom Vale, who conceded. Vale left.", "ruiz"),
        # the one who speaks is not whom the news is about
        ("Sgt. Dana Holt said a man was hurt. The 41-year-old teacher was taken away.", ""),
        # the article gives the person an age of their own: a described age is another's
        ("Helena DeMarco died on Tuesday. DeMarco, 68, lived alone.", ""),
    ],
)
def test_the_person_an_article_is_about(text, who):
    assert lead_person(text, len(text)) == who


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ana Ruiz, who turned 61 last month, leads the bank.", [(61, "ruiz")]),
        ("Tom Vale, who is 44, did not comment.", [(44, "vale")]),
        ("Tom Vale, who is 44th in line, waited.", []),
        ("Tom Vale, who was 19 when he enlisted, retired.", []),  # an age then
    ],
)
def test_an_age_in_a_relative_clause_after_the_name(sentence, found):
    assert [(a.years, a.key) for a in find_ages(sentence)] == found
