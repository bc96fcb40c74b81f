"""Articles built for tests from invented text: one story, one outlet an article."""

from __future__ import annotations

from consistency.model import Article, Severity

PUBLISHED = "2024-05-16"


def article(i: int, text: str, published: str = PUBLISHED) -> Article:
    """Article `i` of story "s", by outlet "Outlet{i}", published on `published`."""
    return Article(
        article_id=f"a{i}",
        path=f"a{i}.md",
        text=text,
        story="s",
        source=f"Outlet{i}",
        published=published,
        published_origin="metadata",
    )


def story(*texts: str, published: str = PUBLISHED) -> list[Article]:
    """One article per text, all of one story and one day."""
    return [article(i, t, published) for i, t in enumerate(texts)]


def titled(aid: str, source: str, day: str, title: str, text: str) -> Article:
    """An article with a title and no story, for the tests that find stories."""
    return Article(
        article_id=aid,
        path=f"{aid}.md",
        text=text,
        story="",
        source=source,
        title=title,
        published=day,
    )


def serious(report, rule: str) -> list:
    """The findings of `rule` in a report at warning or above."""
    return [
        f for f in report.findings if f.rule == rule and f.severity.rank >= Severity.WARNING.rank
    ]
