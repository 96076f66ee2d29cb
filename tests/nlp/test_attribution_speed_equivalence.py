"""The fast paths of the attribution tagger give exactly what the plain versions give.

``token_table`` must equal the ``Token`` attributes it stands for, and the list-based Viterbi must pick
the same path as the reference numpy recursion (kept here as the specification), ties included.
"""
from __future__ import annotations

import numpy as np
import pytest
import spacy

from stancemap.nlp.attribution.tagger import TAGS, _ALLOWED, _START_OK, viterbi
from stancemap.nlp.attribution.tokens import token_table

TEXT = ('WASHINGTON (AP) — "We will not back down," Sen. Mary Jones said on Tuesday.\n\n'
        "The U.S. Department of State, according to officials, rejected the plan. «Non», a-t-il dit.")


def _reference_viterbi(logp: np.ndarray) -> np.ndarray:
    n = logp.shape[0]
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    trans = np.where(_ALLOWED, 0.0, -1e9)
    score = logp[0] + np.where(_START_OK, 0.0, -1e9)
    back = np.zeros((n, logp.shape[1]), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(score.argmax())
    for t in range(n - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


def test_viterbi_matches_reference_including_ties():
    rng = np.random.default_rng(7)
    for trial in range(120):
        n = int(rng.integers(0, 300))
        logp = np.log(rng.dirichlet(np.full(len(TAGS), 0.3), size=n)).astype(np.float32).reshape(n, len(TAGS))
        if trial % 3 == 0:
            logp = np.round(logp, 1)  # many exact ties
        path = viterbi(logp)
        assert path.dtype == np.int64
        assert np.array_equal(path, _reference_viterbi(logp)), trial


def test_viterbi_path_is_valid_bio():
    logp = np.log(np.full((5, len(TAGS)), 1e-3, dtype=np.float32))
    logp[:, TAGS.index("I-Cue")] = 0.0  # I- everywhere is the best per token but not a valid start
    tags = [TAGS[i] for i in viterbi(logp)]
    assert tags[0] == "B-Cue" and tags[1:] == ["I-Cue"] * 4


def _expected(doc):
    return dict(
        lower=[t.lower_ for t in doc], lemma=[t.lemma_.lower() for t in doc], shape=[t.shape_ for t in doc],
        pos=[t.pos_ for t in doc], dep=[t.dep_ for t in doc], ent=[t.ent_iob_ + "-" + t.ent_type_ for t in doc],
        head=[t.head.i for t in doc], idx=[t.idx for t in doc], length=[len(t.text) for t in doc],
        punct=[t.is_punct for t in doc], sent_start=[t.is_sent_start for t in doc])


@pytest.mark.model
def test_token_table_equals_token_attributes(nlp_read):
    doc = nlp_read(TEXT)
    table = token_table(doc)
    for name, values in _expected(doc).items():
        assert getattr(table, name) == values, name


def test_token_table_unannotated_and_empty_docs():
    blank = spacy.blank("en")
    doc = blank('He said "no".\nOK')
    table = token_table(doc)
    for name, values in _expected(doc).items():
        assert getattr(table, name) == values, name
    assert len(token_table(blank(""))) == 0


def _reference_flags(doc, text, regions):
    """The per-token flags as first written (Token by Token)."""
    from stancemap.nlp.attribution.features import N_FLAGS, QUOTE_MARKS, lexicon, quote_mask

    verbs, nouns = lexicon()["verbs_set"], lexicon()["nouns_set"]
    mask = quote_mask(text, regions)
    flags = np.zeros((len(doc), N_FLAGS), dtype=np.float32)
    prev = None
    for i, tok in enumerate(doc):
        lemma, head = tok.lemma_.lower(), tok.head
        flags[i, :9] = [mask[tok.idx] if tok.idx < len(mask) else 0, tok.text[:1] in QUOTE_MARKS,
                        lemma in verbs, lemma in nouns, head.lemma_.lower() in verbs,
                        np.nan if (i > 0 and tok.is_sent_start is None) else (i == 0 or tok.is_sent_start),
                        prev is None or "\n" in prev.text or "\n" in prev.whitespace_, tok.is_punct, i < head.i]
        prev = tok
    return flags


@pytest.mark.model
def test_flags_equal_token_by_token_reference(nlp_read):
    from stancemap.nlp.attribution.features import _flags, find_quotes

    for doc in (nlp_read(TEXT), spacy.blank("en")('He said "no".\nOK')):
        regions = find_quotes(doc.text)
        fast = _flags(doc, doc.text, regions)
        assert np.array_equal(fast[:, :9], _reference_flags(doc, doc.text, regions)[:, :9], equal_nan=True)
