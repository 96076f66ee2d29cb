"""``stancemap.StanceRules.v2``: the rule-based stance scorer (relevance, then composed polarity).

A shipped version never changes meaning: new behaviour ships under a new version name, so stored records
(whose ``method`` names the version) stay comparable.  ``v1`` (the first landing, commit 46d54ab, git tag
``stance-rules-v1``) is retired; ``v2`` adds attitude cues with several words ("vote for", "come out
against"), the opposites of the question's action (:mod:`.opposites`), positions marked as past
(:mod:`.past`), speaker phrases that list persons, and subjects after lowercase role titles.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from ..model import Actor, Evidence, Question, Reading, StanceRecord
from . import relevance, semantic
from .candidates import Candidate, Context, from_actions, from_attributions, from_patterns
from .past import mark_past
from .patterns import from_agents, from_proposals, from_relatives
from .quotes import from_continuations
from .reasons import from_reasons

log = logging.getLogger(__name__)

#: a sentence below the threshold still counts when the article is clearly about the question and the
#: sentence shares some of its words ("lift the longstanding restriction" after a paragraph on it)
CONTEXT_THRESHOLD = 0.15
ARTICLE_THRESHOLD = 0.6
#: candidate origins, most trusted first; a trusted origin wins a conflict in the same sentence ("X's
#: proposal" is explicit about its owner, so it beats an attribution that a parser gave the wrong speaker)
PRIORITY = {"proposal": -1, "attribution": 0, "action": 1, "holder": 2, "pressed": 2, "relative": 3, "agent": 3,
            "clause": 3, "continuation": 3, "reason": 3}


class StanceRulesV2:
    """Relevance (lexical + MiniLM) then polarity composed through the sentence, by rules."""

    name = "stancemap.StanceRules.v2"

    def __init__(self, use_semantic: bool | None = None) -> None:
        self.use_semantic = semantic.available() if use_semantic is None else use_semantic

    @property
    def method(self) -> str:
        """The method string stored with every record."""
        return f"{self.name}+{semantic.MODEL_NAME}" if self.use_semantic else self.name

    def score(self, reading: Reading, questions: Sequence[Question]) -> list[StanceRecord]:
        """Stance records of every actor in ``reading`` on each of ``questions``."""
        if not questions or not reading.sentences:
            return []
        texts = [s.text for s in reading.sentences]
        contents = [" ".join(c.text for c in a.contents) for a in reading.attributions]
        matrix = relevance.relevance_matrix(texts + contents, questions, use_semantic=self.use_semantic)
        records: list[StanceRecord] = []
        for j, question in enumerate(questions):
            sent_scores = matrix[:len(texts), j]
            ctx = Context(reading, question, relevance.inherit_anaphora(texts, _relevant(sent_scores)),
                          {k: float(v) for k, v in enumerate(matrix[len(texts):, j])
                           if v >= relevance.THRESHOLD})
            records.extend(self._decide(ctx))
        return records

    def _decide(self, ctx: Context) -> list[StanceRecord]:
        # sentences where a linked speaker reports something; an unlinked one does not stop clause subjects
        covered = {i for a in ctx.reading.attributions if a.cue and a.actor_id in ctx.reading.actors
                   for i in [ctx.sentence_index(a.cue.start)] if i is not None}
        cands = [*from_proposals(ctx), *from_attributions(ctx), *from_actions(ctx), *from_patterns(ctx, covered),
                 *from_relatives(ctx), *from_agents(ctx), *from_continuations(ctx),
                 *from_reasons(ctx)]
        kept = resolve(mark_past(ctx.reading, cands))
        return [self._record(ctx, c) for c in kept]

    def _record(self, ctx: Context, c: Candidate) -> StanceRecord:
        rel_factor = 0.6 + 0.4 * min(1.0, c.relevance / 0.8)
        confidence = round(max(0.0, min(1.0, c.base * rel_factor * c.polarity.strength)), 3)
        article = ctx.reading.article
        evidence = Evidence(document=article.id, sentence=c.sentence.strip(), content=c.content, cue=c.cue,
                            speaker=c.speaker, outlet=article.outlet)
        actor: Actor = ctx.reading.actors[c.actor_id]
        log.debug("%s %s %s (%s: %s) in %r", ctx.question.id, c.actor_id, c.polarity.stance, c.origin,
                  c.polarity.reason, c.sentence.text[:80])
        return StanceRecord(actor=actor, question=ctx.question.id, stance=c.polarity.stance,
                            confidence=confidence, evidence=evidence, method=self.method,
                            condition=c.polarity.condition, date=c.date, date_source=c.date_source)


def _relevant(scores) -> dict[int, float]:
    """Sentence index -> relevance for the sentences that count as about the question."""
    top = float(max(scores)) if len(scores) else 0.0
    out = {}
    for i, s in enumerate(scores):
        s = float(s)
        if s >= relevance.THRESHOLD or (top >= ARTICLE_THRESHOLD and s >= CONTEXT_THRESHOLD):
            out[i] = s
    return out


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per actor and sentence: a current position beats one the text marks as past, then the
    most trusted origin wins; a tie that disagrees is dropped."""
    groups: dict[tuple[str, int], list[Candidate]] = {}
    for c in cands:
        groups.setdefault((c.actor_id, c.sentence.start), []).append(c)
    kept = []
    for (actor_id, _), group in groups.items():
        group.sort(key=lambda c: (c.past, PRIORITY.get(c.origin, 9), -c.base))
        best = (group[0].past, PRIORITY.get(group[0].origin, 9))
        top = [c for c in group if (c.past, PRIORITY.get(c.origin, 9)) == best]
        if len({c.polarity.stance for c in top}) > 1:
            log.debug("dropping %s: disagreeing %s candidates in one sentence", actor_id, group[0].origin)
            continue
        kept.append(top[0])
    return kept
