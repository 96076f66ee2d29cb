"""Actor linking on the team's gold set (``gold/actor_links.jsonl``, guidelines in ``gold/ACTOR_LINKS.md``).

The gold file holds, per article of the shared data, character offsets, the surface text and the actor id
of every named actor mention; the article text is read from the shared data at run time.  The reading
pipeline (``dates`` + ``actors``) runs over each article and its ``doc._.stancemap_mentions`` are scored:

- a predicted mention overlapping a gold mention with the same actor id is a true positive;
- overlapping a gold mention with another id is a false positive *and* a false negative;
- a predicted mention overlapping no gold mention is a false positive;
- a gold mention overlapped by no prediction is a false negative.

The gold set annotates names only, so a ``group:`` or ``anon:`` prediction (made from a description such
as "a senior US official") that overlaps no gold mention is left out rather than counted as wrong.

Mentions are paired one to one (same-id pairs first, then by largest overlap).  Ids are compared
case-insensitively; ``gov:X`` against ``country:X`` is also counted as a "kind error", and the
country-level figures treat the two as one.

    python -m stancemap.evaluation.actor_linking     # figures and the most frequent errors
"""
from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..config import shared_path
from ..errors import ConfigError, DataMissingError, InputError
from ..model import Article

log = logging.getLogger(__name__)

GOLD_PATH = Path(__file__).parent / "gold" / "actor_links.jsonl"
KINDS = ("person", "country", "gov", "org", "group", "anon")
#: kinds the gold set does not annotate (descriptions, not names): unpaired predictions of them are not scored
OUT_OF_SCOPE = ("group", "anon")
TOP_ERRORS = 20


@dataclass(frozen=True)
class Mention:
    """One actor mention, gold or predicted: character offsets, surface text, actor id."""

    start: int
    end: int
    text: str
    actor: str
    label: str | None = None  # spaCy label of a predicted mention, when known


@dataclass
class GoldArticle:
    """One annotated article: its path under the shared data root, its date and its mentions."""

    file: str
    published: date | None
    mentions: list[Mention]


@dataclass
class Tally:
    """True positives, false positives and false negatives, overall and per actor kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    kind_errors: int = 0
    out_of_scope: int = 0  # unpaired group/anon predictions, left out of the counts
    norp_spurious: int = 0  # false positives from NORP words ("Russian") that overlap no gold mention
    by_kind: dict[str, Counter] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)
    examples: dict[tuple, str] = field(default_factory=dict)

    def add(self, outcome: str, kind: str, amount: int = 1) -> None:
        setattr(self, outcome, getattr(self, outcome) + amount)
        self.by_kind.setdefault(kind, Counter())[outcome] += amount

    def error(self, key: tuple, example: str) -> None:
        self.errors[key] += 1
        self.examples.setdefault(key, example)


def normalise_id(actor_id: str | None, country_level: bool = False) -> str:
    """An id as compared: stripped, lower case; with ``country_level`` ``gov:x`` becomes ``country:x``."""
    value = (actor_id or "").strip().lower()
    if country_level and value.startswith("gov:"):
        value = "country:" + value[4:]
    return value


def id_kind(actor_id: str) -> str:
    """The prefix of an actor id (``person``, ``country``, ``gov``, ``org``...), or ``other``."""
    prefix = normalise_id(actor_id).split(":", 1)[0]
    return prefix if prefix in KINDS else "other"


def is_kind_error(gold_id: str, pred_id: str) -> bool:
    """True when two ids differ only by ``gov:`` against ``country:`` for the same ISO code."""
    g, p = normalise_id(gold_id), normalise_id(pred_id)
    return g != p and normalise_id(g, True) == normalise_id(p, True)


def load_gold(path: Path | str = GOLD_PATH) -> list[GoldArticle]:
    """Read the gold JSONL file (one article per line)."""
    path = Path(path)
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            mentions = [Mention(m["start"], m["end"], m["text"], m["actor"]) for m in row["mentions"]]
            published = date.fromisoformat(row["published"]) if row.get("published") else None
            articles.append(GoldArticle(row["file"], published, mentions))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as e:
            raise InputError(f"{path}:{number}: bad gold record ({e}); each line needs file, published "
                             f"(ISO date or null) and mentions [{{start, end, text, actor}}]") from e
    return articles


def article_text(gold: GoldArticle) -> str:
    """The article's text from the shared data (never stored in the repository)."""
    return shared_path(*gold.file.split("/")).read_text(encoding="utf-8")


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def align(gold: list[Mention], pred: list[Mention], country_level: bool = False) -> list[tuple[int | None, int | None]]:
    """Pair gold and predicted mentions one to one by overlap; same-id pairs are taken first.

    Returns (gold index, predicted index) pairs; an unpaired mention has ``None`` on the other side.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            size = _overlap(g, p)
            if size > 0:
                same = normalise_id(g.actor, country_level) == normalise_id(p.actor, country_level)
                candidates.append((not same, -size, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int | None, int | None]] = []
    for _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs += [(gi, None) for gi in range(len(gold)) if gi not in used_g]
    pairs += [(None, pi) for pi in range(len(pred)) if pi not in used_p]
    return pairs


def score_article(gold: list[Mention], pred: list[Mention], tally: Tally | None = None,
                  country_level: bool = False) -> Tally:
    """Add one article's outcomes to ``tally`` (a new one when None) and return it."""
    tally = tally or Tally()
    for gi, pi in align(gold, pred, country_level):
        g = gold[gi] if gi is not None else None
        p = pred[pi] if pi is not None else None
        if g is not None and p is not None:
            if normalise_id(g.actor, country_level) == normalise_id(p.actor, country_level):
                tally.add("tp", id_kind(g.actor))
                continue
            tally.add("fp", id_kind(p.actor))
            tally.add("fn", id_kind(g.actor))
            kind = is_kind_error(g.actor, p.actor)
            tally.kind_errors += int(kind)
            key = ("kind" if kind else "wrong id", normalise_id(g.actor), normalise_id(p.actor))
            tally.error(key, f"{g.text!r} -> {p.text!r}")
        elif p is not None and id_kind(p.actor) in OUT_OF_SCOPE:
            tally.out_of_scope += 1
        elif p is not None:
            tally.add("fp", id_kind(p.actor))
            tally.norp_spurious += int(p.label == "NORP")
            tally.error(("spurious", f"[{p.label or '-'}]", normalise_id(p.actor)), repr(p.text))
        elif g is not None:
            tally.add("fn", id_kind(g.actor))
            tally.error(("missed", normalise_id(g.actor), ""), repr(g.text))
    return tally


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def predicted_mentions(doc) -> list[Mention]:
    """The ``doc._.stancemap_mentions`` of a processed Doc as :class:`Mention` records."""
    out = []
    for m in doc._.stancemap_mentions or []:
        if m.actor_id:
            out.append(Mention(m.span.start, m.span.end, m.span.text, m.actor_id, m.label))
    return out


def _pipeline():
    """The dates + actors pipeline, or a ConfigError saying why it cannot be built."""
    try:
        from ..nlp.pipeline import cached_pipeline

        return cached_pipeline(stages=("dates", "actors"))
    except (ImportError, ConfigError) as e:
        raise ConfigError(f"actor linking cannot be evaluated: the reading pipeline with the "
                          f"'dates' and 'actors' stages could not be built ({type(e).__name__}: {e}); "
                          f"install the package and its spaCy model, and check "
                          f"stancemap.nlp.actors.component") from e


def run_linker(gold: list[GoldArticle]) -> list[list[Mention]]:
    """Read every gold article with the pipeline; returns the predicted mentions per article."""
    from ..nlp.pipeline import read_docs

    nlp = _pipeline()
    articles = [Article(text=article_text(g), published=g.published, source_path=g.file) for g in gold]
    return [predicted_mentions(doc) for _, doc in read_docs(nlp, articles)]


def figures(gold: list[GoldArticle], predictions: list[list[Mention]]) -> tuple[dict[str, float], Tally]:
    """Score predictions against gold; returns (flat figures, strict tally with its errors)."""
    strict, country = Tally(), Tally()
    for g, pred in zip(gold, predictions):
        score_article(g.mentions, pred, strict)
        score_article(g.mentions, pred, country, country_level=True)
    p, r, f = prf(strict.tp, strict.fp, strict.fn)
    out = {
        "actor_link_precision": p,
        "actor_link_recall": r,
        "actor_link_f1": f,
        "actor_link_country_level_f1": prf(country.tp, country.fp, country.fn)[2],
        "actor_link_kind_errors": strict.kind_errors,
        # diagnostic: precision if unannotated demonyms ("Russian forces") were not counted against the linker
        "actor_link_precision_without_norp_fp": prf(strict.tp, strict.fp - strict.norp_spurious, strict.fn)[0],
        "actor_link_gold_mentions": sum(len(g.mentions) for g in gold),
        "actor_link_articles": len(gold),
    }
    for kind in ("person", "country", "gov", "org"):
        c = strict.by_kind.get(kind, Counter())
        out[f"actor_link_f1_{kind}"] = prf(c["tp"], c["fp"], c["fn"])[2]
    return out, strict


def report(result: dict[str, float], tally: Tally, top: int = TOP_ERRORS) -> str:
    """A short text report: the figures, the per-kind counts and the most frequent errors."""
    lines = [f"actor linking: P {result['actor_link_precision']:.3f}  R {result['actor_link_recall']:.3f}  "
             f"F1 {result['actor_link_f1']:.3f}  country-level F1 {result['actor_link_country_level_f1']:.3f}  "
             f"(tp {tally.tp}, fp {tally.fp} of which {tally.norp_spurious} NORP words, fn {tally.fn}, "
             f"kind errors {tally.kind_errors}; {tally.out_of_scope} unpaired group/anon predictions not scored)"]
    for kind, c in sorted(tally.by_kind.items()):
        lines.append(f"  {kind:<8} tp {c['tp']:>4}  fp {c['fp']:>4}  fn {c['fn']:>4}")
    lines.append("most frequent errors (type, gold, predicted: count, example):")
    for key, count in tally.errors.most_common(top):
        kind, gold_id, pred_id = key
        lines.append(f"  {count:>3}  {kind:<9} {gold_id:<34} {pred_id:<34} {tally.examples[key]}")
    return "\n".join(lines)


def evaluate(gold_path: Path | str = GOLD_PATH) -> dict[str, float]:
    """Run the actor linker over the gold articles and score it (see the module docstring)."""
    gold = load_gold(gold_path)
    if not gold:
        raise DataMissingError(f"{gold_path} holds no annotated article")
    predictions = run_linker(gold)
    result, tally = figures(gold, predictions)
    log.info("%s", report(result, tally))
    return result


def main() -> int:
    """Entry point of ``python -m stancemap.evaluation.actor_linking``: print figures and errors."""
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    evaluate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
