"""Small dependency-tree helpers shared by the reading components."""
from __future__ import annotations

from spacy.tokens import Token


def nearest_conjunct(noun: Token, before: int) -> Token:
    """The conjunct of ``noun`` closest before token index ``before``.

    The parser hangs a relative clause on the head of a coordination: in "Trump and Cruz, who has opposed
    it" the clause is attached to "Trump", but it is about "Cruz", the noun right before it.
    """
    options = [t for t in (noun, *noun.conjuncts) if t.i < before]
    return max(options, key=lambda t: t.i) if options else noun
