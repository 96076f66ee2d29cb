"""Fixtures of the attribution regression cases."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp_attr():
    """The default model with dates, actors and attribution (cached per process)."""
    from stancemap.nlp.pipeline import cached_pipeline

    return cached_pipeline(stages=("dates", "actors", "attribution"))
