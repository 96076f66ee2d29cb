"""Lexical relevance: stems, paraphrase groups, names weigh less than the predicate."""
import pytest

from stancemap.ledger.lexicon import stem, stems_match
from stancemap.ledger.relevance import combine, core_hit, lexical_score, question_terms, relevance_matrix
from stancemap.model import Question

Q = Question("strikes", "Ukraine may use Western-supplied weapons to strike military targets on Russian territory.",
             keywords=["strike Russia", "Russian territory"])
NATO = Question("nato", "Ukraine should be invited to join NATO.", keywords=["NATO membership"])


@pytest.mark.parametrize("a, b, same", [("Russian", "Russia", True), ("Ukrainian", "Ukraine", True),
                                        ("members", "membership", False), ("banned", "ban", True),
                                        ("military", "militia", False), ("democrat", "democracy", True),
                                        ("criticize", "criticism", True), ("recount", "recoup", False),
                                        ("support", "suppose", False), ("appeal", "appear", False),
                                        ("Mexico", "Mexican", True), ("Canada", "Canadian", True),
                                        ("defend", "defense", True), ("company", "compare", False),
                                        ("led", "lead", True), ("spent", "spend", True)])
def test_lexicon_stems_match_word_families(a, b, same):
    assert stems_match(stem(a), stem(b)) is same


def test_relevance_paraphrase_counts_as_keyword():
    # "hit targets inside Russia": hit ~ strike, inside ~ territory (paraphrase groups)
    assert lexical_score("Kyiv wants to hit targets inside Russia", question_terms(Q)) >= 0.8


def test_relevance_names_alone_are_not_about_the_question():
    text = "NATO members Finland and Canada met Ukraine's president."
    assert not core_hit(text, question_terms(NATO))
    assert relevance_matrix([text], [NATO], use_semantic=False)[0, 0] == 0.0


def test_relevance_matrix_shape_and_order():
    texts = ["Finland lifted its ban on strikes on Russian territory.", "The weather was fine."]
    m = relevance_matrix(texts, [Q, NATO], use_semantic=False)
    assert m.shape == (2, 2)
    assert m[0, 0] > 0.45 > m[1, 0]


def test_relevance_combine_without_semantics_is_lexical():
    assert combine(0.7, None) == 0.7
    assert 0.0 <= combine(0.2, 0.9) <= 1.0


def test_a_statement_first_word_is_a_topic_unless_it_is_a_name():
    pot = question_terms(Question("pot", "Marijuana should be legal."))
    assert any(stem("marijuana") in c for c in pot.core)
    seed = question_terms(Question("s", "Ukraine may use Western-supplied weapons to strike Russian territory."))
    assert not any(stem("ukraine") in c for c in seed.core)


def test_an_adjective_action_matches_its_verb():
    from stancemap.ledger.polarity import compose

    pot = Question("pot", "Marijuana should be legal.")
    assert compose("he would legalize marijuana", pot, cue="said").stance == "support"
    assert compose("to enforce federal laws against marijuana", pot, cue="vowed").stance == "oppose"


@pytest.mark.parametrize("word, base", [("fought", "fight"), ("kept", "keep"), ("sworn", "swear"),
                                        ("withdrew", "withdraw")])
def test_irregular_past_forms_stem_like_their_base(word, base):
    assert stem(word) == stem(base)


def test_adjectives_and_common_words_keep_their_own_stem():
    assert stem("left") != stem("leave") and stem("said") == "said"
