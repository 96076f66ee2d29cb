"""Epithets: a person referred to by party, state or office ("the Wisconsin Republican", "the Democratic
nominee", "the Vermont senator", "the GOP candidate").

News names a person once, then by such a description. An epithet speaker goes to the most recent person
before it, within :data:`WINDOW_SENTENCES`, for whom every capitalised modifier of the epithet is written
near one of their earlier mentions: "Sen. Ron Johnson (R-Wis.)" is a Wisconsin Republican, "Republican
nominee Donald Trump" a Republican, "Paul Ryan of Wisconsin" from Wisconsin. A party is also written as
"GOP", "R-Ohio" or "(D)"; a US state by its AP abbreviation. An office noun (senator, governor, mayor) must
also be the person's role or be written near them. An epithet with no capitalised modifier ("the nominee")
is left to the title nominals of :mod:`stancemap.nlp.actors.resolve`; where no person fits, nothing is guessed.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...model import Actor, ActorMention
from ..sentindex import sentence_index
from .kb import load_lexicon
from .states import state_forms, state_named

#: how many sentences back an epithet may look (its modifiers keep the search narrow)
WINDOW_SENTENCES = 10
#: tokens before and after a mention whose words describe the person ("Republican nominee X", "X (R-Wis.)")
_BEFORE, _AFTER = 6, 8
#: nouns that name a person by party
PARTY_HEADS = frozenset({"republican", "democrat", "independent", "libertarian"})
#: nouns that name a person by what they do, without an office to check
FREE_HEADS = frozenset({"nominee", "candidate", "front-runner", "frontrunner", "hopeful", "contender",
                        "challenger", "incumbent", "billionaire", "mogul", "tycoon", "businessman",
                        "businesswoman", "politician", "populist", "veteran", "newcomer", "leader"})
#: office nouns whose holder must be shown (a role, or the office written near a mention)
OFFICE_HEADS = frozenset({"senator", "governor", "mayor", "congressman", "congresswoman", "lawmaker",
                          "legislator", "representative", "president", "minister", "chancellor", "premier",
                          "secretary", "speaker"})
HEADS = PARTY_HEADS | FREE_HEADS | OFFICE_HEADS
#: how a party is written near a member's name
_PARTY = {
    "republican": r"\bRepublicans?\b|\bGOP\b|\bR-[A-Z]|\(R\)",
    "democrat": r"\bDemocrat(?:ic|s)?\b|\bD-[A-Z]|\(D\)",
    "independent": r"\bIndependent\b|\bI-[A-Z]|\(I\)",
    "libertarian": r"\bLibertarian\b",
}
_PARTY_WORDS = {"republican": "republican", "gop": "republican", "democrat": "democrat", "democratic": "democrat",
                "independent": "independent", "libertarian": "libertarian"}
_WORD_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PUNCT", "ADV"})
_MAX_TOKENS = 7


def is_epithet(span: Span) -> bool:
    """True for a short, singular description whose head is a person noun ("the Texas senator")."""
    root = span.root
    return (len(span) <= _MAX_TOKENS and root.lower_ in HEADS and root.tag_ not in ("NNS", "NNPS")
            and all(t.pos_ in _WORD_POS for t in span) and not any(t.lower_ in ("'s", "’s") for t in span))


def constraints(span: Span) -> list[re.Pattern]:
    """What the epithet says of its person, as patterns their mentions' surroundings must show."""
    root = span.root
    words = [t for t in span if t.i < root.i and t.text[:1].isupper() and not t.is_punct and t.pos_ != "DET"]
    out: list[re.Pattern] = []
    if root.lower_ in PARTY_HEADS:
        out.append(re.compile(_PARTY[root.lower_]))
    k = 0
    while k < len(words):
        for n in (3, 2, 1):  # "New Hampshire", "South Carolina" before "New"
            run = words[k:k + n]
            if len(run) == n and all(run[j].i == run[0].i + j for j in range(n)):
                text = " ".join(t.text for t in run)
                state = state_named(text)
                if state is not None or n == 1:
                    break
        if state is not None:
            forms = "|".join(re.escape(f) for f in state_forms(state))
            out.append(re.compile(rf"(?<![A-Za-z])(?:{forms})(?![A-Za-z])"))
        elif run[0].lower_ in _PARTY_WORDS:
            out.append(re.compile(_PARTY[_PARTY_WORDS[run[0].lower_]]))
        else:
            out.append(re.compile(rf"(?<![A-Za-z]){re.escape(run[0].text)}(?![A-Za-z])"))
        k += len(run)
    return out


def resolve_epithet(doc: Doc, span: Span, mentions: list[ActorMention], actors: dict[str, Actor]) -> str | None:
    """The most recent person before ``span`` whom every constraint of the epithet fits, else None."""
    if not is_epithet(span):
        return None
    needs = constraints(span)
    if not needs:
        return None
    office = _office_pattern(span.root.lower_) if span.root.lower_ in OFFICE_HEADS else None
    sents = sentence_index(doc)
    floor = sents.starts[max(0, sents.of_token(span.start) - WINDOW_SENTENCES + 1)]
    before = [m for m in mentions if m.span.end <= span.start_char]
    seen: set[str] = set()
    for m in sorted((m for m in before if m.span.start >= floor), key=lambda m: m.span.start, reverse=True):
        actor = actors.get(m.actor_id)
        if m.actor_id in seen or actor is None or actor.kind != "person" or actor.anonymous \
                or actor.source != "kb" and len(actor.name.split()) < 2:  # a one-word text "person" ("Latinos")
            continue
        seen.add(m.actor_id)
        near = " ".join(_surroundings(doc, x) for x in before if x.actor_id == m.actor_id)
        if all(p.search(near) for p in needs) and (office is None or office.search(near)
                                                   or _holds(actor, span.root.lower_)):
            return m.actor_id
    return None


def _surroundings(doc: Doc, mention: ActorMention) -> str:
    """The text a few tokens around a mention, inside its sentence."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return ""
    sent = span.sent
    lo = max(sent.start, span.start - _BEFORE)
    hi = min(sent.end, span.end + _AFTER)
    return doc[lo:hi].text


def _office_pattern(head: str) -> re.Pattern:
    lex = load_lexicon()
    variants = {head}
    for title in lex["nominal_to_titles"].get(head, ()):
        variants |= set(lex["titles"][title]["variants"])
    alts = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alts})(?![A-Za-z])", re.IGNORECASE)


def _holds(actor: Actor, head: str) -> bool:
    titles = load_lexicon()["nominal_to_titles"].get(head, set())
    return any(r.title in titles or head in r.title.lower() for r in actor.roles)
