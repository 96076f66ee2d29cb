"""The opposite of a question's action, cue phrases of several words, and the relevance of named objects."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.ledger.relevance import core_hit, question_terms
from stancemap.model import Question

REPEAL = Question("repeal", "The Coastal Housing Act should be repealed.", keywords=["Coastal Housing Act"])
LEAVE = Question("leave", "Norland should leave the Northern Customs Union.")
RAISE = Question("raise", "The national minimum wage should be raised.")
ADOPT = Question("adopt", "The country should adopt stricter fishing quotas.")
PACT = Question("pact", "The country should ratify the Atlantic Fisheries Pact (AFP).",
                keywords=["Atlantic Fisheries Pact", "AFP"])


@pytest.mark.parametrize("question,text,stance", [
    (REPEAL, "she vowed to defend the Coastal Housing Act against efforts to repeal it", "oppose"),
    (REPEAL, "we will build on the Coastal Housing Act", "oppose"),
    (REPEAL, "we are going to replace the Coastal Housing Act with something better", "support"),
    (LEAVE, "Norland would be better off remaining in the Northern Customs Union", "oppose"),
    (LEAVE, "she urged Norland to stay in the Northern Customs Union", "oppose"),
    (RAISE, "the governor wants to freeze the minimum wage", "oppose"),
    (ADOPT, "he will work to overturn the new fishing quotas", "oppose"),
])
def test_compose_reads_the_opposite_of_the_action(question, text, stance):
    assert compose(text, question).stance == stance


@pytest.mark.parametrize("question,text", [
    (LEAVE, "questions remain about the Northern Customs Union budget"),   # no object of the verb
    (RAISE, "the governor wants to cut taxes"),                             # another topic
    (ADOPT, "a fisherman was killed by a storm near the quotas zone"),     # passive: not undone
    (PACT, "any deal that kills jobs, including the AFP, is bad"),          # the verb's object is jobs
])
def test_compose_ignores_opposite_verbs_off_the_topic(question, text):
    pol = compose(text, question)
    assert not any(o.category == "opposite" for o in pol.operators)


@pytest.mark.parametrize("cue,stance", [("voted for", "support"), ("came out against", "oppose"),
                                        ("promised", "support"), ("has come out in favor of", "support")])
def test_compose_reads_cue_phrases_of_several_words(cue, stance):
    assert compose("the Atlantic Fisheries Pact", PACT, cue=cue).stance == stance


def test_core_hit_skips_predicate_words_inside_another_name():
    terms = question_terms(PACT)
    assert core_hit("they want to ratify the trade pact", terms)
    assert not core_hit("he would pull out of the Pacific Fisheries Pact", terms)


def test_cue_naming_the_opposite_of_the_action_is_against():
    assert compose("the Coastal Housing Act", REPEAL, cue="has been a dogged defender of").stance == "oppose"
    assert compose("the Coastal Housing Act", REPEAL, cue="has campaigned to repeal").stance != "oppose"


@pytest.mark.parametrize("cue", ["hailed", "is protesting"])
def test_compose_reads_more_attitude_cues(cue):
    expected = "oppose" if cue == "is protesting" else "support"
    assert compose("the Atlantic Fisheries Pact", PACT, cue=cue).stance == expected


@pytest.mark.parametrize("a,b,same", [("russia", "russian", True), ("ukrain", "ukrainian", True),
                                      ("obama", "obamacar", False), ("member", "membership", False)])
def test_stems_match_word_families_not_compounds(a, b, same):
    from stancemap.ledger.lexicon import stems_match

    assert stems_match(a, b) is same


def test_a_name_inside_a_compound_keyword_does_not_make_a_text_relevant():
    aca = Question("aca", "The Affordable Care Act (Obamacare) should be repealed.",
                   keywords=["Obamacare", "Affordable Care Act"])
    from stancemap.ledger.relevance import lexical_score

    assert lexical_score("Obama announced new steps to tighten firearms sales", question_terms(aca)) < 0.5


def test_reconsidering_an_opposition_is_for():
    hearings = Question("hearings", "The Senate should hold hearings on the nominee.")
    assert compose("forces senators to reconsider their opposition to holding hearings on the nominee",
                   hearings).stance == "support"
