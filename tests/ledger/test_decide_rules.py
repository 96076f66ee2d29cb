"""decide_stances on hand-built readings: sources of evidence, several actors, via, dates, contract."""
from stancemap.ledger.decide import StanceScorer, decide_stances, get_scorer, represented
from stancemap.model import Actor, Role


def by_actor(records, via=False):
    return {r.actor.id: r for r in records if (r.via is not None) is via}


def test_decide_rules_scorer_follows_protocol(rules):
    assert isinstance(rules, StanceScorer)
    assert rules.name == "stancemap.StanceRules.v21"
    assert isinstance(get_scorer(), StanceScorer)


def test_decide_rules_attribution_support_with_via(build_reading, strikes, rules):
    text = ("Anna Berg said on Monday that prohibitions against using Western weapons on Russian soil "
            "harm Ukraine's defence.")
    reading = build_reading(text, attributions=[("Anna Berg", "said", "prohibitions against using Western "
                                                  "weapons on Russian soil harm Ukraine's defence", "2024-05-27")])
    records = decide_stances(reading, [strikes], scorer=rules)
    own, via = by_actor(records), by_actor(records, via=True)
    assert own["person:anna-berg"].stance == "support"
    assert own["person:anna-berg"].date == "2024-05-27"
    assert own["person:anna-berg"].evidence.cue.text == "said"
    assert via["gov:NLD"].stance == "support" and via["gov:NLD"].via == "person:anna-berg"
    assert via["gov:NLD"].confidence < own["person:anna-berg"].confidence


def test_decide_rules_one_sentence_several_actors(build_reading, strikes, rules):
    text = ("Finland lifted its restrictions to allow Ukraine to strike Russia, while France okayed the use "
            "of weapons with certain limitations and Italy refused to allow strikes on Russian territory.")
    reading = build_reading(text, actions=[
        ("Finland", "lifted", "lift", "its restrictions"),
        ("France", "okayed", "allow", "the use of weapons with certain limitations", "with certain limitations"),
        ("Italy", "refused", "refuse", "to allow strikes on Russian territory"),
    ])
    got = {k: (r.stance, r.condition) for k, r in by_actor(decide_stances(reading, [strikes], scorer=rules)).items()}
    assert got == {"country:FIN": ("support", None), "country:FRA": ("conditional", "with certain limitations"),
                   "country:ITA": ("oppose", None)}


def test_decide_rules_clause_subjects_without_actions(build_reading, strikes, rules):
    text = ("Finland and Germany lifted their restrictions to allow Ukraine to strike Russia, "
            "while Italy refused to allow strikes on Russian territory.")
    got = {k: r.stance for k, r in by_actor(decide_stances(build_reading(text), [strikes], scorer=rules)).items()}
    assert got == {"country:FIN": "support", "country:DEU": "support", "country:ITA": "oppose"}


def test_decide_rules_pressed_holder_is_against(build_reading, strikes, rules):
    text = ("Washington is under growing pressure to lift its restriction preventing Ukraine from using "
            "American weapons to strike military targets on Russian soil.")
    got = by_actor(decide_stances(build_reading(text), [strikes], scorer=rules))
    assert got["gov:USA"].stance == "oppose"


def test_decide_rules_irrelevant_text_gives_nothing(build_reading, strikes, rules):
    text = "Finland lifted its ban on imports of Italian cheese. Germany refused to allow the merger."
    assert decide_stances(build_reading(text), [strikes], scorer=rules) == []


def test_decide_rules_dates_fall_back_to_publication(build_reading, strikes, rules):
    text = "Italy refused to allow Ukraine to strike Russian territory."
    rec = decide_stances(build_reading(text), [strikes], scorer=rules)[0]
    assert (rec.date, rec.date_source) == ("2024-05-30", "published")


def test_decide_rules_records_follow_the_contract(build_reading, strikes, rules):
    text = "Italy refused to allow Ukraine to strike Russian territory."
    rec = decide_stances(build_reading(text), [strikes], scorer=rules)[0]
    out = rec.to_contract()
    assert out["method"] == "stancemap.StanceRules.v21"
    assert 0.0 <= out["confidence"] <= 1.0
    ev = out["evidence"]
    assert text[ev["start"]:ev["end"]] == ev["text"]
    assert ev["document"] == build_reading(text).article.id


def test_decide_represented_uses_role_held_on_the_date():
    person = Actor("person:x", "X", "person", roles=[Role("Minister", country="FRA", start="2020-01-01",
                                                          end="2022-12-31")])
    assert represented(person, "2021-06-01") == "gov:FRA"
    assert represented(person, "2024-06-01") is None
    assert represented(Actor("anon:a", "a source", "person", anonymous=True, represents="gov:FRA"), None) is None


def test_decide_no_questions_no_records(build_reading):
    assert decide_stances(build_reading("Italy refused."), []) == []


def test_decide_rules_reported_deed_is_the_doers_not_the_speakers(build_reading, strikes, rules):
    text = "Italy refused to allow Ukraine to strike Russian territory, Anna Berg said."
    reading = build_reading(text, attributions=[("Anna Berg", "said", "Italy refused to allow Ukraine to strike "
                                                  "Russian territory")],
                            actions=[("Italy", "refused", "refuse", "to allow Ukraine to strike Russian territory")])
    got = {r.actor.id: r.stance for r in decide_stances(reading, [strikes], scorer=rules)}
    assert got == {"country:ITA": "oppose"}


def test_decide_rules_disagreeing_components_drop_the_attribution(build_reading, strikes, rules):
    text = "Italy urged Washington to lift the ban on strikes on Russian territory."
    reading = build_reading(text, attributions=[("Washington", "urged", "to lift the ban on strikes on Russian "
                                                  "territory")],
                            actions=[("Italy", "urged", "urge", "Washington to lift the ban on strikes on Russian "
                                      "territory")])
    got = {r.actor.id: r.stance for r in decide_stances(reading, [strikes], scorer=rules)}
    assert got == {"country:ITA": "support", "gov:USA": "oppose"}


def test_decide_rules_report_of_anothers_position_is_not_the_speakers(build_reading, strikes, rules):
    text = "Anna Berg reported that Italy refused to allow Ukraine to strike Russian territory."
    reading = build_reading(text, attributions=[("Anna Berg", "reported", "that Italy refused to allow Ukraine "
                                                  "to strike Russian territory")])
    got = {r.actor.id for r in decide_stances(reading, [strikes], scorer=rules)}
    assert "person:anna-berg" not in got and "gov:NLD" not in got


def test_decide_rules_normative_content_about_another_actor_stays_the_speakers(build_reading, strikes, rules):
    text = "Anna Berg said that Italy should lift its ban on strikes on Russian territory."
    reading = build_reading(text, attributions=[("Anna Berg", "said", "that Italy should lift its ban on strikes "
                                                  "on Russian territory")])
    got = {r.actor.id: r.stance for r in decide_stances(reading, [strikes], scorer=rules) if r.via is None}
    assert got["person:anna-berg"] == "support"
    assert got["country:ITA"] == "oppose"  # "Italy ... its ban": Italy holds the ban


def test_decide_rules_cue_attitude_in_a_cue_phrase(build_reading, strikes, rules):
    text = "Anna Berg also decried the ban on strikes on Russian territory."
    reading = build_reading(text, attributions=[("Anna Berg", "also decried", "the ban on strikes on Russian "
                                                  "territory")])
    got = {r.actor.id: r.stance for r in decide_stances(reading, [strikes], scorer=rules) if r.via is None}
    assert got == {"person:anna-berg": "support"}


def test_a_collective_plural_is_no_stance_holder_for_the_party(nlp_read):
    """"Republicans have blocked ..." describes members; "the Republican National Committee" is the party."""
    from datetime import date

    from stancemap.ledger.decide import decide_stances
    from stancemap.model import Article, Question
    from stancemap.nlp.pipeline import read_article

    q = Question("gas-tax", "Congress should raise the federal gas tax.")
    text = ("Republicans have opposed raising the federal gas tax for years. "
            "Senator Tom Carper said he supports raising the federal gas tax.")
    recs = decide_stances(read_article(nlp_read, Article(text=text, outlet="T", published=date(2016, 5, 1))), [q])
    holders = {r.actor.id for r in recs if not r.via}
    assert "person:tom-carper" in holders
    assert not any(h.startswith("org:republican") for h in holders)
