"""v11's checks: passive reversals, named members of a group, refusing a patient, coordinated action verbs,
"not ... unless", and a pronoun object after a relevant sentence."""
from __future__ import annotations

import pytest

from stancemap.ledger.decide import decide_stances
from stancemap.ledger.polarity import compose
from stancemap.ledger.rules import pronoun_objects
from stancemap.model import Question

STRIKES = Question("strikes", "Ukraine may use Western-supplied weapons to strike military targets on Russian territory.")
FUNDS = Question("funds", "Towns should accept and spend the federal flood relief money.",
                 keywords=["flood relief money"])


def _stances(records, name: str) -> list[str]:
    return sorted(r.stance for r in records if r.actor.name == name and r.via is None)


@pytest.mark.parametrize("text,stance", [
    ("the restrictions on strikes on Russian territory were lifted", "support"),
    ("the ban on strikes in Russia has been lifted", "support"),
    ("restrictions on strikes in Russia should be eased", "support"),
    ("restrictions on strikes on Russian territory lifted by Finland", "support"),
    ("the ban on strikes in Russia was not lifted", "oppose"),
    ("the refusal to allow strikes was reversed", "support"),
    ("the restrictions on strikes in Russia remain in place", "oppose"),
    ("lifted restrictions on strikes on Russian territory", "support"),
])
def test_a_passive_reversal_reverses_the_restriction_before_it(text, stance):
    assert compose(text, STRIKES).stance == stance


def test_a_reversal_after_a_coordinator_reverses_nothing_before_it():
    # "was lifted" is about the curfew of its own clause, not the ban before "and"
    assert compose("the ban on strikes was kept and the curfew was lifted", STRIKES).stance == "oppose"


@pytest.mark.parametrize("text", [
    "Several allies, including Finland and Germany, have lifted their restrictions on strikes on Russian territory.",
    "Several allies - Finland and Germany - have lifted their restrictions on strikes on Russian territory.",
    "Moscow warned several countries, including Finland and Germany, that lifted their restrictions on strikes "
    "on Russian territory.",
])
def test_named_members_share_what_their_group_did(read_text, text):
    records = decide_stances(read_text(text), [STRIKES])
    assert _stances(records, "Finland") == ["support"]
    assert _stances(records, "Germany") == ["support"]


def test_members_named_as_objects_of_another_deed_take_no_side(read_text):
    text = "Moscow criticised several allies, including Finland and Germany, on Monday over strikes on Russian territory."
    records = decide_stances(read_text(text), [STRIKES])
    assert _stances(records, "Finland") == [] and _stances(records, "Germany") == []


@pytest.mark.parametrize("text,stance", [
    ("has threatened to turn down the federal flood relief money", "oppose"),
    ("would spurn the federal flood relief money", "oppose"),
    ("said the town would spend the flood relief money", "support"),
    ("would not spend the flood relief money", "oppose"),
    ("called the flood relief money wasteful", "oppose"),
])
def test_refusing_or_spending_the_money_the_question_would_accept_and_spend(text, stance):
    assert compose(text, FUNDS).stance == stance


@pytest.mark.parametrize("text", [
    "the town should not accept the money unless it can pay down its debt",
    "will never accept the flood relief money unless the state drops its conditions",
])
def test_not_unless_is_conditional_on_what_follows_unless(text):
    pol = compose(text, FUNDS)
    assert pol.stance == "conditional"
    assert pol.condition.startswith("unless")


def test_a_plain_refusal_with_no_unless_stays_against():
    assert compose("would not accept the flood relief money", FUNDS).stance == "oppose"


def test_a_pronoun_object_right_after_a_relevant_sentence_is_about_it():
    texts = ["Towns should take the flood relief money, Li Wei said.", "Anna Berg urged towns to reject it.",
             "Anna Berg later opened a school.", "She praised it."]
    out = pronoun_objects(texts, {0: 0.7})
    assert 1 in out and out[1] < 0.7
    assert 2 not in out and 3 not in out  # no relevant sentence right before "She praised it."


def test_a_pronoun_object_gives_the_speaker_the_stance(read_text):
    text = ("Mayor Dana Holt said the federal flood relief money was wasteful. "
            "The mayor urged towns to reject it.")
    records = decide_stances(read_text(text), [FUNDS])
    assert "oppose" in _stances(records, "Dana Holt")


BONUSES = Question("bonuses", "The bonuses paid to employees of Delta Bank should be recovered, for example by taxing "
                   "them or by having them returned.", keywords=["Delta Bank bonuses", "bonuses"])
RECOUNT = Question("recount", "The votes cast in Marlow County in the mayoral election should be recounted.",
                   keywords=["recount"])
TWO_STATES = Question("two-states", "The Lanvar conflict should be settled by a two-state solution.",
                      keywords=["two-state solution"])


def test_a_reduced_relative_ends_the_patient_noun_phrase():
    from stancemap.ledger.target import object_names, question_target

    assert question_target(BONUSES).names == (("bonus",),)
    assert ("vot",) in object_names(RECOUNT)


@pytest.mark.parametrize("text,stance", [
    ("would pursue every legal avenue to block the bonuses", "support"),
    ("said the bank should claw back the bonuses", "support"),
    ("he defended the bonuses", "oppose"),
    ("he opposes taxing the bonuses", "oppose"),  # the statement's means ("by taxing them") is its action too
])
def test_an_action_bad_for_the_bonuses_is_for_recovering_them(text, stance):
    assert compose(text, BONUSES).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("petitioned for a recount in Marlow County", "support"),
    ("demanded a recount of the votes", "support"),
    ("called the recount a scam", "oppose"),
    ("said the recount was a waste of money", "oppose"),
])
def test_asking_for_the_action_and_calling_it_a_sham(text, stance):
    assert compose(text, RECOUNT).stance == stance


def test_the_only_way_is_a_good_verdict():
    assert compose("a two-state solution is the only way to peace", TWO_STATES).stance == "support"


def test_a_minister_saying_where_her_state_stands_speaks_for_herself(read_text):
    text = ("Talks between Israel and the Palestinians stalled on Monday. "
            "Norwegian Foreign Minister Anna Berg said Norway remains committed to a two-state solution.")
    question = Question("two-states", "The conflict should be settled by a Palestinian state alongside Israel.",
                        keywords=["two-state solution"])
    assert _stances(decide_stances(read_text(text), [question]), "Anna Berg") == ["support"]


def test_a_senator_saying_where_a_state_stands_only_reports_it(read_text):
    text = ("Talks between Israel and the Palestinians stalled on Monday. "
            "Senator Jim Holt said Norway remains committed to a two-state solution.")
    question = Question("two-states", "The conflict should be settled by a Palestinian state alongside Israel.",
                        keywords=["two-state solution"])
    assert _stances(decide_stances(read_text(text), [question]), "Jim Holt") == []


# -- what the review of v11 found (each was wrong before its fix) --------------------------------------------


@pytest.mark.parametrize("text,stance", [
    ("Germany refused to allow strikes in Russia after sanctions on Iran were lifted", "oppose"),
    ("the ban on strikes remains, even though sanctions on Moscow were eased", "oppose"),
    ("the ban on strikes in Russia, which Berlin had opposed, was lifted", "support"),
])
def test_a_passive_reversal_does_not_reach_into_another_clause(text, stance):
    assert compose(text, STRIKES).stance == stance


@pytest.mark.parametrize("text", [
    "did not respond to a request for comment about the recount",
    "filed for bankruptcy after the recount",
    "the request for a recount was denied",
])
def test_a_request_or_a_filing_is_no_call_for_the_action(text):
    assert compose(text, RECOUNT).stance is None


def test_recovering_from_something_takes_nothing_back():
    assert compose("the town used the flood relief money to recover from the flood", FUNDS).stance != "oppose"


@pytest.mark.parametrize("statement,word", [
    ("The city should close the Harlow plant by spring.", "spring"),
    ("The state should cut emissions by something like half.", "someth"),
    ("Nixon should resign and Ford should take over.", "ford"),
    ("The army should withdraw and not return.", "not"),
])
def test_a_time_a_name_or_a_negation_is_not_the_action(statement, word):
    from stancemap.ledger.polarity import _action_stems
    from stancemap.ledger.lexicon import stem

    assert stem(word) not in _action_stems(statement)


@pytest.mark.parametrize("text", [
    "He urged allies, including Finland and Germany, to lift restrictions on strikes on Russian territory.",
    "Pressure on allies, including Finland and Germany, to lift restrictions on strikes on Russian territory is growing.",
    "Meetings with allies, such as Finland and Germany, to discuss a ban on strikes on Russian territory ended Monday.",
])
def test_members_named_in_a_call_or_an_object_do_not_share_it(read_text, text):
    records = decide_stances(read_text(text), [STRIKES])
    assert _stances(records, "Finland") == [] and _stances(records, "Germany") == []


def test_a_people_pronoun_after_a_relevant_sentence_is_not_the_policy(read_text):
    text = "Mayor Dana Holt says the town will take the flood relief money. Governor Tim Reyes urged them to stay calm."
    assert _stances(decide_stances(read_text(text), [FUNDS]), "Tim Reyes") == []


EXPEL = Question("expel", "Countries should expel Lanvari diplomats over the poisoning in Marlow.",
                 keywords=["expulsion", "Lanvari diplomats"])


@pytest.mark.parametrize("statement,noun", [
    ("Countries should expel Lanvari diplomats.", "expulsion"),
    ("The country should deploy troops to the border.", "deployment"),
    ("The United States should withdraw its troops.", "withdrawal"),
    ("The country should deport the migrants.", "deportation"),
    ("The Senate should ratify the treaty.", "ratification"),
])
def test_the_nouns_of_the_action(statement, noun):
    from stancemap.ledger.lexicon import stem
    from stancemap.ledger.polarity import action_nominals

    assert stem(noun) in action_nominals(Question("q", statement))


def test_proposing_the_action_by_its_noun_is_for_it():
    assert compose("propose expulsion of 23 Lanvari diplomats", EXPEL).stance == "support"
    assert compose("condemned the expulsion of Lanvari diplomats", EXPEL).stance == "oppose"


def test_a_possessed_deed_is_its_possessors_stance(read_text):
    text = "Germany's expulsion of 23 Lanvari diplomats over the poisoning in Marlow was condemned by Italy."
    records = decide_stances(read_text(text), [EXPEL])
    assert _stances(records, "Germany") == ["support"]
    assert _stances(records, "Italy") == ["oppose"]


def test_a_permission_reported_according_to_a_news_agency_is_no_stance_of_the_agency(read_text):
    question = Question("back", "Party delegates should back Ivo Brandt for the nomination.")
    text = ("Ivo Brandt is 40 delegates short of the nomination, and party delegates are free to back anyone, "
            "according to the Associated Press.")
    records = decide_stances(read_text(text), [question])
    assert not [r for r in records if "Associated" in r.actor.name or r.actor.id == "org:AP"]


# -- what the second review of v11 found ----------------------------------------------------------------------


@pytest.mark.parametrize("statement", ["Britain should leave the European Union.",
                                       "The council should commit troops to the mission.",
                                       "Officials should count the ballots again."])
def test_only_the_questions_own_verb_has_nouns_from_the_lexicon(statement):
    from stancemap.ledger.polarity import action_nominals

    assert action_nominals(Question("q", statement)) == frozenset()  # no "resignation", "commission", "county"


def test_a_possessor_who_undergoes_the_deed_does_not_propose_it(read_text):
    question = Question("expel", "The council should expel Lanvar from the trade bloc.", keywords=["expulsion"])
    records = decide_stances(read_text("Lanvar's expulsion from the trade bloc was debated on Monday."), [question])
    assert not [r for r in records if r.actor.name == "Lanvar"]


def test_a_judgement_after_a_relative_clause_is_still_cut_from_the_possessed_deed(read_text):
    text = "Germany's expulsion of Lanvari diplomats who had spied on exiles in Marlow was condemned by Italy."
    assert _stances(decide_stances(read_text(text), [EXPEL]), "Germany") == ["support"]


def test_a_group_with_a_preposition_in_its_name_still_opens_its_clause(read_text):
    text = "Several of the allies, including Finland and Germany, have lifted their restrictions on strikes on Russian territory."
    records = decide_stances(read_text(text), [STRIKES])
    assert _stances(records, "Finland") == ["support"] and _stances(records, "Germany") == ["support"]


@pytest.mark.parametrize("text", [
    "the ban on strikes in Russia could even be lifted",
    "the ban on strikes in Russia, in force since 2022, was lifted",
    "the ban on strikes in Russia should, as Kyiv demands, be lifted",
    "the restrictions on long-range strikes against military targets deep inside Russian territory near the "
    "northern border were finally lifted",
])
def test_adverbs_and_long_noun_phrases_do_not_stop_a_passive_reversal(text):
    assert compose(text, STRIKES).stance == "support"


@pytest.mark.parametrize("text,stance", [
    ("said the EU should lift its sanctions on Lanvar", "support"),
    ("said the sanctions on Lanvar should be lifted", "support"),
    ("said the sanctions on Lanvar must stay", "oppose"),
    ("opposed lifting the sanctions on Lanvar", "oppose"),
])
def test_sanctions_are_a_restriction_that_lifting_undoes(text, stance):
    assert compose(text, Question("lift", "The EU should lift its sanctions on Lanvar.")).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("the town, which has no debt, will reject the flood relief money", "oppose"),
    ("the mayor, who never liked the state, said the town will accept the flood relief money", "support"),
])
def test_a_negation_in_an_aside_does_not_turn_the_main_clause_round(text, stance):
    assert compose(text, FUNDS).stance == stance


def test_a_name_owning_a_decision_without_an_apostrophe(read_text):
    text = "The talks ended after the Italy decision to expel 23 Lanvari diplomats over the poisoning in Marlow."
    assert _stances(decide_stances(read_text(text), [EXPEL]), "Italy") == ["support"]


def test_a_name_before_another_noun_owns_nothing(read_text):
    text = "The Italy office of the bank said it would expel nobody over the poisoning in Marlow."
    assert _stances(decide_stances(read_text(text), [EXPEL]), "Italy") == []


# -- what the third review of v11 found ----------------------------------------------------------------------

IMPOSE = Question("impose", "The EU should impose new sanctions on Lanvar.")
TARIFFS = Question("tariffs", "The US should impose tariffs on steel imports.")
WEAPONS = Question("weapons", "The US should send weapons to Kestria.")


@pytest.mark.parametrize("question,text,stance", [
    (IMPOSE, "he supports sanctions on Lanvar", "support"),
    (IMPOSE, "called for tougher sanctions on Lanvar", "support"),
    (IMPOSE, "said sanctions on Lanvar should be lifted", "oppose"),
    (TARIFFS, "he backs tariffs on steel imports", "support"),
    (TARIFFS, "he would scrap the steel tariffs", "oppose"),
    (TARIFFS, "said the tariffs hurt farmers", "oppose"),
])
def test_sanctions_and_tariffs_on_a_question_that_imposes_them(question, text, stance):
    assert compose(text, question).stance == stance


def test_sanctions_named_in_passing_do_not_turn_another_question_round():
    assert compose("said the US should send weapons to Kestria and impose sanctions on Lanvar", WEAPONS).stance == "support"


def test_a_clause_that_takes_a_side_keeps_the_whole_text():
    assert compose("he would never support that, while the president wants to send weapons to Kestria",
                   WEAPONS).stance == "oppose"


def test_an_aside_with_a_person_subject_is_kept():
    assert compose("the package, which he fiercely opposed, would send weapons to Kestria", WEAPONS).stance != "support"


def test_a_right_cited_according_to_a_person_is_their_view(read_text):
    question = Question("abortion", "Abortion should be legal.")
    text = "According to Senator Mary Vale, women have a right to an abortion."
    assert _stances(decide_stances(read_text(text), [question]), "Mary Vale") == ["support"]
