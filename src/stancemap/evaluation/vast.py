"""Zero-shot stance on VAST (outside reference): ``vast_macro_f1`` and per-class F1.

Each NYT comment (``Tweet``) is a bare text, its ``Target`` the question statement; the rule scorer's
relevance and composed polarity decide (:func:`stancemap.ledger.bare.bare_stance`): support and
conditional -> pro, oppose -> con, no decision or explicit neutrality -> neutral.  Labels: 0=con,
1=pro, 2=neutral.  The whole test split (3,006 rows) is scored; nothing is tuned on it.
"""
from __future__ import annotations

import csv
import logging
import os
from collections.abc import Sequence

from ..config import shared_path
from ..ledger import semantic
from ..ledger.bare import bare_stance, split_sentences
from ..ledger.relevance import core_hit, question_terms
from ..model import Question

log = logging.getLogger(__name__)
LABELS = {"0": "con", "1": "pro", "2": "neutral"}
TO_LABEL = {"support": "pro", "conditional": "pro", "oppose": "con", "neutral": "neutral", None: "neutral"}


def f1_report(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    """Per-class precision/recall/F1 and the macro-F1 over ``labels``."""
    out: dict[str, float] = {}
    f1s = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.update({f"{label}_precision": prec, f"{label}_recall": rec, f"{label}_f1": f1})
        f1s.append(f1)
    out["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    return out


def load(split: str = "test") -> list[dict[str, str]]:
    """The reformatted VAST split as rows (Tweet, Target, Stance, seen?)."""
    path = shared_path("vast", "reformatted_dev_test", f"vast_{split}.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def predict(rows: list[dict[str, str]], use_semantic: bool | None = None) -> list[str]:
    """Predicted labels (con/pro/neutral) for VAST rows."""
    sem = semantic.available() if use_semantic is None else use_semantic
    questions = [Question(id="vast", statement=r["Target"]) for r in rows]
    split = [split_sentences(r["Tweet"]) for r in rows]
    cosines = _cosines(split, questions) if sem else [None] * len(rows)
    return [TO_LABEL[bare_stance(sents, q, cos).stance] for sents, q, cos in zip(split, questions, cosines)]


def _cosines(split: list[list[str]], questions: list[Question]) -> list[list[float]]:
    """Semantic cosines, computed only for sentences that can be relevant (each text encoded once)."""
    need = sorted({s for sents, q in zip(split, questions) for s in sents if core_hit(s, question_terms(q))})
    index = {s: k for k, s in enumerate(need)}
    vecs = semantic.encode(need, cache=False)
    out = []
    for sents, q in zip(split, questions):
        topic = semantic.encode([q.statement])[0]
        out.append([float(vecs[index[s]] @ topic) if s in index else 0.0 for s in sents])
    return out


def evaluate(split: str = "test") -> dict[str, float]:
    """Macro-F1 and per-class F1 on the VAST split (``STANCEMAP_VAST_LIMIT`` scores the first N rows)."""
    rows = load(split)
    limit = int(os.environ.get("STANCEMAP_VAST_LIMIT", "0") or 0)
    if limit:
        rows = rows[:limit]
    gold = [LABELS[r["Stance"]] for r in rows]
    pred = predict(rows)
    report = f1_report(gold, pred, ("con", "pro", "neutral"))
    prefix = "vast" if split == "test" else f"vast_{split}"
    out = {f"{prefix}_macro_f1": report["macro_f1"], f"{prefix}_rows": float(len(rows))}
    out.update({f"{prefix}_{label}_f1": report[f"{label}_f1"] for label in ("con", "pro", "neutral")})
    log.info("VAST %s: %s", split, out)
    return out


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(evaluate(sys.argv[1] if len(sys.argv) > 1 else "test"))
