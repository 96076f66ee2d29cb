"""Limits on a deed, kept as text: "with certain limitations", "only to defend the border region",
"only against military targets", "on condition that ...", "unless ...", "except ..."."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ActionLexicon


def conditions(verb: Token, scope: set[int], lex: ActionLexicon) -> str | None:
    """The condition phrases found among the tokens ``scope`` (indices of the verb's clause),
    joined by "; " in text order, or None."""
    spans: list[tuple[int, int]] = []
    doc = verb.doc
    for i in sorted(scope):
        found = _condition_at(doc[i], verb, lex)
        if found and found[0] in scope:
            spans.append(found)
    kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    texts = []
    for start, end in sorted(set(kept)):
        text = doc[start:end].text.strip(" ,;")
        if text and text not in texts:
            texts.append(text)
    return "; ".join(texts) or None


def _condition_at(tok: Token, verb: Token, lex: ActionLexicon) -> tuple[int, int] | None:
    """(start, end) token indices of a condition phrase that ``tok`` opens, or None."""
    low = tok.lower_
    if low in lex.only_words and tok.dep_ == "advmod":
        return _only_phrase(tok, verb)
    if tok.dep_ == "prep" and low in lex.condition_preps and _has_condition_noun(tok, lex):
        return _subtree(tok)
    if low == "subject" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return _subtree(tok)
    if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        if low in lex.condition_marks:
            return _subtree(tok.head)
        if low == "as" and tok.i > 1 and tok.nbor(-1).lower_ == "long" and tok.nbor(-2).lower_ in ("as", "so"):
            return tok.i - 2, _subtree(tok.head)[1]  # "as long as ...", "so long as ..."
    if low in lex.except_words and tok.dep_ in ("prep", "mark", "cc", "advmod"):
        start, end = _subtree(tok)
        if end - start == 1 and tok.dep_ != "prep":  # "except" as a marker: take what it introduces
            return start, _subtree(tok.head)[1]
        return start, end
    return None


def _only_phrase(tok: Token, verb: Token) -> tuple[int, int] | None:
    head = tok.head
    if head is verb:
        # "allowed it only for defence": the phrase right after "only"
        after = [c for c in verb.children if c.i > tok.i]
        return (tok.i, _subtree(after[0])[1]) if after else None
    start, end = _subtree(head)
    return (tok.i, end) if tok.i >= start else None


def _has_condition_noun(prep: Token, lex: ActionLexicon) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lex.condition_nouns for c in prep.children)


def _subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1
