"""British spellings the attribution tagger's vocabulary (trained on US news) lacks take their American ids."""
from __future__ import annotations

import datetime

import pytest

from stancemap.model import Article
from stancemap.nlp.attribution.features import _word_id, american_spelling
from stancemap.nlp.pipeline import make_doc


@pytest.mark.parametrize("british,american", [
    ("favour", "favor"), ("criticised", "criticized"), ("organisation", "organization"),
    ("travelled", "traveled"), ("defence", "defense"), ("programme", "program"), ("analysed", "analyzed"),
])
def test_american_spelling(british, american):
    assert american_spelling(british) == american


def test_short_words_and_american_words_have_no_variant():
    assert american_spelling("our") is None
    assert american_spelling("four") is None
    assert american_spelling("favor") is None


def test_known_words_keep_their_own_id():
    table = {"favor": 1, "defence": 2, "defense": 3}
    assert _word_id(table, "favour") == 1  # unknown: the American id
    assert _word_id(table, "defence") == 2  # known in both spellings: its own id
    assert _word_id(table, "colour") == 0  # neither spelling known


@pytest.mark.model
def test_british_cue_reads_like_the_american_one(nlp_full):
    def cues(text):
        doc = nlp_full(make_doc(nlp_full, Article(text=text, published=datetime.date(2024, 5, 31))))
        return [(a.cue.text, [c.text for c in a.contents]) for a in doc._.stancemap_attributions]

    american = cues("During her visit, Ms. Okafor spoke in favor of the two-state solution but said little else.")
    british = cues("During her visit, Ms. Okafor spoke in favour of the two-state solution but said little else.")
    assert [(c.replace("favor", "favour"), x) for c, x in american] == british
    assert ("spoke in favour of", ["the two-state solution"]) in british
