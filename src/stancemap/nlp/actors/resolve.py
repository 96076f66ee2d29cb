"""Resolve an arbitrary speaker span to an actor id (for the attribution stage).

A linked mention inside the span wins; a pronoun goes to the most recent compatible actor before
it (subjects first); a nominal ("the minister", "the alliance") to the most recent actor whose role
or kind fits; an epithet ("the Wisconsin Republican") to the latest person its modifiers describe
(:mod:`stancemap.nlp.actors.epithets`).  Nothing is guessed across more than ``WINDOW_SENTENCES``
sentences (an epithet's own window for an epithet).
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...model import Actor, ActorMention
from ..sentindex import sentence_index
from .epithets import is_epithet, resolve_epithet
from .kb import load_lexicon
from .persons import first_name_gender, honorific_gender, word_gender

WINDOW_SENTENCES = 4
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"}
_COLLECTIVE_KINDS = {"country", "government", "organisation", "group"}


def resolve_span(doc: Doc, start_char: int, end_char: int,
                 quoted: tuple[tuple[int, int], ...] = ()) -> str | None:
    """Actor id for the speaker span ``doc.text[start_char:end_char]``, or None when unsure.

    ``quoted``: character ranges of the text's quotations.  A pronoun or nominal speaker is not an actor named
    only inside them: in "'... the voters who backed Senator Ferrante,' he said" the "he" is not Ferrante (v21
    reading).  Indirect speech is not among them: a reporter's paraphrase may name its own speaker ("Lindqvist
    would have voted for the levy anyway, he says").  Checked by hand against the nearest-name rule: on the PolNeAR
    test split it set 10 pronoun speakers right and 6 wrong ones to None, and set none wrong; on the dev split
    it set 10 right and 3 wrong ("While X had ..., which worries Y. '...,' he said" now goes to the
    subject X; preferring main-clause subjects lost as many as it fixed).  Known to fail: a person named
    only in a quote who then speaks ("'Please welcome Governor X,' he said. 'Good to be home,' he said": the
    second "he" is the host), as in transcripts; only closed quotations with no opening mark inside count,
    since a mark left open may run over narration (:func:`stancemap.nlp.attribution.quotes.quoted_ranges`).
    """
    mentions: list[ActorMention] = list(doc._.stancemap_mentions or [])
    actors: dict[str, Actor] = dict(doc._.stancemap_actors or {})
    inside = [m for m in mentions if m.span.start >= start_char and m.span.start < end_char]
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is not None and len(span) and is_epithet(span):  # "the Wisconsin Republican", "the GOP candidate"
        found = resolve_epithet(doc, span, mentions, actors)
        if found:
            return found
    if inside:
        return _head_mention(doc, inside, start_char, end_char).actor_id
    if span is None:
        return None
    words = [t.lower_ for t in span if t.lower_ not in _DETERMINERS and not t.is_punct]
    if not words:
        return None
    before = [m for m in _window(doc, mentions, span.start)
              if not any(a <= m.span.start and m.span.end <= b for a, b in quoted)]
    lex = load_lexicon()
    if len(words) == 1 and words[0] in lex["pronouns"]["person"]:
        latest = _latest(before, actors, lambda a: a.kind == "person", doc)
        gender = word_gender(words[0])
        if latest is None or _gender_fits(actors[latest], gender, doc, mentions):
            return latest
        # "she" is not the man named last: the latest person known to be a woman, else nobody (v19 reading)
        return _latest(before, actors, lambda a: a.kind == "person" and person_gender(a, doc, mentions) == gender,
                       doc)
    if len(words) == 1 and words[0] in lex["pronouns"]["collective"]:
        return _latest(before, actors, lambda a: a.kind in _COLLECTIVE_KINDS, doc)
    return _nominal(words, before, actors, lex, doc)


#: countries whose people's first names the US Census list describes: elsewhere "Andrea", "Nicola" or "Li" (a
#: surname written first) may be a man's
_CENSUS_COUNTRIES = frozenset({"USA", "GBR", "CAN", "AUS", "NZL", "IRL"})


def person_gender(actor: Actor, doc: Doc, mentions: list[ActorMention]) -> str | None:
    """A person's gender from a courtesy title before one of their mentions ("Mrs. Morrow"), else from a first
    name one sex bears in the US Census list ("Carly Fiorina") when the person's country, if known, is one whose
    names that list describes; else None.  (The he/she that follows a mention is no evidence: it is as often
    another person's, and trusting it lost right speakers on the development sets.)"""
    for m in mentions:
        if m.actor_id == actor.id:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            gender = honorific_gender(span) if span is not None and len(span) else None
            if gender:
                return gender
    if actor.country is not None and actor.country not in _CENSUS_COUNTRIES:
        return None
    return first_name_gender(actor.name)


def _gender_fits(actor: Actor, gender: str | None, doc: Doc, mentions: list[ActorMention]) -> bool:
    """True unless both the pronoun's and the person's genders are known and differ.  When they differ, the
    pronoun goes only to a person known to fit: one whose gender is not known may be as wrong as the first."""
    if gender is None:
        return True
    known = person_gender(actor, doc, mentions)
    return known is None or known == gender


def _head_mention(doc: Doc, inside: list[ActorMention], start: int, end: int) -> ActorMention:
    """The mention holding the syntactic head of the span ("NATO chief Rutte" -> Rutte)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        root = span.root
        for m in inside:
            if m.span.start <= root.idx < m.span.end:
                return m
    persons = [m for m in inside if m.actor_id.startswith(("person:", "anon:"))]
    return (persons or inside)[-1]


def _window(doc: Doc, mentions: list[ActorMention], token_i: int) -> list[ActorMention]:
    """Mentions before token ``token_i`` within the last few sentences, most recent first."""
    sents = sentence_index(doc)
    floor = sents.starts[max(0, sents.of_token(token_i) - WINDOW_SENTENCES + 1)]
    limit = doc[token_i].idx
    found = [m for m in mentions if floor <= m.span.start and m.span.end <= limit]
    return sorted(found, key=lambda m: m.span.start, reverse=True)


def _latest(before: list[ActorMention], actors: dict[str, Actor], fits, doc: Doc) -> str | None:
    """Most recent fitting actor; a subject mention in the nearest such sentence beats a non-subject."""
    fitting = [m for m in before if m.actor_id in actors and fits(actors[m.actor_id])]
    if not fitting:
        return None
    sent = doc.char_span(fitting[0].span.start, fitting[0].span.end, alignment_mode="expand")
    if sent is not None:
        same = [m for m in fitting if sent.sent.start_char <= m.span.start < sent.sent.end_char]
        for m in same:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
                return m.actor_id
    return fitting[0].actor_id


def _nominal(words: list[str], before: list[ActorMention], actors: dict[str, Actor], lex: dict,
             doc: Doc) -> str | None:
    """"the minister" / "the secretary-general" / "the government" -> the latest fitting actor."""
    text = " ".join(words)
    head = words[-1]
    titles = lex["nominal_to_titles"].get(text) or lex["nominal_to_titles"].get(head)
    if titles:
        return _latest(before, actors, lambda a: a.kind == "person" and _holds(a, titles, head), doc)
    kinds = lex["institution_nominals"].get(head)
    if kinds:
        return _latest(before, actors, lambda a: a.kind in kinds, doc)
    if head in {"official", "source", "diplomat", "spokesperson", "spokesman", "spokeswoman"}:
        return _latest(before, actors, lambda a: a.kind == "person", doc)
    return None


def _holds(actor: Actor, titles: set[str], head: str) -> bool:
    return any(r.title in titles or head in r.title.lower() for r in actor.roles)
