"""Composed polarity: negation, +/-effect verbs, attitude verbs, conditions (issue 4, point 2)."""
import pytest

from stancemap.ledger.polarity import compose
from stancemap.model import Question

Q = Question("strikes", "Ukraine may use Western-supplied weapons to strike military targets on Russian territory.")


@pytest.mark.parametrize("text, cue, stance", [
    ("lifted their restrictions to allow Ukraine to strike Russia", None, "support"),
    ("should ease the ban on strikes inside Russia", None, "support"),
    ("prohibitions against using Western weapons on Russian soil harm Ukraine", None, "support"),
    ("refused to allow Ukraine to strike Russian territory", None, "oppose"),
    ("does not oppose strikes on Russian territory", None, "support"),
    ("warned against allowing strikes inside Russia", None, "oppose"),
    ("the restriction gave Russia a huge advantage", None, "support"),
    ("preventing Ukraine from striking within Russia has left it fighting with one hand tied behind its back",
     None, "support"),
    ("lifting the restriction should not be open for debate", None, "support"),
    ("banned the use of its missiles on Russian territory", None, "oppose"),
    ("strikes on Russian territory", "urged", "support"),
    ("strikes on Russian territory", "rejected", "oppose"),
    ("will not lift the ban on strikes in Russia", None, "oppose"),
])
def test_polarity_compose_direction(text, cue, stance):
    assert compose(text, Q, cue=cue).stance == stance


@pytest.mark.parametrize("text, condition", [
    ("okayed the use of weapons with certain limitations", "with certain limitations"),
    ("allowed strikes only to defend Kharkiv", "only to defend Kharkiv"),
    ("the weapons can be used against military targets only", "military targets only"),
    ("may be used only in Russian border regions", "only in Russian border regions"),
])
def test_polarity_compose_conditional_keeps_condition(text, condition):
    pol = compose(text, Q)
    assert pol.stance == "conditional"
    assert pol.condition == condition


def test_polarity_compose_restriction_leaving_no_room_is_oppose():
    pol = compose("the weapons may be used only on Ukrainian territory", Q)
    assert pol.stance == "oppose"
    assert pol.condition == "only on Ukrainian territory"


def test_polarity_compose_explicit_neutrality():
    assert compose("each member must decide for itself whether to allow strikes on Russia", Q).stance == "neutral"


@pytest.mark.parametrize("text", [
    "Russian forces are staged from positions over the border",
    "roughly 3,200 bombs had been dropped on Ukraine in May alone",
    "partners who have refused to allow it to strike on Russian territory should understand",
    "Italy is not yet among them",
])
def test_polarity_compose_undecidable_is_none_not_neutral(text):
    assert compose(text, Q).stance is None


BAN = Question("ban", "The country should temporarily ban foreign fighters from entering.")


@pytest.mark.parametrize("text, stance", [
    ("called for a ban on foreign fighters entering the country", "support"),
    ("wants to lift the ban on foreign fighters", "oppose"),
    ("rejected a ban on foreign fighters", "oppose"),
])
def test_polarity_compose_relative_to_a_restrictive_question(text, stance):
    assert compose(text, BAN).stance == stance


# -- constructions added for the stance development set ----------------------------------------

from stancemap.ledger.candidates import _joined  # noqa: E402
from stancemap.ledger.relevance import core_hit, question_terms  # noqa: E402
from stancemap.model import Attribution, Question, Span  # noqa: E402

REFUGEES = Question("refugees", "The country should accept refugees from Syria.", keywords=["Syrian refugees"])
WALL = Question("wall", "The country should build a wall along its southern border.", keywords=["border wall"])
PACT = Question("pact", "The country should ratify the Atlantic Fisheries Pact (AFP).",
                keywords=["Atlantic Fisheries Pact", "AFP", "fisheries deal"])


def test_compose_but_not_is_a_condition():
    pol = compose("admitting Christian refugees from Syria but not Muslims", REFUGEES)
    assert pol.stance == "conditional" and "but not muslims" in pol.condition.lower()


def test_compose_in_cases_where_is_a_condition():
    pol = compose("he was open to some refugees from Syria, in cases where the refugee was not a security risk",
                  REFUGEES)
    assert pol.stance == "conditional"


def test_compose_committing_to_the_action_itself():
    assert compose("We will build a great wall along the southern border!", WALL).stance == "support"
    assert compose("her state would not accept any Syrian refugees", REFUGEES).stance == "oppose"
    # a bare description of the action commits nobody
    assert compose("most Syrian refugees admitted are women and children", REFUGEES).stance is None


def test_compose_bad_evaluation_counts_once():
    assert compose("the proposal to close the door to refugees unconstitutional", REFUGEES).stance == "support"
    assert compose("the plan to accept refugees unconstitutional", REFUGEES).stance == "oppose"
    assert compose("the plan to accept refugees as un-American", REFUGEES, cue="condemned").stance == "oppose"


def test_compose_critic_cue_and_come_out_against():
    assert compose("the Atlantic Fisheries Pact", PACT, cue="is a vocal critic of").stance == "oppose"
    assert compose("the Atlantic Fisheries Pact", PACT, cue="has come out against").stance == "oppose"


def test_relevance_named_keyword_is_enough():
    terms = question_terms(PACT)
    assert core_hit("a vote on the job-killing AFP must not happen", terms)
    assert not core_hit("Atlantic salmon prices rose", terms)


def test_joined_keeps_separate_quoted_sentences_apart():
    text = '"I will stop any deal that kills jobs, including the AFP," she said, "I oppose it now."'
    end = text.index(" she said")
    first = Span(0, end, text[:end])
    second = Span(text.index('"I oppose'), len(text), text[text.index('"I oppose'):])
    cue = text.index("said")
    att = Attribution(cue=Span(cue, cue + 4, "said"), contents=[first, second], sentence=Span(0, len(text), text))
    assert compose(" ".join(c.text for c in att.contents), PACT).stance != "oppose"  # one chain: stop x oppose
    assert compose(_joined(att), PACT).stance == "oppose"


@pytest.mark.parametrize("text,cue,stance", [
    ("We're against the AFP before the vote and after it.", None, "oppose"),
    ("I'm against the AFP.", None, "oppose"),
    ("the Atlantic Fisheries Pact \"insanity,\"", "has called", "oppose"),
    ("the pact as “outlandish.”", "called", "oppose"),
    ("approval of the Atlantic Fisheries Pact", "is seeking", "support"),
    ("to block the Atlantic Fisheries Pact", "is seeking", "oppose"),
])
def test_compose_round_two_operators(text, cue, stance):
    assert compose(text, PACT, cue=cue).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("The minister should resign if he can't block the refugees' arrival.", "oppose"),
    ("The minister should resign unless he blocks the refugees' arrival.", "oppose"),
    ("The minister should resign if he accepts refugees from Syria.", "oppose"),
    ("The minister should resign if he won't accept refugees from Syria.", "support"),
])
def test_compose_sanction_tied_to_someone_elses_deed(text, stance):
    assert compose(text, REFUGEES).stance == stance


def test_compose_negated_efficacy_is_against_and_plain_efficacy_is_nothing():
    assert compose("No wall is going to fix that.", WALL).stance == "oppose"
    assert compose("We cannot afford the risk of accepting refugees from Syria.", REFUGEES).stance == "oppose"
    assert compose("A wall along the southern border will help.", WALL).stance is None


def test_compose_negation_in_a_trailing_reason_clause_stays_there():
    text = ("The country cannot afford the risk of accepting refugees from Syria because there is no "
            "viable way to check them.")
    assert compose(text, REFUGEES).stance == "oppose"
    assert compose("A vote on the AFP must not happen.", PACT).stance == "oppose"


GAS = Question("gas-tax", "Congress should raise the federal gas tax.")


@pytest.mark.parametrize("text, cue, stance", [
    ("a bill to raise the gas tax by 16 cents", "introduced", "support"),   # cue and content make one phrase
    ("raising the gas tax", "backed away from", "oppose"),                 # not "backed"
    ("a gas tax increase is off the table", "said", "oppose"),
    ("raising the gas tax", "remains undecided on", "neutral"),
])
def test_cue_phrases_that_run_into_their_content(text, cue, stance):
    assert compose(text, GAS, cue=cue).stance == stance


@pytest.mark.parametrize("text, cue, condition", [
    ("would accept a gas tax increase only as part of a broader deal", None, "only as part of a broader deal"),
    ("raising the gas tax, provided that it is phased in over five years", "is open to",
     "provided that it is phased in over five years"),
])
def test_more_conditions_make_a_stance_conditional(text, cue, condition):
    pol = compose(text, GAS, cue=cue)
    assert pol.stance == "conditional" and pol.condition == condition


def test_a_use_allowed_but_another_not_is_conditional():
    pot = Question("pot", "Marijuana should be legal.")
    assert compose("legalizing marijuana for medical use but not for recreational use", pot,
                   cue="supports").stance == "conditional"


def test_a_negation_inside_a_trailing_relative_clause_stays_there():
    gitmo = Question("gitmo", "The United States should close the prison at Guantanamo Bay.")
    pol = compose("Obama not to close the prison until there was a way to house detainees who can't be tried",
                  gitmo, cue="urged")
    assert pol.stance == "oppose"


@pytest.mark.parametrize("question, text, cue", [
    (Question("nato", "The United States should defend its NATO allies if they are attacked."),
     "to pull out of NATO if he is elected", "threatening"),
    (Question("t", "The United States should impose tariffs on imported steel."), "he would scrap the tariffs",
     "said"),
])
def test_harm_to_what_the_action_is_good_for_is_against_it(question, text, cue):
    assert compose(text, question, cue=cue).stance == "oppose"


TRANSCRIPTS = Question("t", "Hillary Clinton should release the transcripts of her paid Wall Street speeches.")


def test_mocking_a_refusal_is_for_the_action():
    assert compose("her refusal to release transcripts of her paid speeches", TRANSCRIPTS,
                   cue="mocked").stance == "support"
    assert compose("to hold firm to U.S. defense commitments",
                   Question("n", "The United States should honour its commitment to defend its NATO allies."),
                   cue="has said she will").stance == "support"


def test_cancelling_the_accord_is_against_staying_in_it():
    paris = Question("p", "The United States should stay in the Paris climate agreement.")
    assert compose('to "cancel" the accord', paris, cue="has pledged").stance == "oppose"


def test_a_question_the_speaker_will_not_answer_takes_no_side():
    torture = Question("t", "The United States should ban waterboarding.")
    assert compose("Trump isn't saying what other interrogation techniques he would support", torture).stance is None
    assert compose("He said what we need is a ban on waterboarding", torture).stance == "support"
    assert compose("what other techniques he would support", torture, cue="isn't saying").stance is None
    assert compose("what we need is a ban on waterboarding", torture, cue="said").stance == "support"


@pytest.mark.parametrize("text", [
    "he would not automatically raise the gas tax",
    "he would first review how the money is spent before raising the gas tax",
    "raising the gas tax depends on what the states do",
])
def test_first_not_automatically_and_depends_on_are_conditions(text):
    assert compose(text, GAS, cue="said").stance == "conditional"


@pytest.mark.parametrize("text, stance", [
    ("made strikes on Russian territory a top priority", "support"),
    ("has made lifting the ban on strikes in Russia his priority", "support"),
    ("made no secret that the priority is strikes on Russian territory", None),  # no "made X a priority"
    ("made strikes on Russian territory a low priority", None),
])
def test_polarity_compose_made_a_priority(text, stance):
    assert compose(text, Q).stance == stance


@pytest.mark.parametrize("text", [
    "thwarted efforts to allow strikes on Russian territory",
    "moved to torpedo the plan to allow strikes on Russian territory",
])
def test_polarity_compose_verbs_that_wreck_a_plan(text):
    assert compose(text, Q).stance == "oppose"


@pytest.mark.parametrize("cue, stance", [
    ("did not endorse", "oppose"),
    ("won't support", "oppose"),
    ("has never opposed", "support"),
    ("would not rule out", "support"),
    ("did not reject", "support"),
    ("not only supported", "support"),   # "not only" negates nothing
])
def test_polarity_compose_a_negated_cue_turns_round(cue, stance):
    assert compose("strikes on Russian territory", Q, cue=cue).stance == stance


@pytest.mark.parametrize("text, condition", [
    ("is willing to allow strikes on Russian territory as part of a broader deal with Kyiv",
     "as part of a broader deal with kyiv"),
    ("would allow strikes on Russian territory in exchange for new guarantees", "in exchange for new guarantees"),
    ("strikes on Russian territory should be allowed once the front line stabilises",
     "once the front line stabilises"),
])
def test_polarity_compose_more_conditions(text, condition):
    pol = compose(text, Q)
    assert pol.stance == "conditional" and pol.condition.lower() == condition
