"""US state chambers (``nlp/actors/states.py``) on stories written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

import stancemap.nlp.registry  # noqa: F401
from stancemap.nlp.actors.states import home_state, state_named


def linked(nlp, text):
    doc = nlp.make_doc(text)
    doc._.stancemap_published = date(2024, 3, 1)
    doc = nlp(doc)
    return {(m.span.text, m.actor_id) for m in doc._.stancemap_mentions}


def test_state_forms():
    assert state_named("S.C.").name == "South Carolina"
    assert state_named("W.Va.").name == "West Virginia"
    assert state_named("Ohio").slug == "ohio"
    assert state_named("SC") is None  # postal codes are not read: "IN", "OR" and "ME" are words
    assert state_named("Springfield") is None


@pytest.mark.model
def test_abbreviated_state_and_bare_chambers_in_a_state_story(nlp):
    found = linked(nlp, (
        "Fuel levy advances\n\nCOLUMBIA, S.C. -- The S.C. House voted 80-30 on Tuesday to raise the fuel levy. "
        "The Senate is expected to take up the bill next week, state lawmakers said. "
        "The House had rejected a similar plan last year."))
    assert ("S.C. House", "org:south-carolina-house") in found
    assert ("House", "org:south-carolina-house") in found
    assert ("Senate", "org:south-carolina-senate") in found


@pytest.mark.model
def test_home_state_from_its_lawmakers_and_governor(nlp):
    found = linked(nlp, (
        "Budget stalls\n\nOhio lawmakers left the capital without a budget on Friday. The House passed its "
        "version in May, but the Senate stripped most of it out. Ohio Gov. Dana Whitlock said the Legislature "
        "must act before July."))
    assert ("House", "org:ohio-house") in found
    assert ("Senate", "org:ohio-senate") in found
    assert ("Legislature", "org:ohio-legislature") in found


@pytest.mark.model
def test_a_story_about_congress_keeps_the_federal_chambers(nlp):
    found = linked(nlp, (
        "WASHINGTON -- The House voted on Thursday to tax the bonuses. The Senate will take up the measure, "
        "and Congress could finish it by Friday, Rep. Lena Ortiz of Ohio said."))
    assert ("House", "org:us-house") in found
    assert ("Senate", "org:us-senate") in found


@pytest.mark.model
def test_no_home_state_when_two_states_tie(nlp):
    found = linked(nlp, (
        "Two capitals, one levy\n\nLegislators in Oregon and Nevada weighed the same levy this week. "
        "The Senate approved it on Monday."))
    assert not any(aid.startswith(("org:oregon", "org:nevada")) for _, aid in found)


@pytest.mark.model
def test_a_newspaper_named_after_a_state_is_no_mention_of_it(nlp):
    doc = nlp.make_doc(
        "The New York Times, the New York Post and the New York Daily News all covered the levy. "
        "The Senate backs it, the Legislature will vote on Monday, and Iowa lawmakers expect it to pass.")
    doc._.stancemap_published = date(2024, 3, 1)
    doc = nlp(doc)
    assert home_state(doc).home == state_named("Iowa")


@pytest.mark.model
def test_the_legislature_stays_the_states_beside_a_member_of_congress(nlp):
    found = linked(nlp, (
        "Governor turns down aid\n\nCOLUMBIA, S.C. -- South Carolina Gov. Ray Holt refused the money on Friday, "
        "though Rep. Ann Roe, D-S.C., urged him to take it. The Legislature has already planned to spend it, "
        "and the Senate voted again on Thursday."))
    assert ("Legislature", "org:south-carolina-legislature") in found
    assert ("Senate", "org:south-carolina-senate") not in found  # Congress is spoken of: "the Senate" stays


@pytest.mark.model
def test_a_governor_alone_makes_no_home_state(nlp):
    found = linked(nlp, (
        "Refugee orders\n\nThe former Arkansas governor proposed a pause, and Arkansas Gov. Lee Park agreed. "
        "The Senate will debate the refugee bill next week."))
    assert not any(aid.startswith("org:arkansas") for _, aid in found)


@pytest.mark.model
@pytest.mark.parametrize("text,unwanted", [
    # another country's chamber, in a story that names a US state once
    ("ABUJA, Nigeria -- The Senate on Tuesday approved a loan for a rail line to be built by a Texas company. "
     "Nigerian state lawmakers said the Senate acted in haste, and Nigeria's president must sign it.", "org:texas"),
    ("Mexico's Senate voted to end the accord on Monday. Officials in New Mexico and the New Mexico Legislature "
     "said trade would suffer.", "org:new-mexico-senate"),
    # a federal story: a member named as such, a Senate race, a state delegation
    ("U.S. Sen. Lee Bracken of Ohio said the Senate should pass a federal ban. Ohio lawmakers agreed with him, "
     "and the Ohio Legislature passed a resolution.", "org:ohio-senate"),
    ("Ohio lawmakers watched the Ohio Senate race closely. The Ohio Legislature did not meet. Ohio voters "
     "will choose in May.", "org:ohio-senate"),
    # "Washington lawmakers" are mostly Congress
    ("Washington lawmakers are moving to ban the app. The House voted 352-65 on Wednesday, and state "
     "lawmakers in many places may follow.", "org:washington"),
    # the United Nations' General Assembly, in New York
    ("UNITED NATIONS -- The General Assembly voted on the resolution on Friday. New York police closed streets "
     "around the building, and New York lawmakers watched. The Assembly will meet again.", "org:new-york"),
    # "Del." the delegate's title, "Kansas City" the city
    ("RICHMOND -- Del. Ann Roe, Del. Ben Lutz and Del. Cara Moss said the House of Delegates would vote "
     "on the bill. The General Assembly meets in January.", "org:delaware"),
    ("JEFFERSON CITY -- A Kansas City stadium plan went before the Legislature. Kansas City officials and "
     "Kansas City fans urged the House to approve it.", "org:kansas"),
])
def test_no_state_chamber_where_the_story_is_not_about_that_state(nlp, text, unwanted):
    found = linked(nlp, text)
    assert not any(aid.startswith(unwanted) for _, aid in found), found
