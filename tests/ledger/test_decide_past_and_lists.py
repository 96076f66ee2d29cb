"""Positions the text marks as given up ("who once backed ..."), and speaker phrases that list persons."""
from __future__ import annotations

from stancemap.ledger.decide import decide_stances


def test_past_position_loses_to_the_current_one(build_reading, strikes, rules):
    text = ("Anna Berg once praised strikes on Russian territory with Western weapons. "
            "Anna Berg now opposes strikes on Russian territory with Western weapons.")
    reading = build_reading(text, attributions=[
        ("Anna Berg", "once praised", "strikes on Russian territory with Western weapons"),
        ("Anna Berg", "now opposes", "strikes on Russian territory with Western weapons")])
    records = [r for r in decide_stances(reading, [strikes], scorer=rules) if not r.via]
    by_stance = {r.stance: r for r in records}
    assert set(by_stance) == {"support", "oppose"}
    assert by_stance["support"].confidence < by_stance["oppose"].confidence
    best = max(records, key=lambda r: r.confidence)
    assert best.stance == "oppose"


def test_unmarked_position_keeps_its_confidence(build_reading, strikes, rules):
    text = "Anna Berg praised strikes on Russian territory with Western weapons."
    reading = build_reading(text, attributions=[
        ("Anna Berg", "praised", "strikes on Russian territory with Western weapons")])
    marked = build_reading(text.replace("Berg praised", "Berg once praised"), attributions=[
        ("Anna Berg", "once praised", "strikes on Russian territory with Western weapons")])
    plain = [r for r in decide_stances(reading, [strikes], scorer=rules) if not r.via]
    past = [r for r in decide_stances(marked, [strikes], scorer=rules) if not r.via]
    assert plain[0].stance == past[0].stance == "support"
    assert past[0].confidence < plain[0].confidence


def _persons_for_speaker_phrase(build_reading, strikes, rules, text: str) -> dict[str, str]:
    """Person stances when everything before " said" is the speaker phrase of one attribution."""
    from dataclasses import replace

    from stancemap.model import Span

    reading = build_reading(text, attributions=[
        ("Anna Berg", "said", "Washington should lift its restrictions on strikes on Russian territory")])
    source_end = text.index(" said")
    att = replace(reading.attributions[0], source=Span(0, source_end, text[:source_end]))
    records = decide_stances(replace(reading, attributions=[att]), [strikes], scorer=rules)
    return {r.actor.id: r.stance for r in records if not r.via and r.actor.kind == "person"}


def test_listed_persons_with_descriptions_all_get_the_stance(build_reading, strikes, rules):
    text = ("Two ministers, Anna Berg, the Dutch envoy, and Li Wei, the French minister, said Washington "
            "should lift its restrictions on strikes on Russian territory.")
    assert _persons_for_speaker_phrase(build_reading, strikes, rules, text) == \
        {"person:anna-berg": "support", "person:li-wei": "support"}


def test_a_person_named_inside_a_description_is_not_listed(build_reading, strikes, rules):
    text = ("Anna Berg, an adviser to Li Wei and the cabinet, said Washington should lift its "
            "restrictions on strikes on Russian territory.")
    assert set(_persons_for_speaker_phrase(build_reading, strikes, rules, text)) == {"person:anna-berg"}


def test_clause_subject_after_a_lowercase_role_title(build_reading, strikes, rules):
    text = "Former foreign minister Li Wei refused to allow strikes on Russian territory."
    records = [r for r in decide_stances(build_reading(text), [strikes], scorer=rules) if not r.via]
    assert {r.actor.id: r.stance for r in records} == {"person:li-wei": "oppose"}


def test_clause_subject_after_other_lowercase_words_is_not_guessed(build_reading, strikes, rules):
    text = "Critics of Li Wei refused to allow strikes on Russian territory."
    records = [r for r in decide_stances(build_reading(text), [strikes], scorer=rules) if not r.via]
    assert not records


def test_cue_that_names_the_topic_carries_the_stance(build_reading, rules):
    from stancemap.model import Question

    wage = Question("wage", "The minimum wage should be raised.", keywords=["minimum wage"])
    text = 'Anna Berg lobbies for a higher minimum wage: "No one who works should have to live in poverty."'
    reading = build_reading(text, attributions=[
        ("Anna Berg", "lobbies for a higher minimum wage:", '"No one who works should have to live in poverty."')])
    records = [r for r in decide_stances(reading, [wage], scorer=rules) if not r.via]
    assert [(r.actor.id, r.stance) for r in records] == [("person:anna-berg", "support")]
