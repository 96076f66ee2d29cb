"""The learned-stance experiment's own arithmetic (its results are reported in issue 4, not asserted here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from stancemap.evaluation.stance_dev import roc_auc

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "experiments" / "learned_stance.py"


@pytest.fixture(scope="module")
def experiment():
    spec = importlib.util.spec_from_file_location("learned_stance", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_roc_auc_counts_ties_half_and_needs_both_sides():
    assert roc_auc([0.9, 0.5], [0.5, 0.95]) == pytest.approx(1.5 / 4)
    assert roc_auc([0.9], []) is None


def test_logistic_fit_learns_the_sign_of_a_separating_feature(experiment):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] - 0.2 * x[:, 1] > 0).astype(float)
    w = experiment.fit_logistic(x, y)
    assert w[0] > 0 > w[1]
    p = 1 / (1 + np.exp(-(np.hstack([x, np.ones((200, 1))]) @ w)))
    assert ((p > 0.5) == (y > 0.5)).mean() > 0.95


def test_labelled_f1_takes_the_most_confident_kept_record_of_a_key(experiment):
    gold = {("f", "a", "q"): "oppose"}
    rows = [{"key": ("f", "a", "q"), "stance": "support", "confidence": 0.9},
            {"key": ("f", "a", "q"), "stance": "oppose", "confidence": 0.5}]
    assert experiment.labelled_f1(rows, gold) == 0.0
    assert experiment.labelled_f1(rows, gold, conf=[0.1, 0.5]) == 1.0
    assert experiment.labelled_f1(rows, gold, keep=[False, True]) == 1.0
