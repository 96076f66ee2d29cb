"""Publication-date inference from article text."""
from __future__ import annotations

from datetime import date

import pytest

from stancemap.nlp.dates.infer import infer_published


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON, June 3 (Reuters) - The US said.\nCopyright 2024 Reuters", (date(2024, 6, 3), "dateline")),
    ("June 3, 2024 - Officials said the talks failed.", (date(2024, 6, 3), "dateline")),
    ("KYIV, May 27, 2024 (AP) — Ukraine said.", (date(2024, 5, 27), "dateline")),
    ("Ceasefire talks stall\nUpdated: Mon 3 June 2024 10:00 BST\nThe talks...", (date(2024, 6, 3), "text")),
    ("Posted 2024-06-03 by the desk\nThe talks...", (date(2024, 6, 3), "text")),
    ("The talks stalled.\n\nCopyright 2024, Example News. All rights reserved.", (date(2024, 1, 1), "copyright-year")),
    ("The talks stalled. (c) 2019-2023 Example News", (date(2023, 1, 1), "copyright-year")),
])
def test_dates_infer_published_finds_date(text, expected):
    assert infer_published(text) == expected


@pytest.mark.parametrize("text", ["", "No date here at all.", "WASHINGTON, June 3 (Reuters) - no year anywhere",
                                  "LONDON, February 30, 2024 - impossible day", None, "x" * 100000])
def test_dates_infer_published_gives_none(text):
    assert infer_published(text) == (None, None)
