"""The quote scanner: every typography gives well-formed regions."""
from __future__ import annotations

import pytest

from stancemap.nlp.attribution.quotes import find_quotes, quote_mask


def _texts(text):
    return [text[r.start:r.end] for r in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ('He said "we will go" and left.', ['"we will go"']),
    ("He said “we will go” and left.", ["“we will go”"]),
    ("Er sagte: „Wir gehen“ und ging.", ["„Wir gehen“"]),
    ("Il a dit «nous partons» hier.", ["«nous partons»"]),
    ("Er sagte »Wir gehen« heute.", ["»Wir gehen«"]),
    ("Il a dit ‹non› hier.", ["‹non›"]),
    ("Han sa ”vi går” i går.", ["”vi går”"]),
    ("Mixed “curly and straight\" marks.", ["“curly and straight\""]),
])
def test_quotes_typography(text, expected):
    assert _texts(text) == expected


def test_quotes_nested_single_quotes_stay_inside():
    text = "She said “he told me ‘never again’ twice” today."
    assert _texts(text) == ["“he told me ‘never again’ twice”"]


def test_quotes_unclosed_runs_to_paragraph_end():
    regions = find_quotes("He said “this never ends\nNext paragraph.")
    assert [(r.closed, r.end) for r in regions] == [(False, 24)]


def test_quotes_multi_paragraph_continuation_flagged():
    text = "“First part,” he said. “Second part\n\n“Third part.”"
    regions = find_quotes(text)
    assert [r.continued for r in regions] == [False, False, True]
    assert text[regions[-1].start:regions[-1].end] == "“Third part.”"


@pytest.mark.parametrize("text", ["", '"', "”", "x ” y", "“", "\n\n\n", "'tis the 90's"])
def test_quotes_stray_marks_never_raise(text):
    regions = find_quotes(text)
    assert all(0 <= r.start < r.end <= len(text) for r in regions)
    assert len(quote_mask(text, regions)) == len(text)
