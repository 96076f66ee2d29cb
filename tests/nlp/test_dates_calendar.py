"""Calendar helpers and the normaliser on a blank pipeline (no tagger, no parser)."""
from __future__ import annotations

from datetime import date

import pytest
import spacy

from stancemap.errors import ConfigError
from stancemap.nlp import registry  # noqa: F401  (registers the factory)
from stancemap.nlp.dates.calendar import interval, shift, value_at
from stancemap.nlp.dates.extract import find_dates
from stancemap.nlp.dates.tense import text_direction


@pytest.mark.parametrize("value, mod, expected", [
    ("2024-06-03", None, ("2024-06-03", "2024-06-03")),
    ("2024-W23", None, ("2024-06-03", "2024-06-09")),
    ("2024-W23-WE", None, ("2024-06-08", "2024-06-09")),
    ("2024-06", None, ("2024-06-01", "2024-06-30")),
    ("2024-Q2", None, ("2024-04-01", "2024-06-30")),
    ("2024", None, ("2024-01-01", "2024-12-31")),
    ("199", None, ("1990-01-01", "1999-12-31")),
    ("2024-06", "END", ("2024-06-21", "2024-06-30")),
    ("PRESENT_REF", None, None),
    ("P3D", None, None),
    ("2023-02-30", None, None),
])
def test_dates_calendar_interval(value, mod, expected):
    assert interval(value, mod) == expected


def test_dates_calendar_shift_clamps_month_end():
    assert shift(date(2024, 3, 31), "month", -1) == date(2024, 2, 29)
    assert value_at(shift(date(2024, 1, 2), "week", -1), "week") == "2023-W52"
    assert value_at(date(2024, 12, 30), "week") == "2025-W01"


def test_dates_calendar_text_direction():
    assert text_direction("the talks will resume") == 1
    assert text_direction("the talks resumed") == -1
    assert text_direction("the talks") == 0


def test_dates_component_on_blank_pipeline_uses_cue_words():
    nlp = spacy.blank("en")
    nlp.add_pipe("stancemap_dates")
    doc = nlp.make_doc("The talks will resume on Friday. The minister resigned on Friday.")
    doc._.stancemap_published = date(2024, 6, 3)
    values = [d.value for d in nlp(doc)._.stancemap_dates]
    assert values == ["2024-06-07", "2024-05-31"]


def test_dates_component_rejects_unknown_rules():
    nlp = spacy.blank("en")
    with pytest.raises(ConfigError):
        nlp.add_pipe("stancemap_dates", config={"rules": "stancemap.DateRules.v99"})


def test_dates_find_dates_accepts_datetime_anchor_and_no_overlaps():
    from datetime import datetime

    found = find_dates("On Friday, June 7, 2024 and early last year", datetime(2024, 6, 3, 12, 0))
    assert [(d.span.text, d.value) for d in found] == [("Friday, June 7, 2024", "2024-06-07"),
                                                        ("early last year", "2023")]
    assert found[1].mod == "START"
