"""Pinned quality floors on a small PolNeAR dev sample (the full test-split figures come from make eval)."""
from __future__ import annotations

import pytest

from stancemap.evaluation import polnear

pytestmark = [pytest.mark.shared, pytest.mark.model, pytest.mark.slow]

#: floors a little under what the shipped tagger scored on the first 8 dev articles; they only move up
FLOORS = {
    "polnear_source_exact_f1": 0.65,
    "polnear_cue_exact_f1": 0.60,
    "polnear_source_overlap_f1": 0.72,
    "polnear_cue_overlap_f1": 0.70,
    "polnear_content_overlap_f1": 0.75,
    "speaker_accuracy": 0.80,
}


@pytest.fixture(scope="module")
def dev_scores(shared_data):
    return polnear.evaluate("dev", limit=8)


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_attribution_polnear_dev_floor(dev_scores, key):
    assert dev_scores[key] >= FLOORS[key]


def test_attribution_polnear_brat_parse_discontinuous():
    text = "Ann said “we go\nnow” today."
    ann = ("T1\tSource 0 3\tAnn\nT2\tCue 4 8\tsaid\nT3\tContent 9 15;16 20\t“we go now”\n"
           "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
    (rel,) = polnear.parse_ann(text, ann)
    assert rel.source == [(0, 3)] and rel.cue == [(4, 8)] and rel.content == [(9, 15), (16, 20)]


def test_attribution_polnear_overlap_is_one_to_one():
    counts = polnear.Counts()
    pred = {"cue": [(0, 10)], "source": [], "content": []}
    gold = {"cue": [(0, 4), (5, 10)], "source": [], "content": []}
    polnear.score_doc(counts, pred, gold)
    assert counts.prf("cue_overlap") == (1.0, 0.5, pytest.approx(2 / 3))
    assert counts.prf("cue_exact")[2] == 0.0
