"""v15's checks: undoing an enacted measure ("repeal the requirement", "the rules should be scrapped") is against it
when nothing after the reversal is reversed, and the question does not itself ask to undo or restrict."""
from __future__ import annotations

import pytest

from stancemap.ledger.polarity import compose
from stancemap.model import Question

# a question whose statement is a judgement of measures, with no action verb of its own
CURFEW = Question("curfew", "Night curfew rules imposed on the harbour district's bars (such as closing them at 10 pm or "
                            "requiring door staff to log every guest) are justified.")
# a question whose action is plain adoption
LEVY = Question("levy", "Brackley should adopt the proposed tourist levy on hotel stays.")


@pytest.mark.parametrize("text,stance", [
    ("The union urged the council to cancel the curfew requirements at once.", "oppose"),
    ("She called on the assembly to repeal the statutory requirement for bars to log guests.", "oppose"),
    ("The ombudsman said the requirements for door staff should be completely removed from the bylaw.", "oppose"),
    ("The upper chamber wiped out all of these provisions.", "oppose"),
    ("The committee recommended that the council adopt bills proposing to postpone the curfew rule.", "oppose"),
])
def test_undoing_the_measure_is_against_it(text, stance):
    assert compose(text, CURFEW).stance == stance


@pytest.mark.parametrize("text,stance", [
    ("Councillor Hale urged the town to scrap the levy.", "oppose"),
    ("The levy should be abolished, the chamber of commerce said.", "oppose"),
    ("The mayor vowed to adopt the levy.", "support"),
])
def test_undoing_an_adopted_policy(text, stance):
    assert compose(text, LEVY).stance == stance


def test_a_reversal_of_a_restriction_is_still_for_what_it_restricts():
    strikes = Question("strikes", "Ukraine may use Western weapons to strike targets on Russian territory.")
    assert compose("Finland lifted its restrictions on strikes on Russian territory.", strikes).stance == "support"
    assert compose("urged Washington to end the ban on strikes on Russian territory", strikes).stance == "support"


@pytest.mark.parametrize("question,text", [
    # the question itself undoes, restricts or reduces: the reversal is (near) its action
    (Question("repeal", "Congress should repeal the Affordable Care Act."), "Senators vowed to scrap the law."),
    (Question("cut", "The county should cut the hotel tax."), "The mayor wants to abolish the tax."),
])
def test_left_alone_where_the_question_undoes(question, text):
    assert compose(text, question).stance == "support"


@pytest.mark.parametrize("text", [
    "The union urged the council to cancel the meeting.",
    "Organisers postponed the harbour festival.",
    "The fines were removed from the harbour budget.",   # what is removed is no measure; "from" opens none
])
def test_a_reversal_of_something_that_is_no_measure_is_not_against_it(text):
    assert all(o.category != "opposite" for o in compose(text, CURFEW).operators)


@pytest.mark.parametrize("text,stance", [
    ("The bar owners' spokesman said the council's move was an abuse of power.", "oppose"),
    ("She said the curfew was a politically motivated witch hunt.", "oppose"),
    # two verdict words are one verdict, not a double negative
    ("He said it was preposterous for the council to impose an unwarranted curfew on the bars.", "oppose"),
    ("It is not an abuse of power to close the bars at 10 pm, the mayor said.", "support"),
])
def test_verdicts_on_a_measure(text, stance):
    assert compose(text, CURFEW).stance == stance


def test_a_passive_undoing_reported_as_done_asks_for_nothing():
    # "the levies were postponed in the deal" reports what happened; "should be postponed" asks for it
    said = compose("As the spokesman explained, three levies were postponed in the budget deal.", LEVY)
    assert all(o.category != "opposite" for o in said.operators)
    assert compose("The levy must be postponed, the hoteliers said.", LEVY).stance == "oppose"


OFFER = Question("offer", "The ministry's proposed school funding offer to the districts is adequate and should be "
                          "accepted as proposed.")


@pytest.mark.parametrize("text,stance", [
    ("“We are not satisfied with this offer at all,” the district's finance officer said.", "oppose"),
    ("The trustees said they were happy with the offer.", "support"),
    ("Parents are disappointed with the ministry's funding offer.", "oppose"),
])
def test_satisfaction_with_the_offer(text, stance):
    assert compose(text, OFFER).stance == stance


def test_a_pull_quote_over_its_paragraph_is_no_double_negative():
    text = "'Not happy'\n\"We are not happy with the funding offer,\" the treasurer said."
    assert compose(text, OFFER).stance == "oppose"


@pytest.mark.parametrize("text,stance", [
    # "no" negates its noun; the verdict is in another clause
    ("There has been no consultation at all and we were handed the offer, which is insulting.", "oppose"),
    ("No one supports the funding offer.", "oppose"),
    ("We have no reason to reject the offer.", "support"),
])
def test_a_determiner_no_negates_its_own_clause(text, stance):
    assert compose(text, OFFER).stance == stance


def test_a_pull_quote_joined_to_its_quote_is_no_double_negative():
    text = "'Not happy' \"We are not happy with the funding offer,\" the treasurer said."
    assert compose(text, OFFER).stance == "oppose"


@pytest.mark.parametrize("text", [
    "This proposed levy will leave hotel guests holding the bag.",
    "The planned levy was discussed on Monday.",
])
def test_a_participle_after_a_determiner_is_an_adjective_not_an_endorsement(text):
    assert compose(text, LEVY).stance != "support"


def test_a_participle_verb_still_endorses():
    assert compose("The council proposed a tourist levy on hotel stays.", LEVY).stance == "support"


# review of v15 (a helper's cases, invented sentences)
@pytest.mark.parametrize("text,stance", [
    ("Hale said she would not\nsupport the levy.", "oppose"),      # a hard-wrapped line splits no sentence
    ("Hale said she does not\noppose the levy.", "support"),
    ("Hale won't back the hoteliers' \"scrap the levy\" campaign.", "support"),   # a plural possessive
])
def test_review_pieces(text, stance):
    assert compose(text, LEVY).stance == stance


@pytest.mark.parametrize("question,text", [
    (Question("groc", "The state should eliminate the sales tax on groceries."),
     "Governor Pell urged lawmakers to abolish the grocery tax."),
    (Question("groc", "The state should eliminate the sales tax on groceries."), "Pell said the grocery tax should be abolished."),
    (Question("park", "The city should get rid of the parking levy."), "Pell urged the council to abolish the parking levy."),
    (Question("park", "The city should do away with the parking levy."), "Pell urged the council to abolish the parking levy."),
    (Question("abortion", "Abortion should be legal in Texas."), "Pell urged the court to strike down the six-week abortion law."),
    (Question("masks", "Masks should be optional in Brackley schools."), "Hale urged the district to lift the mask requirement."),
    (Question("stadium", "The city should build the Northgate stadium."), "Pell wants to end the delays on the Northgate stadium."),
    (Question("orlov", "Parliament should impeach President Orlov."), "Pell urged parliament to remove President Orlov."),
    (LEVY, "Hale urged the council to abolish the exemptions in the levy."),
    (LEVY, "The exemptions from the levy should be abolished, Hale said."),
    (LEVY, "Hale reversed her earlier decision and now backs the levy."),
    (LEVY, "Hale urged the council to reverse course and move ahead with the levy."),
])
def test_review_undoing_what_is_not_the_question_s_measure(question, text):
    assert compose(text, question).stance == "support"


@pytest.mark.parametrize("text", [
    "Hale dropped his objections to the levy.",
    "The levy would ease budget pressure, Hale said.",
    "Hale said the levy would lift funding for museums.",
    "Hale said the levy would remove the uncertainty around the budget.",
    "Hale postponed a decision on the levy.",
    "Hale said the levy should be removed from the budget debate and voted on separately.",
    "The uncertainty over the levy should be removed, Hale said.",
])
def test_review_reversals_of_other_things_are_not_against_the_levy(text):
    assert compose(text, LEVY).stance != "oppose"


@pytest.mark.parametrize("text,stance", [
    ("It would be irresponsible to call the levy unconstitutional, Hale said.", "support"),
    ("Hale said criticism of the levy was unwarranted.", "support"),
    ("The attacks on the levy are politically motivated, Hale said.", "support"),
    ("No hotel owner who spoke at the hearing opposes the levy.", "support"),
    ("No councillors and residents oppose the levy.", "support"),
    ("No, and we will never back the levy.", "oppose"),
    ("Hale said the council cancelled the levy.", "oppose"),
])
def test_review_verdicts_and_negations(text, stance):
    assert compose(text, LEVY).stance == stance


def test_an_amount_keyword_does_not_make_every_sum_relevant():
    from stancemap.ledger import relevance

    arms = Question("arms", "The United States should sell weapons to Saudi Arabia.", keywords=["$110 billion", "arms deal"])
    budget = "The House approved the governor's $9.5 billion transportation budget."
    assert relevance.relevance_matrix([budget], [arms], use_semantic=False)[0, 0] == 0.0
    deal = "The $110 billion arms deal was announced in Riyadh."
    assert relevance.relevance_matrix([deal], [arms], use_semantic=False)[0, 0] > relevance.THRESHOLD


def test_a_participle_after_a_relative_that_is_a_verb():
    assert compose("Hale is the councillor that proposed the levy.", LEVY).stance == "support"


# second review of v15 (a helper's cases, invented sentences)
@pytest.mark.parametrize("text,stance", [
    ("Opposition leader Vera Hale said the levy is unconstitutional.", "oppose"),
    ("Hale voiced concerns that the levy is unjust.", "oppose"),
    ("The backlash shows the levy is misguided, Hale said.", "oppose"),
    ("The levy is unjustified, and the court ruled it unconstitutional.", "oppose"),
    ("Hale said the levy is an abuse of power that is unjust.", "oppose"),
    ("Hale won't back the NGOS' \"scrap the levy\" campaign.", "support"),
    ("Hale said fears about the levy were simply unjustified.", "support"),
])
def test_second_review_verdicts(text, stance):
    assert compose(text, LEVY).stance == stance


CURFEW_REQ = Question("curfew2", "Night curfew requirements on harbour bars are justified.")


@pytest.mark.parametrize("question,text", [
    (Question("bay", "The government should act to protect Kessel Bay from development."),
     "Hale urged the government to scrap the Kessel Bay development plan."),
    (Question("vorel", "The court should order the release of Anton Vorel."),
     "Hale urged the court to revoke the detention order against Anton Vorel."),
    (CURFEW_REQ, "Hale urged the council to shelve the bill to end the curfew."),
    (CURFEW_REQ, "Hale urged the council to scrap the amendment weakening the curfew requirements."),
    (CURFEW_REQ, "Hale urged the court to overturn the ruling against the curfew requirements."),
    (Question("exempt", "Harbour bars should be exempt from the night curfew requirements."),
     "Hale urged the council to scrap the curfew requirements."),
])
def test_second_review_undoing_another_measure(question, text):
    assert compose(text, question).stance == "support"
