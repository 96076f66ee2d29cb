"""FNC-1 competition test (outside reference): ``fnc_score`` and per-class F1.

The headline is the question statement, the body a bare text.  A pair is *related* when some body
sentence reaches the relevance threshold; among related pairs the composed polarity of the relevant
sentences decides: support -> agree, oppose -> disagree, otherwise discuss.  The official score gives
0.25 for a correct related/unrelated call and 0.75 more for the exact label of a related pair; it is
reported as a fraction of the best possible score.  To stay within a few minutes on two CPU cores, a
deterministic sample of pairs is scored (``STANCEMAP_FNC_SAMPLE``, default 2000; 0 = all 25,413):
``fnc_sample_pairs`` says how many.
"""
from __future__ import annotations

import csv
import logging
import os
import random

from ..config import shared_path
from ..ledger import semantic
from ..ledger.bare import bare_stance, split_sentences
from ..ledger.relevance import core_hit, question_terms
from ..model import Question
from .vast import f1_report

log = logging.getLogger(__name__)
LABELS = ("agree", "disagree", "discuss", "unrelated")
TO_LABEL = {"support": "agree", "conditional": "agree", "oppose": "disagree", "neutral": "discuss", None: "discuss"}
DEFAULT_SAMPLE = 2000
SEED = 20170614


def load() -> tuple[list[dict[str, str]], dict[str, str]]:
    """(pairs, bodies by id) of the FNC-1 competition test set."""
    with shared_path("fnc1", "competition_test_stances.csv").open(encoding="utf-8", newline="") as fh:
        pairs = list(csv.DictReader(fh))
    with shared_path("fnc1", "competition_test_bodies.csv").open(encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    return pairs, bodies


def sample(pairs: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """A deterministic sample of ``n`` pairs (all when n is 0 or larger than the set)."""
    if not n or n >= len(pairs):
        return pairs
    return random.Random(SEED).sample(pairs, n)


def predict(pairs: list[dict[str, str]], bodies: dict[str, str], use_semantic: bool | None = None) -> list[str]:
    """Predicted FNC labels for (headline, body) pairs."""
    sem = semantic.available() if use_semantic is None else use_semantic
    split = {bid: split_sentences(bodies[bid]) for bid in {p["Body ID"] for p in pairs}}
    questions = [Question(id="fnc", statement=p["Headline"]) for p in pairs]
    vecs, index = _encode_needed(pairs, split, questions) if sem else (None, {})
    out = []
    for pair, q in zip(pairs, questions):
        sents = split[pair["Body ID"]]
        cos = None
        if vecs is not None:
            head = semantic.encode([q.statement])[0]
            cos = [float(vecs[index[s]] @ head) if s in index else 0.0 for s in sents]
        decision = bare_stance(sents, q, cos)
        related = decision.relevance >= 0.45
        out.append(TO_LABEL[decision.stance] if related else "unrelated")
    return out


def _encode_needed(pairs, split, questions):
    need = sorted({s for p, q in zip(pairs, questions) for s in split[p["Body ID"]]
                   if core_hit(s, question_terms(q))})
    return semantic.encode(need, cache=False), {s: k for k, s in enumerate(need)}


def fnc_score(gold: list[str], pred: list[str]) -> float:
    """The official FNC-1 score as a fraction of the maximum."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        best += 0.25 + (0.75 if g != "unrelated" else 0.0)
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25
        if g != "unrelated" and g == p:
            score += 0.75
    return score / best if best else 0.0


def evaluate() -> dict[str, float]:
    """FNC score, macro-F1 and per-class F1 on a deterministic sample of the competition test set."""
    pairs, bodies = load()
    n = int(os.environ.get("STANCEMAP_FNC_SAMPLE", str(DEFAULT_SAMPLE)) or 0)
    pairs = sample(pairs, n)
    gold = [p["Stance"] for p in pairs]
    pred = predict(pairs, bodies)
    report = f1_report(gold, pred, LABELS)
    out = {"fnc_score": fnc_score(gold, pred), "fnc_macro_f1": report["macro_f1"],
           "fnc_sample_pairs": float(len(pairs))}
    out.update({f"fnc_{label}_f1": report[f"{label}_f1"] for label in LABELS})
    log.info("FNC-1: %s", out)
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(evaluate())
