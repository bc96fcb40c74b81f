from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed-story"


@pytest.fixture(scope="session")
def seed_report():
    from consistency.api import check
    from consistency.config import Config

    return check([str(SEED)], Config())


@pytest.fixture
def story_report():
    """A function checking texts as the articles of one story, one outlet each, published
    on one day: story_report("text one", "text two") -> Report."""
    from consistency.api import check_articles
    from tests.helpers import story

    def run(*texts: str, published: str = "2024-05-16"):
        return check_articles(story(*texts, published=published))

    return run
