"""Token features for the attribution tagger, shared by training and inference.

Each token gets categorical ids (lowercase form, lemma, word shape, lemma of its syntactic head, POS,
dependency labels, entity type) and dense quote / lexicon / position flags.  ``doc.tensor`` is not used
on purpose: it is not stored in DocBin caches and differs between spaCy pipelines (sm vs trf), so a
tagger trained on it would silently break with ``--model``.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import numpy as np
import yaml

from ...config import PACKAGE_DATA
from .quotes import QUOTE_MARKS, find_quotes, quote_mask

LABELS = ("Source", "Cue", "Content")
TAGS = ("O",) + tuple(f"{p}-{lab}" for lab in LABELS for p in ("B", "I"))
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
N_FLAGS = 9
CAT_FIELDS = ("lower", "lemma", "shape", "head_lemma", "pos", "dep", "ent", "head_dep")


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The attribution cue lexicon (``data/lexicons/attribution.yaml``), loaded once."""
    with open(PACKAGE_DATA / "lexicons" / "attribution.yaml", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    data["verbs_set"] = frozenset(data.get("verbs", []))
    data["nouns_set"] = frozenset(data.get("nouns", []))
    return data


@dataclass
class Vocab:
    """String -> id tables for the categorical features (id 0 = unknown)."""

    tables: dict[str, dict[str, int]] = field(default_factory=lambda: {f: {} for f in CAT_FIELDS})

    def ids(self, fieldname: str, value: str) -> int:
        return self.tables[fieldname].get(value, 0)

    def sizes(self) -> dict[str, int]:
        return {f: len(t) + 1 for f, t in self.tables.items()}

    def to_json(self) -> dict:
        return {"tables": self.tables}

    @classmethod
    def from_json(cls, data: dict) -> Vocab:
        return cls(tables={f: dict(t) for f, t in data["tables"].items()})


def token_strings(doc) -> list[tuple[str, ...]]:
    """The categorical feature strings of every token, in ``CAT_FIELDS`` order."""
    out = []
    for tok in doc:
        out.append((tok.lower_, tok.lemma_.lower(), tok.shape_, tok.head.lemma_.lower(), tok.pos_, tok.dep_,
                    tok.ent_iob_ + "-" + tok.ent_type_, tok.head.dep_))
    return out


def build_vocab(docs, min_count: int = 3) -> Vocab:
    """Build the id tables from training docs (forms seen fewer than ``min_count`` times are unknown)."""
    counts: dict[str, dict[str, int]] = {f: {} for f in CAT_FIELDS}
    for doc in docs:
        for strings in token_strings(doc):
            for f, s in zip(CAT_FIELDS, strings):
                counts[f][s] = counts[f].get(s, 0) + 1
    vocab = Vocab()
    for f, c in counts.items():
        keep = sorted(s for s, n in c.items() if n >= (min_count if f in ("lower", "lemma", "shape", "head_lemma") else 1))
        vocab.tables[f] = {s: i + 1 for i, s in enumerate(keep)}
    return vocab


def _flags(doc) -> np.ndarray:
    lex = lexicon()
    verbs, nouns = lex["verbs_set"], lex["nouns_set"]
    mask = quote_mask(doc.text, find_quotes(doc.text))
    flags = np.zeros((len(doc), N_FLAGS), dtype=np.float32)
    for tok in doc:
        i = tok.i
        prev = doc[i - 1] if i > 0 else None
        flags[i, 0] = mask[tok.idx] if tok.idx < len(mask) else 0
        flags[i, 1] = tok.text in QUOTE_MARKS or any(c in QUOTE_MARKS for c in tok.text[:1])
        flags[i, 2] = tok.lemma_.lower() in verbs
        flags[i, 3] = tok.lemma_.lower() in nouns
        flags[i, 4] = tok.head.lemma_.lower() in verbs
        flags[i, 5] = tok.is_sent_start or i == 0
        flags[i, 6] = prev is None or "\n" in prev.text or "\n" in prev.whitespace_
        flags[i, 7] = tok.is_punct
        flags[i, 8] = tok.i < tok.head.i
    return flags


def doc_features(doc, vocab: Vocab) -> tuple[np.ndarray, np.ndarray]:
    """(ids [n, len(CAT_FIELDS)] int64, dense flags [n, N_FLAGS] float32) for one doc."""
    ids = np.array([[vocab.ids(f, s) for f, s in zip(CAT_FIELDS, strings)] for strings in token_strings(doc)],
                   dtype=np.int64).reshape(len(doc), len(CAT_FIELDS))
    return ids, _flags(doc)


def spans_to_tags(doc, spans: dict[str, list[tuple[int, int]]]) -> np.ndarray:
    """BIO tag ids for a doc from labelled character fragments (a token takes the first label it overlaps)."""
    tags = np.zeros(len(doc), dtype=np.int64)
    for label, frags in spans.items():
        for start, end in frags:
            toks = [t for t in doc if t.idx < end and t.idx + len(t.text) > start and not t.is_space]
            for k, tok in enumerate(toks):
                if tags[tok.i] == 0:
                    tags[tok.i] = TAG_INDEX[("B-" if k == 0 else "I-") + label]
    return tags
