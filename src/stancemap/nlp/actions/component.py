"""The ``stancemap_actions`` component: deeds that carry a position, from the dependency parse.

"NATO members Finland, Poland, and Canada last week lifted their restrictions" gives three
``lift`` records (FIN, POL, CAN); "Berlin refused to allow strikes" gives one ``refuse`` record whose
object keeps the embedded verb ("to allow strikes"); "did not lift" sets ``negated``.
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...model import ActorMention, ReportedAction, Span, TimeExpr
from ..extensions import register_extensions
from .conditions import conditions
from .lexicon import DEFAULT_PATH, ActionLexicon, load_lexicon
from .subjects import doers, subject_head
from .verbs import (VerbMatch, independent_clause, is_hypothetical, is_negated, is_passive, match_verb,
                    object_tokens, restriction_object)

log = logging.getLogger(__name__)

# An action verb embedded in another one's complement is part of that one's object
# ("refused to allow Y", "urged X to lift Y"), not a deed of its own.
_EMBEDDING_DEPS = frozenset({"xcomp", "ccomp"})


class ActionFinder:
    """spaCy component setting ``doc._.stancemap_actions: list[ReportedAction]``."""

    def __init__(self, nlp: Language, name: str, lexicon_path: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.lexicon: ActionLexicon = load_lexicon(lexicon_path or DEFAULT_PATH)

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            log.warning("%s needs a dependency parse; the pipeline has none, so no actions are read", self.name)
            doc._.stancemap_actions = []
            return doc
        doc._.stancemap_actions = find_actions(doc, self.lexicon)
        return doc


def find_actions(doc: Doc, lex: ActionLexicon) -> list[ReportedAction]:
    """Every reported action in a parsed Doc, in text order."""
    mentions: list[ActorMention] = list(doc._.stancemap_mentions or [])
    dates: list[TimeExpr] = list(doc._.stancemap_dates or [])
    out: list[ReportedAction] = []
    for sent in doc.sents:
        matches = {tok.i: m for tok in sent if (m := match_verb(tok, lex)) is not None}
        heads = frozenset(matches)
        for match in matches.values():
            if _embedded(match.token, heads):
                continue
            out.extend(_records(match, lex, mentions, dates, heads))
    return out


def _embedded(verb: Token, heads: frozenset[int]) -> bool:
    """True when the verb sits in the complement of another action verb."""
    tok = verb
    while tok.dep_ in _EMBEDDING_DEPS | {"conj"} and tok.head is not tok:
        if tok.dep_ in _EMBEDDING_DEPS and tok.head.i in heads:
            return True
        tok = tok.head
    return False


def _records(match: VerbMatch, lex: ActionLexicon, mentions: list[ActorMention], dates: list[TimeExpr],
             heads: frozenset[int]) -> list[ReportedAction]:
    verb = match.token
    if is_hypothetical(verb, lex):
        return []
    passive = is_passive(verb)
    objects = object_tokens(match, passive)
    if match.category in lex.needs_restriction and not restriction_object(objects, lex):
        return []
    subject = subject_head(verb, passive, lex.object_control)
    if subject is None:
        return []  # no doer in the text ("restrictions were lifted"): nothing a ledger can use
    doer_root = subject.head if subject.head.dep_ == "agent" else subject  # "by Germany" as a whole
    subject_ids = {t.i for t in doer_root.subtree} if verb.is_ancestor(doer_root) else set()
    doc = verb.doc
    sentence = verb.sent
    verb_span = doc[match.start:match.end]
    obj = _span_of(objects, lex)
    scope = _clause_scope(verb, subject_ids, lex)
    condition = conditions(verb, scope, lex)
    negated = is_negated(verb, lex, heads)
    date = _date_in(verb, sentence, dates, scope)
    return [
        ReportedAction(
            actor_id=d.actor_id, subject=d.span, verb=Span(verb_span.start_char, verb_span.end_char, verb_span.text),
            category=match.category, obj=obj, sentence=Span(sentence.start_char, sentence.end_char, sentence.text),
            condition=condition, negated=negated, date=date,
        )
        for d in doers(subject, mentions, lex.representative_heads, lex.government_heads)
    ]


def _clause_scope(verb: Token, subject_ids: set[int], lex: ActionLexicon) -> set[int]:
    """Token indices of the verb's clause: its subtree without the subject and other doers' clauses."""
    skip = set(subject_ids)
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            skip.update(t.i for t in child.subtree)
    return own_subtree(verb, lex) - skip


def own_subtree(tok: Token, lex: ActionLexicon) -> set[int]:
    """Indices of ``tok``'s subtree without clauses that have a doer of their own ("while France ...")."""
    out: set[int] = set()
    stack = [tok]
    while stack:
        cur = stack.pop()
        out.add(cur.i)
        stack.extend(c for c in cur.children if not independent_clause(c, lex))
    return out


def _span_of(tokens: list[Token], lex: ActionLexicon) -> Span | None:
    """The stretch from the first to the last token of the objects' own subtrees, without end punctuation."""
    if not tokens:
        return None
    doc = tokens[0].doc
    ids: set[int] = set()
    for tok in tokens:
        ids |= own_subtree(tok, lex)
    start, end = min(ids), max(ids)
    while end > start and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    region = doc[start:end + 1]
    return Span(region.start_char, region.end_char, region.text)


def _date_in(verb: Token, sentence, dates: list[TimeExpr], scope: set[int]) -> str | None:
    """The value of a date in the verb's clause, else of the first date in the sentence."""
    inside = [d for d in dates if sentence.start_char <= d.span.start and d.span.end <= sentence.end_char]
    if not inside:
        return None
    doc = verb.doc
    clause_chars = {doc[i].idx for i in scope}
    own = [d for d in inside if any(d.span.start <= c < d.span.end for c in clause_chars)]
    return (own or inside)[0].value
