"""The named route pairs dates that name one thing and ages of one person across articles,
and nothing when an article gives the name or the person two values."""


def _named(report) -> list[tuple[str, str]]:
    return sorted((p.a.value_text, p.b.value_text) for p in report.pairs if p.route == "named")


def test_one_girl_in_each_article_is_paired(story_report):
    report = story_report(
        "Officers fired after a 16-year-old girl ran at them in Akron.",
        "The mayor said a 19-year-old girl died overnight.",
    )
    assert _named(report) == [("16-year", "19-year")]


def test_an_article_with_two_girls_pairs_no_girl_by_name(story_report):
    report = story_report(
        "Officers fired after a 16-year-old girl ran at them; a 14-year-old girl was unhurt.",
        "The mayor said a 19-year-old girl died overnight.",
    )
    assert _named(report) == []


def test_dates_naming_one_accord_are_paired_and_two_elections_are_not(story_report):
    accord = story_report(
        "Chile and Peru met in Lima to revive the 2012 fishing accord.",
        "In Lima, Chile and Peru agreed to restore the 2018 fishing accord.",
    )
    assert _named(accord) == [("2012", "2018")]
    elections = story_report(
        "Voss won the 2018 election in Montana, her aides in Helena recalled.",
        "Voss, her aides in Helena said, is preparing for the 2026 election in Montana.",
    )
    assert _named(elections) == []


def test_counts_written_as_compounds_before_one_noun_are_paired(story_report):
    report = story_report(
        "Tenants in Reno filed a 30-page complaint in state court on Tuesday.",
        "The 26-page complaint, filed in state court, names the landlord.",
    )
    assert [sorted(p) for p in _named(report)] == [["26", "30"]]


def test_a_thing_aged_in_figures_in_each_article_is_paired(story_report):
    report = story_report(
        "The county board repealed a 64-year-old ordinance that let the sheriff close bars.",
        "A 46-year-old Dane County ordinance that let the sheriff close bars is gone.",
    )
    assert _named(report) == [("64-year", "46-year")]
    decades = story_report(  # no figure: a span of a state, not a thing's age
        "The county board repealed a decades-old ordinance that let the sheriff close bars.",
        "A years-old Dane County ordinance that let the sheriff close bars is gone.",
    )
    assert _named(decades) == []
