"""Possessed proposals, attitude nouns, relative clauses, passive agents and speaker checks."""
from dataclasses import replace

from stancemap.ledger.decide import decide_stances
from stancemap.model import Attribution, Question, Span

SEEDS = Question("seed-ban", "The country should ban imports of genetically modified seeds.",
                 keywords=["ban on seed imports", "genetically modified seeds"])


def stances(records):
    return {r.actor.id: r.stance for r in records if r.via is None}


def at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def test_patterns_possessor_of_a_proposal_supports_it(build_reading, rules):
    text = "Anna Berg bashed Li Wei's proposal to ban imports of genetically modified seeds."
    reading = build_reading(text, attributions=[("Anna Berg", "bashed",
                                                 "Li Wei's proposal to ban imports of genetically modified seeds")])
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)) == {
        "person:anna-berg": "oppose", "person:li-wei": "support"}


def test_patterns_possessive_pronoun_goes_to_the_nearest_person(build_reading, rules):
    text = ("Italy criticised Li Wei on Monday, in particular his repeated calls for a ban on imports of "
            "genetically modified seeds.")
    got = stances(decide_stances(build_reading(text), [SEEDS], scorer=rules))
    assert got.get("person:li-wei") == "support"


def test_patterns_attitude_noun_gives_the_possessor_its_polarity(build_reading, rules):
    text = "Li Wei's opposition to a ban on imports of genetically modified seeds surprised nobody."
    assert stances(decide_stances(build_reading(text), [SEEDS], scorer=rules)) == {"person:li-wei": "oppose"}


def test_patterns_name_of_a_country_is_not_a_proposal_modifier(build_reading, rules):
    # "Finland's Parliament to call a debate" holds no proposal of Finland's
    text = "The plan led Finland's Parliament to call a debate on whether to ban imports of genetically modified seeds."
    assert "country:FIN" not in stances(decide_stances(build_reading(text), [SEEDS], scorer=rules))


def test_patterns_relative_clause_after_a_name(build_reading, rules):
    text = "Li Wei, who opposes a ban on imports of genetically modified seeds, spoke in Lyon on Monday."
    assert stances(decide_stances(build_reading(text), [SEEDS], scorer=rules)) == {"person:li-wei": "oppose"}


def test_patterns_passive_agent(build_reading, rules):
    text = "The proposed ban on imports of genetically modified seeds was condemned by Li Wei."
    assert stances(decide_stances(build_reading(text), [SEEDS], scorer=rules)) == {"person:li-wei": "oppose"}


def test_patterns_speaker_named_only_as_modifier_is_not_the_speaker(build_reading, rules):
    text = "A Berg ally suggested she would back a ban on imports of genetically modified seeds."
    reading = build_reading(text)
    reading.attributions = [Attribution(cue=at(text, "suggested"), contents=[at(text, "she would back a ban on "
                                        "imports of genetically modified seeds")], sentence=reading.sentences[0],
                                        source=at(text, "A Berg ally"), actor_id="person:anna-berg")]
    assert "person:anna-berg" not in stances(decide_stances(reading, [SEEDS], scorer=rules))
    reading.attributions = [replace(reading.attributions[0], source=at(text, "Berg"))]
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)).get("person:anna-berg") == "support"


def test_patterns_coordinated_speakers_share_the_stance(build_reading, rules):
    text = "Anna Berg and Li Wei both urged a ban on imports of genetically modified seeds."
    reading = build_reading(text)
    reading.attributions = [Attribution(cue=at(text, "urged"), contents=[at(text, "a ban on imports of "
                                        "genetically modified seeds")], sentence=reading.sentences[0],
                                        source=at(text, "Anna Berg and Li Wei"), actor_id="person:anna-berg")]
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)) == {
        "person:anna-berg": "support", "person:li-wei": "support"}


def test_patterns_unlinked_speaker_does_not_hide_the_clause_subject(build_reading, rules):
    text = "Li Wei said he would oppose any ban on imports of genetically modified seeds."
    reading = build_reading(text)
    reading.attributions = [Attribution(cue=at(text, "said"), contents=[at(text, "he would oppose any ban on "
                                        "imports of genetically modified seeds")], sentence=reading.sentences[0],
                                        source=None, actor_id=None)]
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)) == {"person:li-wei": "oppose"}
