"""v10's checks: who holds a stance on a question about a named person, data as a source, members of a body,
and stopping an action that is itself a restriction."""
from __future__ import annotations

import pytest

from stancemap.ledger.collective import is_collective
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.polarity import compose
from stancemap.model import Question

QUIT = Question("quit", "Ivo Brandt should drop out of the race.")
RETURNS = Question("returns", "Ivo Brandt should release his tax returns.")
DEFUND = Question("defund", "The Riverside Library should lose its city funding.")
DEPORT = Question("deport", "The country should deport the migrants living there without papers.")
BAN = Question("ban", "Street racing should be banned in the city.")
BACK = Question("back", "Republicans should support Ivo Brandt.")


def _stances(records, name: str) -> list[str]:
    return sorted(r.stance for r in records if r.actor.name == name and r.via is None)


def test_praise_of_a_person_is_no_stance_on_what_should_be_done_to_them(read_text):
    text = ("Ivo Brandt faces calls to drop out of the race. "
            "Anna Berg said she appreciated Ivo Brandt's loyalty and the support of his colleagues.")
    assert _stances(decide_stances(read_text(text), [QUIT]), "Anna Berg") == []


def test_praise_of_an_institution_still_counts_against_harming_it(read_text):
    text = ("The council debated whether the Riverside Library should lose its city funding. "
            "Anna Berg said she would protect the Riverside Library and its funding.")
    assert _stances(decide_stances(read_text(text), [DEFUND]), "Anna Berg") == ["oppose"]


def test_what_a_poll_finds_is_no_stance_of_the_poll(read_text):
    text = ("Voters oppose cutting the city funding of the Riverside Library, a new Harbor Institute poll finds. "
            "Anna Berg said the Riverside Library should lose its city funding.")
    records = decide_stances(read_text(text), [DEFUND])
    assert not [r for r in records if "Harbor" in r.actor.name]
    assert _stances(records, "Anna Berg") == ["support"]


@pytest.mark.parametrize("phrase,collective", [
    ("A chorus of prominent Republicans", True),
    ("House members who", True),
    ("pro-life members of the Democrat Party", True),
    ("Even Republicans who", True),
    ("Senate Republicans, who hold a majority,", True),
    ("The Republican National Committee", False),
    ("Party chairman Reince Priebus", False),
    ("A spokesman for Senate Republicans", False),
    ("An aide to House Republicans", False),
])
def test_members_of_a_body_are_not_the_body(phrase, collective):
    assert is_collective(phrase) is collective


def test_a_description_after_a_body_in_anothers_phrase_is_not_the_bodys(read_text):
    text = ("The secretary of state and 2014 candidate for U.S. Senate, a longtime supporter of Ivo Brandt, "
            "went on television to praise him.")
    records = decide_stances(read_text(text), [BACK])
    assert not [r for r in records if r.actor.kind != "person"]


def test_the_person_who_should_act_speaks_on_the_question_only_with_its_words(read_text):
    text = ("Ivo Brandt said he supports lower taxes on small firms. "
            "Later, Ivo Brandt said he would not drop out of the race.")
    assert _stances(decide_stances(read_text(text), [QUIT]), "Ivo Brandt") == ["oppose"]


def test_judging_another_person_for_the_deed_is_no_stance_on_the_named_persons(read_text):
    other = "Anna Berg mocked Tom Hale for not releasing his tax returns, in a debate on Ivo Brandt's finances."
    same = "Anna Berg mocked Ivo Brandt for not releasing his tax returns."
    assert _stances(decide_stances(read_text(other), [RETURNS]), "Anna Berg") == []
    assert _stances(decide_stances(read_text(same), [RETURNS]), "Anna Berg") == ["support"]


def test_doing_it_oneself_is_no_stance_on_the_named_person_doing_it(read_text):
    text = "Ivo Brandt has kept his taxes private. His running mate, Tom Hale, plans to release his own returns soon."
    assert _stances(decide_stances(read_text(text), [RETURNS]), "Tom Hale") == []


@pytest.mark.parametrize("question,text,stance", [
    (DEPORT, "vowed to stop deporting migrants", "oppose"),
    (DEPORT, "promised to end the wasteful deportation regime", "oppose"),
    (DEPORT, "vowed to block deportations", "oppose"),
    (DEPORT, "refused to halt deportations", "support"),
    (DEPORT, "would not stop deporting them", "support"),
    (BAN, "called for a ban on street racing", "support"),
    (BAN, "would lift the ban on street racing", "oppose"),
    (BAN, "would end the ban on street racing", "oppose"),
])
def test_stopping_an_action_that_is_itself_a_restriction_is_against_it(question, text, stance):
    assert compose(text, question).stance == stance


def test_a_negation_after_the_action_does_not_turn_the_statement_round():
    from stancemap.ledger.polarity import statement_sign

    assert statement_sign(DEPORT) == statement_sign(Question("d", "The country should deport the migrants."))
    assert statement_sign(Question("n", "Street racing should not be banned.")) == -statement_sign(BAN)


def test_a_call_on_the_named_person_about_their_own_deed_counts(read_text):
    text = "Ivo Brandt has kept his taxes private. Anna Berg said Ivo Brandt should release his own tax returns."
    assert _stances(decide_stances(read_text(text), [RETURNS]), "Anna Berg") == ["support"]


def test_the_named_person_by_a_short_given_name_is_still_the_one_who_should_act():
    from stancemap.ledger.anchors import is_subject
    from stancemap.model import Actor

    question = Question("r", "Daniel Korvath should release his tax returns.")
    assert is_subject(Actor("person:dan-korvath", "Dan Korvath", "person"), question)
    assert is_subject(Actor("person:korvath", "Korvath", "person"), question)
    assert not is_subject(Actor("person:eva-korvath", "Eva Korvath", "person"), question)


@pytest.mark.parametrize("source", ["Anna Berg and other prominent party figures", "Anna Berg, who wrote the study,"])
def test_a_person_whose_phrase_mentions_data_still_speaks(read_text, source):
    text = (f"The council debated the Riverside Library's city funding. {source} said the Riverside Library should "
            "lose its city funding.")
    assert _stances(decide_stances(read_text(text), [DEFUND]), "Anna Berg") == ["support"]


def test_a_description_after_a_body_elsewhere_stays_the_bodys(read_text):
    text = ("The city council is weighing a ban on street racing. According to the Harbor Safety Union, a longtime "
            "advocate of a ban on street racing, crashes rose last year.")
    records = decide_stances(read_text(text), [BAN])
    assert [r.stance for r in records if "Harbor" in r.actor.name and r.via is None] == ["support"]


@pytest.mark.parametrize("text", [
    "Ivo Brandt will be releasing his tax returns at the completion of an audit",
    "he will release his tax returns when the audit is complete",
])
def test_a_deed_promised_for_when_a_process_ends_is_conditional(text):
    found = compose(text, RETURNS)
    assert found.stance == "conditional" and found.condition


@pytest.mark.parametrize("text,stance", [
    ("he will decide about his tax returns at the end of the audit", None),
    ("he must release his tax returns as soon as he can", "support"),
    ("he should release his tax returns, which the IRS examined after the audit was completed", "support"),
])
def test_a_time_alone_is_no_condition_and_no_stance(text, stance):
    assert compose(text, RETURNS).stance == stance


@pytest.mark.parametrize("phrase,former", [
    ("one former GOP leadership aide", True),
    ("a former party official", True),
    ("the party's former chairman, who left in May,", True),
    ("a GOP spokesman", False),
    ("the former Soviet republic", False),
    ("the former Soviet Union's foreign minister", False),
    ("A former senator who now chairs the Republican National Committee", False),
    ("The chairman of the Republican National Committee and former senator", False),
])
def test_a_former_insider_no_longer_speaks_for_the_body(phrase, former):
    from stancemap.ledger.collective import is_former_insider

    assert is_former_insider(phrase) is former


def test_another_person_doing_the_deed_is_no_stance_on_the_named_persons(read_text):
    concede = Question("concede", "Ivo Brandt should end his campaign and endorse Anna Berg.")
    text = ("Ivo Brandt has refused to leave the race. Tom Hale endorsed Anna Berg on Tuesday. "
            "Li Wei urged Ivo Brandt to end his campaign and endorse Anna Berg.")
    records = decide_stances(read_text(text), [concede])
    assert _stances(records, "Tom Hale") == []
    assert _stances(records, "Li Wei") == ["support"]


def test_a_question_on_what_is_done_to_a_person_has_no_acting_subject():
    from stancemap.ledger.anchors import subject_acts

    assert not subject_acts(Question("c", "Ivo Brandt should face criminal charges."), frozenset({"brandt"}))
    assert not subject_acts(Question("c", "Ivo Brandt should be prosecuted."), frozenset({"brandt"}))
    assert subject_acts(Question("c", "Ivo Brandt should end his campaign."), frozenset({"brandt"}))


def test_ending_one_thing_and_backing_another_ends_no_backing():
    concede = Question("concede", "Ivo Brandt should end his campaign and endorse Anna Berg.")
    assert compose("Ivo Brandt to end his campaign and endorse Anna Berg", concede, cue="urged").stance == "support"
    assert compose("lift the ban and the curfew", BAN).stance == "oppose"


def test_a_name_with_a_data_word_inside_is_no_data_source():
    from stancemap.ledger.candidates import _data_source
    from stancemap.model import Attribution, Span

    def att(source: str) -> Attribution:
        return Attribution(cue=Span(0, 4, "said"), contents=[Span(5, 9, "text")], sentence=Span(0, 9, "x"),
                           source=Span(0, len(source), source))

    assert not _data_source(att("The Harbor Research and Policy Institute"))
    assert _data_source(att("a new poll from the Harbor Institute"))
    assert _data_source(att("a new Harbor Institute poll"))


EXPEL = Question("expel", "Countries should expel Russian diplomats over the poisoning of a former spy in Britain.")


def test_a_country_is_found_by_its_demonym_and_the_reverse():
    from stancemap.ledger.anchors import _known_as, anchored

    assert anchored(EXPEL, ["Russia recalled its ambassador."])
    assert not anchored(EXPEL, ["Austria recalled its ambassador."])
    assert "Russian" in _known_as("Russia") and "Russia" in _known_as("Russian")
    assert "Swiss" in _known_as("Switzerland")
    assert "Russians" not in _known_as("Russia")


@pytest.mark.parametrize("statement", ["The United States should not withdraw from the Philippines.",
                                       "US troops should be withdrawn from Korvia.", "The US should pull out of Korvia.",
                                       "Britain out of the EU as soon as it can"])
def test_question_names_read_odd_statements(statement):
    from stancemap.ledger.anchors import question_names

    question_names(Question("s", statement))  # no error


def test_a_place_the_action_moves_troops_from_anchors_a_question_with_no_other_name():
    from stancemap.ledger.anchors import anchored

    question = Question("w", "The United States should withdraw its troops from Korvia.")
    assert not anchored(question, ["The governor will send troops to the border."])
    assert anchored(question, ["The president wants the troops out of Korvia."])
    # a name that only sets the scene of a noun still does not anchor
    assert anchored(Question("r", "The United States should accept refugees from Korvia."), ["Refugees arrived."])


def test_deeds_side_by_side_are_all_the_action():
    assert compose("Finland has expelled two diplomats, Poland has expelled four", EXPEL).stance == "support"
    assert compose("has refused to expel any Russian diplomats", EXPEL).stance == "oppose"
    reject = Question("d", "The Senate should reject the deal.")
    for text in ("rejected demands that the Senate reject the deal", "rejected the idea of rejecting the deal",
                 "rejected calls to quickly and firmly reject the deal"):
        assert compose(text, reject).stance == "oppose", text


def test_a_list_of_states_as_the_speaker_gives_each_state(read_text):
    text = ("Britain blames Russia for the poisoning of the former spy. Several EU countries, Austria, Slovakia, "
            "Cyprus and Greece, declined to take similar measures against Russia.")
    records = decide_stances(read_text(text), [EXPEL])
    assert {r.actor.id for r in records if r.stance == "oppose" and r.via is None} >= {
        "country:AUT", "country:SVK", "country:CYP", "country:GRC"}


def test_a_list_of_states_after_a_head_word_keeps_its_first_state(read_text):
    text = ("Britain blames Russia for the poisoning of the former spy. NATO allies Austria, Slovakia and Greece "
            "said they would not expel Russian diplomats.")
    records = decide_stances(read_text(text), [EXPEL])
    assert {r.actor.id for r in records if r.stance == "oppose" and r.via is None} >= {
        "country:AUT", "country:SVK", "country:GRC"}
