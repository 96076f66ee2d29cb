"""Pinned quality floor of the date normaliser on TE3-platinum (read at test time from shared data)."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.shared, pytest.mark.model]


def test_dates_te3_platinum_floor(shared_data):
    if not (shared_data / "tempeval3" / "te3-platinum").is_dir():
        pytest.skip("tempeval3/te3-platinum not in the shared data")
    from stancemap.evaluation.te3 import evaluate_dir

    m = evaluate_dir(shared_data / "tempeval3" / "te3-platinum", "te3")
    assert m["te3_date_value_f1"] >= 0.80
    assert m["te3_value_f1"] >= 0.75
    assert m["te3_relaxed_f1"] >= 0.87
    assert m["te3_ms_per_doc"] < 60  # 50x faster than HeidelTime's ~3 s a document
