"""The tense direction of the clause around a date: past (-1), present or unknown (0), future (+1).

With a parsed Doc the governing verb decides ("said Friday" -> past, "will meet Friday" -> future,
"plans to meet Friday" -> future); without a parse a few cue words in a window of text decide.
"""
from __future__ import annotations

import bisect
import re

_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "'d"}
_FUTURE_LEMMAS = {"plan", "expect", "schedule", "intend", "aim", "hope", "prepare", "set", "due", "propose"}
_FUTURE_RE = re.compile(r"\b(?:will|shall|won't|going to|scheduled|is due|are due|plans? to|expected to)\b|'ll\b", re.I)
_PAST_RE = re.compile(r"\b(?:said|was|were|had|did|told|\w{3,}ed)\b", re.I)


def text_direction(window: str) -> int:
    """Direction from cue words alone (for a Doc without tags)."""
    if _FUTURE_RE.search(window):
        return 1
    return -1 if _PAST_RE.search(window) else 0


def _sentence_window(text: str, start: int, end: int, reach: int = 120) -> str:
    """The text around ``start:end`` up to the nearest sentence ends (at most ``reach`` characters)."""
    left = text[max(0, start - reach):start]
    cut = max(left.rfind(". "), left.rfind("! "), left.rfind("? "), left.rfind("\n"))
    right = text[end:end + reach]
    stops = [i for i in (right.find(". "), right.find("! "), right.find("? "), right.find("\n")) if i >= 0]
    return left[cut + 1:] + text[start:end] + (right[:min(stops)] if stops else right)


def _governing_verb(token):
    for _ in range(8):
        if token.tag_.startswith("VB") or token.tag_ == "MD":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_direction(verb, depth: int = 0) -> int:
    """Direction of one verb token from its tag and auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or (verb.tag_ == "MD" and verb.lower_ in _FUTURE_AUX):
        return 1
    if verb.lemma_ in _FUTURE_LEMMAS and verb.tag_ != "VBN":
        return 1  # "planned a rally Saturday", "scheduled a news conference Thursday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and not words and verb.dep_ in ("acl", "relcl", "advcl", "amod"):
        return -1  # "the decision, announced Wednesday", "the injunction issued Thursday"
    if verb.tag_ == "VBN" and words & {"has", "have", "'ve"}:
        return -1
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "'re"}:
        return 1  # "is meeting Friday": a scheduled event
    if verb.tag_ == "VB" and "to" in words and verb.head.i != verb.i and depth < 3:
        head = verb.head
        if head.lemma_ in _FUTURE_LEMMAS:
            return 1
        outer = verb_direction(head, depth + 1)
        return 1 if outer >= 0 else -1
    return 0


def clause_direction(doc, start: int, end: int, parsed: bool | None = None, sentences: list | None = None,
                     text: str | None = None) -> int:
    """Tense direction of the clause holding the characters ``start:end`` of ``doc``.

    ``parsed`` says whether the Doc has a dependency parse (checked when None; pass it when calling
    many times, as the check walks the whole Doc), ``sentences`` the Doc's sentence Spans and
    ``text`` its text (idem: ``Doc.text`` joins every token).
    """
    text = doc.text if text is None else text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    if parsed is None:
        parsed = doc.has_annotation("DEP")
    if not parsed:
        return text_direction(_sentence_window(text, start, end))
    after = text[end:end + 2]
    if after in ("'s", "’s"):
        return 0  # "Wednesday's ruling": the nearest one, whatever the clause's tense
    verb = _governing_verb(span.root)
    if verb is not None:
        direction = verb_direction(verb)
        if direction:
            return direction
    if sentences:
        sent = sentences[max(0, bisect.bisect_right([s.start_char for s in sentences], start) - 1)]
    else:
        sent = span.sent
    if any(t.tag_ == "VBD" for t in sent):
        return -1
    if any(t.lower_ in _FUTURE_AUX and t.tag_ == "MD" for t in sent):
        return 1
    return 0
