"""A pronoun speaker is not a person named only inside a quotation (v21 reading): in "'... the voters who
backed Governor X,' he said" the "he" is the person before the quote, not X.  Indirect speech may name its own
speaker, so its names stay candidates.  Invented texts."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.actors.resolve import resolve_span


def _speakers(nlp_full, text):
    doc = nlp_full.make_doc(text)
    doc._.stancemap_published = date(2024, 6, 1)
    doc = nlp_full(doc)
    return doc, {a.source.text: a.actor_id for a in doc._.stancemap_attributions if a.source is not None}


LINDQVIST = "person:tobias-lindqvist"


@pytest.mark.model
@pytest.mark.parametrize("text, source, speaker", [
    # the man named in the quote is not its "he"
    ("Campaign aide Tobias Lindqvist spoke to reporters on Monday. "
     "\u201cThe voters who backed Senator Marcus Ferrante will come around,\u201d he said.", "he", LINDQVIST),
    # nor the one named in either half of a split quote
    ("Governor Tobias Lindqvist took questions at the statehouse. "
     "\u201cMarcus Ferrante ran a fine race,\u201d he said, \u201cand Mr. Ferrante will endorse the ticket.\u201d",
     "he", LINDQVIST),
    # only pronouns and nominals skip the quote's names; a name in the source span is the speaker itself
    ("\u201cWe will win this state,\u201d Marcus Ferrante said on Monday.", "Marcus Ferrante", "person:marcus-ferrante"),
    # indirect speech may name its own speaker: were its names skipped too, "he" would go to the mayor
    ("Mayor Karl Brenner spoke first at the meeting. "
     "Tobias Lindqvist would have voted for the levy in any case, he says.", "he", LINDQVIST),
    # found by a review: a quotation mark left open pairs with the next close; such a stretch hides no name
    ("Peter Olsen chaired the meeting.\n\nCalling the plan \u201ca disaster, Governor Tobias Lindqvist vowed "
     "to fight it. \u201cWe will win,\u201d he said.", "he", LINDQVIST),
])
def test_the_speaker_of_a_quote(nlp_full, text, source, speaker):
    _, speakers = _speakers(nlp_full, text)
    assert speakers.get(source) == speaker


@pytest.mark.model
def test_without_the_quote_ranges_the_latest_man_is_taken(nlp_full):
    # the same resolver, not told where the quotations are, falls back to the latest man: the rule is what differs
    text = ("Campaign aide Tobias Lindqvist spoke to reporters on Monday. "
            "\u201cThe voters who backed Senator Marcus Ferrante will come around,\u201d he said.")
    doc, _ = _speakers(nlp_full, text)
    start = text.index(" he said") + 1
    assert resolve_span(doc, start, start + 2) == "person:marcus-ferrante"
    quote = (text.index("\u201c"), text.index("\u201d") + 1)
    assert resolve_span(doc, start, start + 2, (quote,)) == LINDQVIST


@pytest.mark.model
def test_an_inherited_pronoun_subject_skips_the_quotes_names_too(nlp_full):
    # a subjectless cue ("vowing") climbs to a verb whose subject is a pronoun: the same rule as for a tagged source
    from stancemap.nlp.attribution import inherit

    text = ("Campaign aide Tobias Lindqvist spoke to reporters on Monday. "
            "\u201cThe voters who backed Senator Marcus Ferrante will come around.\u201d "
            "He then left the room, vowing to win the state.")
    doc, _ = _speakers(nlp_full, text)
    verb = next(t for t in doc if t.text == "left")
    quote = (text.index("\u201c"), text.index("\u201d") + 1)
    assert inherit._subject_source(doc, verb, text)[1] == "person:marcus-ferrante"
    assert inherit._subject_source(doc, verb, text, (quote,))[1] == LINDQVIST
