"""TempEval-3 evaluation of the date normaliser (TE3-platinum; WikiWars when present).

Gold: the TIMEX3 tags of each ``.tml`` file except the document creation time (DCT), which is the
anchor given to the normaliser as the publication date.  Scores follow the TE3 scorer's spirit:
relaxed extraction (any overlap), strict extraction (same offsets), value and type F1 over
overlap-matched pairs (P over predictions, R over gold).  HeidelTime's published figures on
TE3-platinum are printed alongside: value F1 77.6, relaxed F1 90.3, about 3 s a document.
"""
from __future__ import annotations

import html
import logging
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..config import shared_path
from ..errors import DataMissingError

log = logging.getLogger(__name__)

HEIDELTIME = {"value_f1": 0.776, "relaxed_f1": 0.903, "s_per_doc": 3.0}
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TmlDoc:
    """The plain text of a TimeML document's <TEXT>, its DCT and its gold TIMEX3 tags."""

    name: str
    text: str
    dct: date | None
    timexes: list[Gold] = field(default_factory=list)


def _dct(raw: str) -> date | None:
    m = re.search(r"<DCT>.*?value=\"(\d{4})-(\d{2})-(\d{2})", raw, re.S)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def read_tml(path: Path) -> TmlDoc:
    """Parse a ``.tml`` file: text of <TEXT> with the inline tags removed, gold TIMEX3 offsets."""
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = m.group(1) if m else ""
    doc = TmlDoc(path.stem, "", _dct(raw))
    parts: list[str] = []
    length, pos, open_timex = 0, 0, None
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag[2] != "TIMEX3":
            continue
        if not tag[1]:
            attrs = dict(_ATTR.findall(tag[3]))
            open_timex = (length, attrs.get("type", ""), attrs.get("value", ""))
        elif open_timex:
            doc.timexes.append(Gold(open_timex[0], length, open_timex[1], open_timex[2]))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    doc.text = "".join(parts)
    return doc


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pairs: list[tuple[list[Gold], list]], only_type: str | None = None) -> dict[str, float]:
    """Extraction/value/type scores over (gold, predicted TimeExpr) lists of documents."""
    n_gold = n_pred = relaxed = strict = value_tp = type_tp = 0
    for gold, pred in pairs:
        if only_type:
            gold = [g for g in gold if g.type == only_type]
            pred = [p for p in pred if p.type == only_type]
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        for g in gold:
            match = next((i for i, p in enumerate(pred) if i not in used
                          and p.span.start < g.end and g.start < p.span.end), None)
            if match is None:
                continue
            used.add(match)
            p = pred[match]
            relaxed += 1
            strict += (p.span.start, p.span.end) == (g.start, g.end)
            value_tp += p.value == g.value
            type_tp += p.type == g.type
    rp, rr, rf = _f1(relaxed, n_pred, n_gold)
    return {"relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf, "strict_f1": _f1(strict, n_pred, n_gold)[2],
            "value_f1": _f1(value_tp, n_pred, n_gold)[2], "type_f1": _f1(type_tp, n_pred, n_gold)[2],
            "type_accuracy": type_tp / relaxed if relaxed else 0.0, "n_gold": float(n_gold)}


def run_corpus(files: list[Path], nlp=None, narrative: bool = False) -> tuple[list, float, float]:
    """Normalise every file; returns ((gold, predictions) pairs, ms/doc normaliser, ms/doc with parse)."""
    from ..nlp.pipeline import cached_pipeline

    nlp = nlp or cached_pipeline(stages=("dates",))
    normaliser = nlp.get_pipe("stancemap_dates")
    saved, normaliser.narrative = normaliser.narrative, narrative
    try:
        return _run(files, nlp, normaliser)
    finally:
        normaliser.narrative = saved


def _run(files: list[Path], nlp, normaliser) -> tuple[list, float, float]:
    pairs, t_norm, t_all = [], 0.0, 0.0
    for path in files:
        doc_gold = read_tml(path)
        t0 = time.perf_counter()
        doc = nlp.make_doc(doc_gold.text)
        doc._.stancemap_published = doc_gold.dct
        for _, proc in nlp.pipeline:
            if proc is not normaliser:
                doc = proc(doc)
        t1 = time.perf_counter()
        doc = normaliser(doc)
        t2 = time.perf_counter()
        t_norm += t2 - t1
        t_all += t2 - t0
        pairs.append((doc_gold.timexes, doc._.stancemap_dates))
    n = max(len(files), 1)
    return pairs, 1000 * t_norm / n, 1000 * t_all / n


def evaluate_dir(folder: Path, prefix: str, nlp=None, narrative: bool = False) -> dict[str, float]:
    """Scores for every ``*.tml`` in ``folder``, keys prefixed (``te3_value_f1``...).

    ``narrative`` counts relative dates from the last date mentioned (as HeidelTime's narrative
    mode does for WikiWars) instead of from the document creation time (news).
    """
    files = sorted(folder.rglob("*.tml"))
    pairs, ms_norm, ms_all = run_corpus(files, nlp, narrative)
    out = {f"{prefix}_{k}": v for k, v in score(pairs).items()}
    out.update({f"{prefix}_date_{k}": v for k, v in score(pairs, "DATE").items()})
    out[f"{prefix}_ms_per_doc"] = ms_norm
    out[f"{prefix}_ms_per_doc_with_parse"] = ms_all
    out[f"{prefix}_docs"] = float(len(files))
    return out


def report(m: dict[str, float]) -> str:
    """A short human-readable comparison with HeidelTime."""
    lines = [f"TE3-platinum ({int(m['te3_docs'])} docs, {int(m['te3_n_gold'])} gold TIMEX3)",
             f"  value F1    {m['te3_value_f1']:.3f}  (HeidelTime {HEIDELTIME['value_f1']:.3f}); "
             f"DATE only {m['te3_date_value_f1']:.3f}",
             f"  relaxed F1  {m['te3_relaxed_f1']:.3f}  (HeidelTime {HEIDELTIME['relaxed_f1']:.3f}); "
             f"strict F1 {m['te3_strict_f1']:.3f}; type accuracy {m['te3_type_accuracy']:.3f}",
             f"  speed       {m['te3_ms_per_doc']:.1f} ms/doc normaliser, {m['te3_ms_per_doc_with_parse']:.1f} "
             f"ms/doc with spaCy (HeidelTime ~{HEIDELTIME['s_per_doc'] * 1000:.0f} ms/doc)"]
    if "wikiwars_value_f1" in m:
        lines.append(f"WikiWars value F1 {m['wikiwars_value_f1']:.3f}, relaxed F1 {m['wikiwars_relaxed_f1']:.3f}")
    return "\n".join(lines)


def evaluate(wikiwars: bool = True) -> dict[str, float]:
    """TE3-platinum scores (keys ``te3_*``) and, when present, WikiWars (``wikiwars_*``)."""
    metrics = evaluate_dir(shared_path("tempeval3", "te3-platinum"), "te3")
    if wikiwars:
        try:
            folder = shared_path("wikiwars", "timex3_tagged")
        except DataMissingError:  # optional data set
            folder = None
        if folder is not None:
            metrics.update({k: v for k, v in evaluate_dir(folder, "wikiwars", narrative=True).items()})
    log.info("%s", report(metrics))
    return metrics


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    evaluate()
