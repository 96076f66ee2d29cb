"""The stancemap_attribution component on real sentences (default model, dates + actors stages)."""
from __future__ import annotations

import datetime

import pytest

from stancemap.model import Article
from stancemap.nlp.pipeline import make_doc

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp_attr():
    from stancemap.nlp.pipeline import cached_pipeline

    return cached_pipeline(stages=("dates", "actors", "attribution"))


def _read(nlp, text, published=datetime.date(2024, 5, 31), outlet=None):
    doc = nlp(make_doc(nlp, Article(text=text, published=published, outlet=outlet)))
    return doc._.stancemap_attributions


def _one(attrs, cue):
    found = [a for a in attrs if a.cue.text.lower().endswith(cue)]
    assert found, f"no attribution with cue {cue!r} in {[a.cue.text for a in attrs]}"
    return found[0]


def test_attribution_component_uses_trained_model(nlp_attr):
    assert nlp_attr.get_pipe("stancemap_attribution").method == "tagger"


def test_attribution_indirect_speech(nlp_attr):
    text = "NATO Secretary General Jens Stoltenberg said on Tuesday that allies should lift the restrictions."
    a = _one(_read(nlp_attr, text), "said")
    assert "Stoltenberg" in a.source.text
    assert a.contents[0].text.startswith("allies should lift") or a.contents[0].text.startswith("that allies")
    assert a.speech == "indirect"
    assert a.source_type == "named"
    assert a.sentence.text == text


def test_attribution_direct_quote_inverted(nlp_attr):
    text = "“We will never accept this,” the foreign minister said."
    a = _one(_read(nlp_attr, text), "said")
    assert a.source.text == "the foreign minister"
    assert a.speech == "direct"
    assert "never accept this" in a.contents[0].text


def test_attribution_according_to(nlp_attr):
    text = "The talks collapsed on Friday, according to two diplomats familiar with the matter."
    a = _one(_read(nlp_attr, text), "according to")
    assert "diplomats" in a.source.text
    assert "talks collapsed" in a.contents[0].text


def test_attribution_date_from_publication_when_sentence_has_none(nlp_attr):
    a = _one(_read(nlp_attr, "The minister said that the ban would stay."), "said")
    assert (a.date, a.date_source) == ("2024-05-31", "published")


def test_attribution_offsets_match_text(nlp_attr):
    text = "Anna Berg, who replaced Carl Lund, said the plan “will work” and added that costs would fall."
    for a in _read(nlp_attr, text):
        for span in [a.cue, a.sentence, *a.contents] + ([a.source] if a.source else []):
            assert text[span.start:span.end] == span.text


def test_attribution_empty_doc(nlp_attr):
    assert _read(nlp_attr, "") == []
