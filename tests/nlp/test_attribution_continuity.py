"""Speaker continuity (nlp/attribution/continuity.py): a "he"/"she" who speaks is the previous speaker unless the
subject of its own or the previous sentence is a fitting person.  Invented texts."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.attribution import continuity

pytestmark = pytest.mark.model


def _speakers(nlp_full, text):
    doc = nlp_full.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    doc = nlp_full(doc)
    return doc, [(a.source.text, a.actor_id) for a in doc._.stancemap_attributions if a.source is not None]


def test_the_previous_speaker_keeps_speaking(nlp_full):
    # the person named in what the spokesman said is his topic, not the next "He"
    text = ("White House spokesman Tom Reyes said on Monday that President Marcus Hale has long called for tax "
            "fairness. He said Hale hopes his successor will push for the same.")
    _, speakers = _speakers(nlp_full, text)
    assert ("He", "person:tom-reyes") in speakers


def test_a_quote_after_narration_goes_back_to_the_speaker(nlp_full):
    text = ("Party elder Victor Lam said on Monday that the convention should prepare for a contested vote. "
            "Loyalists to Senator Joel Brandt could lobby hard, he said. "
            "\u201cThis is a different time,\u201d he said.")
    _, speakers = _speakers(nlp_full, text)
    assert [s for s in speakers if s[0] == "he"] == [("he", "person:victor-lam")] * 2


def test_the_subject_of_the_sentence_before_wins(nlp_full):
    # Ruiz spoke last, but Ortiz is the subject of the sentence right before "She"
    text = ("Senator Ana Ruiz said on Monday that the levy was dead. Governor Lena Ortiz has not spoken about the "
            "levy since the vote. She said on Tuesday that it would pass anyway.")
    _, speakers = _speakers(nlp_full, text)
    assert ("She", "person:lena-ortiz") in speakers


def test_a_previous_speaker_of_the_other_gender_is_passed_over(nlp_full):
    text = ("Senator Paul Ruiz said on Monday that the levy was dead. Reporters then asked Governor Lena Ortiz about "
            "the levy. She said on Tuesday that it would pass anyway.")
    _, speakers = _speakers(nlp_full, text)
    assert ("She", "person:lena-ortiz") in speakers


def test_without_the_pass_the_nearest_subject_is_taken(nlp_full):
    # what the pass changes: the actor layer alone gives the first example's "He" to the president
    text = ("White House spokesman Tom Reyes said on Monday that President Marcus Hale has long called for tax "
            "fairness. He said Hale hopes his successor will push for the same.")
    doc, _ = _speakers(nlp_full, text)
    before = [a for a in doc._.stancemap_attributions if a.source is not None and a.source.text == "He"]
    from dataclasses import replace
    undone = [replace(a, actor_id="person:marcus-hale") for a in before]
    others = [a for a in doc._.stancemap_attributions if a not in before]
    redone = continuity.carry_speakers(doc, others + undone)
    assert [a.actor_id for a in redone if a.source is not None and a.source.text == "He"] == ["person:tom-reyes"]
