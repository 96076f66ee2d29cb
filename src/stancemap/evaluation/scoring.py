"""Small scoring helpers shared by the stance evaluations (per-class F1, macro-F1)."""
from __future__ import annotations

from collections.abc import Sequence


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
