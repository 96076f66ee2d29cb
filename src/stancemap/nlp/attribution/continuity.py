"""Speaker continuity: a "he" or "she" who speaks is most often the person who spoke just before.

News reports one speaker over several sentences: a paraphrase ("Josh Earnest said the president has long
called for ..."), then "He said ..." or a quote ending in '..., he said'. The actor layer resolves a pronoun
to the latest person of its gender, preferring a subject ("President Barack Obama" in the example). That is
the wrong person here. This pass gives the pronoun speaker to the speaker of the latest attribution within
``MAX_SENTENCES`` sentences before it, when that speaker's gender does not contradict the pronoun.

The actor layer's choice stands when its mention is the subject of the pronoun's own sentence or the sentence
before, outside any attribution's content. That subject is the centre of attention: in "Clinton has not mentioned Machado since. That's when she
pointed to ..." the "she" is Clinton, even though Machado spoke last.

Measured on the hand-labelled PolNeAR dev pronouns (evaluation/gold/PRONOUN_SPEAKERS.md), against the actor
layer alone: 20 speakers set right, 1 set wrong, of 291.
"""
from __future__ import annotations

import logging
from dataclasses import replace

from ...model import Attribution
from ..sentindex import sentence_index

log = logging.getLogger(__name__)

#: how many sentences back the previous speaker may be
MAX_SENTENCES = 3
#: a subject mention of the actor layer's choice this many sentences back keeps that choice
SUBJECT_SENTENCES = 1
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"he", "she"})


def _gender_tools():
    try:
        from ..actors.resolve import person_gender
        from ..actors.persons import word_gender
    except ImportError:  # the actor layer is not installed: nothing to carry over
        return None
    return person_gender, word_gender


def _subject_nearby(doc, sents, actor_id: str, at: int, records: list[Attribution]) -> bool:
    """True when the latest mention of ``actor_id`` before ``at`` is a subject in ``at``'s sentence or the one
    before, and not inside what someone said (there it is the speaker's topic: "Tom Reyes said that President
    Hale has long called for it. He said ..." is still Reyes)."""
    before = [m for m in doc._.stancemap_mentions or [] if m.actor_id == actor_id and m.span.end <= at]
    if not before:
        return False
    latest = max(before, key=lambda m: m.span.start)
    if sents.of(at) - sents.of(latest.span.start) > SUBJECT_SENTENCES:
        return False
    if any(c.start <= latest.span.start < c.end for rec in records for c in rec.contents):
        return False
    span = doc.char_span(latest.span.start, latest.span.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in _SUBJECT_DEPS


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
        if rec.actor_id is not None and _subject_nearby(doc, sents, rec.actor_id, rec.source.start, out):
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
