"""Typewriter quote conventions made readable to the parser, without moving any character offset.

Some news archives (LDC corpora, older wire feeds, PolNeAR's New York Times texts) mark quotations with
doubled apostrophes and backticks: ``''Not now,'' she said.`` spaCy's English pipelines and the quote
finder (:mod:`stancemap.nlp.attribution.quotes`) read a doubled apostrophe as two apostrophes, so the
quote is not seen and the sentence splitter cuts after the opening mark.  :func:`parse_text` turns each
doubled mark into a straight double quote plus a space, keeping the text's length, so every offset the
pipeline reports still points into the article text unchanged.
"""
from __future__ import annotations

import re

_DOUBLED = re.compile(r"''|``")
_OPEN_BEFORE = frozenset("([{—–-/")


def _opens(text: str, start: int, end: int) -> bool:
    """A doubled mark opens a quote when a word follows it and none runs into it."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after.isspace() or after in ".,;:!?)":
        return False
    return before.isspace() or before in _OPEN_BEFORE or before in "\"'"


def parse_text(text: str) -> str:
    """``text`` with every ``''`` / ````` ` ` ````` quote mark as ``"`` plus a space (same length).

    An opening mark becomes `` "`` (the space goes before it) and a closing one ``" `` (the space goes
    after it), so neither mark touches a word the wrong way round.  A text without doubled marks is
    returned as it is.
    """
    if "''" not in text and "``" not in text:
        return text

    def swap(m: re.Match[str]) -> str:
        if m.group() == "``" or _opens(text, m.start(), m.end()):
            return ' "'
        return '" '

    return _DOUBLED.sub(swap, text)


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` grown by one character where it cuts a doubled quote mark in half, so a sentence
    read from :func:`parse_text` shows the article's whole mark."""
    if start > 0 and text[start - 1:start + 1] in ("''", "``"):
        start -= 1
    if end < len(text) and text[end - 1:end + 1] == "''":
        end += 1
    return start, end
