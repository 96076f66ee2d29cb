"""Required behaviours of the date normaliser, with the trained pipeline (article of Monday 2024-06-03)."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.model import Article

PUBLISHED = date(2024, 6, 3)  # a Monday

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp_dates():
    from stancemap.nlp.pipeline import cached_pipeline

    return cached_pipeline(stages=("dates",))


def read(nlp, text: str, published: date | None = PUBLISHED):
    from stancemap.nlp.pipeline import make_doc

    return nlp(make_doc(nlp, Article(text=text, published=published)))._.stancemap_dates


def only(nlp, text: str, expected_text: str, published: date | None = PUBLISHED):
    found = [d for d in read(nlp, text, published) if d.span.text == expected_text]
    assert found, f"{expected_text!r} not found in {[d.span.text for d in read(nlp, text, published)]}"
    return found[0]


@pytest.mark.parametrize("text, expr, value, granularity", [
    ("Officials met on May 27 to discuss the plan.", "May 27", "2024-05-27", "day"),
    ("Exports fell sharply last month.", "last month", "2024-05", "month"),
    ("The minister resigned last week.", "last week", "2024-W22", "week"),
    ("Negotiators are meeting this week in Geneva.", "this week", "2024-W23", "week"),
    ("Yesterday the parliament voted on the bill.", "Yesterday", "2024-06-02", "day"),
    ("The minister said on Friday that the talks had failed.", "Friday", "2024-05-31", "day"),
    ("The talks will resume next Friday.", "next Friday", "2024-06-07", "day"),
    ("The offensive began in 2022.", "2022", "2022", "year"),
    ("The embassy reopened in May 2022.", "May 2022", "2022-05", "month"),
    ("The first deliveries arrived in the first quarter.", "the first quarter", "2024-Q1", "quarter"),
    ("The treaty was signed two years ago.", "two years ago", "2022", "year"),
    ("The agreement was signed on 3 June 2024 in Vilnius.", "3 June 2024", "2024-06-03", "day"),
    ("Leaders will meet on Thursday.", "Thursday", "2024-06-06", "day"),
    ("The president spoke on Monday.", "Monday", "2024-06-03", "day"),
    ("The law was passed last year.", "last year", "2023", "year"),
    ("Elections are due next year.", "next year", "2025", "year"),
    ("The talks in the 1990s failed.", "the 1990s", "199", "year"),
])
def test_dates_normalise_required_values(nlp_dates, text, expr, value, granularity):
    found = only(nlp_dates, text, expr)
    assert (found.value, found.granularity) == (value, granularity)


def test_dates_normalise_early_june_keeps_modifier(nlp_dates):
    found = only(nlp_dates, "A decision is expected in early June.", "early June")
    assert (found.value, found.mod, found.granularity) == ("2024-06", "START", "month")
    assert found.interval == ("2024-06-01", "2024-06-10")


@pytest.mark.parametrize("text, expr", [
    ("Now the government must decide.", "Now"),
    ("The border is currently closed.", "currently"),
])
def test_dates_normalise_present_ref(nlp_dates, text, expr):
    assert only(nlp_dates, text, expr).value == "PRESENT_REF"


def test_dates_normalise_month_day_past_tense_crosses_year(nlp_dates):
    found = only(nlp_dates, "The ceasefire was agreed on December 20.", "December 20", date(2024, 1, 5))
    assert found.value == "2023-12-20" and found.anchored


def test_dates_normalise_month_day_future_tense_crosses_year(nlp_dates):
    found = only(nlp_dates, "The summit will open on January 10.", "January 10", date(2023, 12, 20))
    assert found.value == "2024-01-10"


def test_dates_normalise_weekday_future_from_plan(nlp_dates):
    found = only(nlp_dates, "The opposition planned a rally on Saturday.", "Saturday")
    assert found.value == "2024-06-08"


def test_dates_normalise_intervals_and_anchoring(nlp_dates):
    found = only(nlp_dates, "Sales rose last week.", "last week")
    assert found.interval == ("2024-05-27", "2024-06-02") and found.anchored
    absolute = only(nlp_dates, "It happened in May 2022.", "May 2022")
    assert absolute.interval == ("2022-05-01", "2022-05-31") and not absolute.anchored


@pytest.mark.parametrize("text, expr, value, type_", [
    ("The siege lasted three days.", "three days", "P3D", "DURATION"),
    ("Inspectors visit the site every week.", "every week", "P1W", "SET"),
    ("The vote opens at 3 p.m.", "3 p.m.", "2024-06-03T15:00", "TIME"),
    ("Thousands protested this morning.", "this morning", "2024-06-03TMO", "TIME"),
])
def test_dates_normalise_other_types(nlp_dates, text, expr, value, type_):
    found = only(nlp_dates, text, expr)
    assert (found.value, found.type) == (value, type_)


@pytest.mark.parametrize("text", [
    "The minister may resign.",           # modal verb, not the month
    "Protesters march through the city.",  # verb, not the month
    "He is a 6-year-old boy.",            # an age, not a duration
    "The company employs 2019 people.",   # a count, not a year
])
def test_dates_normalise_rejects_non_dates(nlp_dates, text):
    assert read(nlp_dates, text) == []


def test_dates_normalise_without_anchor_leaves_year_open(nlp_dates):
    found = only(nlp_dates, "Officials met on May 27.", "May 27", published=None)
    assert found.value == "XXXX-05-27" and not found.anchored
