"""The question's patient (ledger/target.py): what an action bad for it means for texts about it."""
from __future__ import annotations

import pytest

from stancemap.ledger.lexicon import tokens
from stancemap.ledger.polarity import compose
from stancemap.ledger.target import mentions_patient, patient_hit, question_target
from stancemap.model import Question

REPEAL = Question("aca-repeal", "The Affordable Care Act (Obamacare) should be repealed.")
DEFUND = Question("npr-funding", "NPR should lose its federal funding.")
WITHDRAW = Question("nafta-withdraw", "The United States should withdraw from NAFTA.")
RESIGN = Question("senator-resign", "Senator Bob Menendez should resign.")
PIPELINE = Question("keystone", "The Keystone XL pipeline should be cancelled.")


@pytest.mark.parametrize("question, names", [
    (REPEAL, {("affordabl", "car", "act"), ("obamacar",)}),   # passive: the subject, each parenthesised name
    (DEFUND, {("npr",)}),                                      # "lose its ...": the subject loses
    (WITHDRAW, {("nafta",)}),                                  # "withdraw from X": X
    (RESIGN, {("senator", "bob", "menendez")}),                # an intransitive verb: the subject
])
def test_patient_of_an_action_bad_for_it(question, names):
    target = question_target(question)
    assert target is not None and target.valence == -1
    assert set(target.names) == names


@pytest.mark.parametrize("statement", [
    "The minimum wage should be raised.",                            # good for its patient
    "Edward Snowden should be pardoned.",
    "The United States should lift its embargo on Cuba.",            # a restriction: composed by those rules
    "Ukraine may use Western-supplied weapons to strike Russian territory.",
    "Everyone agrees on this.",                                      # no modal, no action
])
def test_no_patient_rule_where_it_does_not_apply(statement):
    assert question_target(Question("q", statement)) is None


def test_a_surname_names_a_person_patient_but_a_generic_head_does_not():
    assert mentions_patient(tokens("Booker said he stands by Menendez."), question_target(RESIGN))
    assert question_target(RESIGN).animate
    brexit = question_target(Question("brexit", "The United Kingdom should leave the European Union."))
    assert not mentions_patient(tokens("a promise to strengthen labor unions"), brexit)
    assert patient_hit("Cameron argued against leaving the European Union.", Question(
        "brexit", "The United Kingdom should leave the European Union."))


@pytest.mark.parametrize("question, text, cue, stance", [
    (REPEAL, "she supports the Affordable Care Act", "said", "oppose"),
    (REPEAL, "the Affordable Care Act", "praised", "oppose"),
    (REPEAL, "Republicans should not dismantle Obamacare", "said", "oppose"),
    (DEFUND, "to defund NPR", "voted", "support"),
    (DEFUND, "Taxpayers should not be paying for NPR", "said", "support"),
    (DEFUND, "NPR and its federal funding", "defended", "oppose"),
    (DEFUND, "cutting the federal funding of NPR", "opposed", "oppose"),
    (PIPELINE, "he opposes the Keystone XL pipeline", "said", "support"),
    (RESIGN, "he stands by Bob Menendez", "said", "oppose"),
])
def test_a_side_taken_on_the_patient(question, text, cue, stance):
    assert compose(text, question, cue=cue).stance == stance


@pytest.mark.parametrize("question, text, cue", [
    (REPEAL, "the Affordable Care Act as a crazy system during a campaign stop", "criticized"),  # criticism only
    (DEFUND, "NPR as biased", "slammed"),
    (RESIGN, "Bob Menendez", "opposed"),              # opposing a person is no call for them to resign
    (DEFUND, "on Tuesday that the budget talks would continue, NPR reported", "said"),
    (REPEAL, "the Affordable Care Act must be looked at", "said"),  # a modal alone takes no side
])
def test_no_side_without_an_attitude_or_an_effect_on_the_patient(question, text, cue):
    assert compose(text, question, cue=cue).stance is None


def test_a_text_naming_the_action_is_composed_relative_to_the_action():
    assert compose("to repeal the Affordable Care Act", REPEAL, cue="vowed").stance == "support"
    assert compose("not to withdraw from NAFTA", WITHDRAW, cue="urged").stance == "oppose"


def test_patient_makes_a_sentence_relevant_only_for_candidates_naming_it(rules, build_reading):
    text = "Anna Berg praised NPR. Li Wei said the budget should pass soon."
    reading = build_reading(text, attributions=[("Anna Berg", "praised", "NPR"),
                                                ("Li Wei", "said", "the budget should pass soon")])
    records = rules.score(reading, [DEFUND])
    assert [(r.actor.id, r.stance) for r in records] == [("person:anna-berg", "oppose")]


WAGE = Question("minimum-wage", "The minimum wage should be raised.", keywords=["minimum wage", "living wage"])
GUNS = Question("gun-control", "The United States should adopt stricter gun control laws (such as universal "
                "background checks).", keywords=["gun control", "background checks", "gun violence"])


def test_object_names_come_from_the_statement_and_its_own_keywords():
    from stancemap.ledger.target import object_names

    assert ("minimum", "wag") in object_names(WAGE)
    names = object_names(GUNS)
    assert ("gun", "control") in names and ("background", "check") in names
    assert ("gun", "violenc") not in names  # a keyword the statement does not use names a problem, not the policy


@pytest.mark.parametrize("question, text, stance", [
    (WAGE, "a $15 minimum wage would kill jobs", "oppose"),
    (WAGE, "a higher minimum wage is long overdue", "support"),
    (GUNS, "the background check bill was ripe for abuse", "oppose"),
    (GUNS, "the executive actions on gun control a crucial step forward", "support"),
    (GUNS, "gun control laws would not work", "oppose"),
    (WAGE, "the minimum wage debate was a crucial moment for the party", None),  # judges the debate
    (GUNS, "gun violence is a dangerous epidemic", None),                       # a problem, not the policy
])
def test_a_judgement_of_the_question_object(question, text, stance):
    assert compose(text, question).stance == stance


@pytest.mark.parametrize("text, condition", [
    ("he would support expanded background checks if they exempted sales between relatives",
     "if they exempted sales between relatives"),
    ("she could back gun control laws unless they covered hunting rifles", "unless they covered hunting rifles"),
])
def test_would_support_if_is_conditional(text, condition):
    pol = compose(text, GUNS)
    assert pol.stance == "conditional" and pol.condition == condition


def test_new_cues_of_v3():
    assert compose("to withdraw from NAFTA", WITHDRAW, cue="threatened").stance == "support"
    assert compose("Bob Menendez to resign", RESIGN, cue="called on").stance == "support"
    assert compose("signed a law raising the minimum wage", WAGE).stance == "support"


def test_a_general_opposite_counts_only_before_the_question_object():
    assert compose("to fight any new gun control laws", GUNS, cue="vowed").stance == "oppose"
    # fighting the problem the policy is meant to solve is no stance against the policy
    assert compose("the United States must act to fight gun violence", GUNS).stance != "oppose"
    assert compose("to fight for gun control laws", GUNS, cue="vowed").stance == "support"


def test_a_condition_after_the_reported_words_makes_the_stance_conditional(rules, build_reading):
    text = "Anna Berg supports a higher minimum wage, but only for workers over 18."
    reading = build_reading(text, attributions=[("Anna Berg", "supports", "a higher minimum wage")])
    (record,) = rules.score(reading, [WAGE])
    assert record.stance == "conditional" and record.condition == "but only for workers over 18"


def test_the_urged_actor_opening_the_content_does_not_make_it_a_report(rules, build_reading):
    text = "Anna Berg has been lobbying Li Wei to embrace a higher minimum wage."
    reading = build_reading(text, attributions=[("Anna Berg", "has been lobbying",
                                                 "Li Wei to embrace a higher minimum wage")])
    records = [(r.actor.id, r.stance) for r in rules.score(reading, [WAGE])]
    assert ("person:anna-berg", "support") in records


def test_a_restriction_of_the_policy_itself_is_against_it():
    # the question's action is a restriction (its examples name a ban): "a ban" in a text is that action,
    # but blocking the question's own object is against it
    assert compose("called for an assault-weapons ban", GUNS_BAN).stance == "support"
    assert compose("blocked a vote on the background checks bill", GUNS_BAN).stance == "oppose"
    assert compose("introduced a bill to expand background checks", GUNS_BAN).stance == "support"


GUNS_BAN = Question("gun-control", "The United States should adopt stricter gun control laws (such as universal "
                    "background checks or an assault-weapons ban).", keywords=["gun control", "background checks"])


def test_a_judgement_of_the_question_action_itself():
    assert compose("Repealing the Affordable Care Act would be a disaster for families", REPEAL).stance == "oppose"
    assert compose("Raising the minimum wage is the right thing to do", WAGE).stance == "support"
    assert compose("Raising a family on the minimum wage is hard", WAGE).stance is None


def test_a_person_who_should_face_something_is_the_patient():
    target = question_target(Question("q", "Edward Snowden should face trial in the United States."))
    assert target is not None and target.animate and ("edward", "snowden") in target.names


@pytest.mark.parametrize("text, question, stance", [
    ("Li Wei attacked Anna Berg's $15 minimum wage plan on Tuesday.", WAGE, "support"),   # topic before the noun
    ("Anna Berg's push for a higher minimum wage drew cheers.", WAGE, "support"),
    ("Li Wei vowed to repeal Anna Berg's signature health law, the Affordable Care Act, next year.", REPEAL,
     "oppose"),                                                                          # topic in an apposition
])
def test_the_owner_of_a_plan_or_law_on_the_topic(rules, build_reading, text, question, stance):
    records = {r.actor.id: r.stance for r in rules.score(build_reading(text), [question])}
    assert records.get("person:anna-berg") == stance


def test_a_proposal_noun_inside_a_compound_is_no_proposal(rules, build_reading):
    text = "Li Wei tried to push Anna Berg's policy stances on the minimum wage to the left."
    records = {r.actor.id: r.stance for r in rules.score(build_reading(text), [WAGE])}
    assert "person:anna-berg" not in records


def test_noted_is_not_a_negation():
    from stancemap.ledger.lexicon import stem

    assert stem("noted") != "not" and stem("noted") == stem("notes") == stem("note")
    assert compose("noted that he had raised the state's minimum wage", WAGE).stance == "support"


def test_but_not_everyone_is_no_condition():
    from stancemap.ledger.polarity import find_conditions

    assert find_conditions("a free society, but not everyone is capable of it", WAGE)[0] is None
    assert find_conditions("allowed one system but not the longer-range one", WAGE)[0] == "but not the longer-range"


def test_a_judgement_of_a_policy_pointed_back_to():
    assert compose("his executive actions “a crucial step forward on gun violence.”", GUNS, cue="called").stance \
        == "support"
    assert compose("the measure would be a disaster", GUNS).stance == "oppose"
    assert compose("a disaster, the weather service said", GUNS).stance is None


def test_a_member_of_a_group_holds_its_relative_clause():
    assert compose("was one of the senators who blocked the background checks bill", GUNS_BAN).stance == "oppose"
    # inside someone's words, a third party's relative clause still says nothing of the speaker
    assert compose("partners who have refused to allow background checks", GUNS_BAN).stance is None


def test_a_refusal_phrase_of_several_words_is_a_cue_attitude():
    assert compose("raising the minimum wage", WAGE, cue="is skeptical of").stance == "oppose"


@pytest.mark.parametrize("cue, content, stance, doer", [
    ("slammed", "Li Wei for his vote against expanding background checks", "support", "oppose"),
    ("criticized", "Li Wei for blocking the background checks bill", "support", "oppose"),
    ("attacked", "Li Wei for pushing new gun control laws", "oppose", "support"),
    ("praised", "Li Wei for raising the minimum wage", "support", "support"),
    ("accused", "Li Wei of blocking the background checks bill", "support", "oppose"),
    # the deed last in a list of charges
    ("attacked", "Li Wei as too cozy with Wall Street and for not raising the minimum wage", "support", "oppose"),
])
def test_judging_someone_for_a_deed(rules, build_reading, cue, content, stance, doer):
    """The judge's stance is the cue's attitude times the deed's; the one judged holds the deed's."""
    text = f"Anna Berg {cue} {content}."
    reading = build_reading(text, attributions=[("Anna Berg", cue, content)])
    question = WAGE if "wage" in content else GUNS_BAN
    records = {r.actor.id: r.stance for r in rules.score(reading, [question])}
    assert records.get("person:anna-berg") == stance
    assert records.get("person:li-wei") == doer


def test_of_names_a_charge_only_before_a_deed(rules, build_reading):
    text = "Anna Berg criticized Li Wei of the finance committee over the background checks bill."
    reading = build_reading(text, attributions=[
        ("Anna Berg", "criticized", "Li Wei of the finance committee over the background checks bill")])
    records = {r.actor.id: r.stance for r in rules.score(reading, [GUNS_BAN])}
    assert "person:li-wei" not in records


def test_only_after_is_a_condition():
    pol = compose("he would back a higher minimum wage only after the budget is balanced", WAGE)
    assert pol.stance == "conditional" and pol.condition == "only after the budget is balanced"


def test_an_attitude_to_a_problem_keyword_says_nothing_of_the_policy():
    guns = Question("gun-control", "The United States should adopt stricter gun control laws.",
                    keywords=["gun control", "gun violence"])
    assert compose("he opposes gun violence", guns).stance is None
    assert compose("he opposes gun control", guns).stance == "oppose"


def test_a_restriction_on_something_else_in_a_list_does_not_count():
    text = "to lock in strong planks on issues like a $15 minimum wage, breaking up banks and banning fracking"
    # not oppose: "banning" bans fracking ("aiming to lock in" a $15 wage plank is for it)
    assert compose(text, WAGE, cue="aiming").stance != "oppose"
    # one that points back, is reversed, or takes a pronoun still counts
    assert compose("lifting the restriction should be considered", WAGE).stance is not None
    assert compose("they voted to block it", WAGE).stance == "oppose"


BAN = Question("coal-ban", "Coal mining should be banned in the United States.")
REFUSE = Question("refuse-lobby", "Candidates should refuse donations from corporate lobbyists.")


def test_a_ban_that_is_the_action_has_the_banned_thing_as_patient():
    target = question_target(BAN)
    assert target is not None and target.names == (("coal", "min"),)
    # people named in a ban are not its patient: an attitude to them is not one to the ban
    assert question_target(Question("q", "The United States should ban Muslims from entering the country.")) is None


def test_a_light_noun_hands_the_patient_to_its_owner():
    assert question_target(REFUSE).names == (("corporat", "lobbyist"),)
    assert question_target(Question("q", "Candidates should refuse the backing of labor unions.")).names == (
        ("labor", "union"),)


@pytest.mark.parametrize("question, text, cue, stance", [
    (BAN, "coal mining", "opposes", "support"),                       # against what is banned: for the ban
    (BAN, "to protect coal mining", "vowed", "oppose"),
    (BAN, "coal mining as a source of good jobs", "has promoted", "oppose"),
    (BAN, "a ban on coal mining", "called for", "support"),           # the action itself, named
    (BAN, "a ban on coal mining would destroy thousands of jobs", None, "oppose"),
    (REFUSE, "Clinton for accepting money from corporate lobbyists", "criticized", "support"),
    (REFUSE, "taking donations from corporate lobbyists", "defended", "oppose"),
])
def test_ban_and_refusal_questions_compose_through_their_patient(question, text, cue, stance):
    assert compose(text, question, cue=cue).stance == stance


ABOLISH = Question("death-penalty", "The death penalty should be abolished.")
CLOSE = Question("gitmo", "The United States should close the prison at Guantanamo Bay.")


def test_a_place_named_after_a_common_noun_is_the_patient():
    target = question_target(CLOSE)
    assert target.names == (("guantanamo", "bay"),) and "guantanamo" in target.heads
    # a generic last word that is no place keeps the whole name: "European" alone is not the EU
    assert not question_target(Question("b", "The United Kingdom should leave the European Union.")).heads


@pytest.mark.parametrize("question, text, cue, stance", [
    (ABOLISH, "the death penalty should be kept for the most heinous crimes", "said", "oppose"),  # name between
    (CLOSE, "the administration's plan to close Guantanamo", "has fought", "oppose"),       # irregular "fought"
    (CLOSE, "to shut the Guantanamo Bay prison", "renewed his push", "support"),
])
def test_irregular_verbs_and_long_names(question, text, cue, stance):
    assert compose(text, question, cue=cue).stance == stance


def test_a_prepositional_object_is_what_an_intransitive_action_acts_on():
    from stancemap.ledger.target import object_names

    stay = Question("paris", "The United States should stay in the Paris climate agreement.")
    assert object_names(stay) == (("pari", "climat", "agreement"),)
    assert question_target(WITHDRAW).names == (("nafta",),)


ABOLISH = Question("death-penalty", "The death penalty should be abolished.")


@pytest.mark.parametrize("text, cue, stance", [
    # a refusing cue counts once: refusing to seek the death penalty withholds it (for abolishing it)
    ("to seek the death penalty in murder cases", "has refused", "support"),
    ("to abolish the death penalty", "has refused", "oppose"),
    ("the death penalty", "defended", "oppose"),
])
def test_refusing_cue_is_counted_once(text, cue, stance):
    assert compose(text, ABOLISH, cue=cue).stance == stance


@pytest.mark.model
def test_judging_someone_end_to_end(read_text):
    from stancemap.ledger.decide import decide_stances

    gas = Question("gas", "Congress should raise the federal gas tax.")
    text = "Nancy Pelosi accused Paul Ryan of blocking efforts to raise the federal gas tax."
    got = {r.actor.name: r.stance for r in decide_stances(read_text(text), [gas]) if not r.via}
    assert got == {"Nancy Pelosi": "support", "Paul Ryan": "oppose"}
