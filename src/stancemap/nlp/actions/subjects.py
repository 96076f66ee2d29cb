"""Who did it: the subject of an action verb, its coordinated parts, and their actor mentions."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ...model import ActorMention, Span
from ..syntax import nearest_conjunct

_RELATIVE = frozenset({"which", "who", "that", "whom"})
_COORD_DEPS = frozenset({"conj", "appos"})
_CLAUSE_MODIFIERS = frozenset({"relcl", "acl", "advcl", "ccomp"})


@dataclass(frozen=True)
class Doer:
    """One actor of an action: the subject span and the linked actor id (None when unlinked)."""

    span: Span
    actor_id: str | None


def subject_head(verb: Token, passive: bool, control: frozenset[str] = frozenset(), depth: int = 0) -> Token | None:
    """The head token of the verb's doer: its nominal subject, the passive agent, or one inherited
    from the verb it is coordinated with ("lifted X and sent Y"), controlled by ("decided to ease";
    "urged Germany to send" with an object-control verb) or adverbial to ("lifted X to allow Y").

    Clausal subjects are never doers; adverbial clauses inherit only a subject their head has itself.
    """
    if depth > 6:
        return None
    if passive:
        return _agent(verb)
    own = _own_subject(verb)
    if own is not None or verb.head is verb:
        return own
    head = verb.head
    if verb.dep_ == "conj":
        return subject_head(head, _passive_head(head), control, depth + 1)
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects and head.lemma_.lower() in control:
            return objects[0]
        return subject_head(head, _passive_head(head), control, depth + 1)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN"):
        if _ranked_attribute(head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Gray was the only councillor to vote against it": the copula's subject votes
            subject = _own_subject(head.head)
            if subject is not None and subject.i < head.head.i:
                return subject
        return head
    if verb.dep_ in ("advcl", "pcomp"):
        anchor = head.head if verb.dep_ == "pcomp" else head
        return _agent(anchor) if _passive_head(anchor) else _own_subject(anchor)
    return None


#: the ranks that make "X was the <rank> senator to vote against it" a statement of X's own deed
_RANKS = frozenset({"only", "first", "last", "lone", "sole", "second", "third"})


def _ranked_attribute(noun: Token) -> bool:
    """True for "the only / first senator" as the attribute of a plain, asserted "be": not negated ("was never
    the kind of senator to"), not modal ("could be the first country to"), not supposed ("if X is the only")."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_ != "be" or not any(c.lower_ in _RANKS for c in noun.children
                                                               if c.dep_ == "amod"):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in
                                                                                   ("if", "unless", "whether"))
                   for c in copula.children)


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                # "Poland, which ratified ..." -> Poland; "Trump and Cruz, who has ..." -> Cruz
                return nearest_conjunct(verb.head, child.i)
            return child
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _passive_head(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def coordinated(head: Token) -> list[Token]:
    """The head and the tokens coordinated or in apposition with it, in text order.

    Comma-separated proper names the parser attached loosely (``npadvmod``) count too:
    "Finland, Poland, and Canada".
    """
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        if tok in out:
            continue
        out.append(tok)
        for child in tok.children:
            if child.dep_ in _COORD_DEPS or (child.dep_ == "npadvmod" and child.pos_ == "PROPN"
                                             and tok.pos_ == "PROPN" and _comma_before(child)):
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _comma_before(tok: Token) -> bool:
    return tok.i > 0 and tok.nbor(-1).text == ","


def own_tokens(tok: Token, group: list[Token]) -> list[Token]:
    """The token's phrase without the other coordinated parts and without clauses modifying it."""
    others = {t.i for t in group if t is not tok}
    keep: list[Token] = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        keep.append(cur)
        for child in cur.children:
            if child.i in others or child.dep_ in _CLAUSE_MODIFIERS or child.dep_ in ("cc", "punct"):
                continue
            stack.append(child)
    return sorted(keep, key=lambda t: t.i)


def doers(head: Token, mentions: list[ActorMention], representative: frozenset[str] = frozenset(),
          government: frozenset[str] = frozenset()) -> list[Doer]:
    """One Doer per coordinated part of the subject, linked to actor mentions where they overlap.

    A part without a mention is dropped when another part has one (in "NATO members Finland,
    Poland and Canada" the actors are the three countries, not the members).  A mention inside the
    phrase but not over its head counts only under a ``representative`` head ("Germany's
    government"), never under others ("Ukraine's partners" are not Ukraine); under a ``government``
    head a country stands for its government (``country:DEU`` -> ``gov:DEU``).
    """
    group = coordinated(head)
    found: list[tuple[Token, list[Token], ActorMention | None]] = []
    for tok in group:
        tokens = own_tokens(tok, group)
        found.append((tok, tokens, _mention_for(tok, tokens, mentions, representative)))
    linked = [f for f in found if f[2] is not None]
    out: list[Doer] = []
    seen: set[str] = set()
    for tok, tokens, mention in (linked or found):
        if mention is None:
            out.append(Doer(_span(tokens), None))
            continue
        covers_head = mention.span.start <= tok.idx < mention.span.end
        actor_id = mention.actor_id
        if not covers_head and tok.lemma_.lower() in government and actor_id.startswith("country:"):
            actor_id = "gov:" + actor_id.split(":", 1)[1]
        if actor_id not in seen:
            seen.add(actor_id)
            out.append(Doer(mention.span if covers_head else _span(tokens), actor_id))
    return out


def _mention_for(tok: Token, tokens: list[Token], mentions: list[ActorMention],
                 representative: frozenset[str]) -> ActorMention | None:
    """The longest mention over the head token, else (representative heads only) the first inside."""
    start, end = tok.idx, tok.idx + len(tok.text)
    over = [m for m in mentions if m.span.start < end and m.span.end > start]
    if over:
        return max(over, key=lambda m: (m.span.end - m.span.start, m.score))
    if tok.lemma_.lower() not in representative and tok.lower_ not in representative:
        return None
    starts = {t.idx for t in tokens}
    hi = tokens[-1].idx + len(tokens[-1].text)
    inside = [m for m in mentions if m.span.start in starts and m.span.end <= hi]
    return min(inside, key=lambda m: m.span.start) if inside else None


def _span(tokens: list[Token]) -> Span:
    doc = tokens[0].doc
    first, last = tokens[0], tokens[-1]
    while first.is_punct and first.i < last.i:
        first = doc[first.i + 1]
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    region = doc[first.i:last.i + 1]
    return Span(region.start_char, region.end_char, region.text)
