"""The named route pairs dates that name one thing and ages of one person across articles,
and nothing when an article gives the name or the person two values."""

from consistency.api import check_articles
from consistency.model import Article


def _named(*texts: str) -> list[tuple[str, str]]:
    arts = [
        Article(
            article_id=f"a{i}",
            path=f"a{i}.txt",
            text=t,
            story="s",
            source=f"o{i}",
            published="2024-05-16",
            published_origin="metadata",
        )
        for i, t in enumerate(texts)
    ]
    report = check_articles(arts)
    return sorted((p.a.value_text, p.b.value_text) for p in report.pairs if p.route == "named")


def test_one_girl_in_each_article_is_paired():
    assert _named(
        "Officers fired after a 16-year-old girl ran at them in Akron.",
        "The mayor said a 19-year-old girl died overnight.",
    ) == [("16-year", "19-year")]


def test_an_article_with_two_girls_pairs_no_girl_by_name():
    assert (
        _named(
            "Officers fired after a 16-year-old girl ran at them; a 14-year-old girl was unhurt.",
            "The mayor said a 19-year-old girl died overnight.",
        )
        == []
    )


def test_dates_naming_one_accord_are_paired_and_two_elections_are_not():
    assert _named(
        "Chile and Peru met in Lima to revive the 2012 fishing accord.",
        "In Lima, Chile and Peru agreed to restore the 2018 fishing accord.",
    ) == [("2012", "2018")]
    assert (
        _named(
            "Voss won the 2018 election in Montana, her aides in Helena recalled.",
            "Voss, her aides in Helena said, is preparing for the 2026 election in Montana.",
        )
        == []
    )


def test_counts_written_as_compounds_before_one_noun_are_paired():
    pairs = _named(
        "Tenants in Reno filed a 30-page complaint in state court on Tuesday.",
        "The 26-page complaint, filed in state court, names the landlord.",
    )
    assert [sorted(p) for p in pairs] == [["26", "30"]]
