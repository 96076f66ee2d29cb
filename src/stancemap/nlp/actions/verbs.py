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
    if embedded_question(tok):
        return None  # "asked whether Berlin would deliver the jets": asked about, not done (v17)
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
        if lemma in lex.needs_complement and not any(_requested(c) for c in tok.children):
            return None
        return VerbMatch(tok, category, lemma, start, tok.i + 1)
    return None


#: words that open an embedded question: "asked how he would", "asked whether they would", "asked which jets"
#: (not "why", "when", "where": "questioned why Germany had delivered the jets" takes the deed as done)
_QUESTION_WORDS = frozenset({"how", "what", "which", "who", "whom", "whose", "whether", "if"})
_QUESTION_DEPS = ("ccomp", "xcomp", "csubj")


#: verbs whose clausal complement may be a question ("asked whether", "wondered how", "inquired which")
_ASKING_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "question", "query"})


def embedded_question(verb: Token) -> bool:
    """True when ``verb`` heads a question asked by a verb of asking: a clausal complement whose first word asks
    ("asked how Berlin would deliver the jets", "asked Berlin which jets it would deliver", "asked whether
    Berlin had trained the pilots"), or a verb joined to such a clause ("... and delivered the jets") or
    governed by it ("asked how Berlin plans to deliver").  Its deed is asked about, not reported; "explained
    how Berlin delivered the jets" still reports one.  v17."""
    node, steps = verb, 0
    while steps < 4:
        if _asked_clause(node):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head == node:
            return False
        node, steps = node.head, steps + 1
    return False


def _asked_clause(verb: Token) -> bool:
    """True when ``verb`` heads the complement of a verb of asking and the clause opens with a question word."""
    first = verb.left_edge
    if verb.dep_ not in _QUESTION_DEPS or first.i >= verb.i or first.lower_ not in _QUESTION_WORDS \
            or verb.head.lemma_.lower() not in _ASKING_VERBS:
        return False
    if first.lower_ == "if":
        return first.head == verb and first.dep_ == "mark"  # not the "if" of a condition before the clause
    node = first
    while node.head != verb and node.head != node:
        if node.dep_ in ("advcl", "relcl"):
            return False  # the wh-word belongs to another clause
        node = node.head
    return node.head == verb and node.dep_ not in ("advcl", "relcl")


def _requested(child: Token) -> bool:
    """True when ``child`` is a clause that asks for a deed ("asked them to lift", "pressed for X to be"),
    not an embedded question ("asked how he would handle it", "asked whether they would lift it").  v17."""
    return child.dep_ in _CLAUSE_DEPS and not _asked_clause(child)


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
