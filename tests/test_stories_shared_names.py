"""`--stories auto` when every article shares its names (issue 16): no term is rare, yet
the articles are one story; the pairs found for them must stay linear."""

from __future__ import annotations

from consistency.model import Article
from consistency.run import stories
from consistency.run.stories import ClusterOptions, cluster

LEAD = "{} people were killed in the blast on Monday, police said."


def _same_names(n: int) -> list[Article]:
    figures = ["9", "4", "7"]  # one digit: not a term, so no term is held by fewer
    return [
        Article(
            article_id=f"a{i:03}",
            path=f"a{i:03}.md",
            text=LEAD.format(figures[i % 3]),
            story="",
            source=f"S{i}",
            published="2025-03-04",
        )
        for i in range(n)
    ]


def test_articles_sharing_every_name_are_one_story():
    found = cluster(_same_names(10))
    assert [len(s.articles) for s in found] == [10]


def test_articles_sharing_every_name_join_up_to_the_story_size():
    found = cluster(_same_names(70))
    assert sorted(len(s.articles) for s in found) == [10, 30, 30]


def test_pairs_stay_linear_when_no_term_is_rare():
    opts = ClusterOptions()
    for n in (100, 200):
        docs = [stories._features(a, opts) for a in _same_names(n)]
        assert len(stories._pairs(docs, opts)) <= n * opts.max_size


def test_an_article_with_a_rare_term_is_not_paired_by_its_common_ones():
    arts = _same_names(10)
    odd = Article(
        article_id="z",
        path="z.md",
        text="The Warsaw orchestra opened its season with Mahler on Friday.",
        story="",
        source="Z",
        published="2025-03-04",
    )
    found = cluster([*arts, odd])
    assert sorted(len(s.articles) for s in found) == [1, 10]
