"""v7: verdicts on an action ("withdrawing the garrison would be a mistake"), questions whose action is a
refusal word ("should reject the treaty", "should deport them"), and a candidate's quitting ("should end
his campaign")."""
from __future__ import annotations

import pytest

from stancemap.ledger.decide import decide_stances
from stancemap.ledger.judged import find_judgement
from stancemap.ledger.lexicon import stem, tokens
from stancemap.ledger.polarity import _action_stems, compose
from stancemap.model import Question

KEEP = Question("keep", "Norland should keep its garrison on the Vell islands.")
ADMIT = Question("admit", "Norland should admit the refugees from Vell.")
CLOSE = Question("close", "The prison on the Vell islands should be closed.")
REJECT = Question("reject", "The assembly should reject the harbour treaty with Ostrava.")
DEPORT = Question("deport", "Norland should deport the workers living in the country illegally.")
EXPEL = Question("expel", "The government should expel the Ostravan diplomats.")
REFUSE = Question("refuse", "Candidates should refuse donations from lobbyists.")
QUIT = Question("quit", "Ivo Brandt should end his campaign and back Ana Pell for the nomination.",
                keywords=["drop out", "stay in the race"])


@pytest.mark.parametrize("text,phrase,sign", [
    ("withdrawing the garrison from the Vell islands would be a grave mistake", "withdraw th garrison from th vell island", -1),
    ("that admitting the refugees is a moral obligation", "admit th refug", 1),
    ("It would be a mistake to close the prison.", "clos th prison", -1),
    ("closing the prison would not be a mistake", "clos th prison", 1),
    ("calls for Brandt to quit the race are premature", "brandt to quit th rac", -1),
])
def test_find_judgement_reads_the_action_and_the_verdict(text, phrase, sign):
    found = find_judgement(text, tokens(text))
    assert found is not None
    assert " ".join(t.stem for t in tokens(text)[found.first:found.last + 1]) == phrase
    assert found.sign == sign


@pytest.mark.parametrize("text", [
    "The senator, speaking at a rally, is a mistake",            # a participle after a comma is no subject
    "Building the bridge was blocked by the council.",           # no verdict after the copula
    "the refugees arriving on Monday said the camp was wrong",   # the verdict is another clause's
])
def test_find_judgement_needs_a_clause_subject_and_a_verdict(text):
    assert find_judgement(text, tokens(text)) is None


@pytest.mark.parametrize("question,text,stance", [
    (KEEP, "withdrawing the garrison from the Vell islands would be a grave mistake", "support"),
    (KEEP, "keeping the garrison on the Vell islands would be a waste of lives", "oppose"),
    (ADMIT, "admitting the refugees from Vell now would be reckless", "oppose"),
    (ADMIT, "turning away the refugees from Vell would be a betrayal", "support"),
    (CLOSE, "it would be a mistake to close the prison on the Vell islands", "oppose"),
    (CLOSE, "closing the prison on the Vell islands is the right thing to do", "support"),
    (REJECT, "rejecting the harbour treaty would be a mistake", "oppose"),
])
def test_a_verdict_on_the_action_or_its_opposite(question, text, stance):
    assert compose(text, question, cue="said").stance == stance


def test_a_denied_verdict_turns_round():
    text = "claims that closing the prison on the Vell islands would be dangerous"
    assert compose(text, CLOSE, cue="said").stance == "oppose"
    assert compose(text, CLOSE, cue="rejected").stance == "support"


@pytest.mark.parametrize("question,text,cue,stance", [
    (REJECT, "the assembly must reject the harbour treaty with Ostrava", "said", "support"),
    (REJECT, "to reject the harbour treaty", "vowed", "support"),
    (REJECT, "the assembly to approve the harbour treaty", "urged", "oppose"),
    (DEPORT, "the workers living in the country illegally must be deported", "said", "support"),
    (DEPORT, "to deport the workers living in the country illegally", "promised", "support"),
    (DEPORT, "deporting the workers living in the country illegally", "opposes", "oppose"),
    (EXPEL, "expelling the Ostravan diplomats", "called for", "support"),
    (REFUSE, "he would not refuse donations from lobbyists", "said", "oppose"),
])
def test_a_refusal_word_that_is_the_action_states_it(question, text, cue, stance):
    assert compose(text, question, cue=cue).stance == stance


def test_doubled_l_verbs_stem_to_their_base():
    assert stem("expelled") == stem("expelling") == stem("expel")
    assert stem("called") == "call"  # the rule that keeps "ll" still holds for other verbs


def test_ending_a_campaign_is_dropping_out():
    stems = _action_stems(QUIT.statement)
    assert {"drop out", "quit", "withdraw", "end"} <= stems
    assert "end" in _action_stems("The war should end now.") and "drop out" not in _action_stems("The war should end now.")


@pytest.mark.parametrize("text,cue,stance", [
    ("to stay in the race until the convention", "vowed", "oppose"),
    ("Brandt to drop out and endorse Ana Pell", "called on", "support"),
    ("Brandt to get out of the race", "called on", "support"),
    ("he will not end his campaign", "said", "oppose"),
])
def test_quitting_questions(text, cue, stance):
    assert compose(text, QUIT, cue=cue).stance == stance


def test_a_call_on_the_patient_to_do_an_unknown_deed_is_no_stance():
    # before v7, the call's attitude went to Brandt himself: "for the patient", against his quitting
    assert compose("Brandt to visit the northern counties", QUIT, cue="urged").stance is None


def test_end_to_end_short_content_stating_the_action(read_text):
    reading = read_text("Ivo Brandt vowed not to drop out. Senator Ana Pell called on Brandt to get out of the race.")
    got = {(r.actor.name, r.stance) for r in decide_stances(reading, [QUIT]) if not r.via}
    assert ("Ivo Brandt", "oppose") in got
    assert ("Ana Pell", "support") in got


BORDER = Question("border", "Norland should close the border with Vell.")
TROOPS = Question("troops", "Norland should withdraw its troops from Kessia.")
PAC = Question("pac", "Candidates should refuse the support of super PACs.")
TRADE = Question("trade", "Congress should reject the trade deal.")


@pytest.mark.parametrize("question,text", [
    # found in review: a verdict on a claim, or on the action done to something else
    (BORDER, "it would be a mistake to think the border with Vell could be closed overnight"),
    (BORDER, "it is fair to say that we have not decided whether to close the border"),
    (BORDER, "closing the factories in Vell would be a mistake"),
    (BORDER, "closing the gap with Vell is a necessity"),
    (TROOPS, "withdrawing money from Kessia's banks would be a mistake"),
])
def test_no_verdict_on_a_claim_or_on_another_object(question, text):
    assert compose(text, question, cue="said").stance is None


@pytest.mark.parametrize("question,text,stance", [
    (PAC, "he has refused to disavow the super PAC supporting him", "oppose"),  # only the last is the action
    (TRADE, "he rejected calls to reject the trade deal", "oppose"),
    (BORDER, "closing the border with Vell will be the answer", "support"),
])
def test_an_earlier_refusal_word_stays_an_attitude(question, text, stance):
    assert compose(text, question, cue="said").stance == stance


def test_words_in_ing_that_are_no_inflection_keep_their_stem():
    assert stem("thing") == "thing" != stem("the")
    assert stem("bringing") == stem("bring") == "bring"


@pytest.mark.parametrize("text,cue", [
    ("to comment on the super PAC ads", "declined"),
    ("he declined to comment on the super PAC ads", "said"),
    ("the campaign did not immediately respond to a request about the super PAC", "said"),
])
def test_declining_to_comment_is_no_stance(text, cue):
    assert compose(text, PAC, cue=cue).stance is None


BACK = Question("back", "Party members should support Ana Pell as their candidate for governor.")


@pytest.mark.parametrize("text,stance", [
    ("the poll showed support for Ana Pell slipping among women", None),   # others' support, measured
    ("support for Ana Pell has grown among farmers", None),
    ("he voiced support for Ana Pell among the party's delegates", "support"),  # the speaker's own
    ("he would support Ana Pell among the candidates", "support"),
])
def test_support_as_a_measure_is_no_stance_of_the_speaker(text, stance):
    assert compose(text, BACK, cue="said").stance == stance
