"""Extractors on general news English, good and bad cases."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from consistency.normalize.context import person_key
from consistency.normalize.dates import find_dates
from consistency.normalize.durations import find_durations
from consistency.normalize.numbers import find_numbers, parse_number
from consistency.normalize.people import find_roles
from consistency.normalize.quantities import find_quantities
from consistency.normalize.quotes import find_quote_spans, normalize_quote
from consistency.normalize.status import find_status

PUB = dt.date(2026, 1, 14)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty-three", 23),
        ("a dozen", 12),
        ("1,200", 1200),
        ("1.2 million", 1_200_000),
        ("two hundred and five", 205),
        ("3bn", 3e9),
        ("300 crore", 3e9),
        ("two thirds", 2 / 3),
        ("one and a half", 1.5),
        ("half a dozen", 6),
        ("three lakh crore", 3e12),
        ("two hundred point zero three", 200.03),
        ("12,34,567.89", 1234567.89),
        ("1 234 567", 1234567),
        ("2 1/4", 2.25),
        ("1.3e6", 1.3e6),
        ("one over four", 0.25),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Turnout fell -3.5 points, then minus two.", [-3.5, -2]),
        ("a fifth of voters and three quarters of donors", [0.2, 0.75]),
        ("192.168.1.2", [192, 168, 1.2]),  # known limit: the last two read as a decimal
        ("earn $2000 over 3 years", [2000, 3]),  # "over" divides only at the end
        ("SCP-173 and 180ml", [173]),  # a hyphen after a word is no sign; units stick
    ],
)
def test_find_numbers(text, values):
    assert [v for _, _, v in find_numbers(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    "text",
    ["a seventh term", "a First Amendment case", "the first time", "Three second-round goals"],
)
def test_ordinals_are_not_fractions(text):
    assert all(v >= 1 for _, _, v in find_numbers(text))


@pytest.mark.parametrize("text", ["", "fish", "1,2,3"])
def test_parse_number_bad(text):
    assert parse_number(text) is None


def _q(sentence):
    return [
        (sentence[q.start : q.end], q.lo, q.hi, q.unit, q.predicate)
        for q in find_quantities(sentence, [])
    ]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Officers detained nine people after demonstrators chained the doors.", "people"),
        ("Six men and three dogs were rescued.", "men"),
        ("Rescuers freed 12 miners after two days.", "miners"),
    ],
)
def test_a_plural_not_in_s_is_the_noun_counted(sentence, noun):
    assert find_quantities(sentence, [])[0].noun == noun


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Deputies moved more than 1,100 people out of the valley.", "displaced"),
        ("Police ordered about 600 residents of the town to leave their homes.", "displaced"),
        ("The flood forced 90 families from their homes.", "displaced"),
        ("About 600 residents of Larch Hollow were evacuated.", "displaced"),  # a place between
        ("The company moved 300 workers to its new plant.", "worker"),  # no leaving
        ("Officials told 40 reporters from the paper about it.", "reporter"),
    ],
)
def test_people_made_to_leave_are_displaced(sentence, predicate):
    assert find_quantities(sentence, [])[0].predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Capital spending will be in the range of $90 million to $100 million.", "spending"),
        ("The company's net sales increased to $442 million.", "sales"),
        ("Consumer prices in June rose 0.9% from May.", "prices"),
        ("Its revenue for the first quarter of the year is expected to be $3 billion.", "revenue"),
    ],
)
def test_a_figure_after_a_link_measures_the_noun_before_the_link(sentence, measure):
    from consistency.lexicon.predicates import predicate_class

    assert find_quantities(sentence, [])[0].predicate == predicate_class(measure)


def test_counts_with_predicate():
    got = _q("At least 79 people were killed and 200 injured in the quake.")
    assert got[0][0] == "At least 79" and got[0][1] == 79 and math.isinf(got[0][2])
    assert got[0][4] == "killed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Laws bar dealers from selling handguns to adults under age 21.",
        "The law sets a minimum age of 21 to buy a handgun.",
        "Shots are open to children ages 12 and older.",
        "The panel backed boosters for those 65 or older.",
    ],
)
def test_an_age_limit_is_counted_in_years_of_age(sentence):
    assert [q[3] for q in _q(sentence)] == ["age"]


def test_an_abbreviation_before_the_counted_noun_is_passed_over():
    assert _q("Police said 40 NYPD officers were hurt.")[0][3] == "officer"
    # "US citizens" are Americans, counted in one unit
    assert _q("Up to 1,500 US citizens remain.")[0][3] == _q("About 1,500 Americans remain.")[0][3]
    assert _q("About 1,500 U.S. citizens remain.")[0][3] == "american"
    assert _q("About 300 Canadian citizens remain.")[0][3] == "citizen"


def test_a_bare_number_is_no_age_limit():
    assert [q[3] for q in _q("The council voted 21 to 4 on the plan.")] != ["age"]


def test_percent_forms_meet():
    a = _q("The US imposed 50% tariffs on steel.")[0]
    b = _q("The US imposed 50 per cent tariffs on steel.")[0]
    assert (a[1], a[3], a[4]) == (b[1], b[3], b[4]) == (50, "percent", "tariffs")


def test_money_and_rounding():
    got = _q("The project cost $2.5 million and Rs 300 crore.")
    assert got[0][3] == "USD" and got[0][1] == pytest.approx(2.45e6)
    assert got[0][2] == pytest.approx(2.6e6, rel=1e-3)  # rounded, or cut off after 2.5
    assert got[1][3] == "INR" and got[1][1] == pytest.approx(2.995e9)


def test_ranges_and_qualifiers():
    got = _q("Between 20 and 25 protesters were detained; about 1,000 marched.")
    assert got[0][1:3] == (20, 25)
    assert got[1][1] < 1000 < got[1][2]


@pytest.mark.parametrize(
    "sentence", ["1. Trade:", "The G20 met at 5:30 pm.", "He was one of the few."]
)
def test_not_quantities(sentence):
    assert _q(sentence) == []


def _d(sentence, pub=PUB):
    return [(sentence[d.start : d.end], d.value) for d in find_dates(sentence, pub)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministers spoke on Tuesday.", [("Tuesday", "2026-01-13")]),
        ("Talks will resume on Tuesday.", [("Tuesday", "2026-01-20")]),
        ("He said the vote would take place on Tuesday.", [("Tuesday", "2026-01-13")]),
        ("The tariffs came in mid-2025.", [("mid-2025", "2025")]),
        ("The clash in May 2025 lasted four days.", [("May 2025", "2025-05")]),
        ("Talks began in February last year.", [("February last year", "2025-02")]),
        ("A meeting is planned next month.", [("next month", "2026-02")]),
        ("She resigned last week.", [("last week", "2026-01-05/2026-01-11")]),
        ("The law took effect on January 3.", [("January 3", "2026-01-03")]),
        ("It was signed on 3 March 2024.", [("3 March 2024", "2024-03-03")]),
        ("The deal was signed Oct. 2, 2025.", [("Oct. 2, 2025", "2025-10-02")]),
        (
            "Filed on 02/22/2025 and 21/04/2025.",
            [("02/22/2025", "2025-02-22"), ("21/04/2025", "2025-04-21")],
        ),
        ("Dated 13.5.2015 in Berlin.", [("13.5.2015", "2015-05-13")]),
        ("The report of 2025/08/12 said so.", [("2025/08/12", "2025-08-12")]),
        ("He left two days ago.", [("two days ago", "2026-01-12")]),
        ("It began three weeks ago.", [("three weeks ago", "2025-W52")]),
        ("He won two years ago.", [("two years ago", "2024")]),
        ("They met the day before yesterday.", [("the day before yesterday", "2026-01-12")]),
        ("Talks resume Friday next week.", [("Friday next week", "2026-01-23")]),
        (
            "Votes will be counted the first Tuesday in February.",
            [("the first Tuesday in February", "2026-02-03")],
        ),
        ("The deadline passed on the 9th.", [("the 9th", "2026-01-09")]),
        (
            "The treaty was signed on May twenty-first, 2025.",
            [("May twenty-first, 2025", "2025-05-21")],
        ),
        ("Polls close on the second of January.", [("the second of January", "2026-01-02")]),
        ("Filed 16. Nov. 2016 in Vienna.", [("16. Nov. 2016", "2016-11-16")]),
    ],
)
def test_dates(sentence, expected):
    assert _d(sentence) == expected


def test_relative_dates_need_a_publication_date():
    assert _d("The ministers spoke on Tuesday.", None) == [("Tuesday", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariffs of 50% hit exports.",
        "We may go.",
        "Two decades passed.",
        "Since 9/11 the rules changed.",  # no year: not read as a date
        "A 5-4 ruling.",
        "According to a USA Today analysis, cases rose.",  # a newspaper, not a date
    ],
)
def test_not_dates(sentence):
    assert _d(sentence) == []


def test_an_ordinal_century_is_a_century_not_a_day():
    assert _d("The 21st Century began.") == [("The 21st Century", "20")]


def _dur(sentence):
    return [
        (sentence[d.start : d.end], d.frame, d.negated, d.predicate)
        for d in find_durations(sentence)
    ]


def test_duration_frames():
    assert _dur("Relations have been strained for about two decades.") == [
        ("about two decades", "persist", False, "strain")
    ]
    assert _dur("Ties face tensions not seen in over two decades.") == [
        ("over two decades", "novelty", True, "strain")
    ]
    assert _dur("The visit ends months of friction.") == [("months", "persist", False, "strain")]
    assert _dur("A four-day war broke out.") == [("four-day", "span", False, "conflict")]


def test_duration_not_ages_or_dates():
    assert _dur("He died two years ago at 80 years old.") == []


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("The hearing lasted 3 hrs.", 3 / 24),
        ("He spoke for 20 min.", 20 / 1440),
        ("The siege lasted 3h.", 3 / 24),
        ("It took an hour and a half.", 1.5 / 24),
        ("It went on for two and a half years.", 2.5 * 365.25),
        ("They waited another week.", 7),
    ],
)
def test_duration_forms(sentence, days):
    (d,) = find_durations(sentence)
    assert d.value_days == pytest.approx(days)


@pytest.mark.parametrize(
    "sentence", ["He will seek a second term.", "Guards at all hours of the day.", "A 5 m wall."]
)
def test_not_durations(sentence):
    assert find_durations(sentence) == []


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("S. Jaishankar", "jaishankar"),
        ("S Jaishankar", "jaishankar"),
        ("Jaishankar", "jaishankar"),
        ("@DrSJaishankar", "jaishankar"),
        ("@SecRubio", "rubio"),
        ("Martin Luther King Jr.", "king"),
    ],
)
def test_person_key(name, key):
    assert person_key(name) == key


def test_roles_keep_state_and_rank():
    r = find_roles("US ambassador-designate Jane Roe arrived on Monday.")[0]
    assert (r.key, r.head, r.state) == ("roe", "ambassador", "designate")
    r = find_roles("Principal Deputy Spokesperson for the Foreign Office, Tom Hale, said so.")[0]
    assert (r.key, r.head, r.rank) == ("hale", "spokesperson", "principal deputy")
    r = find_roles("Michael Steele, chairman of the Republican National Committee, spoke.")[0]
    assert (r.key, r.head) == ("steele", "chairman")
    assert find_roles("The Trump administration said so.") == []


def test_quotes_over_paragraphs_and_folding():
    text = "He said: “First part.\n“Second part,” he added. And “short”."
    spans = find_quote_spans(text)
    assert text[spans[0].inner_start : spans[0].inner_end].startswith("First part.")
    assert normalize_quote("“Homes, schools, and roads.”") == normalize_quote(
        '"homes, schools and roads"'
    )


def test_status():
    got = [
        (s.group, s.state, s.subject) for s in find_status("Parliament passed the Clean Air bill.")
    ]
    assert got == [("legislation", "bill", "clean air")]
    got = [(s.state, s.subject) for s in find_status("Maria Lopez was critically injured.")]
    assert got == [("injured", "lopez")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said the gunman, Lee Park, fled.", [("perpetrator", "lee park")]),
        ("Lee J. Park, the suspected shooter, was held.", [("perpetrator", "lee park")]),
        ("Deputies said suspect Lee Park was armed.", [("perpetrator", "lee park")]),
        ("Officials identified the victim as Lee Park.", [("victim", "lee park")]),
        ("The victim was identified as Lee Park, 34.", [("victim", "lee park")]),
        ("Lee Park, a friend of the victim, spoke.", []),  # a friend, not the victim
        ("The victim's sister, Ann Park, spoke.", []),
    ],
)
def test_the_side_of_a_crime_a_named_person_is_on(sentence, expected):
    got = [(s.state, s.subject) for s in find_status(sentence) if s.group == "side"]
    assert got == expected


def _attributed(text):
    from consistency.model import Article
    from consistency.normalize import normalize_article

    art = Article(
        article_id="a", text=text, source="s", published="2024-01-10", path="a.txt", story="s"
    )
    return {c.value_text: c.speaker for c in normalize_article(art) if c.kind != "quote"}


@pytest.mark.parametrize(
    ("text", "value", "speaker"),
    [
        ("Police said 12 people were killed in the blast.", "12", "police"),
        ("At least 12 people were killed, officials said.", "At least 12", "officials"),
        ("According to the health ministry, 40 people were injured.", "40", "ministry"),
        ("Sales rose 5%, said John Smith, a spokesman.", "5%", "smith"),
        ("Twelve people died. Smith said that 40 were hurt.", "40", "smith"),
    ],
)
def test_reported_speech_is_attributed(text, value, speaker):
    assert _attributed(text)[value] == speaker


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The storm killed 12 people and injured 40.", "12"),
        ("He said the bill would cost $2 billion.", "$2 billion"),  # no one to carry "he" to
        ("Twelve people died. Smith said that 40 were hurt.", "Twelve"),  # before the report
    ],
)
def test_unreported_claims_have_no_speaker(text, value):
    assert _attributed(text)[value] == ""


def test_a_decimal_ending_a_sentence_keeps_its_cents():
    from consistency.normalize.quantities import find_quantities

    found = [(q.value, q.unit) for q in find_quantities("Profit per share was $6.86.", [])]
    assert found == [(6.86, "USD")]


def test_about_widens_the_figure_not_its_rounding_as_well():
    from consistency.normalize.quantities import find_quantities

    (q,) = find_quantities("Fenton took about $1.2 million from the fund.", [])
    assert q.lo == pytest.approx(1.02e6) and q.hi == pytest.approx(1.38e6)
    (q,) = find_quantities("About 1,200 people were evacuated.", [])
    assert q.lo <= 1180 <= q.hi


def test_a_range_of_percentages_written_with_two_signs_is_one_range():
    from consistency.normalize.quantities import find_quantities

    s = "The city is targeting a 50%-52% cut in emissions by 2030."
    (q,) = find_quantities(s, [])
    assert (s[q.start : q.end], q.lo, q.hi, q.unit) == ("50%-52%", 50.0, 52.0, "percent")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The governor sent 40 Ohio National Guard troops to the border.", "soldier"),
        ("Nearly 70 Boston College faculty and staff signed the letter.", "faculty"),
        ("The embassy said 300 Canadian citizens were still waiting.", "citizen"),
        ("Police said 12 Proud Boys members were charged.", "member"),
        ("Officials counted 3 New York City", "new"),  # a name with no noun after it stays
    ],
)
def test_a_name_before_the_counted_noun_is_passed_over(sentence, unit):
    assert _q(sentence)[0][3] == unit


def test_synonyms_count_in_one_unit():
    nations = _q("More than 40 nations signed the accord.")[0][3]
    countries = _q("At least 40 countries signed the accord.")[0][3]
    rockets = _q("Militants fired 120 rockets overnight.")[0][3]
    assert nations == countries == "country" and rockets == "missile"
    assert _q("Five senators voted no.")[0][3] != _q("Five lawmakers voted no.")[0][3]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials put the death toll at 32 after the quake.",
        "Earnings per share increased 38% versus last year.",
        "Revenue and earnings rose 19% and 37% respectively.",
        "Organic revenue was up 19% year-over-year.",
        "He paid a tax rate of 36 percent over three decades.",
    ],
)
def test_a_word_that_only_follows_a_figure_is_not_what_it_counts(sentence):
    nouns = {q.noun.lower() for q in find_quantities(sentence, [])}
    assert not nouns & {"after", "versus", "respectively", "year-over-year", "over"}
