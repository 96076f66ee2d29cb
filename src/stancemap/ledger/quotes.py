"""Stance candidates from quoted sentences that carry no speech cue of their own.

News quotes a speaker over several sentences and names them once: ``"... is up to him," he said.
"But that's not our strategy. We're against the deal before the election."``  The second quote opens
right after the first one's attribution and has no cue: by convention it is the same speaker's.  A
quoted sentence with no cue in its quotation gets the speaker of the attribution in the sentence just
before the quotation opened, when that attribution is linked to a known actor.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Attribution
from .candidates import Candidate, Context
from . import relevance
from .polarity import compose

#: the confidence base of a continued quotation (an attribution proper has 0.85)
BASE = 0.7
#: how many cue-less quoted sentences a continuation may reach back over
MAX_RUN = 3
_OPEN = "“"
_CLOSE = "”"
#: curly quotes, straight double quotes and the doubled apostrophes some archives print for them
_QUOTE_CHARS = re.compile(r"''|[\"“”]")


def quote_states(texts: list[str]) -> list[tuple[bool, bool]]:
    """For each sentence: (inside a quotation at its start, inside one at its end).

    Curly quotes open and close; a straight double quote (or ``''``) toggles.
    """
    out = []
    inside = False
    for text in texts:
        start = inside
        for ch in _QUOTE_CHARS.findall(text):
            inside = True if ch == _OPEN else False if ch == _CLOSE else not inside
        out.append((start, inside))
    return out


def _quoted(text: str, state: tuple[bool, bool]) -> bool:
    """True when the sentence is (mostly) inside a quotation."""
    return state[0] or text.lstrip().startswith(('"', _OPEN, "''"))


def _cue_sentences(ctx: Context) -> dict[int, list[Attribution]]:
    out: dict[int, list[Attribution]] = {}
    for att in ctx.reading.attributions:
        if att.cue is None:
            continue
        i = ctx.sentence_index(att.cue.start)
        if i is not None:
            out.setdefault(i, []).append(att)
    return out


def _run_has_cue(i: int, states: list[tuple[bool, bool]], cues: dict[int, list[Attribution]]) -> bool:
    """True when a sentence from ``i`` to the end of its quotation holds a speech cue."""
    k = i
    while k < len(states):
        if k in cues:
            return True
        if not states[k][1]:
            return False
        k += 1
    return False


def speaker_before(i: int, texts: list[str], states: list[tuple[bool, bool]],
                   cues: dict[int, list[Attribution]]) -> Attribution | None:
    """The attribution a cue-less quoted sentence ``i`` continues, if any."""
    k = i
    for _ in range(MAX_RUN):
        if k in cues:
            # a cue sentence that ends inside this quotation opened it after its cue ('..." he said. "')
            atts = [a for a in cues[k] if a.actor_id]
            return atts[-1] if k != i and atts and states[k][1] else None
        if not _quoted(texts[k], states[k]):
            return None
        opened_here = not states[k][0]
        k -= 1
        if k < 0:
            return None
        if opened_here:
            atts = [a for a in cues.get(k, []) if a.actor_id]
            # the previous sentence must itself be quoted speech that closed before this quote opened
            if atts and not states[k][1] and _QUOTE_CHARS.search(texts[k]):
                return atts[-1]
            return None
    return None


def from_continuations(ctx: Context) -> Iterator[Candidate]:
    """Speakers' stances from the cue-less quoted sentences that continue their quotes.

    Only sentences relevant on their own count (not by the article's context): a continued quote is
    already one inference away from its speaker.
    """
    texts = [s.text for s in ctx.reading.sentences]
    states = quote_states(texts)
    cues = _cue_sentences(ctx)
    for i, rel in ctx.relevant.items():
        if rel < relevance.THRESHOLD or i in cues or not _quoted(texts[i], states[i]) \
                or _run_has_cue(i, states, cues):
            continue
        att = speaker_before(i, texts, states, cues)
        if att is None or att.actor_id not in ctx.reading.actors:
            continue
        pol = compose(texts[i], ctx.question)
        if pol.stance is None:
            continue
        sentence = ctx.reading.sentences[i]
        date, source = ctx.sentence_date(sentence)
        yield Candidate(att.actor_id, pol, sentence, "continuation", BASE, content=sentence, cue=att.cue,
                        speaker=att.source, date=date, date_source=source, relevance=rel)
