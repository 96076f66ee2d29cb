"""Speaker continuity: a "he" or "she" who speaks is most often the person who spoke just before.

News reports one speaker over several sentences: a paraphrase ("Mayor Ines Calder said on Tuesday that Governor
Paul Brandt had promised the city more buses"), then "He said ..." or a quote ending in '..., she said'. The
actor layer resolves a pronoun to the latest person of its gender, preferring a subject: in the example, a
"He" after it would go to Brandt, who is only what the mayor talked about. This pass gives a he/she speaker to
the speaker of the latest attribution within ``MAX_SENTENCES`` sentences before it, when that speaker's gender
does not contradict the pronoun.

The actor layer's choice stands when that person is named in the pronoun's own sentence or the sentence
before, other than as a possessor ("Governor Brandt's office") and outside the content of an attribution whose
speaker is known: "Reporters later asked Mayor Hale about the gap. He said ..." is Hale, whoever spoke before.

Measured on the hand-labelled PolNeAR pronouns (evaluation/gold/PRONOUN_SPEAKERS.md); see the README.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Attribution
from ..sentindex import sentence_index

#: how many sentences back the previous speaker may be
MAX_SENTENCES = 3
#: a mention of the actor layer's choice this many sentences back (outside reported content) keeps that choice
NAMED_SENTENCES = 1
_PRONOUNS = frozenset({"he", "she"})


def _gender_tools():
    try:
        from ..actors.resolve import person_gender
        from ..actors.persons import word_gender
    except ImportError:  # the actor layer is not installed: nothing to carry over
        return None
    return person_gender, word_gender


def _named_nearby(doc, sents, actor_id: str, at: int, records: list[Attribution]) -> bool:
    """True when the latest mention of ``actor_id`` before ``at`` is in ``at``'s sentence or the one before, and
    not inside what a known speaker said (there it is that speaker's topic, not the next speaker; a question put
    by unnamed reporters, "Reporters asked Mayor Hale about it", names the next speaker)."""
    before = [m for m in doc._.stancemap_mentions or [] if m.actor_id == actor_id and m.span.end <= at]
    if not before:
        return False
    latest = max(before, key=lambda m: m.span.start)
    span = doc.char_span(latest.span.start, latest.span.end, alignment_mode="expand")
    if span is not None and len(span) and span.root.dep_ == "poss":
        return False  # "Governor Brandt's office did not respond. He said ...": a possessor is not the next speaker
    if sents.of(at) - sents.of(latest.span.start) > NAMED_SENTENCES:
        return False
    return not any(c.start <= latest.span.start < c.end for rec in records if rec.actor_id for c in rec.contents)


def carry_speakers(doc, records: list[Attribution]) -> list[Attribution]:
    """Records whose he/she speaker is set to the previous speaker where that reading is the better one (see
    the module doc); records are taken in text order, so a run of "he said" keeps one speaker."""
    tools = _gender_tools()
    if tools is None or not records:
        return records
    person_gender, word_gender = tools
    actors = doc._.stancemap_actors or {}
    mentions = list(doc._.stancemap_mentions or [])
    sents = sentence_index(doc)
    out = list(records)
    order = sorted(range(len(out)), key=lambda i: out[i].cue.start)
    for pos, k in enumerate(order):
        rec = out[k]
        if rec.source is None or rec.source.text.lower() not in _PRONOUNS:
            continue
        if rec.actor_id is not None and _named_nearby(doc, sents, rec.actor_id, rec.source.start, out):
            continue
        gender = word_gender(rec.source.text.lower())
        here = sents.of(rec.source.start)
        for j in reversed(order[:pos]):
            prev = out[j]
            if prev.cue.start >= rec.source.start or here - sents.of(prev.cue.start) > MAX_SENTENCES:
                continue
            actor = actors.get(prev.actor_id) if prev.actor_id else None
            if actor is None or actor.kind != "person":
                continue
            known = person_gender(actor, doc, mentions)
            if known is not None and gender is not None and known != gender:
                continue
            if prev.actor_id != rec.actor_id:
                out[k] = replace(rec, actor_id=prev.actor_id)
            break
    return out
