"""v8's other checks: a speaker-less clause needs a sentence about the question, sources only
report, coordinated negations of one verb count once."""
from __future__ import annotations

import pytest

from stancemap.ledger import rules as rules_module
from stancemap.ledger.candidates import Candidate, Context
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.polarity import Polarity, compose
from stancemap.model import Question, Span

TREATY = Question("treaty", "The assembly should ratify the harbour treaty with Ostrava.")
BACK = Question("back", "Conservatives should support Ivo Brandt as their party's candidate.")


@pytest.mark.parametrize("relevance,kept", [(0.45, False), (0.5, True), (0.8, True)])
def test_a_clause_counts_only_in_a_sentence_about_the_question(build_reading, relevance, kept):
    text = "Finland backed the harbour treaty at a conference."
    reading = build_reading(text)
    ctx = Context(reading, TREATY, {0: relevance}, {})
    sentence = Span(0, len(text), text)
    clause = Candidate("country:FIN", Polarity("support", 1), sentence, "clause", 0.55, relevance=relevance)
    attribution = Candidate("country:FIN", Polarity("support", 1), sentence, "attribution", 0.85,
                            relevance=relevance)
    assert rules_module._kept(ctx, clause) is kept
    assert rules_module._kept(ctx, attribution)  # a speaker's words are judged by their own relevance


@pytest.mark.parametrize("text", [
    "I cannot and will not support Ivo Brandt",
    "I can not and will not support Ivo Brandt",
    "I won't and can't support Ivo Brandt",
    "He has not and will not endorse Ivo Brandt",
    "I cannot and I will not support Ivo Brandt",
    "We cannot and must not support Ivo Brandt",
])
def test_coordinated_negations_of_one_verb_count_once(text):
    assert compose(text, BACK, cue="said").stance == "oppose"


def test_negations_of_two_verbs_still_both_count():
    assert compose("I did not oppose and do not oppose Ivo Brandt", BACK, cue="said").stance == "support"


def test_end_to_end_a_source_only_reports(read_text):
    reading = read_text("The assembly will ratify the harbour treaty with Ostrava next week, according to the "
                        "Vell Gazette. Senator Ana Pell said the assembly should ratify the harbour treaty.")
    holders = {r.actor.name for r in decide_stances(reading, [TREATY]) if not r.via}
    assert "Ana Pell" in holders
    assert not any("Gazette" in h for h in holders)


def test_a_finding_is_no_report_cue():
    # "a poll found ..." reports, but so would "the court found the ban unlawful", a position: "found" stays out
    from stancemap.ledger.lexicon import load_lexicon

    cues = load_lexicon("stance")["report_cues"]
    assert "according" in cues and "show" in cues and "found" not in cues and "find" not in cues


LIFT = Question("lift", "Finland should lift its restrictions on arms exports.")


@pytest.mark.parametrize("text,anchored", [
    ("Finland met its partners. Italy then lifted its restrictions on arms exports.", True),
    ("Finland met its partners. The talks ran late into the night. Italy lifted its restrictions on arms "
     "exports.", True),
    # two whole sentences between: too far
    ("Finland met its partners. The talks ran late into the night. Ministers left the building at dawn. "
     "Italy lifted its restrictions on arms exports.", False),
    # fragments (a dateline) do not count towards the window
    ("Finland met its partners. ROME. Wire. Italy lifted its restrictions on arms exports.", True),
    # a sentence that refers back to a proposal may name it further back
    ("Finland met its partners. The talks ran late into the night. Ministers left the building at dawn. "
     "Italy then backed the proposal to lift its restrictions on arms exports.", True),
])
def test_the_name_must_be_within_two_sentences(build_reading, text, anchored):
    reading = build_reading(text)
    last = reading.sentences[-1]
    ctx = Context(reading, LIFT, {len(reading.sentences) - 1: 0.8}, {})
    candidate = Candidate("country:ITA", Polarity("support", 1), last, "action", 0.7, relevance=0.8)
    assert rules_module._near_names(ctx, candidate) is anchored


def test_a_sentence_outside_the_reading_is_judged_by_its_own_words(build_reading):
    reading = build_reading("Finland met its partners. The talks ran late. Ministers left at dawn. Italy agreed.")
    ctx = Context(reading, LIFT, {}, {})
    outside = Span(1000, 1040, "Italy lifted its restrictions on exports.")
    candidate = Candidate("country:ITA", Polarity("support", 1), outside, "action", 0.7, relevance=0.8)
    assert not rules_module._near_names(ctx, candidate)
    named = Span(1000, 1042, "Finland lifted its restrictions on exports.")
    assert rules_module._near_names(ctx, Candidate("country:ITA", Polarity("support", 1), named, "action", 0.7))


@pytest.mark.parametrize("text", ["I did not, nor will I, support Ivo Brandt", "Neither he nor I will support Ivo Brandt"])
def test_nor_continues_a_negation(text):
    assert compose(text, BACK, cue="said").stance == "oppose"
