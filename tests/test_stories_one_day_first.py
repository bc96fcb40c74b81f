"""Story finding weighs one day's coverage before another day's (issue 18): pairs of
articles published on the same day join first, best first, and only then pairs across
days, so a next-day article of another event finds its own day's coverage first, and two
days' coverage by several outlets meet as two whole groups (held to the covered bar)
instead of chaining in one article at a time. A follow-up naming the same victim, days
later, still joins. All text is invented."""

from __future__ import annotations

from consistency.model import Article
from consistency.run import stories
from consistency.run.stories import ClusterOptions, cluster, explain
from tests.helpers import titled


def _a(aid: str, day: str, source: str, title: str, text: str) -> Article:
    return titled(aid, source, day, title, text)


def _filler(n: int) -> list[Article]:
    """Unrelated one-line items, so the stories' names are rare in the pool."""
    out = []
    for i in range(n):
        name = "".join("bcdfghjklmnpqrstvwxz"[(i // 20**k) % 20] + "a" for k in range(3))
        name = name.capitalize()
        text = f"{name}ville held its yearly {name} parade on Saturday."
        out.append(_a(f"z{i:03}", "2025-03-01", "Gazette", f"{name} parade", text))
    return out


# Monday: a plant fails its inspection, told by three outlets
INSPECTION = [
    _a(
        "mon0",
        "2025-03-03",
        "Outlet A",
        "Riverton water plant fails state inspection",
        "State inspector Lena Moravec said on Monday that the Riverton water treatment plant "
        "failed its yearly inspection, citing corroded filters and missing chlorine logs.",
    ),
    _a(
        "mon1",
        "2025-03-03",
        "Outlet B",
        "Inspectors fail Riverton treatment plant",
        "The Riverton water treatment plant failed a state inspection on Monday. Inspector "
        "Lena Moravec found corroded filters and gaps in the chlorine logs.",
    ),
    _a(
        "mon2",
        "2025-03-03",
        "Outlet C",
        "Riverton plant flunks inspection over corroded filters",
        "Corroded filters and incomplete chlorine logs led state inspector Lena Moravec to "
        "fail the Riverton water treatment plant on Monday.",
    ),
]
# Tuesday: the city's boil-water notice, a new event; one outlet retells Monday at length
NOTICE = [
    _a(
        "tue0",
        "2025-03-04",
        "Outlet A",
        "Riverton water plant that failed inspection prompts notice",
        "A day after state inspector Lena Moravec failed the Riverton water treatment plant "
        "over corroded filters and chlorine logs, the city issued a boil-water notice on "
        "Tuesday.",
    ),
    _a(
        "tue1",
        "2025-03-04",
        "Outlet D",
        "Riverton residents told to boil tap water",
        "Riverton residents must boil tap water until further notice, Mayor Tomas Brandt "
        "said on Tuesday, and schools will hand out bottled water.",
    ),
    _a(
        "tue2",
        "2025-03-04",
        "Outlet E",
        "Boil-water notice issued across Riverton",
        "Mayor Tomas Brandt issued a boil-water notice for all of Riverton on Tuesday; "
        "schools handed out bottled water to families.",
    ),
]
# Monday: a cyclist killed by a hit-and-run driver; Saturday: the arrest
CRASH = [
    _a(
        "crash0",
        "2025-03-03",
        "Outlet A",
        "Cyclist killed by hit-and-run driver in Dunmore",
        "Maria Kowalczyk, 71, of Dunmore was killed on Monday when a driver struck her "
        "bicycle on Quarry Road and fled, police said.",
    ),
    _a(
        "crash1",
        "2025-03-03",
        "Outlet B",
        "Dunmore woman dies after hit-and-run on Quarry Road",
        "A driver hit and killed cyclist Maria Kowalczyk, 71, of Dunmore on Quarry Road on "
        "Monday and drove off, according to police.",
    ),
    _a(
        "crash2",
        "2025-03-03",
        "Outlet C",
        "Police seek driver who killed Dunmore cyclist",
        "Police are searching for the driver who struck and killed 71-year-old Maria "
        "Kowalczyk as she rode on Quarry Road in Dunmore on Monday.",
    ),
]
ARREST = [
    _a(
        "arrest0",
        "2025-03-08",
        "Outlet D",
        "Driver arrested in Dunmore cyclist death",
        "Police on Saturday arrested a 34-year-old man in the death of Maria Kowalczyk, 71, "
        "of Dunmore, the cyclist struck on Quarry Road last week. He faces a charge of "
        "leaving the scene.",
    ),
    _a(
        "arrest1",
        "2025-03-08",
        "Outlet E",
        "Arrest made in hit-and-run that killed Maria Kowalczyk",
        "A man was charged on Saturday with leaving the scene of the crash that killed "
        "Maria Kowalczyk, 71, on Quarry Road in Dunmore, police said.",
    ),
]


def _groups(articles: list[Article], opts: ClusterOptions | None = None) -> list[list[str]]:
    return sorted(
        sorted(a.article_id for a in s.articles)
        for s in cluster(articles, opts)
        if not s.articles[0].article_id.startswith("z")
    )


def test_a_next_day_retelling_stays_with_its_own_day_coverage():
    # tue0 retells Monday's inspection and scores higher with Monday's articles than with
    # its own day's; weighed best pair first regardless of day, it joined Monday's story
    # and left Tuesday's notice split. Tuesday's coverage forms first, and the two days'
    # coverage, each by several outlets, then meet at the covered bar and stay apart.
    assert _groups(INSPECTION + NOTICE + _filler(200)) == [
        ["mon0", "mon1", "mon2"],
        ["tue0", "tue1", "tue2"],
    ]


def test_same_day_pairs_are_weighed_before_pairs_across_days():
    opts = ClusterOptions()
    docs = [stories._features(a, opts) for a in INSPECTION + NOTICE + _filler(200)]
    across = [docs[i].day != docs[j].day for _, i, j, _ in stories._pairs(docs, opts)]
    assert any(across) and not all(across)
    assert across == sorted(across)  # every same-day pair before every pair across days
    best_across = max(s for s, i, j, _ in stories._pairs(docs, opts) if docs[i].day != docs[j].day)
    worst_same = min(s for s, i, j, _ in stories._pairs(docs, opts) if docs[i].day == docs[j].day)
    assert best_across > worst_same  # the order is by day first, not by score alone


def test_an_arrest_days_later_naming_the_same_victim_stays_in_the_story():
    found = cluster(CRASH + ARREST[:1] + _filler(200))
    story = next(s for s in found if any(a.article_id == "arrest0" for a in s.articles))
    assert sorted(a.article_id for a in story.articles) == [
        "arrest0",
        "crash0",
        "crash1",
        "crash2",
    ]
    # the join is explained by the victim named with her age
    joined = [
        line for line in explain([story]).splitlines() if "arrest0" in line and "joined" in line
    ]
    assert joined and "kowalczyk (71)" in joined[0]


def test_an_arrest_covered_by_several_outlets_still_joins_the_story():
    pool = CRASH + ARREST + INSPECTION + NOTICE + _filler(200)
    assert _groups(pool) == [
        ["arrest0", "arrest1", "crash0", "crash1", "crash2"],
        ["mon0", "mon1", "mon2"],
        ["tue0", "tue1", "tue2"],
    ]


def test_articles_without_a_date_are_weighed_with_the_same_day_pairs():
    undated = [
        _a(a.article_id, "", a.source, a.title, a.text) if a.article_id == "mon2" else a
        for a in INSPECTION
    ]
    opts = ClusterOptions()
    docs = [stories._features(a, opts) for a in undated + NOTICE + _filler(200)]
    order = [
        (docs[i].article.article_id, docs[j].article.article_id)
        for _, i, j, _ in stories._pairs(docs, opts)
    ]
    # mon2 has no date: its pairs pay no day penalty and are weighed with the same-day pairs
    first_across = next(
        k
        for k, (x, y) in enumerate(order)
        if {x[:3], y[:3]} == {"mon", "tue"} and "mon2" not in (x, y)
    )
    assert all(k < first_across for k, p in enumerate(order) if "mon2" in p)
