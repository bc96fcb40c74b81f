"""The novelty route: how long since something last happened, one span an article."""

from __future__ import annotations

from consistency.align.anchors import story_idf
from consistency.align.novelty import novelty_pairs
from consistency.normalize import normalize_article
from tests.helpers import story


def _paired(*texts: str) -> list[tuple[str, str]]:
    claims = [c for a in story(*texts) for c in normalize_article(a)]
    return [(p.a.value_text, p.b.value_text) for p in novelty_pairs(claims, "s", story_idf(claims))]


def test_one_span_an_article_with_rare_words_near_both_pairs():
    assert _paired(
        "Regulators approved the first new vaccine for the Tallis fever in more than three "
        "decades.",
        "It is the first new vaccine against Tallis fever in nearly two decades.",
    ) == [("more than three decades", "nearly two decades")]


def test_an_article_giving_two_spans_pairs_neither():
    assert (
        _paired(
            "Regulators approved the first new vaccine for the Tallis fever in more than three "
            "decades. The outbreak is the worst in the valley in a century.",
            "It is the first new vaccine against Tallis fever in nearly two decades.",
        )
        == []
    )


def test_spans_with_no_rare_word_near_both_pair_nothing():
    assert (
        _paired(
            "Regulators approved the first new vaccine for the Tallis fever in more than three "
            "decades.",
            "Tallis fever is the worst outbreak to strike the valley in a century.",
        )
        == []
    )
