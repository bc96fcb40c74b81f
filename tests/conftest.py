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
