"""Stage one of a stance decision: is this text about the question?

Lexical relevance matches the stems of the statement and keywords (with general paraphrase groups from
``data/lexicons/stance_relevance.yaml``); semantic relevance is the cosine of all-MiniLM-L6-v2
embeddings against the statement, keywords and examples.  Lexical overlap alone misses paraphrase ("hit
targets inside Russia") and semantic similarity alone over-fires on sentences about the same war, so the
score combines both.
"""
from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Question
from . import semantic
from .lexicon import load_lexicon, stem, stems_match, tokens

#: a text is relevant at or above this combined score
THRESHOLD = 0.45
#: semantic cosine that counts as full similarity (MiniLM cosines of paraphrases sit around 0.6-0.8)
SEM_FULL = 0.65
SEM_FLOOR = 0.15


@dataclass(frozen=True)
class QuestionTerms:
    """The stems a question is recognised by: statement concepts (each with paraphrases) and keywords."""

    concepts: tuple[frozenset[str], ...]
    keywords: tuple[tuple[frozenset[str], ...], ...]
    targets: tuple[str, ...]  # texts for semantic similarity


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(stem(w) for w in load_lexicon("stance_relevance")["stopwords"])


@functools.lru_cache(maxsize=1)
def _synonym_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(stem(w) for w in g) for g in load_lexicon("stance_relevance")["synonyms"])


def _concept(word_stem: str) -> frozenset[str]:
    """A stem with its paraphrase group."""
    out = {word_stem}
    for group in _synonym_groups():
        if any(stems_match(word_stem, g) for g in group):
            out |= group
    return frozenset(out)


def _concepts(text: str) -> tuple[frozenset[str], ...]:
    seen: list[frozenset[str]] = []
    for tok in tokens(text):
        if tok.stem in _stopwords() or len(tok.stem) < 2:
            continue
        c = _concept(tok.stem)
        if c not in seen:
            seen.append(c)
    return tuple(seen)


@functools.lru_cache(maxsize=256)
def _terms_cached(statement: str, keywords: tuple[str, ...], examples: tuple[str, ...]) -> QuestionTerms:
    return QuestionTerms(
        concepts=_concepts(statement),
        keywords=tuple(k for k in (_concepts(kw) for kw in keywords) if k),
        targets=(statement, *keywords, *examples),
    )


def question_terms(question: Question) -> QuestionTerms:
    """The (cached) terms of a question."""
    examples = tuple(e for key in ("support", "oppose", "conditional", "neutral")
                     for e in question.examples.get(key, []))
    return _terms_cached(question.statement, tuple(question.keywords), examples)


def _has(concept: frozenset[str], text_stems: set[str]) -> bool:
    return any(stems_match(c, t) for c in concept for t in text_stems)


def lexical_score(text: str, terms: QuestionTerms) -> float:
    """Share of the statement's concepts found in ``text``; a whole keyword found counts 0.8."""
    text_stems = {t.stem for t in tokens(text)}
    if not terms.concepts or not text_stems:
        return 0.0
    covered = sum(1 for c in terms.concepts if _has(c, text_stems)) / len(terms.concepts)
    keyword = 0.8 if any(all(_has(c, text_stems) for c in kw) for kw in terms.keywords) else 0.0
    return max(covered, keyword)


def combine(lexical: float, cosine: float | None) -> float:
    """The combined relevance in [0, 1]; without semantics it is the lexical score."""
    if cosine is None:
        return lexical
    sem = min(1.0, max(0.0, (cosine - SEM_FLOOR) / (SEM_FULL - SEM_FLOOR)))
    return 0.5 * lexical + 0.5 * sem


def relevance_matrix(texts: Sequence[str], questions: Sequence[Question],
                     use_semantic: bool | None = None) -> np.ndarray:
    """Relevance of each text (rows) to each question (columns), batched per call.

    Args:
        texts: sentences or content spans of one article.
        questions: the questions to decide.
        use_semantic: force semantic similarity on/off; None uses it when :func:`semantic.available`.
    Returns:
        an array of shape (len(texts), len(questions)) with scores in [0, 1].
    """
    out = np.zeros((len(texts), len(questions)), dtype=np.float32)
    if not texts or not questions:
        return out
    sem_on = semantic.available() if use_semantic is None else use_semantic
    text_vecs = semantic.encode(list(texts), cache=False) if sem_on else None
    for j, q in enumerate(questions):
        terms = question_terms(q)
        cos = None
        if text_vecs is not None:
            cos = (text_vecs @ semantic.encode(list(terms.targets)).T).max(axis=1)
        for i, text in enumerate(texts):
            out[i, j] = combine(lexical_score(text, terms), None if cos is None else float(cos[i]))
    return out
