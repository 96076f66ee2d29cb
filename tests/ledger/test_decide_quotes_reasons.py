"""Continued quotations (same speaker, no cue) and reasons for blame ("X for criticising ...")."""
from stancemap.ledger.candidates import Context
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.quotes import quote_states
from stancemap.ledger.reasons import from_reasons
from stancemap.model import Question

SEEDS = Question("seed-ban", "The country should ban imports of genetically modified seeds.",
                 keywords=["ban on seed imports", "genetically modified seeds"])


def stances(records):
    return {r.actor.id: r.stance for r in records if r.via is None}


def test_quote_states_track_open_and_close():
    assert quote_states(['"Up to him," he said.', '"But not ours.', "We refuse it.", '"']) == [
        (False, False), (False, True), (True, True), (True, False)]
    assert quote_states(["“Curly open.", "Still inside.”", "Outside."]) == [
        (False, True), (True, False), (False, False)]


def test_quotes_continued_quote_belongs_to_the_previous_speaker(build_reading, rules):
    text = ('"The timing is up to him," Anna Berg said. "But that is not our way. '
            'We are against a ban on imports of genetically modified seeds."')
    reading = build_reading(text, attributions=[("Anna Berg", "said", "The timing is up to him")])
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)) == {"person:anna-berg": "oppose"}


def test_quotes_no_continuation_after_narration(build_reading, rules):
    text = ('Anna Berg said the timing was up to him. Then she left. '
            '"We are against a ban on imports of genetically modified seeds."')
    reading = build_reading(text, attributions=[("Anna Berg", "said", "the timing was up to him")])
    assert "person:anna-berg" not in stances(decide_stances(reading, [SEEDS], scorer=rules))


def test_reasons_actors_before_for_gerund_get_its_polarity(build_reading, rules):
    text = ("The paper mocked Finland, France and Italy for opposing the ban on imports of genetically "
            "modified seeds.")
    got = stances(decide_stances(build_reading(text), [SEEDS], scorer=rules))
    assert {k: got.get(k) for k in ("country:FIN", "country:FRA", "country:ITA")} == {
        "country:FIN": "oppose", "country:FRA": "oppose", "country:ITA": "oppose"}


def test_reasons_need_the_actor_right_before_for(build_reading):
    text = ("Finland met the press on Monday for opposing views on a ban on imports of genetically "
            "modified seeds.")
    ctx = Context(build_reading(text), SEEDS, {0: 1.0}, {})
    assert list(from_reasons(ctx)) == []
    near = build_reading("The paper mocked Finland for opposing a ban on imports of genetically modified seeds.")
    assert [c.actor_id for c in from_reasons(Context(near, SEEDS, {0: 1.0}, {}))] == ["country:FIN"]


def test_quotes_doubled_apostrophes_count_as_quotation_marks(build_reading, rules):
    assert quote_states(["''Up to him,'' he said. ''", "We refuse it.", "Done.''"]) == [
        (False, True), (True, True), (True, False)]
    text = ("''The timing is up to him,'' Anna Berg said. ''We are against a ban on imports of "
            "genetically modified seeds.''")
    reading = build_reading(text, attributions=[("Anna Berg", "said", "The timing is up to him")])
    assert stances(decide_stances(reading, [SEEDS], scorer=rules)) == {"person:anna-berg": "oppose"}
