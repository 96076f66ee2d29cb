"""The reading pipeline: building it, choosing a model, registering the components for spaCy users."""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from stancemap.errors import ConfigError
from stancemap.nlp import registry  # noqa: F401
from stancemap.nlp.pipeline import STAGES, load_pipeline


@pytest.mark.parametrize("factory", sorted(STAGES.values()))
def test_pipeline_factories_registered(factory):
    assert Language.has_factory(factory)


def test_pipeline_unknown_model_says_what_to_do():
    with pytest.raises(ConfigError, match="not installed"):
        load_pipeline("no_such_pipeline_xyz")


def test_pipeline_unknown_stage_is_rejected():
    with pytest.raises(ConfigError, match="unknown stage"):
        load_pipeline(stages=("dates", "telepathy"))


def test_pipeline_dates_component_in_blank_pipeline():
    """A spaCy user can add a stancemap component to their own pipeline by name."""
    nlp = spacy.blank("en")
    nlp.add_pipe("stancemap_dates")
    doc = nlp("Nothing dated here.")
    assert doc._.stancemap_dates == []
