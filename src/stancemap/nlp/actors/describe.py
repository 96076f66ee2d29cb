"""Read the description around a person name: title, country and organisation.

"NATO Secretary-General Mark Rutte" -> (Secretary-General, org:NATO);
"Defense Minister Anna Berg of the Netherlands" -> (Defence Minister, NLD);
"Anna Berg, the Dutch defence minister," -> (Defence Minister, NLD).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .kb import KnowledgeBase, load_lexicon

_LEFT_WINDOW = 7


@dataclass
class Description:
    """What the words around a name say about its holder."""

    title: str | None = None
    country: str | None = None
    organisation: str | None = None
    start: int | None = None  # token index where the description begins (for the mention span)


def _title_at_end(words: list[str]) -> tuple[str | None, int]:
    """The longest title variant ending the word list, and how many words it takes."""
    lex = load_lexicon()
    for n in range(min(lex["max_title_words"], len(words)), 0, -1):
        title = lex["variant_to_title"].get(" ".join(words[-n:]))
        if title:
            return title, n
    return None, 0


def _qualifiers(kb: KnowledgeBase, tokens: list[Token], desc: Description) -> None:
    """Country or organisation named by the words before a title ("French", "NATO", "U.S.")."""
    i = len(tokens)
    while i > 0:
        for j in range(0, i):
            text = "".join(t.text_with_ws for t in tokens[j:i]).strip()
            iso = kb.country_of_word(text)
            orgs = kb.lookup(text, ("organisation",)) if not iso else []
            if iso or orgs:
                desc.country = desc.country or iso
                desc.organisation = desc.organisation or (orgs[0] if orgs else None)
                desc.start = tokens[j].i
                i = j
                break
        else:
            return


def left_description(kb: KnowledgeBase, span: Span) -> Description:
    """Title and qualifiers written just before a name in the same sentence."""
    doc, sent_start = span.doc, span.sent.start
    window: list[Token] = []
    for tok in reversed(doc[max(sent_start, span.start - _LEFT_WINDOW):span.start]):
        if (tok.is_punct and tok.text not in {".", "-"} or tok.dep_ == "det" or tok.pos_ in {"VERB", "AUX"}
                or tok.pos_ == "ADP" and tok.lower_ != "of"):
            break
        window.insert(0, tok)
    title, before, title_tokens = _split_title(window)
    desc = Description()
    if title:
        desc.title = title
        desc.start = title_tokens[0].i
        _qualifiers(kb, before, desc)
    return desc


def right_description(kb: KnowledgeBase, span: Span, desc: Description) -> None:
    """Fill country/organisation from "X of the Netherlands" or an apposition ", the Dutch minister"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        obj = _proper_phrase(doc, span.end + 1)
        if obj is not None:
            iso = kb.country_of_word(obj.text)
            orgs = kb.lookup(obj.text, ("organisation",))
            desc.country = desc.country or iso
            desc.organisation = desc.organisation or (orgs[0] if orgs else None)
    for tok in span.root.children:
        if tok.dep_ == "appos" and tok.i >= span.end:
            words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det"]
            title, before, _ = _split_title(words)
            if title and not desc.title:
                desc.title = title
                _qualifiers(kb, before, desc)
            break


def _proper_phrase(doc, i: int) -> Span | None:
    """The proper-noun phrase starting at token i (skipping "the")."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    return doc[i:j] if j > i else None


def _words(tokens: list[Token]) -> list[tuple[str, list[Token]]]:
    """Lower-case words with their tokens, hyphenated parts joined ("secretary-general")."""
    out: list[tuple[str, list[Token]]] = []
    for tok in tokens:
        if out and (tok.text == "-" or out[-1][0].endswith("-")):
            out[-1] = (out[-1][0] + tok.lower_, out[-1][1] + [tok])
        else:
            out.append((tok.lower_, [tok]))
    return out


def _split_title(tokens: list[Token]) -> tuple[str | None, list[Token], list[Token]]:
    """(title, tokens before it, title tokens) for a title ending the token list."""
    words = _words(tokens)
    title, n = _title_at_end([w for w, _ in words])
    if not title:
        return None, tokens, []
    before = [t for _, toks in words[:len(words) - n] for t in toks]
    return title, before, [t for _, toks in words[len(words) - n:] for t in toks]
