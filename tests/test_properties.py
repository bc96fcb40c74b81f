"""Properties that hold for any text (Hypothesis). The CI budget is modest; run
`python benchmarks/bench_properties.py` for a larger one."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency.api import check_articles
from consistency.model import Article
from consistency.normalize import normalize_article
from consistency.reporting import RenderOptions, render

from .strategies import news_text, texts

EXAMPLES = int(os.environ.get("CONSISTENCY_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=os.environ.get("CONSISTENCY_HYPOTHESIS_EXAMPLES") is None,
)


def _article(text: str, n: int = 0, published: str | None = "2025-03-04") -> Article:
    return Article(
        article_id=f"a{n}",
        path=f"a{n}.txt",
        text=text,
        story="s",
        source=f"S{n}",
        published=published,
    )


@SETTINGS
@given(texts, st.sampled_from(["2025-03-04", None]))
def test_no_exception_and_spans_are_exact(text, published):
    claims = normalize_article(_article(text, published=published))
    for c in claims:
        assert text[c.start : c.end] == c.value_text
        assert c.line >= 1 and c.column >= 1
        line_start = sum(len(x) + 1 for x in text.split("\n")[: c.line - 1])
        assert line_start + c.column - 1 == c.start


@SETTINGS
@given(texts)
def test_same_input_same_claims(text):
    a = [(c.claim_id, c.value, c.lo, c.hi) for c in normalize_article(_article(text))]
    b = [(c.claim_id, c.value, c.lo, c.hi) for c in normalize_article(_article(text))]
    assert a == b


@SETTINGS
@given(st.lists(news_text, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_input_order_does_not_change_findings(bodies, rnd):
    articles = [_article(t, n) for n, t in enumerate(bodies)]
    shuffled = articles[:]
    rnd.shuffle(shuffled)
    first = check_articles(articles)
    second = check_articles(shuffled)
    opts = RenderOptions()
    assert render("json", first, opts) == render("json", second, opts)
    assert render("sarif", first, opts) == render("sarif", second, opts)
