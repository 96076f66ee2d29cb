"""resolve_span: speaker spans, pronouns and nominals to actor ids."""
from __future__ import annotations

from datetime import date

import pytest

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.resolve import resolve_span


def read(nlp, text):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    return nlp(doc)


def at(doc, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    return resolve_span(doc, start, start + len(phrase))


TEXT = ("Defense Minister Kejsa Ollongren of the Netherlands spoke on Tuesday. She said the restriction "
        "should be lifted. The minister said it was urgent. The Netherlands agreed. It said more.")


@pytest.mark.model
def test_actors_resolve_span_with_title(nlp):
    assert at(read(nlp, TEXT), "Defense Minister Kejsa Ollongren") == "person:kajsa-ollongren"


@pytest.mark.model
@pytest.mark.parametrize("phrase,actor_id", [
    ("She", "person:kajsa-ollongren"), ("The minister", "person:kajsa-ollongren"), ("It", "country:NLD")])
def test_actors_resolve_pronouns_and_nominals(nlp, phrase, actor_id):
    assert at(read(nlp, TEXT), phrase) == actor_id


@pytest.mark.model
def test_actors_resolve_nominal_without_antecedent_is_none(nlp):
    doc = read(nlp, "The weather was fine. The secretary-general said nothing.")
    assert at(doc, "The secretary-general") is None


@pytest.mark.model
def test_actors_resolve_window_is_limited(nlp):
    filler = " ".join(f"Sentence number {i} is about the weather." for i in range(8))
    doc = read(nlp, f"Jens Stoltenberg arrived. {filler} He said nothing.")
    assert at(doc, "He") is None
