"""Topic anaphora: "the proposal" right after sentences about the question inherits their relevance."""
from stancemap.ledger.relevance import ANAPHORA_WINDOW, has_topic_anaphor, inherit_anaphora


def test_anaphor_detected_only_with_determiner_and_noun():
    assert has_topic_anaphor("The senator slammed the proposal as divisive.")
    assert has_topic_anaphor("She called his remarks outlandish.")
    assert not has_topic_anaphor("The senator proposed a plan of her own making.")  # "a plan"
    assert not has_topic_anaphor("The weather was fine.")


def test_inherits_from_recent_relevant_sentence_and_chains():
    texts = ["A ban was proposed.", "The proposal drew criticism.", "Nothing here.",
             "One senator called the statement outlandish."]
    out = inherit_anaphora(texts, {0: 0.8})
    assert abs(out[1] - 0.64) < 1e-6
    assert 2 not in out
    assert 3 in out and out[3] < out[1]


def test_no_inheritance_without_recent_antecedent():
    texts = ["A ban was proposed."] + ["Filler."] * ANAPHORA_WINDOW + ["The proposal drew criticism."]
    assert inherit_anaphora(texts, {0: 0.8}) == {0: 0.8}
    assert inherit_anaphora(["The proposal drew criticism."], {}) == {}


def test_a_definite_policy_noun_inherits_from_the_sentence_that_named_it_anywhere_before():
    from stancemap.ledger.relevance import inherit_anaphora

    texts = ["Collins is working on a compromise gun measure.", "x", "y", "z", "w",
             "Toomey endorsed the compromise on Tuesday.", "Ayotte endorsed the nominee."]
    out = inherit_anaphora(texts, {0: 0.6})
    assert 5 in out and out[5] < 0.6
    assert 6 not in out  # no policy noun named before: nothing to refer back to
