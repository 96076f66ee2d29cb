"""Stance decisions scored against the team's development set (``gold/stance_dev.jsonl``).

The gold set (see ``gold/STANCE_DEV.md``) lists, per PolNeAR train/dev article, every
(actor, question, stance) the article attributes to an actor, with the character offsets of the sentence
that shows it.  Article text is read from the shared data at run time; the repository stores offsets only.

Scoring: predictions from :func:`stancemap.ledger.decide.decide_stances` are collapsed to one stance per
(article, actor, question) - the most confident record - after dropping ``via`` records (a person's words
counted for the government they speak for: the gold lists only actors the article names).  Person ids are
compared without middle initials (``person:paul-d-ryan`` = ``person:paul-ryan``).  Figures:

- ``dev_labelled_{precision,recall,f1}``: (article, actor, question, stance) tuples;
- ``dev_pair_f1``: (article, actor, question) regardless of stance;
- ``dev_<class>_f1`` for support / oppose / conditional / neutral;
- ``dev_actor_recall``: share of gold rows whose actor the reading linked at all (a ceiling for recall);
- ``dev_articles``, ``dev_rows``.

Run ``python -m stancemap.evaluation.stance_dev`` to print the confusion matrix and the worst errors
(:func:`evaluate` logs them at INFO).  The report quotes article sentences: do not commit it.
"""
from __future__ import annotations

import functools
import json
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..config import shared_path
from . import corpus_xml
from ..errors import ConfigError
from ..ledger.history import article_position
from ..model import STANCE_LABELS, Article, Question, StanceRecord

log = logging.getLogger(__name__)

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_PATH = GOLD_DIR / "stance_dev.jsonl"
QUESTIONS_PATH = GOLD_DIR / "stance_dev_questions.yaml"
STAGES = ("dates", "actors", "attribution", "actions")
NONE = "none"
ACTOR_ID = re.compile(r"^(country:[A-Z]{3}|gov:[A-Z]{3}|org:(?:[A-Z0-9]+|[a-z0-9]+(?:-[a-z0-9]+)*)"
                      r"|(?:person|group|anon):[a-z0-9]+(?:-[a-z0-9]+)*)$")

Key = tuple[str, str, str]  # (article file, actor id, question id)


@dataclass(frozen=True)
class GoldRow:
    """One annotated stance: the actor's position on a question as one article reports it."""

    actor: str
    question: str
    stance: str
    evidence: tuple[int, int]
    condition: str | None = None
    note: str | None = None


@dataclass
class GoldArticle:
    """One annotated article: its file (relative to the shared data root), date and rows."""

    file: str
    published: date | None  # None when the article gives no date
    rows: list[GoldRow] = field(default_factory=list)


@dataclass
class Prediction:
    """The collapsed prediction for one (article, actor, question)."""

    stance: str
    confidence: float
    evidence: tuple[int, int] | None = None
    method: str = ""


def _row(raw: dict, where: str) -> GoldRow:
    try:
        ev = raw["evidence"]
        row = GoldRow(actor=raw["actor"], question=raw["question"], stance=raw["stance"],
                      evidence=(int(ev[0]), int(ev[1])), condition=raw.get("condition"), note=raw.get("note"))
    except (KeyError, TypeError, IndexError, ValueError) as e:
        raise ConfigError(f"{where}: a row needs actor, question, stance and evidence [start, end] ({e})") from e
    if row.stance not in STANCE_LABELS:
        raise ConfigError(f"{where}: stance {row.stance!r} is not one of {STANCE_LABELS}")
    if not ACTOR_ID.match(row.actor):
        raise ConfigError(f"{where}: actor id {row.actor!r} does not follow the project id scheme")
    return row


def load_gold(path: Path = GOLD_PATH) -> list[GoldArticle]:
    """Read the gold file: one JSON object per article (file, published, rows)."""
    articles = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name} line {n}"
        try:
            raw = json.loads(line)
            published = date.fromisoformat(raw["published"]) if raw["published"] else None
            rows = [_row(r, where) for r in raw["rows"]]
        except (json.JSONDecodeError, KeyError, ValueError) as e:
            raise ConfigError(f"{where}: not a gold article object with file/published/rows ({e})") from e
        articles.append(GoldArticle(file=raw["file"], published=published, rows=rows))
    return articles


def load_questions(path: Path = QUESTIONS_PATH) -> list[Question]:
    """Read the dev-set questions (the ``questions:`` YAML format of user question files)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    try:
        return [Question(id=q["id"], statement=q["statement"], keywords=list(q.get("keywords") or []),
                         examples=dict(q.get("examples") or {})) for q in data["questions"]]
    except (KeyError, TypeError) as e:
        raise ConfigError(f"{path}: each question needs an id and a statement ({e})") from e


def article_text(gold: GoldArticle) -> str:
    """The article's text from the shared data (never stored in the repository): a plain file, or one
    article of an XML corpus named ``path.xml#docid`` (:mod:`.corpus_xml`)."""
    if corpus_xml.is_reference(gold.file):
        return corpus_xml.corpus_article(gold.file).text
    return shared_path(gold.file).read_text(encoding="utf-8")


def make_article(gold: GoldArticle) -> Article:
    """An :class:`Article` for a gold entry: full file text (offsets index into it), date, outlet."""
    text = article_text(gold)
    name = Path(gold.file).stem
    title = text.split("\n", 1)[0].strip() or None
    if corpus_xml.is_reference(gold.file):
        title = corpus_xml.corpus_article(gold.file).title
    return Article(text=text, title=title, published=gold.published,
                   published_source="given" if gold.published else None, outlet=name.split("_", 1)[0],
                   source_path=gold.file, fmt="txt")


def normalise_actor(actor_id: str) -> str:
    """Compare person ids without middle initials: ``person:donald-j-trump`` -> ``person:donald-trump``."""
    if not actor_id.startswith("person:"):
        return actor_id
    kind, slug = actor_id.split(":", 1)
    parts = slug.split("-")
    kept = [p for i, p in enumerate(parts) if not (len(p) == 1 and 0 < i < len(parts) - 1)]
    return f"{kind}:{'-'.join(kept)}"


#: first names and the formal name they shorten ("Chuck Grassley" is "Charles Grassley"); scoring only
NICKNAMES = {"chuck": "charles", "charlie": "charles", "tom": "thomas", "bill": "william", "will": "william",
             "bob": "robert", "rob": "robert", "mike": "michael", "jim": "james", "jimmy": "james",
             "joe": "joseph", "dick": "richard", "rick": "richard", "ted": "edward", "ed": "edward",
             "dan": "daniel", "dave": "david", "steve": "steven", "stephen": "steven", "tony": "anthony",
             "chris": "christopher", "nick": "nicholas", "pat": "patrick", "sam": "samuel", "ben": "benjamin",
             "matt": "matthew", "andy": "andrew", "jeb": "john", "newt": "newton", "hank": "henry"}


def person_keys(actor_id: str) -> frozenset[str]:
    """Spellings under which two person ids name the same person: the first name (nicknames resolved)
    with the surname, with and without one-letter parts ("paul-d-ryan" and "paul-ryan", "martin-o-malley"
    and "martin-omalley", "chuck-grassley" and "charles-grassley")."""
    kind, _, slug = actor_id.partition(":")
    parts = slug.split("-")
    while len(parts) > 2 and parts[-1] in ("jr", "sr", "ii", "iii", "iv"):
        parts = parts[:-1]  # "joseph-biden-jr" is "joseph-biden"
    if kind != "person" or len(parts) < 2:
        return frozenset({actor_id})
    first, rest = NICKNAMES.get(parts[0], parts[0]), parts[1:]
    return frozenset({f"{first}:{rest[-1]}", f"{first}:{''.join(rest)}",
                      f"{first}:{''.join(p for p in rest if len(p) > 1)}"})


def match_actor(actor_id: str, known: frozenset[str] | set[str]) -> str:
    """The gold id among ``known`` that names the same person as ``actor_id`` (or the same state: ``gov:RUS``
    for a gold ``country:RUS``; a person named by surname alone, the one gold person of that surname; a body
    named without "and" or its place, see :func:`_body_match`), else its normal form."""
    own = normalise_actor(actor_id)
    if own in known:
        return own
    if own.startswith(("country:", "gov:")):
        # a state and its government are one holder, as in the seed table ("Finland" / "Helsinki")
        iso = own.split(":", 1)[1]
        return next((alt for alt in (f"country:{iso}", f"gov:{iso}") if alt in known), own)
    if not actor_id.startswith("person:"):
        return _body_match(own, known)
    keys = person_keys(actor_id)
    same = next((k for k in sorted(known) if person_keys(k) & keys), None)
    if same is not None:
        return same
    slug = own.split(":", 1)[1]
    if "-" not in slug:  # "Gov. Marsh", never named in full in the article, is its one gold "john-marsh"
        by_surname = [k for k in known if k.startswith("person:") and k.rsplit("-", 1)[-1] == slug and "-" in k]
        if len(by_surname) == 1:
            return by_surname[0]
    return own


_FILLER = frozenset({"and", "the", "of"})
#: the last words of local bodies an article may name without their place ("the City Council"); not "party" or
#: "court" ("the Democratic Party" is not "the New Democratic Party")
_BODY_NOUNS = frozenset({"council", "commission", "board", "committee", "department", "authority", "agency",
                         "legislature", "assembly", "delegation", "district"})


def _body_words(actor_id: str) -> tuple[str, tuple[str, ...]]:
    kind, _, slug = actor_id.partition(":")
    return kind, tuple(w for w in slug.lower().split("-") if w and w not in _FILLER)


def _body_match(own: str, known: frozenset[str] | set[str]) -> str:
    """The gold id of a body named without "and"/"&" or without its place: ``org:lakeside-racetrack-gaming-center``
    is ``org:lakeside-racetrack-and-gaming-center``, and ``org:city-council`` is ``org:springfield-city-council``
    when that is the article's only gold id ending so (a local body's name of two words or more, ending in one of
    :data:`_BODY_NOUNS`; scoring only)."""
    kind, words = _body_words(own)
    if not words:
        return own
    gold = {k: _body_words(k) for k in known}
    same = sorted(k for k, kw in gold.items() if kw == (kind, words))
    if same:
        return same[0]
    if len(words) < 2 or words[-1] not in _BODY_NOUNS:
        return own
    longer = [k for k, (k_kind, k_words) in gold.items()
              if k_kind == kind and len(k_words) > len(words) and k_words[-len(words):] == words]
    return longer[0] if len(longer) == 1 else own


def gold_labels(articles: list[GoldArticle]) -> dict[Key, str]:
    """Gold stance per (article file, normalised actor id, question)."""
    return {(a.file, normalise_actor(r.actor), r.question): r.stance for a in articles for r in a.rows}


def collapse(file: str, records: list[StanceRecord], known: frozenset[str] = frozenset()) -> dict[Key, Prediction]:
    """One prediction per (article, actor, question): the position the ledger takes from the article
    (:func:`stancemap.ledger.history.article_position`), over the non-``via`` records.

    ``known`` holds the article's gold actor ids: a predicted person id that names one of them under
    another spelling (:func:`person_keys`) is scored under the gold id.
    """
    groups: dict[Key, list[StanceRecord]] = {}
    for rec in records:
        if not rec.via:
            groups.setdefault((file, match_actor(rec.actor.id, known), rec.question), []).append(rec)
    best: dict[Key, Prediction] = {}
    for key, group in groups.items():
        rec = article_position(group)
        ev = (rec.evidence.sentence.start, rec.evidence.sentence.end) if rec.evidence else None
        best[key] = Prediction(rec.stance, float(rec.confidence), ev, rec.method)
    return best


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def confusion(gold: dict[Key, str], pred: dict[Key, str]) -> Counter:
    """Counts of (gold label or "none", predicted label or "none") over all keys of either side."""
    return Counter((gold.get(k, NONE), pred.get(k, NONE)) for k in set(gold) | set(pred))


def score(gold: dict[Key, str], pred: dict[Key, str]) -> dict[str, float]:
    """Labelled P/R/F1, pair F1 and per-class F1 of predicted against gold stances."""
    tp = sum(1 for k, s in pred.items() if gold.get(k) == s)
    p, r, f = _prf(tp, len(pred), len(gold))
    pair_tp = len(set(gold) & set(pred))
    figures = {"dev_labelled_precision": p, "dev_labelled_recall": r, "dev_labelled_f1": f,
               "dev_pair_f1": _prf(pair_tp, len(pred), len(gold))[2]}
    for label in STANCE_LABELS:
        n_gold = sum(1 for s in gold.values() if s == label)
        n_pred = sum(1 for s in pred.values() if s == label)
        tp_l = sum(1 for k, s in pred.items() if s == label and gold.get(k) == label)
        figures[f"dev_{label}_f1"] = _prf(tp_l, n_pred, n_gold)[2]
    return figures


def format_confusion(matrix: Counter) -> str:
    """The confusion matrix as a text table: rows gold, columns predicted."""
    labels = [*STANCE_LABELS, NONE]
    lines = ["gold \\ pred  " + " ".join(f"{lab[:8]:>8}" for lab in labels)]
    for g in labels:
        lines.append(f"{g:<12} " + " ".join(f"{matrix.get((g, p), 0):>8}" for p in labels))
    return "\n".join(lines)


def _error_rank(g: str, p: str, conf: float) -> tuple[int, float]:
    """Worst first: support/oppose flips, other wrong labels, confident spurious records, misses."""
    if g != NONE and p != NONE:
        return (0 if {g, p} == {"support", "oppose"} else 1, -conf)
    return (2, -conf) if g == NONE else (3, 0.0)


def worst_errors(gold: dict[Key, str], preds: dict[Key, Prediction], texts: dict[str, str],
                 limit: int = 25) -> list[str]:
    """Readable lines for the worst disagreements, each with the sentence that caused it."""
    errors = []
    for key in set(gold) | set(preds):
        g, pr = gold.get(key, NONE), preds.get(key)
        p = pr.stance if pr else NONE
        if g != p:
            errors.append((_error_rank(g, p, pr.confidence if pr else 0.0), key, g, pr))
    lines = []
    for _, (file, actor, question), g, pr in sorted(errors, key=lambda e: e[0])[:limit]:
        where = ""
        if pr and pr.evidence:
            where = " | " + texts.get(file, "")[pr.evidence[0]:pr.evidence[1]].replace("\n", " ")[:160]
        got = f"{pr.stance} ({pr.confidence:.2f}, {pr.method})" if pr else NONE
        lines.append(f"{Path(file).stem[:40]:<40} {actor:<28} {question:<16} gold={g:<11} pred={got}{where}")
    return lines


@functools.lru_cache(maxsize=1)
def _decider():
    try:
        from ..ledger.decide import decide_stances
    except ImportError as e:
        raise ConfigError(
            "stance_dev needs stancemap.ledger.decide.decide_stances(reading, questions), which cannot be "
            f"imported ({e}); build the stance decision module first, then rerun this evaluation") from e
    return decide_stances


def read_gold_articles(articles: list[GoldArticle]):
    """Yield ``(gold, reading)`` for every gold article, read with the full pipeline."""
    from ..nlp.pipeline import cached_pipeline, read_article

    try:
        nlp = cached_pipeline(stages=STAGES)
    except ImportError as e:
        raise ConfigError(f"stance_dev needs the reading stages {STAGES}, and one cannot be loaded ({e}); "
                          "finish that component, then rerun this evaluation") from e
    for gold in articles:
        yield gold, read_article(nlp, make_article(gold))


def found_actors(file: str, reading) -> set[tuple[str, str]]:
    """(article file, normalised actor id) for every actor the reading linked in the article."""
    return {(file, normalise_actor(a)) for a in reading.actors}


def predict(articles: list[GoldArticle], questions: list[Question]):
    """Read every gold article and decide stances.

    Returns:
        (predictions by key, article texts by file, actors found as (file, actor id) pairs).
    """
    decide = _decider()
    preds: dict[Key, Prediction] = {}
    texts: dict[str, str] = {}
    found: set[tuple[str, str]] = set()
    for gold, reading in read_gold_articles(articles):
        texts[gold.file] = reading.article.text
        found |= found_actors(gold.file, reading)
        known = frozenset(normalise_actor(r.actor) for r in gold.rows)
        preds.update(collapse(gold.file, list(decide(reading, questions)), known))
    return preds, texts, found


def actor_recall(gold: dict[Key, str], found: set[tuple[str, str]]) -> float:
    """Share of gold rows whose actor the reading linked at all (the ceiling for labelled recall)."""
    return sum(1 for f, a, _ in gold if (f, a) in found) / len(gold) if gold else 0.0


#: a gold set: one or more (gold file, questions file) parts, each read with its own questions
Part = tuple[Path, Path]
DEV: tuple[Part, ...] = ((GOLD_PATH, QUESTIONS_PATH),)
#: the second annotator's rows on 20 dev articles (gold/stance_dev_annotator_b.jsonl)
ANNOTATOR_B = GOLD_DIR / "stance_dev_annotator_b.jsonl"


#: the confidence at and above which a record counts as "sure" in the report (``<prefix>_sure_precision``)
SURE = 0.8


def confidence_auc(gold: dict[Key, str], preds: dict[Key, Prediction]) -> float | None:
    """How well confidence sorts right predictions from wrong ones: the chance that a right prediction
    (its label is the gold label) has a higher confidence than a wrong one, ties counting half (ROC AUC;
    0.5 is no better than chance).  None when all predictions are right or all are wrong."""
    return roc_auc([p.confidence for k, p in preds.items() if gold.get(k) == p.stance],
                   [p.confidence for k, p in preds.items() if gold.get(k) != p.stance])


def roc_auc(positives: Sequence[float], negatives: Sequence[float]) -> float | None:
    """The chance that a positive's score beats a negative's, ties counting half; None if either is empty."""
    if len(positives) == 0 or len(negatives) == 0:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def evaluate_with_report(parts: tuple[Part, ...] = DEV, prefix: str = "dev",
                         errors: bool = True) -> tuple[dict[str, float], str]:
    """Score stance decisions on a gold set; returns the figures (keys ``<prefix>_...``) and a report.

    ``errors`` False leaves the worst errors out of the report (held-out sets: their errors are not studied).
    """
    articles: list[GoldArticle] = []
    gold: dict[Key, str] = {}
    preds: dict[Key, Prediction] = {}
    texts: dict[str, str] = {}
    found: set[tuple[str, str]] = set()
    for gold_path, questions_path in parts:
        part = load_gold(gold_path)
        articles += part
        gold.update(gold_labels(part))
        p, t, f = predict(part, load_questions(questions_path))
        preds.update(p)
        texts.update(t)
        found |= f
    labels = {k: p.stance for k, p in preds.items()}
    figures = {k.replace("dev_", f"{prefix}_", 1): v for k, v in score(gold, labels).items()}
    figures.update({f"{prefix}_actor_recall": actor_recall(gold, found),
                    f"{prefix}_articles": len({a.file for a in articles}), f"{prefix}_rows": len(gold)})
    sure = score(gold, {k: p.stance for k, p in preds.items() if p.confidence >= SURE})
    auc = confidence_auc(gold, preds)
    if auc is not None:
        figures[f"{prefix}_confidence_auc"] = auc
    figures.update({f"{prefix}_sure_precision": sure["dev_labelled_precision"],
                    f"{prefix}_sure_recall": sure["dev_labelled_recall"]})
    lines = [f"stance {prefix} set: {len({a.file for a in articles})} articles, {len(gold)} gold rows, "
             f"{len(labels)} predicted", format_confusion(confusion(gold, labels)),
             f"records of confidence >= {SURE}: labelled precision {sure['dev_labelled_precision']:.3f}, "
             f"recall {sure['dev_labelled_recall']:.3f}; confidence AUC (right vs wrong) "
             + (f"{auc:.3f}" if auc is not None else "n/a"), "per question:", *per_question(gold, labels)]
    if errors:
        lines += ["worst errors:", *worst_errors(gold, preds, texts)]
    return figures, "\n".join(lines)


def per_question(gold: dict[Key, str], labels: dict[Key, str]) -> list[str]:
    """One line per question: gold rows, predictions and labelled F1."""
    lines = []
    for q in sorted({k[2] for k in gold} | {k[2] for k in labels}):
        g = {k: v for k, v in gold.items() if k[2] == q}
        p = {k: v for k, v in labels.items() if k[2] == q}
        lines.append(f"  {q:<28} gold {len(g):>3}  predicted {len(p):>3}  "
                     f"labelled F1 {score(g, p)['dev_labelled_f1']:.3f}")
    return lines


def agreement(path: Path = ANNOTATOR_B) -> dict[str, float]:
    """Inter-annotator agreement: the second annotator's rows scored against the first's, same articles.

    ``dev_agreement_f1`` is labelled F1 over (article, actor, question, stance): a ceiling for the system.
    """
    second = load_gold(path)
    files = {a.file for a in second}
    first = gold_labels([a for a in load_gold() if a.file in files])
    figures = score(first, gold_labels(second))
    return {"dev_agreement_f1": figures["dev_labelled_f1"], "dev_agreement_pair_f1": figures["dev_pair_f1"],
            "dev_agreement_articles": len(files)}


def evaluate() -> dict[str, float]:
    """Score stance decisions on the development set (the report is logged at INFO), with agreement."""
    figures, report = evaluate_with_report()
    log.info("%s", report)
    figures.update(agreement())
    return figures


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    result, text = evaluate_with_report()
    print(text)
    for name, value in result.items():
        print(f"{name:<28} {value:.4f}" if isinstance(value, float) else f"{name:<28} {value}")
