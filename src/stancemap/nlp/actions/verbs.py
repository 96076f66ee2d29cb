"""Which tokens are action verbs, and their objects and negation."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .lexicon import ActionLexicon

# Dependents that make a verb a modifier of a noun ("US-supplied weapons", "the rule banning X"):
# the deed is not asserted of any subject there.
_MODIFIER_DEPS = frozenset({"amod", "acl", "compound", "nmod", "npadvmod", "pobj", "dobj", "nsubj"})
_OBJECT_DEPS = ("dobj", "dative", "oprd", "attr")
_CLAUSE_DEPS = ("xcomp", "ccomp")
_SUFFIXES = ("ing", "ed", "es", "s", "d")


@dataclass(frozen=True)
class VerbMatch:
    """An action verb: its category, the lemma it matched, and its token range (with particles)."""

    token: Token
    category: str
    lemma: str
    start: int  # token index, inclusive
    end: int    # token index, exclusive
    particle: Token | None = None


def match_verb(tok: Token, lex: ActionLexicon) -> VerbMatch | None:
    """The action this token's verb reports, or None (not a verb, not in the lexicon, wrong frame)."""
    if not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")) or tok.dep_ in _MODIFIER_DEPS:
        return None
    start = tok.i
    lemmas = _lemma_candidates(tok, lex)
    hyphen = _hyphenated(tok, lex)
    if hyphen:
        lemmas, start = [hyphen[0]], hyphen[1]
    for lemma in lemmas:
        phrasal = _phrasal(tok, lemma, lex)
        if phrasal:
            category, particle = phrasal
            end = particle.i + 1 if particle.i == tok.i + 1 else tok.i + 1
            return VerbMatch(tok, category, lemma, start, end, particle)
    for lemma in lemmas:
        category = lex.verbs.get(lemma)
        if category is None:
            continue
        if lemma in lex.needs_complement and not any(c.dep_ in _CLAUSE_DEPS for c in tok.children):
            return None
        return VerbMatch(tok, category, lemma, start, tok.i + 1)
    return None


def _lemma_candidates(tok: Token, lex: ActionLexicon) -> list[str]:
    low = tok.lower_
    out = [lex.forms.get(low, ""), tok.lemma_.lower(), low]
    for suffix in _SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)])
    return [c for i, c in enumerate(out) if c and c not in out[:i]]


def _hyphenated(tok: Token, lex: ActionLexicon) -> tuple[str, int] | None:
    """("greenlight", start index) for "green-lit" split as green / - / lit."""
    if tok.i < 2 or tok.nbor(-1).text != "-":
        return None
    key = f"{tok.nbor(-2).lower_}-{tok.lower_}"
    lemma = lex.hyphenated.get(key)
    return (lemma, tok.i - 2) if lemma else None


def _phrasal(tok: Token, lemma: str, lex: ActionLexicon) -> tuple[str, Token] | None:
    if lemma not in lex.phrasal_verbs:
        return None
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "advmod") and (lemma, child.lower_) in lex.phrasal:
            return lex.phrasal[(lemma, child.lower_)], child
    return None


def is_passive(verb: Token) -> bool:
    """True for "restrictions were lifted (by Germany)"."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def object_tokens(match: VerbMatch, passive: bool) -> list[Token]:
    """The heads of the object phrase(s): direct objects, clausal complements, the phrasal pobj.

    With no object of its own, a verb coordinated with a later one shares its object
    ("approved and delivered tanks").
    """
    verb = match.token
    if passive:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    parts = [c for c in verb.children if c.dep_ in _OBJECT_DEPS or c.dep_ in _CLAUSE_DEPS]
    if match.particle is not None and match.particle.dep_ == "prep":
        parts += [c for c in match.particle.children if c.dep_ == "pobj"]
    if parts:
        return parts
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > verb.i and conj.pos_ == "VERB":
            shared = [c for c in conj.children if c.dep_ in _OBJECT_DEPS]
            if shared:
                return shared
    return []


def restriction_object(objects: list[Token], lex: ActionLexicon) -> bool:
    """True when an object (or a coordinated one) names a restriction ("their restrictions")."""
    for head in objects:
        for tok in (head, *head.conjuncts):
            if tok.lemma_.lower() in lex.restriction_nouns or tok.lower_ in lex.restriction_nouns:
                return True
    return False


def is_negated(verb: Token, lex: ActionLexicon, action_heads: frozenset[int] = frozenset()) -> bool:
    """True for "did not lift", "has never allowed", "no longer allows", "failed to ratify".

    A coordinated verb without its own subject and auxiliaries shares the first verb's negation
    ("did not lift or ease"); a complement of a negated or negating verb is negated too ("did not
    agree to send"), unless that verb is an action of its own.
    """
    if _own_negation(verb, lex):
        return True
    head = verb.head
    if verb.dep_ == "conj" and head is not verb:
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")]
        disjunction = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)
        return not own and disjunction and head.pos_ == "VERB" and is_negated(head, lex, action_heads)
    if verb.dep_ == "xcomp" and head is not verb and head.i not in action_heads:
        return head.lemma_.lower() in lex.negating_heads or _own_negation(head, lex)
    return False


def _own_negation(verb: Token, lex: ActionLexicon) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "preconj") and child.lower_ in lex.negation_words):
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True
    return False


def is_hypothetical(verb: Token, lex: ActionLexicon) -> bool:
    """True for "whether to allow", "if Germany lifts", "Germany should lift": not a reported deed."""
    for child in verb.children:
        if child.dep_ == "mark" and child.lower_ in lex.hypothetical_marks:
            return True
        if child.dep_ == "aux" and child.lower_ in lex.hypothetical_modals:
            return True
    return False


def independent_clause(tok: Token, lex: ActionLexicon) -> bool:
    """True for a clause with a doer of its own that is not a condition ("..., while France okayed X")."""
    if tok.dep_ not in ("advcl", "conj", "parataxis") or tok.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    for child in tok.children:
        if child.dep_ == "mark" and (child.lower_ in lex.condition_marks or child.lower_ == "as"):
            return False
    return True
