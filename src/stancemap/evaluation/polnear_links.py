"""PolNeAR scores of *links*: a content or source counts only when it hangs on the right cue.

:mod:`stancemap.evaluation.polnear` scores every fragment on its own, so a content span found by the
tagger but attached to the wrong cue (a cue two sentences away) counts as right there, and cutting
such a wrong link lowers its recall.  Here the unit is a (cue, fragment) pair: a predicted pair is
right when one gold attribution has a cue overlapping the predicted cue and a fragment of the same
role overlapping the predicted fragment; gold pairs are recalled the same way.  A source pair also
counts inherited sources ("X said ..., adding that ..." gives "adding" the source X).

Run: ``python -m stancemap.evaluation.polnear_links dev`` (tune on dev, report test).
"""
from __future__ import annotations

import logging

from .polnear import GoldDoc, _load_pipelines, article_of, load_split

log = logging.getLogger(__name__)

Frag = tuple[int, int]
ROLES = ("content", "source")


def _overlaps(a: Frag, b: Frag) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def predicted_pairs(attributions) -> dict[str, set[tuple[Frag, Frag]]]:
    """(cue, fragment) pairs per role from Attribution records."""
    out: dict[str, set[tuple[Frag, Frag]]] = {r: set() for r in ROLES}
    for a in attributions:
        cue = (a.cue.start, a.cue.end)
        out["content"].update((cue, (c.start, c.end)) for c in a.contents)
        if a.source is not None:
            out["source"].add((cue, (a.source.start, a.source.end)))
    return out


def gold_pairs(gold: GoldDoc) -> dict[str, list[tuple[list[Frag], Frag]]]:
    """(cue fragments, fragment) pairs per role from the gold relations."""
    out: dict[str, list[tuple[list[Frag], Frag]]] = {r: [] for r in ROLES}
    for ga in gold.attributions:
        out["content"].extend((ga.cue, f) for f in ga.content)
        out["source"].extend((ga.cue, f) for f in ga.source)
    return out


def _match(p: tuple[Frag, Frag], g: tuple[list[Frag], Frag]) -> bool:
    return _overlaps(p[1], g[1]) and any(_overlaps(p[0], c) for c in g[0])


def score_links(pred: dict[str, set], gold: dict[str, list]) -> dict[str, tuple[int, int, int, int]]:
    """Per role: (right predicted pairs, predicted pairs, recalled gold pairs, gold pairs)."""
    out = {}
    for role in ROLES:
        p, g = pred[role], gold[role]
        right = sum(1 for x in p if any(_match(x, y) for y in g))
        found = sum(1 for y in g if any(_match(x, y) for x in p))
        out[role] = (right, len(p), found, len(g))
    return out


def _prf(right: int, n_pred: int, found: int, n_gold: int) -> tuple[float, float, float]:
    prec = right / n_pred if n_pred else 0.0
    rec = found / n_gold if n_gold else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def evaluate(split: str = "test", limit: int | None = None) -> dict[str, float]:
    """Linked P/R/F1 of contents and sources on a PolNeAR split (``polnear_linked_<role>_<p|r|f1>``)."""
    from ..nlp.pipeline import make_doc

    nlp, finder = _load_pipelines()
    totals = {r: [0, 0, 0, 0] for r in ROLES}
    docs = load_split(split, limit)
    for gold in docs:
        doc = finder(nlp(make_doc(nlp, article_of(gold))))
        for role, counts in score_links(predicted_pairs(doc._.stancemap_attributions), gold_pairs(gold)).items():
            totals[role] = [a + b for a, b in zip(totals[role], counts)]
    result: dict[str, float] = {}
    for role in ROLES:
        p, r, f = _prf(*totals[role])
        result.update({f"polnear_linked_{role}_p": p, f"polnear_linked_{role}_r": r,
                       f"polnear_linked_{role}_f1": f})
    log.info("%s", report(result, split, len(docs)))
    return {k: round(v, 4) for k, v in result.items()}


def report(result: dict[str, float], split: str, n_docs: int) -> str:
    """A short table of the linked figures."""
    lines = [f"PolNeAR {split} linked pairs ({n_docs} articles)"]
    for role in ROLES:
        p, r, f = (result[f"polnear_linked_{role}_{m}"] for m in ("p", "r", "f1"))
        lines.append(f"  {role:8s} (cue, span) overlap P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    evaluate(sys.argv[1] if len(sys.argv) > 1 else "dev")
