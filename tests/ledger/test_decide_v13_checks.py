"""v13's checks: what a statement says it is instead of ("not be delayed"), candidacy opposites, the country
"US", and a common noun of a named participant ("the amendment") that refers back to its name."""
from __future__ import annotations

import pytest

from stancemap.ledger.anchors import refers_back
from stancemap.ledger.decide import decide_stances
from stancemap.ledger.lexicon import stem, tokens
from stancemap.ledger.opposites import statement_opposites
from stancemap.ledger.polarity import compose, statement_sign
from stancemap.model import Question, Span

LEVY = Question("levy", "The sugar levy on soft drinks should take effect as planned, not be delayed or repealed.")
ENGAGE = Question("engage", "Western governments should punish the regime rather than engage with it.")
MAYOR = Question("mayor", "Jane Porter should win the city's mayoral election and become mayor.")
CHARTER = Question("charter", "Voters in the city should pass Charter Amendment 4, which caps property taxes.")


@pytest.mark.parametrize("statement,stems", [
    (LEVY.statement, {"delay", "repeal"}),
    ("The tax should stay, not be delayed, weakened or repealed.", {"delay", "weaken", "repeal"}),
    (ENGAGE.statement, {"engag"}),
    ("The park should be built instead of buying it.", {"buy"}),
    # second review: nouns in "-en", "not just", a noun after a gerund, a rejection before the action
    ("Women should be required to register for the draft, not just men.", set()),
    ("The city should cut its budget rather than spending cuts elsewhere.", set()),
    ("Instead of a fee, the city should ban plastic bags.", set()),
    ("Congress, not the states, should ban assault weapons.", set()),
    # a noun after "rather than" is no verb; a comma that opens a clause ends the list
    ("The city should impose fees rather than tariffs on trucks.", set()),
    ("The law should be kept, not scrapped, and expanded to all.", {"scrap"}),
    ("The ACA should be repealed.", set()),
])
def test_a_statement_names_the_verbs_it_rejects(statement, stems):
    assert statement_opposites(statement) == frozenset(stems)


def test_what_a_statement_rejects_is_not_its_sign():
    assert statement_sign(LEVY) == 1
    bags = Question("bags", "Instead of a fee, the city should ban plastic bags.")
    assert statement_sign(bags) == statement_sign(Question("b", "The city should ban plastic bags."))


@pytest.mark.parametrize("text,stance", [
    ("the minister insisted on a two-year delay of the sugar levy", "oppose"),
    ("she wants to postpone the sugar levy until 2020", "oppose"),
    ("the sugar levy must go ahead as planned", "support"),
    ("they would rather engage with the regime", "oppose"),
])
def test_a_rejected_verb_is_against_the_question(text, stance):
    question = ENGAGE if "regime" in text else LEVY
    assert compose(text, question).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("Let's defeat her in November", "oppose"),
    ("He is the best person to beat Porter", "oppose"),
    ("Porter should be disqualified from the race", "oppose"),
    ("I will vote for Porter", "support"),
    ("Porter said she would defeat her opponent in November", None),  # "her" is a possessive there
    ("Porter would be defeated by any rival, he predicted", None),  # a prediction with its agent
])
def test_defeating_a_candidate_is_against_her_winning(text, stance):
    assert compose(text, MAYOR).stance == stance


def test_the_country_us_is_neither_the_pronoun_nor_use():
    assert stem("use") == stem("used") == "use" != stem("us")
    assert [t.stem for t in tokens("let us use US weapons")] == ["let", "us", "use", "usa", "weapon"]


@pytest.mark.parametrize("text,refers", [
    ("Supporters said the amendment would protect the city.", True),
    ("The amendment was adopted in 1920.", True),
    ("The charter was adopted in 1920.", False),  # not the name's head noun
    ("Supporters said Amendment 4 would protect the city.", False),  # the name itself anchors as before
    ("The mayor spoke about the weather.", False),
    ("Critics say that charter schools drain money.", False),  # only the name's head noun refers back
])
def test_a_common_noun_of_a_name_refers_back(text, refers):
    assert refers_back(CHARTER, text) is refers


def test_a_person_name_is_never_referred_to_by_a_common_noun():
    assert not refers_back(MAYOR, "the porter carried the bags")
    price = Question("price", "Tom Price should be confirmed as health secretary.")
    assert not refers_back(price, "He said the price of drugs was too high.")


LEVY_WORDS = Question("levy2", "The city should adopt the sugar levy on soft drinks.")


@pytest.mark.parametrize("text,stance", [
    ("the mayor called the sugar levy unpatriotic", "oppose"),
    ("she said the sugar levy was unacceptable to her", "oppose"),
    ("their misguided plan for a sugar levy", "oppose"),
])
def test_an_evaluation_of_the_topic_counts(text, stance):
    assert compose(text, LEVY_WORDS).stance == stance


@pytest.mark.parametrize("dash", ["―", "--"])
def test_members_after_like_with_a_dashed_description_share_the_groups_view(read_text, dash):
    text = (f"Other prominent Republicans, like Amos Pettibone, Hiram Quist and Ezra Vollmer {dash} three former Ivo "
            f"Brandt administration officials {dash} have also said they are supporting Jane Porter in the mayoral "
            "election.")
    records = decide_stances(read_text(text), [MAYOR])
    held = {r.actor.name: r.stance for r in records if r.actor.kind == "person"}
    assert held.get("Hiram Quist") == "support" and held.get("Ezra Vollmer") == "support"
    assert "Ivo Brandt" not in held  # the name modifies "administration officials": they speak, not he


@pytest.mark.parametrize("speaker_phrase,held", [
    ("Anna Berg administration officials", False),  # the officials speak, not Anna Berg
    ("Anna Berg supporters", False),
    ("Anna Berg-era officials", False),
    ("Anna Berg", True),
])
def test_a_name_that_modifies_the_speaker_noun_is_not_the_speaker(build_reading, strikes, speaker_phrase, held):
    text = f"{speaker_phrase} said Ukraine should be allowed to strike Russian territory with Western weapons."
    reading = build_reading(text, attributions=[("Anna Berg", "said", "Ukraine should be allowed to strike Russian "
                                                 "territory with Western weapons")])
    reading.attributions[0].source = Span(0, len(speaker_phrase), speaker_phrase)
    records = decide_stances(reading, [strikes])
    assert bool([r for r in records if r.actor.id == "person:anna-berg"]) is held
