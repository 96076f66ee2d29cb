"""The per-doc sentence index: right answers, one build per doc, never stale for a new or changed doc."""
from __future__ import annotations

import gc

import pytest
import spacy

from stancemap.nlp.sentindex import SentenceIndex, sentence_index


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


def test_sentindex_matches_doc_sents(nlp):
    doc = nlp("One two three. Four five! Six seven eight nine? Ten.")
    index = sentence_index(doc)
    sents = list(doc.sents)
    assert index.bounds == [(s.start_char, s.end_char) for s in sents]
    for k, sent in enumerate(sents):
        for tok in sent:
            assert index.of_token(tok.i) == k
            assert index.of(tok.idx) == k


def test_sentindex_is_built_once_per_doc(nlp):
    doc = nlp("A b. C d.")
    assert sentence_index(doc) is sentence_index(doc)


def test_sentindex_new_doc_gets_its_own_index(nlp):
    for n in range(1, 30):  # freed docs' ids are reused; a new doc must never see an old index
        doc = nlp(" ".join(["Word."] * n))
        assert len(sentence_index(doc).bounds) == n
        del doc
        gc.collect()


def test_sentindex_rebuilt_after_retokenising(nlp):
    doc = nlp("New York is big. It is.")
    before = sentence_index(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[0:2])
    after = sentence_index(doc)
    assert after is not before and after.n_tokens == len(doc)
    assert after.token_starts == [s.start for s in doc.sents]


def test_sentindex_without_boundaries_is_one_sentence():
    doc = spacy.blank("en")("No parser here. Two sentences.")
    index = SentenceIndex(doc)
    assert index.bounds == [(0, len(doc.text))]
    assert index.of(20) == 0 and index.of_token(5) == 0
