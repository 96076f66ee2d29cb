"""Linking labelled spans into Attribution records: speech kind, outlet sources, apposition cores."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from stancemap.nlp import registry  # noqa: F401  (registers the Doc extensions)
from stancemap.nlp.attribution import assemble
from stancemap.nlp.attribution.quotes import find_quotes
from stancemap.nlp.attribution.speaker import outlet_matches


def _doc(text: str) -> Doc:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


def _frag(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return (i, i + len(part))


def test_assemble_speech_kind_direct_indirect_mixed():
    text = 'He said "we go". She said they go. It said they "go now".'
    quotes = find_quotes(text)
    assert assemble.speech_kind([_frag(text, '"we go"')], quotes, text) == "direct"
    assert assemble.speech_kind([_frag(text, "they go")], quotes, text) == "indirect"
    assert assemble.speech_kind([_frag(text, 'they "go now"')], quotes, text) == "mixed"


def test_assemble_links_contents_and_sources_to_nearest_cue():
    text = "Anna said that rain comes. Ben warned that snow comes."
    doc = _doc(text)
    spans = {"Cue": [_frag(text, "said"), _frag(text, "warned")],
             "Source": [_frag(text, "Anna"), _frag(text, "Ben")],
             "Content": [_frag(text, "that rain comes"), _frag(text, "that snow comes")]}
    recs = assemble.build(doc, spans, find_quotes(text))
    assert [(r.source.text, r.cue.text, r.contents[0].text) for r in recs] == [
        ("Anna", "said", "that rain comes"), ("Ben", "warned", "that snow comes")]
    assert recs[0].sentence.text == "Anna said that rain comes."


def test_assemble_no_source_is_never_pinned_on_a_name():
    text = "Anna arrived. It was reported that talks failed."
    doc = _doc(text)
    spans = {"Cue": [_frag(text, "was reported")], "Source": [], "Content": [_frag(text, "that talks failed")]}
    rec = assemble.build(doc, spans, [])[0]
    assert (rec.source, rec.source_type, rec.actor_id) == (None, "none", None)


def test_assemble_cue_without_content_is_dropped():
    text = "Anna said nothing."
    assert assemble.build(_doc(text), {"Cue": [_frag(text, "said")]}, []) == []


def test_assemble_published_date_when_sentence_has_none():
    import datetime

    text = "Anna said that rain comes."
    doc = _doc(text)
    doc._.stancemap_published = datetime.date(2024, 5, 2)
    rec = assemble.build(doc, {"Cue": [_frag(text, "said")], "Content": [_frag(text, "that rain comes")]}, [])[0]
    assert (rec.date, rec.date_source) == ("2024-05-02", "published")


def test_assemble_outlet_source_type():
    text = "The Daily Planet reported that rain comes."
    doc = _doc(text)
    doc._.stancemap_outlet = "Daily Planet"
    spans = {"Cue": [_frag(text, "reported")], "Source": [_frag(text, "The Daily Planet")],
             "Content": [_frag(text, "that rain comes")]}
    rec = assemble.build(doc, spans, [])[0]
    assert (rec.source_type, rec.actor_id) == ("outlet", None)


def test_speaker_outlet_needs_a_real_match():
    doc = _doc("x")
    doc._.stancemap_outlet = "Reuters"
    assert outlet_matches(doc, "Reuters")
    assert not outlet_matches(doc, "A Reuters reporter's neighbour")
