"""The stancemap_attribution component on real sentences (default model, every stage: ``nlp_full``)."""
from __future__ import annotations

import datetime

import pytest

from stancemap.model import Article
from stancemap.nlp.pipeline import make_doc

pytestmark = pytest.mark.model


def _read(nlp, text, published=datetime.date(2024, 5, 31), outlet=None):
    doc = nlp(make_doc(nlp, Article(text=text, published=published, outlet=outlet)))
    return doc._.stancemap_attributions


def _one(attrs, cue):
    found = [a for a in attrs if a.cue.text.lower().endswith(cue)]
    assert found, f"no attribution with cue {cue!r} in {[a.cue.text for a in attrs]}"
    return found[0]


def test_attribution_component_uses_trained_model(nlp_full):
    assert nlp_full.get_pipe("stancemap_attribution").method == "tagger"


def test_attribution_indirect_speech(nlp_full):
    text = "NATO Secretary General Jens Stoltenberg said on Tuesday that allies should lift the restrictions."
    a = _one(_read(nlp_full, text), "said")
    assert "Stoltenberg" in a.source.text
    assert a.contents[0].text.startswith("allies should lift") or a.contents[0].text.startswith("that allies")
    assert a.speech == "indirect"
    assert a.source_type == "named"
    assert a.sentence.text == text


def test_attribution_direct_quote_inverted(nlp_full):
    text = "“We will never accept this,” the foreign minister said."
    a = _one(_read(nlp_full, text), "said")
    assert a.source.text == "the foreign minister"
    assert a.speech == "direct"
    assert "never accept this" in a.contents[0].text


def test_attribution_according_to(nlp_full):
    text = "The talks collapsed on Friday, according to two diplomats familiar with the matter."
    a = _one(_read(nlp_full, text), "according to")
    assert "diplomats" in a.source.text
    assert "talks collapsed" in a.contents[0].text


def test_attribution_date_from_publication_when_sentence_has_none(nlp_full):
    a = _one(_read(nlp_full, "The minister said that the ban would stay."), "said")
    assert (a.date, a.date_source) == ("2024-05-31", "published")


def test_attribution_offsets_match_text(nlp_full):
    text = "Anna Berg, who replaced Carl Lund, said the plan “will work” and added that costs would fall."
    for a in _read(nlp_full, text):
        for span in [a.cue, a.sentence, *a.contents] + ([a.source] if a.source else []):
            assert text[span.start:span.end] == span.text


def test_attribution_empty_doc(nlp_full):
    assert _read(nlp_full, "") == []


@pytest.mark.parametrize("text,cue,source,content", [
    ("The minister said that the ban would stay.", "said", "The minister", "that the ban would stay"),
    ("“The ban stays,” the minister told reporters.", "told", "the minister", "“The ban stays,”"),
    ("Prices rose, according to the central bank.", "according to", "the central bank", "Prices rose"),
])
def test_attribution_rules_fallback_without_model(nlp_full, text, cue, source, content):
    from stancemap.nlp.attribution.component import AttributionFinder

    finder = AttributionFinder(nlp_full, model_path="/nonexistent/attribution-model")
    assert finder.method == "rules"
    doc = finder(nlp_full(make_doc(nlp_full, Article(text=text))))
    a = _one(doc._.stancemap_attributions, cue)
    assert (a.source.text, a.contents[0].text) == (source, content)


def test_attribution_apposition_speaker_is_the_head(nlp_full):
    text = "Olaf Scholz, who succeeded Angela Merkel, said on Monday that Germany would help."
    a = _one(_read(nlp_full, text), "said")
    assert a.actor_id == "person:olaf-scholz"


def test_attribution_pronoun_speaker_resolves(nlp_full):
    text = "Olaf Scholz spoke in Berlin. He said that Germany would help."
    a = _one(_read(nlp_full, text), "said")
    assert a.source.text == "He"
    assert a.actor_id == "person:olaf-scholz"


def test_attribution_date_from_sentence(nlp_full):
    text = "The minister said on May 28 that the ban would stay."
    a = _one(_read(nlp_full, text), "said")
    assert (a.date, a.date_source) == ("2024-05-28", "sentence")
