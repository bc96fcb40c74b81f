"""How a pair of articles is scored when stories are found (issue 18). All text is
invented."""

from __future__ import annotations

from consistency.model import Article
from consistency.run import stories
from consistency.run.stories import ClusterOptions


def _a(aid: str, title: str, text: str, day: str = "2025-06-02") -> Article:
    return Article(
        article_id=aid,
        path=f"{aid}.md",
        text=text,
        story="",
        source=f"Outlet {aid}",
        title=title,
        published=day,
    )


def _filler(n: int) -> list[Article]:
    return [
        _a(f"z{i:03}", f"Choir concert number {i}", f"The choir sang for the {i}th time.")
        for i in range(n)
    ]


def _score(articles: list[Article], x: str, y: str, opts: ClusterOptions) -> float:
    docs = [stories._features(a, opts) for a in articles]
    ids = [d.article.article_id for d in docs]
    pairs = {(ids[i], ids[j]): score for score, i, j, _ in stories._pairs(docs, opts)}
    return pairs.get((x, y), pairs.get((y, x), 0.0))


PAIRS = [
    # the place both headlines name
    _a(
        "head-a",
        "Ferry runs aground off Vlissingen",
        "Forty passengers were taken off a ferry that ran aground early on Monday.",
    ),
    _a(
        "head-b",
        "Vlissingen ferry stuck on sandbank",
        "Coast guard boats took forty passengers off a stranded ferry on Monday.",
    ),
    # the same kind of pair, but the place is in the leads only
    _a(
        "lead-a",
        "Dock workers walk out over pay",
        "Dock workers in Terneuzen walked out on Monday after talks on pay failed.",
    ),
    _a(
        "lead-b",
        "Port strike halts container traffic",
        "Container traffic stopped in Terneuzen on Monday as dock workers struck over pay.",
    ),
]


def test_a_term_in_both_headlines_weighs_more_than_in_the_leads():
    pool = PAIRS + _filler(100)
    plain = ClusterOptions(term_weight=1.0, title_weight=1.0)
    headlined = ClusterOptions(term_weight=1.0)  # the default headline weight
    assert headlined.title_weight > 1
    assert _score(pool, "head-a", "head-b", headlined) > _score(pool, "head-a", "head-b", plain)
    assert _score(pool, "lead-a", "lead-b", headlined) < _score(pool, "lead-a", "lead-b", plain)
