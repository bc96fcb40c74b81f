"""The claims table on the seed story: evidence is exact, key claims are there."""

from __future__ import annotations

from consistency.reporting.schema import CLAIM_COLUMNS, claims_frame


def test_spans_index_text_exactly(seed_report):
    texts = {a.article_id: a.text for a in seed_report.articles}
    assert seed_report.claims
    for c in seed_report.claims:
        assert texts[c.article_id][c.start : c.end] == c.value_text


def test_line_and_column_point_into_the_file(seed_report):
    from pathlib import Path

    for c in seed_report.claims[:40]:
        path = next(a.path for a in seed_report.articles if a.article_id == c.article_id)
        line = Path(path).read_text(encoding="utf-8").splitlines()[c.line - 1]
        assert line[c.column - 1 :].startswith(c.value_text.split("\n")[0])


def test_every_tuesday_is_the_13th(seed_report):
    tuesdays = [c for c in seed_report.claims if c.kind == "date" and c.value_text == "Tuesday"]
    past = [c for c in tuesdays if c.frame == "past"]
    assert len(past) == 3
    assert {c.value for c in past} == {"2026-01-13"}


def test_publication_dates(seed_report):
    by = {a.article_id[:3]: a for a in seed_report.articles}
    assert by["001"].published == "2026-01-14" and by["001"].published_origin == "metadata"
    assert by["000"].published_origin == "inferred"
    assert by["001"].source == "ANI"  # from the dateline


def test_negated_and_affirmed_durations(seed_report):
    durs = {(c.article_id[:3], c.value_text): c for c in seed_report.claims if c.kind == "duration"}
    assert durs[("000", "over two decades")].polarity == "negated"
    assert durs[("000", "over two decades")].frame == "novelty"
    assert durs[("003", "about two decades")].polarity == "affirmed"


def test_claims_frame_schema(seed_report):
    df = claims_frame(seed_report.claims)
    assert list(df.columns) == list(CLAIM_COLUMNS)
    assert df["claim_id"].is_unique


def test_claim_ids_stable(seed_report):
    from consistency.api import check
    from consistency.config import Config
    from tests.conftest import SEED

    again = check([str(SEED)], Config())
    assert [c.claim_id for c in again.claims] == [c.claim_id for c in seed_report.claims]
