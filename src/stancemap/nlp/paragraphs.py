"""Sentence boundaries at paragraph breaks, set before the parser runs.

News text puts the headline, the dateline and each paragraph on lines of their own; spaCy's parser, trained
on running text, often joins a headline to the first sentence, so evidence would quote both.  A token that
follows a blank line (a whitespace token holding two or more newlines) starts a sentence; the parser keeps
preset boundaries and decides the rest.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphSplitter:
    """Mark the first token after a blank line as a sentence start."""

    def __init__(self, nlp: Language, name: str, min_newlines: int = 2):
        self.name = name
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or token.text.count("\n") >= self.min_newlines
                continue
            if after_break:
                token.is_sent_start = True
            elif token.i > 0 and token.nbor(-1).whitespace_.count("\n") >= self.min_newlines:
                token.is_sent_start = True
            after_break = token.whitespace_.count("\n") >= self.min_newlines
        return doc
