"""Outlet and publication date guessed from the text when no metadata gives them."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.ingest.common import outlet_from_text
from stancemap.ingest.text import article_from_text


@pytest.mark.parametrize("text,outlet", [
    ("(Daily Planet) — The council met.\n\nMore text.", "Daily Planet"),
    ("The council met.\n\n© 2023 The Courier. All rights reserved.", "The Courier"),
    ("The council met.\n\nCopyright 2021, Harbour Gazette", "Harbour Gazette"),
    ("LONDON (Reuters) - The council met.", None),  # a wire credit names the agency, not the outlet
    ("Copyright law was debated in 2023 by the council.", None),
])
def test_common_outlet_from_text(text, outlet):
    assert outlet_from_text(text) == outlet


def test_common_copyright_year_refined_to_latest_reported_day():
    text = ("Ministers met on March 3 and again on April 12 to discuss the plan.\n\n"
            "A vote is expected later.\n\nCopyright 2023, Harbour Gazette")
    art = article_from_text(text, "x.txt")
    assert art.published == date(2023, 4, 12)
    assert art.published_source == "latest-date-in-text"
    assert art.outlet == "Harbour Gazette"


def test_common_copyright_year_alone_keeps_year_source():
    art = article_from_text("Ministers met to discuss the plan.\n\nCopyright 2022 Harbour Gazette", "x.txt")
    assert art.published == date(2022, 1, 1)
    assert art.published_source == "copyright-year"
