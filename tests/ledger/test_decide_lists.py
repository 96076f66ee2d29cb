"""Roundup lists: the actors named under a head that states a position ("These countries have lifted their
restrictions:" then one name a line) hold that position."""
from __future__ import annotations

from dataclasses import replace

import pytest

from stancemap.ledger.decide import decide_stances
from stancemap.model import Attribution, Span


def _stances(build_reading, strikes, rules, text: str, cue: str, content: str, holder: str | None = None):
    """Stances decided for ``text`` (one sentence) with one attribution (cue, content) whose holder the
    linker did not resolve (``holder`` names the phrase, if any)."""
    reading = build_reading(text)
    whole = Span(0, len(text), text)

    def part(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    att = Attribution(cue=part(cue), contents=[part(content)], sentence=whole,
                      source=part(holder) if holder else None, actor_id=None)
    reading = replace(reading, sentences=[whole], attributions=[att])
    records = decide_stances(reading, [strikes], scorer=rules)
    return {r.actor.id: r.stance for r in records if not r.via}


def test_each_actor_on_its_own_line_holds_the_head_position(build_reading, strikes, rules):
    text = ("These countries have lifted their restrictions on strikes on Russian territory:\n"
            "- Finland (since May)\n- France\n\nGermany, with limits\n")
    got = _stances(build_reading, strikes, rules, text, "have lifted",
                   "their restrictions on strikes on Russian territory", holder="These countries")
    assert got == {"country:FIN": "support", "country:FRA": "support", "country:DEU": "support"}


def test_a_run_of_names_after_the_colon(build_reading, strikes, rules):
    text = ("The following governments oppose strikes on Russian territory: Finland, France and Italy.")
    got = _stances(build_reading, strikes, rules, text, "oppose", "strikes on Russian territory",
                   holder="The following governments")
    assert got == {"country:FIN": "oppose", "country:FRA": "oppose", "country:ITA": "oppose"}


def test_the_list_stops_at_a_line_of_prose(build_reading, strikes, rules):
    text = ("These countries have lifted their restrictions on strikes on Russian territory:\n"
            "Finland\nFrance\nOfficials in Italy have said nothing about it yet, and Germany declined to comment.\n")
    got = _stances(build_reading, strikes, rules, text, "have lifted",
                   "their restrictions on strikes on Russian territory", holder="These countries")
    assert got == {"country:FIN": "support", "country:FRA": "support"}


def test_one_name_after_a_colon_is_no_list(build_reading, strikes, rules):
    text = "The decision to oppose strikes on Russian territory was taken by one country: Italy."
    got = _stances(build_reading, strikes, rules, text, "oppose", "strikes on Russian territory")
    assert got == {}


def test_a_named_speaker_before_a_colon_keeps_the_words(build_reading, strikes, rules):
    text = "Anna Berg said the ban on strikes on Russian territory must go: Finland and France agree."
    reading = build_reading(text, attributions=[
        ("Anna Berg", "said", "the ban on strikes on Russian territory must go")])
    records = decide_stances(reading, [strikes], scorer=rules)
    assert {r.actor.id for r in records if not r.via and r.actor.kind == "country"} == set()


# -- end to end, with the spaCy pipeline ---------------------------------------------------------------

@pytest.mark.model
def test_a_bulleted_roundup_of_governors(read_text, rules):
    from stancemap.model import Question

    question = Question("fracking-ban", "Fracking should be banned in the United States.")
    text = ("Where the governors stand on fracking\n\n"
            "These governors have called for a ban on fracking:\n"
            "- Gov. Andrew Cuomo (New York)\n- Gov. Jared Polis (Colorado)\n\n"
            "These governors oppose a ban:\n"
            "- Gov. Greg Abbott (Texas)\n- Gov. Kevin Stitt (Oklahoma)\n")
    records = decide_stances(read_text(text), [question], scorer=rules)
    got = {r.actor.name: r.stance for r in records if not r.via}
    assert got == {"Andrew Cuomo": "support", "Jared Polis": "support",
                   "Greg Abbott": "oppose", "Kevin Stitt": "oppose"}
    cuomo = next(r for r in records if r.actor.name == "Andrew Cuomo")
    assert cuomo.evidence.sentence.text.startswith("These governors have called for a ban on fracking")


@pytest.mark.model
def test_senators_named_after_the_position(read_text, rules):
    from stancemap.model import Question

    question = Question("fracking-ban", "Fracking should be banned in the United States.")
    text = ("The following senators said Tuesday that fracking should be banned: Bernie Sanders of Vermont, "
            "Elizabeth Warren of Massachusetts and Jeff Merkley of Oregon.")
    records = decide_stances(read_text(text), [question], scorer=rules)
    assert {r.actor.name: r.stance for r in records if not r.via} == {
        "Bernie Sanders": "support", "Elizabeth Warren": "support", "Jeff Merkley": "support"}


@pytest.mark.model
def test_a_numbered_list_under_a_party_plural(read_text, rules):
    """The members listed hold the head's position; the party the head names as a plural does not."""
    from stancemap.model import Question

    question = Question("drop-out", "Donald Trump should drop out of the presidential race.")
    text = ("The Republicans who have called on Donald Trump to drop out of the race:\n\n"
            "1. Sen. John McCain (R-Ariz.)\n2. Sen. Kelly Ayotte (R-N.H.)\n3. Gov. Gary Herbert (R-Utah)\n\n"
            "Others have stood by him.\n")
    records = decide_stances(read_text(text), [question], scorer=rules)
    assert {r.actor.name: r.stance for r in records if not r.via} == {
        "John McCain": "support", "Kelly Ayotte": "support", "Gary Herbert": "support"}


def _gas():
    from stancemap.model import Question

    return Question("gas", "Congress should raise the federal gas tax.")


@pytest.mark.model
def test_a_bare_list_of_names_one_a_line(read_text, rules):
    text = ("These senators have called for raising the federal gas tax:\n"
            "- Tom Carper\n- Bob Corker\n- Barbara Boxer\n")
    records = decide_stances(read_text(text), [_gas()], scorer=rules)
    assert {r.actor.name: r.stance for r in records if not r.via} == {
        "Tom Carper": "support", "Bob Corker": "support", "Barbara Boxer": "support"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the colon is in another sentence
    "Several lawmakers want to raise the federal gas tax. The summit was attended by leaders from three "
    "countries: France, Germany and Italy.",
    # the content stops well before the colon: the colon introduces guests, not holders
    "Lawmakers who want to raise the federal gas tax met on Tuesday with the following guests:\n"
    "Nancy Pelosi\nPaul Ryan\nMitch McConnell\n",
    # a part of the run is a clause, not a name
    "Some senators have called for raising the federal gas tax: Tom Carper, and Bob Corker said it was dead.",
])
def test_a_colon_that_opens_no_list_of_holders(read_text, rules, text):
    records = decide_stances(read_text(text), [_gas()], scorer=rules)
    assert [r for r in records if not r.via] == []
