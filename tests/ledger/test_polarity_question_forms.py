"""Forms of question statement (v6): actions that keep something, phrasal actions, "should face charges",
adjectives with opposites, irregular participles; each read through the statement's own action."""
from __future__ import annotations

import pytest

from stancemap.ledger.decide import decide_stances
from stancemap.ledger.polarity import _action_stems, compose
from stancemap.model import Question

KEEP = Question("keep", "Norland should keep its garrison on the Vell islands.")
REMAIN = Question("remain", "Street racing should remain legal in Ostrava.")
STAY = Question("stay", "Norland should stay in the Northern Customs Union.")
DROP = Question("drop", "Senator Ana Pell should drop out of the race for governor.")
STEP = Question("step", "Mayor Ivo Brandt should step down.")
FACE = Question("face", "Former minister Leo Varga should face criminal charges over the harbour contracts.")
LEGAL = Question("legal", "Online poker should be legal in Ostrava.")
RELEASE = Question("release", "The mayor should release the harbour contracts.")
REQUIRE = Question("require", "Cyclists should be required to wear helmets.")
BUILT = Question("built", "The Vell bridge should be built.")


@pytest.mark.parametrize("question,stems", [
    (KEEP, {"keep", "remain", "stay", "maintain"}),
    (DROP, {"drop out", "quit", "withdraw", "resign"}),
    (STEP, {"step down", "resign", "quit"}),
    (FACE, {"charg", "indict", "prosecut"}),
    (BUILT, {"build", "construct"}),
])
def test_action_stems_read_the_statement_form(question, stems):
    assert stems <= _action_stems(question.statement)


def test_a_phrasal_action_is_not_its_bare_verb():
    assert "drop" not in _action_stems(DROP.statement)
    # only a particle makes a phrasal verb: "make public transport free" is not "make public" (release)
    assert "releas" not in _action_stems("The city should make public transport free.")


def test_face_without_a_known_act_keeps_its_own_verb():
    stems = _action_stems("Varga should face the voters.")
    assert "fac" in stems and "charg" not in stems


@pytest.mark.parametrize("question,text,stance", [
    (KEEP, "Norland should withdraw its garrison from the Vell islands", "oppose"),
    (KEEP, "she vowed to abandon the garrison on the Vell islands", "oppose"),
    (KEEP, "the garrison must stay on the Vell islands", "support"),
    (REMAIN, "street racing should be outlawed again in Ostrava", "oppose"),
    (REMAIN, "he wants to repeal the legalization of street racing in Ostrava", "oppose"),
    (REMAIN, "Ostrava should keep street racing legal", "support"),
    (STAY, "Norland should abandon the Northern Customs Union", "oppose"),
    (DROP, "Pell should quit the race for governor", "support"),
    (DROP, "it is time for Pell to withdraw from the race", "support"),
    (FACE, "Varga should be indicted over the harbour contracts", "support"),
    (FACE, "Varga should not be prosecuted over the harbour contracts", "oppose"),
    (LEGAL, "he wants to criminalize online poker in Ostrava", "oppose"),
    (LEGAL, "he wants to outlaw online poker", "oppose"),
    (RELEASE, "the mayor should withhold the harbour contracts", "oppose"),
    (REQUIRE, "the city should lift the helmet requirement for cyclists", "oppose"),
    (BUILT, "the Vell bridge must be built", "support"),
])
def test_compose_reads_the_statement_form(question, text, stance):
    assert compose(text, question).stance == stance


def test_a_vetoing_or_blocking_cue_is_against_what_follows():
    assert compose("a bill to build the Vell bridge", BUILT, cue="vetoed").stance == "oppose"
    assert compose("a bill to build the Vell bridge", BUILT, cue="blocked").stance == "oppose"
    assert compose("a bill to build the Vell bridge", BUILT, cue="introduced").stance == "support"


@pytest.mark.parametrize("question,text", [
    (KEEP, "the garrison on the Vell islands left its barracks before dawn"),   # a deed, no side
    (DROP, "Pell said the numbers would drop in the autumn"),                   # "drop" alone, no particle
    (LEGAL, "online poker grew quickly in the neighbouring state"),
    (LEGAL, "illegal poker dens still dominate the market in Ostrava"),        # "illegal" is no act
    (KEEP, "the situation on the Vell islands would remain unstable"),         # "remain" in another sense
    (KEEP, "rebels killed two soldiers of the garrison on the Vell islands"),
    (FACE, "Varga will be in charge of the party until May"),                  # "charge" in another sense
    (BUILT, "voters are torn on the Vell bridge"),
])
def test_compose_stays_silent_without_a_side(question, text):
    assert compose(text, question).stance is None


def test_a_commitment_to_a_phrasal_action_names_it():
    assert compose("she will drop out of the race for governor", DROP).stance == "support"
    assert compose("she will never drop out of the race for governor", DROP).stance == "oppose"


def test_end_to_end_keep_question(read_text):
    reading = read_text("Senator Ana Pell said Norland should withdraw its garrison from the Vell islands. "
                        "Defence minister Ivo Brandt said the garrison must stay on the Vell islands.")
    got = {(r.actor.name, r.stance) for r in decide_stances(reading, [KEEP]) if not r.via}
    assert ("Ana Pell", "oppose") in got
    assert ("Ivo Brandt", "support") in got


ABOLISH = Question("abolish", "The party should abolish its council of elders.")
PERSON_CHARGES = Question("charges", "Leo Varga should face criminal charges over the harbour contracts.")


@pytest.mark.parametrize("question,text,stance", [
    (ABOLISH, "the council of elders should be kept", "oppose"),          # a passive opposite
    (ABOLISH, "the council of elders must be preserved", "oppose"),
    (ABOLISH, "the party should keep the council of elders", "oppose"),   # the active form, as before
    (PERSON_CHARGES, "Varga should be in jail", "support"),
    (PERSON_CHARGES, "Varga should be behind bars", "support"),
])
def test_compose_reads_passive_opposites_and_sanctions(question, text, stance):
    assert compose(text, question, cue="said").stance == stance


@pytest.mark.parametrize("question,text", [
    (ABOLISH, "the council of elders met; its minutes were kept secret"),   # another clause
    (ABOLISH, "the council of elders said its minutes should be kept secret"),  # the subject is the minutes
    (ABOLISH, "the council of elders was kept busy in May"),               # an event, no modal
    (KEEP, "the garrison on the Vell islands was abandoned in May"),
    (STAY, "Norland is staying quiet on the Northern Customs Union"),      # not a passive
])
def test_a_passive_opposite_needs_a_modal_and_the_topic_as_subject(question, text):
    assert not any(o.category == "opposite" for o in compose(text, question).operators)


def test_held_accountable_is_no_call_for_charges():
    assert compose("Varga will be held accountable at the ballot box", PERSON_CHARGES).stance is None


CHECKS = Question("checks", "The country should require background checks for all gun buyers.")


def test_end_to_end_votes_and_sponsors_are_deeds(read_text):
    # a legislator's vote or sponsorship is a deed with a side, also when someone else reports it
    reading = read_text("The Senate debated background checks for gun buyers on Tuesday. "
                        "Sen. Ana Pell noted that only Sen. Ivo Brandt voted for the background checks bill. "
                        "Sen. Leo Varga voted against the background checks bill. "
                        "Sen. Maja Holm co-sponsored the background checks bill. "
                        "Sen. Otto Lind voted on the background checks bill. "
                        "Sen. Eva Dahl voted for Ivo Brandt, who opposes background checks, as majority leader.")
    got = {(r.actor.name, r.stance) for r in decide_stances(reading, [CHECKS]) if not r.via}
    assert ("Ivo Brandt", "support") in got
    assert ("Leo Varga", "oppose") in got
    assert ("Maja Holm", "support") in got
    assert not any(name == "Otto Lind" for name, _ in got)   # a vote with no side named
    assert not any(name == "Eva Dahl" for name, _ in got)    # a vote on something else
    assert not any(name == "Ana Pell" for name, _ in got)    # she reports his vote, she takes no side


CLOSE = Question("close", "The city should close the prison at Vell Bay.")


@pytest.mark.parametrize("question,text,stance", [
    (KEEP, "it was time to bring the garrison home from the Vell islands", "oppose"),
    (KEEP, "she vowed to pull the garrison out of the Vell islands", "oppose"),
    (CLOSE, "he vowed to keep Vell Bay open", "oppose"),   # an opposite of several words, with a gap
])
def test_compose_reads_opposites_of_several_words(question, text, stance):
    assert compose(text, question).stance == stance


def test_a_gapped_opposite_acts_on_what_stands_in_the_gap():
    # the family is brought home, not the garrison: the islands after the phrase do not count
    assert compose("he will bring his family home from the Vell islands", KEEP).stance is None
