"""Paraphrase pairs (the anchor route) that look alike but date or count different things:
what keeps them below a warning, and what still reaches one. Sentences are written for
these tests."""

from __future__ import annotations

from consistency.api import check_articles
from consistency.model import Article, Severity
from tests.helpers import article


def _art(i: int, text: str, published: str = "2024-05-10") -> Article:
    return article(i, text, published)


def _warnings(*texts: str, rule: str) -> list:
    report = check_articles([_art(i, t) for i, t in enumerate(texts)])
    return [
        f for f in report.findings if f.rule == rule and f.severity.rank >= Severity.WARNING.rank
    ]


def test_a_part_of_the_day_is_not_the_thing_a_date_names():
    # two acts on two nights: "night" follows both days but dates nothing by itself
    found = _warnings(
        "Thursday night, Mercy General Hospital issued a statement saying the injured "
        "firefighter Dale Moreno was in stable condition.",
        "The mayor on Wednesday night visited Mercy General Hospital, where the injured "
        "firefighter Dale Moreno is recovering.",
        rule="DAT001",
    )
    assert not found, [f.message for f in found]


def test_the_same_act_on_two_nights_is_a_warning():
    found = _warnings(
        "Harbor police arrested the ferry captain Ian Voss on Thursday night after the "
        "collision near Pier 4.",
        "The ferry captain, Ian Voss, was arrested by harbor police on Wednesday night over "
        "the collision near Pier 4.",
        rule="DAT001",
    )
    assert found, "the same arrest dated to two days"


def test_words_after_a_comma_are_not_what_a_year_names():
    from consistency.normalize import normalize_article
    from consistency.rules.dat001_date_mismatch import _nouns

    (year,) = [
        c
        for c in normalize_article(_art(0, "Enrollment fell in 2019, down for a third year."))
        if c.kind == "date"
    ]
    assert _nouns(year) == frozenset()
    (named,) = [
        c
        for c in normalize_article(_art(0, "Lawmakers reviewed the 2019 enrollment audit."))
        if c.kind == "date"
    ]
    assert "enrollment" in " ".join(_nouns(named)) or "enrol" in " ".join(_nouns(named))


def test_a_local_time_a_day_apart_is_not_a_warning():
    found = _warnings(
        "Rebel fighters shelled the port city of Darnah on Thursday, officials in the "
        "capital said.",
        "Rebel fighters shelled the port city of Darnah early Friday local time, according "
        "to officials in the capital.",
        rule="DAT001",
    )
    assert not found, [f.message for f in found]


def test_a_pointer_word_heard_as_another_is_only_info():
    said = "Mayor Ann Lee said: “The storm took our homes and {} took our jobs, and that hurts.”"
    swapped = _warnings(said.format("it"), said.format("they"), rule="QUO001")
    assert not swapped, [f.message for f in swapped]
    report = check_articles([_art(0, said.format("it")), _art(1, said.format("they"))])
    assert [f.severity for f in report.findings if f.rule == "QUO001"] == [Severity.INFO]
    other_actor = _warnings(said.format("we"), said.format("they"), rule="QUO001")
    assert other_actor, "who acts changed inside the quote"


def test_a_negation_after_a_comma_and_which_still_asserts():
    found = _warnings(
        "The old river bridge, which was inspected last spring, collapsed on Monday.",
        "The old river bridge, which was not inspected last spring, collapsed on Monday.",
        rule="NEG001",
    )
    assert found, "a non-restrictive relative clause asserts"


def test_a_name_after_a_preposition_is_not_who_acts():
    from consistency.normalize.acts import find_acts

    assert [a.doer for a in find_acts("Several members of the City Council did not vote.")] == []
    assert [a.doer for a in find_acts("Mayor Lee, in Salem, signed the order.")] == ["lee"]
    assert [a.doer for a in find_acts("Secretary of State Ana Ruiz held a call.")] == ["ruiz"]
    assert [a.doer for a in find_acts("A word for Mr. Hale: Oregon will pay.")] == ["oregon"]
    # a month's abbreviation is no doer ("begins Nov. 8 and will not require")
    assert find_acts("The rule takes effect Nov. 8 and will not require masks.") == []
    found = _warnings(
        "Two members on the Harbor Board who wanted to delay the vote on the dredging "
        "contract walked out.",
        "Most members of the Harbor Board do not want to delay the dredging contract vote.",
        rule="NEG001",
    )
    assert not found, [f.message for f in found]


def test_figures_of_one_sentence_keep_their_own_words():
    from consistency.align.anchors import _bounds, anchors
    from consistency.normalize import normalize_article

    text = (
        "The transit plan includes about $910 million in new bus routes and would cost "
        "$2.2 billion over six years, officials said."
    )
    claims = [c for c in normalize_article(_art(0, text)) if c.kind == "quantity"]
    words = {
        c.value_text: anchors(c, lo, hi)
        for c, (lo, hi) in zip(claims, _bounds(claims), strict=True)
    }
    assert "route" in words["about $910 million"] and "cost" not in words["about $910 million"]
    assert "cost" in words["$2.2 billion"] and "route" not in words["$2.2 billion"]


def test_the_start_of_one_period_is_not_the_end_of_another():
    from consistency.model import Pair, RuleOptions
    from consistency.normalize import normalize_article
    from consistency.rules.dat001_date_mismatch import RULE

    def year(i: int, text: str, written: str):
        (c,) = [c for c in normalize_article(_art(i, text)) if c.value_text == written]
        return c

    a = year(0, "The couple paid $44 million in taxes from 2007 to 2014, returns show.", "2014")
    b = year(
        1, "The couple paid $30 million in taxes from 1997 through 2006, returns show.", "1997"
    )
    assert RULE.check(Pair(a, b, 80.0, "s", route="anchor"), RuleOptions()) is None
    c = year(
        1, "The couple paid $40 million in taxes from 2005 through 2012, returns show.", "2012"
    )
    assert RULE.check(Pair(a, c, 80.0, "s", route="anchor"), RuleOptions()) is not None


def test_a_local_time_weekday_read_as_last_week_is_still_a_day_apart():
    texts = (
        "Rebel fighters shelled the port city of Darnah on Thursday, officials in the "
        "capital said.",
        "Rebel fighters shelled the port city of Darnah early Friday local time, according "
        "to officials in the capital.",
    )
    report = check_articles([_art(i, t, published="2024-05-09") for i, t in enumerate(texts)])
    found = [f.message for f in report.findings if f.rule == "DAT001" and f.severity.rank >= 1]
    assert not found, found


def test_a_party_adjective_is_not_who_a_sentence_is_about():
    from consistency.normalize import normalize_article
    from consistency.rules.base import about_others

    def count(i: int, text: str):
        return next(c for c in normalize_article(_art(i, text)) if c.kind == "quantity")

    a = count(0, "The state's two Republican senators, Ann Cole and Ben Ruiz, backed the veto.")
    b = count(1, "Three Republican state senators, Dale Ortiz, Kim Park and Lou Baker, backed it.")
    assert about_others(a, b)
    c = count(0, "Next year, Republicans will hold at least 240 seats.")
    d = count(1, "Next year, Democrats will hold about 200 seats.")
    assert about_others(c, d)  # as plural nouns the parties are who the figures are about


def test_a_goal_is_not_compared_with_what_happened():
    found = _warnings(
        "Clinics in Marion County are racing to give a measles shot to 70% of adult "
        "residents by the end of June.",
        "Clinics in Marion County have given a measles shot to 54% of adult residents so far.",
        rule="NUM001",
    )
    assert not found, [f.message for f in found]


def test_a_speaker_s_figure_beside_an_outlet_s_is_info():
    texts = (
        "Gas in Marion County now costs $3.04 a gallon on average, the auto club said, "
        "up sharply from last spring.",
        "The governor said: “Gas in Marion County costs under $2 a gallon on average, "
        "and it will stay that way.”",
    )
    report = check_articles([_art(i, t) for i, t in enumerate(texts)])
    found = [f for f in report.findings if f.rule == "NUM001"]
    assert found and all(f.severity == Severity.INFO for f in found), [
        (f.severity, f.message) for f in found
    ]


def test_the_verb_right_after_a_date_is_its_verb_unless_one_stands_before():
    from consistency.normalize.dates import event_verb

    def verb(sentence: str, written: str) -> str:
        at = sentence.index(written)
        return event_verb(sentence, at, at + len(written))

    assert verb("To revive stalled talks, the union on Sunday unveiled a new offer.", "Sunday") == (
        "unveiled"
    )
    assert verb("Claims for the week ended May 9 fell to 498,000.", "May 9") == "ended"
    assert verb("The council voted Wednesday to close the pool.", "Wednesday") == "voted"
    # an act to come: the bare verb after "will", not the saying after the date
    assert (
        verb(
            "The two mayors will meet in Dayton on June 16 to sign the pact, the city announced.",
            "June 16",
        )
        == "meet"
    )
    assert verb("The rule will not take effect until Jan. 1.", "Jan. 1") == ""
    # a date that opens its sentence dates the main verb after the comma
    assert verb("On Monday, members of the county water board agreed to the plan.", "Monday") == (
        "agreed"
    )
    # a past form after a determiner or "in" is an adjective, not the date's verb
    assert (
        verb(
            "The health agency said in updated guidance Tuesday that masks are optional.", "Tuesday"
        )
        == "said"
    )
    assert verb("Officials released the revised plan Monday.", "Monday") == "released"
    # the attribution after a date is not its verb
    assert verb("Students have until April 30 to apply, the foundation said.", "April 30") == ""
    # a compound adjective is no verb; a verb with a prefix is
    sued = (
        "Two farm states filed the first major court challenge to the county ordinance on "
        "Saturday, saying that its growing array of state-regulated dumps leaks."
    )
    assert verb(sued, "Saturday") == ""  # "filed" is out of reach; "state-regulated" no verb
    assert verb("The mayor was re-elected on Tuesday by a wide margin.", "Tuesday") == "re-elected"
    # the clause read back from a date starts after a word it would cut ("vetoed")
    cut = "Ms. Hale vetoed two of the Minority Leader's four picks to a panel on Jan. 20."
    assert verb(cut, "Jan. 20") == ""


def test_a_document_dated_a_day_names_that_day():
    found = _warnings(
        "In the letter dated April 19, the condo board president explained why $15 million "
        "in repairs were needed.",
        "In the April 9 letter, the condo board president wrote that the building needed "
        "urgent repairs.",
        rule="DAT001",
    )
    assert found


def test_one_meeting_to_come_dated_two_ways_is_flagged():
    found = _warnings(
        "The two mayors will meet in Dayton on June 16 to sign the water pact, the city "
        "announced on Tuesday.",
        "The mayors will meet on June 3 in Dayton to sign the water pact, according to the city.",
        rule="DAT001",
    )
    assert found


def test_ages_meet_through_the_person_they_are_of():
    found = _warnings(
        "Dale Ortiz, 38, pleaded guilty in June to one felony count of obstructing the "
        "county election audit.",
        "Dale Ortiz, a 56-year-old Ohio contractor, was the first person sentenced for "
        "obstructing the county election audit.",
        rule="DUR001",
    )
    assert found, "two ages of one person"
    found = _warnings(
        "Mark Lee, whose 6-year-old son, Sam, died in the fire, spoke to the council.",
        "Mark Lee, whose 17-year-old son, Sam Lee, died in the apartment fire, spoke first.",
        rule="DUR001",
    )
    assert found, "two ages of one son"


def test_an_apposition_gives_its_age_to_the_name_before_it():
    from consistency.normalize.durations import find_durations

    (age,) = find_durations("Police said Ana Ruiz, a 41-year-old nurse, was hurt.")
    assert (age.frame, age.predicate) == ("age", "ruiz")


def test_he_or_she_before_an_act_is_the_last_named_doer():
    found = _warnings(
        "Gov. Dana Reyes visited the Salem water plant on Monday. The governor's aides said "
        "she has not signed the water bill into law because of the protests.",
        "Reyes signed the water bill into law at the capitol on Wednesday despite protests.",
        rule="NEG001",
    )
    assert found, "'she' is Reyes"
    assert not _warnings(
        "The water plant in Salem was shut on Monday. The governor's aides said she has "
        "not signed the water bill into law because of the protests.",
        "Reyes signed the water bill into law at the capitol on Wednesday despite protests.",
        rule="NEG001",
    ), "'she' with no one named before is no one"


def test_a_date_message_shows_the_part_of_the_day_in_words():
    from consistency.model import Pair, RuleOptions
    from consistency.normalize import normalize_article
    from consistency.rules.dat001_date_mismatch import RULE

    def day(i: int, text: str):
        return next(c for c in normalize_article(_art(i, text)) if c.kind == "date")

    a = day(0, "Harbor police arrested the ferry captain on Wednesday night near Pier 4.")
    b = day(1, "Harbor police arrested the ferry captain on Thursday near Pier 4.")
    hit = RULE.check(Pair(a, b, 90.0, "s", route="sentence", diff=()), RuleOptions())
    assert hit is not None and "2024-05-08 night" in hit.message and "TNI" not in hit.message


def test_two_relatives_of_one_surname_have_two_ages():
    report = check_articles(
        [
            _art(0, "Daniel Ortiz, 24, and his brother Luis Ortiz, 19, were both shot."),
            _art(
                1,
                "Luis Ortiz, 19, was treated and released; his brother, 24, is still in "
                "the hospital.",
            ),
        ]
    )
    assert not [f.message for f in report.findings if f.rule == "DUR001"]


def test_an_age_met_by_surname_is_a_warning_not_an_error():
    report = check_articles(
        [
            _art(0, "Maria Lopez, 41, of Oakdale was driving the van when it left Route 9."),
            _art(1, "The van's driver, Lopez, 44, of Oakdale, was hurt when it left Route 9."),
        ]
    )
    found = [f for f in report.findings if f.rule == "DUR001"]
    assert found and all(f.severity == Severity.WARNING for f in found)


def test_voted_and_approved_date_one_council_vote():
    found = _warnings(
        "The Salem city council voted 5-2 on Monday night to approve the new parking garage "
        "downtown.",
        "The new downtown parking garage was approved by the Salem city council on Tuesday "
        "in a 5-2 vote.",
        rule="DAT001",
    )
    assert found, "one vote dated Monday and Tuesday"


def test_the_end_of_a_period_is_not_the_day_of_an_act():
    found = _warnings(
        "The Salem council passed a budget extending library hours through Dec. 3, hours "
        "before the old budget ran out.",
        "The Salem council on Thursday approved a budget extending library hours into December.",
        rule="DAT001",
    )
    assert not found, [f.message for f in found]


def test_she_said_after_a_titled_name_is_that_person():
    found = _warnings(
        "“The shooting involved two people who knew each other,” Sgt. Karen Hale said on Saturday.",
        "Police spokeswoman Sgt. Karen Hale spoke to reporters Saturday. “The shooting "
        "involved two men who knew each other,” she said.",
        rule="QUO001",
    )
    assert found, "the quote's speaker is Hale"


def test_a_relative_s_age_is_not_anyone_else_s():
    from consistency.normalize.durations import find_durations

    (age,) = find_durations("Police questioned his brother, a 29-year-old man.")
    assert (age.frame, age.predicate) == ("age", "brother")
    report = check_articles(
        [
            _art(0, "Police arrested a 24-year-old man after the shooting on Elm Street."),
            _art(
                1,
                "Police questioned his brother, a 29-year-old man, after the shooting on "
                "Elm Street.",
            ),
        ]
    )
    assert not [f.message for f in report.findings if f.rule == "DUR001"]


def test_a_hyphenated_count_is_a_count_of_its_noun():
    from consistency.normalize.quantities import find_quantities

    found = find_quantities(
        "A grand jury returned a seven-count indictment and a 48-page report.", []
    )
    assert [(q.value, q.unit) for q in found] == [(7.0, "count"), (48.0, "page")]
    assert find_quantities("A 20-something man and a two-fold rise.", []) == []


def test_the_doer_of_an_act_stands_before_a_closed_apposition():
    from consistency.normalize.acts import find_acts

    found = find_acts(
        "Dana Whitcomb, a longtime aide to Mayor Ron Ellis of Reno, was arrested on Tuesday."
    )
    assert [(a.verb, a.doer) for a in found] == [("arrest", "whitcomb")]
    # the apposition closes before a denied verb too
    found = find_acts(
        "Dana Whitcomb, a longtime aide to Mayor Ron Ellis of Reno, was not arrested on Tuesday."
    )
    assert [(a.verb, a.doer, a.negated) for a in found] == [("arrest", "whitcomb", True)]
    # no apposition: the last name before the verb acts
    assert [a.doer for a in find_acts("Mayor Ron Ellis fired the aide on Tuesday.")] == ["ellis"]


def test_a_start_one_year_apart_is_info_and_three_years_a_warning():
    def findings(x: str, y: str):
        report = check_articles([_art(i, t, "2024-05-16") for i, t in enumerate((x, y))])
        return [(f.rule, f.severity.name) for f in report.findings]

    one = findings(
        "Mayor Ortiz has led the Reno council since 2002.",
        "Ortiz has led the Reno council since 2003, and critics say that is too long.",
    )
    assert one == [("DAT001", "INFO")]
    three = findings(
        "Mayor Ortiz has led the Reno council since 2002.",
        "Ortiz has led the Reno council since 2005, and critics say that is too long.",
    )
    assert three == [("DAT001", "WARNING")]


def test_the_month_may_and_a_figure_s_own_qualifier_are_no_hedge():
    from consistency.normalize.context import is_hedged

    def hedged(sentence: str, figure: str) -> bool:
        at = sentence.index(figure)
        return is_hedged(sentence, at, at + len(figure))

    assert not hedged("Consumer prices rose 5% in May from a year earlier.", "5%")
    assert not hedged(
        "The shutdown left an estimated 800,000 workers unpaid.", "an estimated 800,000"
    )
    assert hedged("The shutdown may leave 800,000 workers unpaid.", "800,000")
    assert hedged("Prices could rise 5% in May, economists said.", "5%")
    assert hedged("As many as 800,000 workers could go unpaid.", "800,000")


def test_a_hedge_of_another_verb_after_a_figure_is_not_the_figure_s():
    from consistency.normalize.context import is_hedged

    def hedged(sentence: str, figure: str) -> bool:
        at = sentence.index(figure)
        return is_hedged(sentence, at, at + len(figure))

    # a relative clause or a second verb after the figure carries its own modal
    assert not hedged(
        "The suit covers 1.5 million women seeking back pay that could reach billions.",
        "1.5 million",
    )
    assert not hedged("The suit covers 1.5 million women and could cost billions.", "1.5 million")
    # and a count with a modal after its noun is still what may be done, not what was
    found = _warnings(
        "The governor has 19 separate actions he could take on the water bill.",
        "The governor signed 23 actions on the water bill this year.",
        rule="NUM001",
    )
    assert not found, [f.message for f in found]
    found = _warnings(
        "The class action covers 5.5 million women and could cost the retailer billions.",
        "The class action involves as many as 1.5 million women seeking back pay.",
        rule="NUM001",
    )
    assert found


def test_a_name_after_a_courtesy_title_or_a_dash_is_a_name():
    from consistency.rules.base import names

    assert "trump" in names("In the deal he outlined, Mr. Trump offered protection to 300,000.")
    assert "stone" in names(
        "In an indictment — even a reference to a film — Mr. Stone was charged."
    )
    assert "mr" not in names("Officials said Mr. Trump spoke.")


def test_a_number_a_label_names_is_no_count_and_votes_ahead_is_a_margin():
    from consistency.normalize.quantities import find_quantities
    from consistency.rules.num001_number_mismatch import _measure

    assert find_quantities("She will be the first Democrat to hold the District 3 seat.", []) == []
    assert [q.value for q in find_quantities("Route 66 traffic rose 5 percent.", [])] == [5.0]
    from consistency.model import Claim

    s = "Fenwick finished 1,254 votes ahead of Mike Ames."
    c = Claim(article_id="a", kind="quantity", value_text="1,254", sentence=s, start=17, end=22)
    assert "margin" in _measure(c)


def test_a_span_of_something_is_of_its_noun_not_its_adjective():
    from consistency.normalize.durations import find_durations

    found = find_durations("The truce ends 10 days of devastating hostilities in the region.")
    assert [d.predicate for d in found] == ["conflict"]  # predicates.toml: hostilities


def test_a_forecast_of_an_earlier_clause_does_not_reach_past_and_said():
    from consistency.normalize.context import is_forecast

    s = (
        "Lakeside reported revenue of $1.1 billion, above analysts' estimates, and said it "
        "sold 4.2 million units in the quarter."
    )
    at = s.index("4.2 million")
    assert not is_forecast(s, at, at + len("4.2 million"))
    s = s.replace("sold", "expects to sell")  # its own clause's forecast
    at = s.index("4.2 million")
    assert is_forecast(s, at, at + len("4.2 million"))
    listed = "Officials gave estimates of damage, costs, and 40 homes lost."  # a list item
    assert is_forecast(listed, listed.index("40"), listed.index("40") + 2)


def test_a_verb_of_looking_ahead_reaches_a_figure_far_off_in_its_clause():
    from consistency.normalize.context import is_forecast

    def forecast(s: str, figure: str) -> bool:
        at = s.index(figure)
        return is_forecast(s, at, at + len(figure))

    assert forecast(
        "We are anticipating home deliveries for the fourth quarter of the year to reach "
        "between 2,400 and 2,600 units.",
        "between 2,400",
    )
    assert not forecast(  # an estimate of how many there were is no forecast from afar
        "The bureau released its annual crime report on Monday and estimated there were "
        "21,570 murders in the country last year, an increase of 29.4% from 2019.",
        "29.4%",
    )


def test_two_forecasts_of_one_figure_are_compared_and_a_forecast_is_not_an_outcome():
    found = _warnings(
        "Lakeside said it expects net sales to rise 4% to 7% in the coming year.",
        "Lakeside's net sales are expected to rise by 8-10% in the coming year.",
        rule="NUM001",
    )
    assert found, "two forecasts of one figure disagree"
    found = _warnings(
        "Economists were expecting 845,000 new jobs in the Harwick report for May.",
        "Employers added 943,000 new jobs in May, the Harwick report showed.",
        rule="NUM001",
    )
    assert not found, [f.message for f in found]


def test_a_meeting_named_by_its_day_meets_the_verb_that_dates_it():
    found = _warnings(
        "Ahead of the council's June 3 meeting, at which members are expected to vote on "
        "the budget, the mayor urged calm in Lowry.",
        "The Lowry council will meet on June 16 to vote on the budget, the mayor said.",
        rule="DAT001",
    )
    assert found


def test_a_dateline_names_who_wrote_not_what_the_sentence_is_about():
    from consistency.rules.base import names

    assert names("HOLLOWAY (Continental Press) - A blast tore through a plant in Holloway.") == {
        "holloway"
    }
    assert names("RAVENMOOR, April 22 (Northern Wire) - The Tarrow River rose.") == {
        "tarrow",
        "river",
    }


def test_killing_and_injuring_before_a_count_name_what_it_counts():
    from consistency.normalize.quantities import find_quantities

    (q,) = find_quantities("A blast tore through the plant, killing three workers.", [])
    assert q.predicate == "killed"


def test_a_negation_before_a_comma_denies_another_verb():
    from consistency.normalize.context import is_negated

    def negated(sentence: str, word: str) -> bool:
        return is_negated(sentence, sentence.index(word))

    s = "Diners must show proof of vaccination or be denied entry, Mayor Ruiz announced Thursday."
    assert not negated(s, "Thursday")
    assert negated("The council did not vote on Thursday.", "Thursday")
    assert negated("The council will not meet until Thursday, the clerk said.", "Thursday")


def test_a_quoted_denial_and_the_outlet_s_own_day_are_two_statements():
    found = _warnings(
        "“I will no longer speak to the press after today,” Gov. Lena Ortiz said.",
        "“I will no longer speak to the press after today,” Ortiz told reporters Wednesday.",
        rule="NEG001",
    )
    assert not found, [f.message for f in found]


def test_the_noun_counted_is_no_forecast_cue_but_a_target_named_by_its_figure_is():
    from consistency.normalize.context import is_forecast

    for s, figure in (
        ("Eight targets were destroyed in the strike, the army said.", "Eight"),
        ("The striker scored three goals in the final.", "three"),
    ):
        at = s.index(figure)
        assert not is_forecast(s, at, at + len(figure))
    s = "The bank kept its 2% target for inflation."
    assert is_forecast(s, s.index("2%"), s.index("2%") + 2)


def test_a_count_of_members_counts_the_group_named_before_members():
    from consistency.normalize.quantities import find_quantities

    def unit(s: str) -> str:
        return find_quantities(s, [])[0].unit

    assert unit("More than 300 faculty members signed the letter.") == unit(
        "About 120 faculty signed the letter."
    )
    assert unit("The blast killed 13 service members.") == unit("The blast killed 13 troops.")
    assert unit("Eight members of the group were arrested.") == unit("Police held 12 members.")
