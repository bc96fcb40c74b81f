"""Two events of one topic, each covered by several outlets (issue 18): the two groups join
only on stronger evidence than one event's coverage needs, since each group is already an
event reported by several outlets, on successive days or on the same day. A lone
follow-up is not held back."""

from __future__ import annotations

from dataclasses import replace

from consistency.model import Article
from consistency.run.stories import ClusterOptions, cluster

from .helpers import titled

MONDAY = [
    (
        "Harbor Point council votes to close Elm Street library",
        "The Harbor Point city council voted 5-2 on Monday to close the Elm Street library, "
        "citing a budget gap. Mayor Dana Okafor said the branch cost too much to repair.",
    ),
    (
        "Elm Street library to close after Harbor Point council vote",
        "Harbor Point's council on Monday approved closing the Elm Street library. Mayor "
        "Dana Okafor backed the plan, which passed 5-2 after a long debate over the budget.",
    ),
    (
        "Council in Harbor Point shuts Elm Street branch",
        "Council members in Harbor Point decided Monday to shut the Elm Street library "
        "branch, a 5-2 vote that Mayor Dana Okafor called painful but needed for the budget.",
    ),
]
TUESDAY = [
    (
        "Protesters rally at Elm Street library in Harbor Point",
        "Hundreds of residents rallied outside the Elm Street library in Harbor Point on "
        "Tuesday, urging Mayor Dana Okafor to reverse the closure and calling for a vote.",
    ),
    (
        "Harbor Point residents march to save Elm Street library",
        "Residents of Harbor Point marched on Tuesday to the Elm Street library, asking "
        "Mayor Dana Okafor to put the closure to a referendum.",
    ),
    (
        "Rally in Harbor Point demands referendum on Elm Street library",
        "A rally on Tuesday in Harbor Point demanded a referendum on the Elm Street library "
        "closure; Mayor Dana Okafor did not attend the protest.",
    ),
]


def _articles(day: str, items, tag: str) -> list[Article]:
    return [
        titled(f"{tag}{k}", f"Outlet {k}", day, title, text)
        for k, (title, text) in enumerate(items)
    ]


def _filler(n: int) -> list[Article]:
    """Unrelated one-line items, so the library's names are rare in the pool."""
    out = []
    for i in range(n):
        name = "".join("bcdfghjklmnpqrstvwxz"[(i // 20**k) % 20] + "a" for k in range(3))
        name = name.capitalize()
        text = f"{name}ville held its yearly {name} parade on Saturday."
        out.append(titled(f"z{i:03}", "Gazette", "2025-05-01", f"{name} parade", text))
    return out


def _groups(articles: list[Article], opts: ClusterOptions) -> list[list[str]]:
    found = cluster(articles, opts)
    return sorted(
        sorted(a.article_id for a in s.articles)
        for s in found
        if not s.articles[0].article_id.startswith("z")
    )


def _pool(tuesday: str = "2025-05-06") -> list[Article]:
    return (
        _articles("2025-05-05", MONDAY, "mon") + _articles(tuesday, TUESDAY, "tue") + _filler(200)
    )


STRICT = ClusterOptions(covered_average=0.9)
LENIENT = ClusterOptions(covered_average=0.0)


def test_two_days_each_covered_by_several_outlets_need_the_stricter_bar():
    assert _groups(_pool(), LENIENT) == [["mon0", "mon1", "mon2", "tue0", "tue1", "tue2"]]
    assert _groups(_pool(), STRICT) == [["mon0", "mon1", "mon2"], ["tue0", "tue1", "tue2"]]


def test_two_events_of_one_day_each_covered_by_several_outlets_need_it_too():
    # the vote and the rally told on the same day: still two events, each already whole
    one_day = _pool(tuesday="2025-05-05")
    assert _groups(one_day, STRICT) == [["mon0", "mon1", "mon2"], ["tue0", "tue1", "tue2"]]
    assert _groups(one_day, LENIENT) == [["mon0", "mon1", "mon2", "tue0", "tue1", "tue2"]]


def test_a_lone_follow_up_joins_on_the_ordinary_bar():
    pool = [a for a in _pool() if a.article_id not in ("tue1", "tue2")]
    assert _groups(pool, STRICT) == [["mon0", "mon1", "mon2", "tue0"]]


def test_one_outlet_over_two_days_is_not_several_outlets():
    pool = [replace(a, source="Outlet 0") if a.article_id.startswith("tue") else a for a in _pool()]
    assert _groups(pool, STRICT) == [["mon0", "mon1", "mon2", "tue0", "tue1", "tue2"]]


def test_the_default_bar_lets_strong_agreement_across_days_join():
    assert _groups(_pool(), ClusterOptions()) == [["mon0", "mon1", "mon2", "tue0", "tue1", "tue2"]]
