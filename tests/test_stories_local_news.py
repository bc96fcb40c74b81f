"""Local news found whole (issue 18): one shooting told by four outlets under different
headlines and a follow-up about the arrest days later stay one story; two other shootings
of the same day in the same city, each told by two outlets, stay apart from it and from
each other. All text is invented."""

from __future__ import annotations

from dataclasses import replace

from consistency.model import Article
from consistency.run import stories
from consistency.run.stories import ClusterOptions, cluster
from tests.helpers import titled

MARLOW = [  # one shooting: four outlets the same day, headlines in four wordings
    titled(
        "marlow-courier",
        "Brookfield Courier",
        "2025-03-10",
        "Teen killed in Marlow Avenue shooting",
        "A 17-year-old was shot and killed on Marlow Avenue in Brookfield on Sunday night, "
        "police said. The victim, Jamal Price, 17, was a junior at Eastgate High School. "
        "Police said they were looking for Derek Hollis, 24, in connection with the killing.",
    ),
    titled(
        "marlow-gazette",
        "Brookfield Gazette",
        "2025-03-10",
        "Police name Eastgate High student slain on Sunday",
        "Brookfield police on Monday identified the teenager fatally shot on Marlow Avenue "
        "as Jamal Price, 17. Investigators asked for help finding Derek Hollis, 24, whom "
        "they described as a person of interest.",
    ),
    titled(
        "marlow-tv",
        "Channel 7 News",
        "2025-03-10",
        "Family mourns 17-year-old gunned down near his home",
        "Relatives gathered on Monday outside the Marlow Avenue home where Jamal Price, 17, "
        "was shot on Sunday. Brookfield police are searching for Derek Hollis, 24.",
    ),
    titled(
        "marlow-radio",
        "Metro Radio",
        "2025-03-10",
        "Eastgate High holds vigil after student's death",
        "Students at Eastgate High School held a vigil for Jamal Price, 17, who was killed "
        "on Marlow Avenue in Brookfield on Sunday. Police want to speak to Derek Hollis, 24.",
    ),
    titled(  # five days later: the arrest, naming the same victim and suspect
        "marlow-arrest",
        "Brookfield Courier",
        "2025-03-15",
        "Suspect arrested in Eastgate student's killing",
        "Brookfield police on Friday arrested Derek Hollis, 24, and charged him with murder "
        "in the death of Jamal Price, 17, who was shot on Marlow Avenue last Sunday.",
    ),
]

OTHER_SHOOTINGS = [  # the same day, the same city, the same kind of event: other events
    titled(
        "depot-courier",
        "Brookfield Courier",
        "2025-03-10",
        "Man wounded in shooting at bus depot",
        "A man was shot in the arm at the Kessler Street bus depot in Brookfield on Sunday "
        "afternoon, police said. Omar Lindqvist, 41, was treated at St. Anne's Hospital.",
    ),
    titled(
        "depot-gazette",
        "Brookfield Gazette",
        "2025-03-10",
        "Gunfire at Kessler Street depot leaves one hurt",
        "Police in Brookfield said Omar Lindqvist, 41, was wounded by gunfire at the "
        "Kessler Street bus depot on Sunday and taken to St. Anne's Hospital.",
    ),
    titled(
        "bar-tv",
        "Channel 7 News",
        "2025-03-10",
        "Two hurt as shots fired outside Brookfield bar",
        "Two men were hurt when someone fired shots outside the Copper Kettle bar on "
        "Ridgeway Road in Brookfield early Sunday, police said. Neither was named.",
    ),
    titled(
        "bar-radio",
        "Metro Radio",
        "2025-03-10",
        "Shots fired at Copper Kettle, police say",
        "Police said shots were fired outside the Copper Kettle on Ridgeway Road early on "
        "Sunday; two men were taken to hospital with injuries that are not life-threatening.",
    ),
]


def _filler(n: int) -> list[Article]:
    """Unrelated one-line items, so the city's names are rare in the pool, as in a feed."""
    out = []
    for i in range(n):
        name = "".join("bcdfghjklmnpqrstvwxz"[(i // 20**k) % 20] + "o" for k in range(3))
        name = name.capitalize()
        out.append(
            titled(
                f"z{i:03}",
                "Gazette",
                f"2025-03-{1 + i % 28:02}",
                f"{name} bake sale",
                f"The {name} club held its bake sale on Saturday.",
            )
        )
    return out


def _groups(articles: list[Article]) -> list[list[str]]:
    return sorted(
        sorted(a.article_id for a in s.articles)
        for s in cluster(articles)
        if not s.articles[0].article_id.startswith("z")
    )


def test_one_shooting_and_its_arrest_follow_up_are_one_story():
    groups = _groups(MARLOW + OTHER_SHOOTINGS + _filler(300))
    assert sorted(a.article_id for a in MARLOW) in groups


def test_same_day_shootings_in_one_city_stay_apart():
    groups = _groups(MARLOW + OTHER_SHOOTINGS + _filler(300))
    assert ["depot-courier", "depot-gazette"] in groups
    assert ["bar-radio", "bar-tv"] in groups
    assert len(groups) == 3


def _pair_score(articles: list[Article], x: str, y: str) -> float:
    opts = ClusterOptions()
    docs = [stories._features(a, opts) for a in articles]
    ids = [d.article.article_id for d in docs]
    found = {(ids[i], ids[j]): score for score, i, j, _ in stories._pairs(docs, opts)}
    return found.get((x, y), found.get((y, x), 0.0))


def test_the_arrest_days_later_pays_no_day_penalty_for_naming_the_same_people():
    pool = MARLOW + OTHER_SHOOTINGS + _filler(300)
    later = _pair_score(pool, "marlow-courier", "marlow-arrest")
    same_day = [
        replace(a, published="2025-03-10") if a.article_id == "marlow-arrest" else a for a in pool
    ]
    assert later > 0 and later == _pair_score(same_day, "marlow-courier", "marlow-arrest")
    # without the ages the same two articles are ordinary later coverage, which pays
    ageless = [
        replace(a, text=a.text.replace(", 17,", "").replace(", 24,", ""))
        if a.article_id == "marlow-arrest"
        else a
        for a in same_day
    ]
    apart = [
        replace(a, published="2025-03-13") if a.article_id == "marlow-arrest" else a
        for a in ageless
    ]
    assert _pair_score(apart, "marlow-courier", "marlow-arrest") < _pair_score(
        ageless, "marlow-courier", "marlow-arrest"
    )


def test_without_a_pool_around_them_the_stories_are_still_found():
    assert len(_groups(MARLOW + OTHER_SHOOTINGS)) == 3


def test_in_a_small_folder_names_held_by_half_of_it_still_pair_the_story():
    # nine articles: the victim's and suspect's names are in five of them, more than the
    # "few percent" a large feed allows, yet one story may hold them all
    small = MARLOW + OTHER_SHOOTINGS
    for other in ("marlow-gazette", "marlow-radio", "marlow-arrest"):
        assert _pair_score(small, other, "marlow-tv") > 0
