"""Actors made from descriptions: groups ("Ukrainian lawmakers") and anonymous sources ("a senior US official")."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .kb import KnowledgeBase, load_lexicon, slugify

_PLACE_PREPS = {"from", "of", "in"}


@dataclass
class Described:
    """A group or anonymous-source actor found in the text."""

    actor_id: str
    name: str
    kind: str  # "group" or "person"
    country: str | None
    anonymous: bool
    start: int  # token span
    end: int


def _country_near(kb: KnowledgeBase, noun: Token) -> tuple[str | None, int]:
    """Country named by a modifier ("Ukrainian", "US") or a "from/of/in X" phrase; and the last token index."""
    end = noun.i
    for child in noun.lefts:
        if child.dep_ == "poss":  # "Ukraine's allies" are not Ukrainian
            continue
        iso = kb.country_of_word(child.text) or _country_of_compound(kb, child)
        if iso:
            return iso, end
    heads = [noun]
    if noun.head.lower_ == "of" and noun.head.head.lower_ in {"group", "delegation", "number", "team"}:
        heads.append(noun.head.head)
    for head in heads:
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        text = " ".join(t.text for t in obj.subtree if t.dep_ != "det")
                        iso = kb.country_of_word(text) or kb.capitals.get(_norm(text))
                        if iso:
                            return iso, max(t.i for t in obj.subtree)
    return None, end


def _country_of_compound(kb: KnowledgeBase, tok: Token) -> str | None:
    if tok.ent_type_ in {"GPE", "NORP"}:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None:
            return kb.country_of_word(ent.text)
    return None


def _norm(text: str) -> str:
    from .kb import normalise

    return normalise(text)


def _adjectives(noun: Token) -> list[str]:
    lex = load_lexicon()
    return [c.lower_ for c in noun.lefts if c.lower_ in lex["source_adjectives"]]


def _has_name(kb: KnowledgeBase, noun: Token) -> bool:
    """True when a person name is attached ("official John Smith", "an official, John Smith")."""
    return any(t.ent_type_ == "PERSON" and _norm(t.text) not in kb.capitals and not kb.country_of_word(t.text)
               for t in noun.subtree if t.i != noun.i)


def _span_start(noun: Token) -> int:
    start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ != "poss"])
    head = noun.head.head if noun.head.lower_ == "of" else None
    if head is not None and head.lower_ in {"group", "delegation", "number", "team"}:
        start = min([head.i] + [c.i for c in head.lefts])
    return start


def find_described(kb: KnowledgeBase, doc: Doc) -> list[Described]:
    """Groups and anonymous sources in the doc, one per noun."""
    lex = load_lexicon()
    anon_plural = {n + "s" for n in lex["anonymous_nouns"]}
    groups = set(lex["group_nouns"])
    modified = set(lex["modified_group_nouns"])
    out: list[Described] = []
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "NOUN" or tok.ent_type_ == "PERSON":
            continue
        if low in modified:
            found = _modified_group(kb, tok)
            if found is not None:
                out.append(found)
            continue
        plural = tok.tag_ == "NNS"
        if plural and (low in groups or low in anon_plural):
            anonymous = low not in groups
        elif not plural and low in lex["anonymous_nouns"] and any(
                c.dep_ == "det" and c.lower_ in {"a", "an", "one", "another"} for c in tok.lefts):
            anonymous = True
        else:
            continue
        if _has_name(kb, tok):  # after the cheap tests: it walks the noun's subtree
            continue
        iso, end = _country_near(kb, tok)
        adjs = _adjectives(tok)
        if not anonymous and not iso and not adjs:
            continue  # "lawmakers" alone is nobody in particular
        if anonymous and not iso and not adjs:
            continue  # "officials said" with no description: left to attribution
        parts = [*adjs, low] + ([iso.lower()] if iso else [])
        prefix = "anon" if anonymous else "group"
        start = _span_start(tok)
        name = " ".join(doc[start:end + 1].text.split())
        out.append(Described(f"{prefix}:{slugify('-'.join(parts))}", name,
                             "person" if anonymous else "group", iso, anonymous, start, end + 1))
    return out


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_MODIFIER_DEPS = {"compound", "amod"}


def _modifier_words(noun: Token) -> list[Token]:
    """The compound/adjective words before a noun, with their own modifiers ("civil rights" groups)."""
    words: list[Token] = []
    for child in noun.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            words.extend(t for t in child.subtree if t.dep_ in _MODIFIER_DEPS and t.is_alpha)
    return sorted(words, key=lambda t: t.i)


def _modified_group(kb: KnowledgeBase, noun: Token) -> Described | None:
    """A group from a modified plural subject ("Jewish groups said" -> group:jewish-groups)."""
    if noun.tag_ != "NNS" or noun.dep_ not in _SUBJECT_DEPS or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    if _has_name(kb, noun):
        return None
    words = _modifier_words(noun)
    if not words or any(t.ent_type_ in {"ORG", "PERSON"} for t in words):
        return None
    iso, end = _country_near(kb, noun)
    parts = [t.lower_ for t in words if kb.country_of_word(t.text) != iso or iso is None] + [noun.lower_]
    parts += [iso.lower()] if iso else []
    start = min(t.i for t in words)
    return Described(f"group:{slugify('-'.join(parts))}", noun.doc[start:end + 1].text, "group", iso, False,
                     start, end + 1)
