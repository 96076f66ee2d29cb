"""Regression: odd typography never makes attribution raise (cases in typography_cases.yaml)."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from stancemap.model import Article
from stancemap.nlp.pipeline import make_doc

CASES = yaml.safe_load((Path(__file__).parent / "typography_cases.yaml").read_text(encoding="utf-8"))


def _text(case: dict) -> str:
    text = case["text"]
    if case.get("repeat"):
        text = text.replace("REPEAT", " ".join(["words"] * case["repeat"]))
    return text


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attribution_typography_never_raises(case, nlp_full, caplog):
    text = _text(case)
    with caplog.at_level(logging.ERROR):
        doc = nlp_full(make_doc(nlp_full, Article(text=text)))
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    for a in doc._.stancemap_attributions:
        for span in [a.cue, a.sentence, *a.contents] + ([a.source] if a.source else []):
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end] == span.text
