"""Speaker continuity (nlp/attribution/continuity.py): a "he"/"she" who speaks is the previous speaker, unless the
actor layer's person is named in its own or the previous sentence outside reported content.  Invented texts."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from stancemap.nlp.attribution import continuity

pytestmark = pytest.mark.model

#: the mayor talks about the governor; the next "He" is still the mayor
TOPIC = ("Mayor Ines Calder said on Tuesday that Governor Paul Brandt had promised the city more buses. "
         "She said Brandt expects the first ones in March.")
TOPIC_MAN = ("Mayor Tomas Calder said on Tuesday that Governor Paul Brandt had promised the city more buses. "
             "He said Brandt expects the first ones in March.")


def _speakers(nlp_full, text):
    doc = nlp_full.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    doc = nlp_full(doc)
    return doc, [(a.source.text, a.actor_id) for a in doc._.stancemap_attributions if a.source is not None]


def test_the_previous_speaker_keeps_speaking(nlp_full):
    _, speakers = _speakers(nlp_full, TOPIC_MAN)
    assert ("He", "person:tomas-calder") in speakers


def test_a_quote_after_narration_goes_back_to_the_speaker(nlp_full):
    text = ("Party elder Victor Lam said on Monday that the convention should prepare for a contested vote. "
            "Loyalists to Senator Joel Brandt could lobby hard, he said. "
            "\u201cThis is a different time,\u201d he said.")
    _, speakers = _speakers(nlp_full, text)
    assert [s for s in speakers if s[0] == "he"] == [("he", "person:victor-lam")] * 2


@pytest.mark.parametrize("text, source, speaker", [
    # the subject of the sentence before
    ("Senator Ana Ruiz said on Monday that the levy was dead. Governor Lena Ortiz has not spoken about the levy "
     "since the vote. She said on Tuesday that it would pass anyway.", "She", "person:lena-ortiz"),
    # found by a review: a person named in the sentence before in any role speaks next, not the earlier speaker
    ("Council member Tom Reyes said the budget had a gap. Reporters later asked Mayor Dan Hale about the gap. "
     "He said the city would borrow.", "He", "person:dan-hale"),
    ("Council member Tom Reyes said the budget had a gap. The state's treasurer, Mark Olsen, arrived late. "
     "He said the state would help.", "He", "person:mark-olsen"),
    ("Council member Tom Reyes said the budget had a gap. The bill was rescued by Governor Mark Olsen. "
     "He said the state would help.", "He", "person:mark-olsen"),
    # a possessor is not the next speaker (second review)
    ("Mayor Tom Cole said the budget was sound. Governor Paul Brandt's office did not respond. He said the city "
     "would borrow.", "He", "person:tom-cole"),
    # a previous speaker of the other sex is passed over
    ("Senator Paul Ruiz said on Monday that the levy was dead. Reporters then asked Governor Lena Ortiz about "
     "the levy. She said on Tuesday that it would pass anyway.", "She", "person:lena-ortiz"),
])
def test_a_person_named_just_before_speaks(nlp_full, text, source, speaker):
    _, speakers = _speakers(nlp_full, text)
    assert (source, speaker) in speakers


def test_without_the_pass_the_topic_is_taken(nlp_full):
    # what the pass changes: the actor layer alone gives the "He" to the governor the mayor talked about
    doc, _ = _speakers(nlp_full, TOPIC_MAN)
    pronoun = [a for a in doc._.stancemap_attributions if a.source is not None and a.source.text == "He"]
    others = [a for a in doc._.stancemap_attributions if a not in pronoun]
    undone = [replace(a, actor_id="person:paul-brandt") for a in pronoun]
    redone = continuity.carry_speakers(doc, others + undone)
    assert [a.actor_id for a in redone if a.source is not None and a.source.text == "He"] == ["person:tomas-calder"]
