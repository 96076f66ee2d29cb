"""Read the PolNeAR corpus (brat standoff) from the shared data: texts and gold attribution relations.

Layout (see ``shared/data/polnear/SOURCE.md``): ``data/<split>/text/<article>.txt`` and
``data/<split>/attributions/<article>_<annotator>.ann``.  When an article has several annotation files
the first by name is used.  Spans are lists of ``(start, end)`` fragments (brat's discontinuous spans);
fragments are trimmed of surrounding white space.  Nothing here copies corpus text into the repository.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import shared_path

log = logging.getLogger(__name__)

Frag = tuple[int, int]
SPLITS = ("train", "dev", "test")


@dataclass
class GoldAttribution:
    """One gold relation: cue fragments, content fragments, source fragments (empty without source)."""

    cue: list[Frag]
    content: list[Frag]
    source: list[Frag] = field(default_factory=list)


@dataclass
class GoldDoc:
    """One PolNeAR article and its gold relations."""

    name: str
    text: str
    attributions: list[GoldAttribution]


def _trim(text: str, start: int, end: int) -> Frag | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _parse_frags(text: str, spec: str) -> list[Frag]:
    frags = []
    for part in spec.split(";"):
        bits = part.split()
        if len(bits) != 2:
            continue
        frag = _trim(text, int(bits[0]), int(bits[1]))
        if frag:
            frags.append(frag)
    return sorted(frags)


def parse_ann(text: str, ann: str) -> list[GoldAttribution]:
    """Parse one brat ``.ann`` file's content into relations (Discuss/Discard notes are ignored)."""
    spans: dict[str, tuple[str, list[Frag]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label, _, spec = cols[1].partition(" ")
            spans[cols[0]] = (label, _parse_frags(text, spec))
        elif cols[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg)
            events.append(roles)
    out = []
    for roles in events:
        def frags(role: str) -> list[Frag]:
            ref = roles.get(role)
            return spans[ref][1] if ref in spans else []
        cue, content = frags("Cue"), frags("Content")
        if not cue or not content:
            continue
        out.append(GoldAttribution(cue=cue, content=content, source=frags("Source")))
    return out


def polnear_dir() -> Path:
    """The PolNeAR ``data`` folder in the shared data (raises DataMissingError when absent)."""
    return shared_path("polnear", "data")


def load_split(split: str, limit: int | None = None) -> list[GoldDoc]:
    """Load every article of ``split`` (train | dev | test) with the first annotator's relations."""
    base = polnear_dir() / split
    anns: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        article = path.stem.rsplit("_", 1)[0]
        anns.setdefault(article, path)
    docs = []
    for article, ann_path in sorted(anns.items()):
        text_path = base / "text" / f"{article}.txt"
        if not text_path.exists():
            log.warning("PolNeAR: no text for %s", ann_path.name)
            continue
        text = text_path.read_text(encoding="utf-8")
        docs.append(GoldDoc(article, text, parse_ann(text, ann_path.read_text(encoding="utf-8"))))
        if limit and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------------------------------
# Evaluation
#
# Units: span *fragments*.  A discontinuous gold span (brat ``a b;c d``) counts as several fragments,
# each to be found; a predicted attribution's cue, source and each content span are fragments too.
# (We chose fragments over the min-start/max-end hull because brat splits spans at line breaks and
# around interrupting "he said" cues, and a hull would then swallow the cue and the source.)
# Exact match: identical character offsets after trimming white space.  Overlap match: one-to-one,
# a predicted fragment matches an unused gold fragment that shares at least one character.
#
# Speaker accuracy: over gold attributions with a source whose cue is overlapped by a predicted cue
# ("correctly found"), the share whose predicted speaker is the same actor: the gold source span is
# resolved with the same resolver as the prediction (stancemap.nlp.attribution.speaker.resolve_speaker,
# i.e. the actor layer's resolve_span on the span core).  When the gold span resolves to no actor the
# speaker counts as right only if the predicted source span overlaps the gold source span.
# --------------------------------------------------------------------------------------------------

LABELS = ("source", "cue", "content")


def article_of(doc: GoldDoc):
    """A stancemap Article for a PolNeAR doc (publisher and date from the file name)."""
    from datetime import date

    from ..model import Article

    parts = doc.name.split("_")
    try:
        published = date.fromisoformat(parts[1])
    except (IndexError, ValueError):
        published = None
    return Article(text=doc.text, title=doc.text.split("\n", 1)[0], published=published,
                   outlet=parts[0], source_path=doc.name)


def gold_fragments(doc: GoldDoc) -> dict[str, list[Frag]]:
    """Gold fragments per label (deduplicated)."""
    out: dict[str, set[Frag]] = {lab: set() for lab in LABELS}
    for a in doc.attributions:
        out["cue"].update(a.cue)
        out["content"].update(a.content)
        out["source"].update(a.source)
    return {k: sorted(v) for k, v in out.items()}


def predicted_fragments(attributions) -> dict[str, list[Frag]]:
    """Predicted fragments per label from Attribution records (deduplicated)."""
    out: dict[str, set[Frag]] = {lab: set() for lab in LABELS}
    for a in attributions:
        out["cue"].add((a.cue.start, a.cue.end))
        out["content"].update((c.start, c.end) for c in a.contents)
        if a.source is not None:
            out["source"].add((a.source.start, a.source.end))
    return {k: sorted(v) for k, v in out.items()}


def _overlap_matches(pred: list[Frag], gold: list[Frag]) -> int:
    used: set[int] = set()
    hits = 0
    for p in pred:
        for k, g in enumerate(gold):
            if k not in used and p[0] < g[1] and g[0] < p[1]:
                used.add(k)
                hits += 1
                break
    return hits


@dataclass
class Counts:
    """True positives / predicted / gold, for exact and overlap matching, per label."""

    tp: dict[str, int] = field(default_factory=dict)
    pred: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, tp: int, pred: int, gold: int) -> None:
        self.tp[key] = self.tp.get(key, 0) + tp
        self.pred[key] = self.pred.get(key, 0) + pred
        self.gold[key] = self.gold.get(key, 0) + gold

    def prf(self, key: str) -> tuple[float, float, float]:
        tp, p, g = self.tp.get(key, 0), self.pred.get(key, 0), self.gold.get(key, 0)
        prec = tp / p if p else 0.0
        rec = tp / g if g else 0.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def score_doc(counts: Counts, pred: dict[str, list[Frag]], gold: dict[str, list[Frag]]) -> None:
    """Add one document's exact and overlap matches to ``counts``."""
    for lab in LABELS:
        p, g = pred[lab], gold[lab]
        counts.add(f"{lab}_exact", len(set(p) & set(g)), len(p), len(g))
        counts.add(f"{lab}_overlap", _overlap_matches(p, g), len(p), len(g))


def speaker_hits(doc, gold: GoldDoc, attributions) -> tuple[int, int]:
    """(right, judged) speakers over correctly found gold attributions that have a source."""
    from ..nlp.attribution.quotes import find_quotes, quoted_ranges
    from ..nlp.attribution.speaker import resolve_speaker

    quoted = quoted_ranges(doc.text, find_quotes(doc.text))
    right = judged = 0
    for ga in gold.attributions:
        if not ga.source:
            continue
        found = next((a for a in attributions
                      if any(a.cue.start < e and s < a.cue.end for s, e in ga.cue)), None)
        if found is None:
            continue
        judged += 1
        g_start, g_end = ga.source[0][0], ga.source[-1][1]
        gold_id = resolve_speaker(doc, g_start, g_end, quoted)
        if gold_id is not None:
            right += int(found.actor_id == gold_id)
        elif found.source is not None:
            right += int(found.source.start < g_end and g_start < found.source.end)
    return right, judged


# Pronoun speakers: the antecedents of "he"/"she" sources of the dev and test splits, labelled by hand
# (gold/PRONOUN_SPEAKERS.md).  speaker_hits resolves the gold source with the same resolver as the prediction,
# so it cannot see a pronoun resolved to the wrong person; this can.


def pronoun_gold_path(split: str) -> Path:
    """The hand-labelled pronoun speakers of a PolNeAR split (only dev and test have them)."""
    return Path(__file__).parent / "gold" / f"polnear_pronoun_speakers_{split}.jsonl"


@dataclass(frozen=True)
class PronounItem:
    """One hand-labelled pronoun source: where it is and whom it names (``antecedent``: a full name)."""

    file: str
    start: int
    end: int
    antecedent: str


def load_pronoun_gold(path: Path) -> dict[str, list[PronounItem]]:
    """Article name -> its labelled pronoun sources whose antecedent is a named person (unnamed or unclear
    ones are left out: no actor id can be right or wrong for them)."""
    out: dict[str, list[PronounItem]] = {}
    if not path.exists():
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            name = row["antecedent"]
            if name.startswith(("UNNAMED", "UNCLEAR")):
                continue
            out.setdefault(row["file"], []).append(PronounItem(row["file"], row["start"], row["end"], name))
    return out


def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z ]+", " ", name.lower()).split()
            if w not in ("mr", "mrs", "ms", "dr", "jr", "sr")]


def names_match(actor_names: list[str], antecedent: str) -> bool:
    """True when one of an actor's names is the labelled person: the same surname, and a first name the other
    name also gives where both give one ("Hillary Clinton" is "Hillary Rodham Clinton", not "Bill Clinton";
    "Bobby Scott" is 'Robert C. "Bobby" Scott')."""
    gold = _words(antecedent)
    for name in actor_names:
        words = _words(name)
        if not words or not gold or words[-1] != gold[-1]:
            continue
        if len(words) == 1 or len(gold) == 1 or words[0] in gold[:-1] or gold[0] in words[:-1]:
            return True
    return False


def pronoun_hits(doc, items: list[PronounItem], attributions=()) -> tuple[int, int, int]:
    """(right, wrong, judged) speakers of the labelled pronouns: the actor of the predicted attribution whose
    source is the pronoun (after every attribution pass, speaker continuity included), else the speaker resolver
    on the pronoun.  A pronoun left unresolved is neither right nor wrong."""
    from ..nlp.attribution.quotes import find_quotes, quoted_ranges
    from ..nlp.attribution.speaker import resolve_speaker

    if not items:
        return 0, 0, 0
    quoted = quoted_ranges(doc.text, find_quotes(doc.text))
    actors = doc._.stancemap_actors or {}
    right = wrong = 0
    for item in items:
        record = next((a for a in attributions if a.source is not None
                       and (a.source.start, a.source.end) == (item.start, item.end)), None)
        found = record.actor_id if record is not None else resolve_speaker(doc, item.start, item.end, quoted)
        if found is None:
            continue
        actor = actors.get(found)
        names = [actor.name, *actor.aliases] if actor is not None else []
        if names_match(names, item.antecedent):
            right += 1
        else:
            wrong += 1
    return right, wrong, len(items)


def _available_stages(wanted=("dates", "actors")) -> list[str]:
    """The reading stages whose component module imports (others are skipped with a warning)."""
    import importlib

    out = []
    for stage in wanted:
        try:
            importlib.import_module(f"stancemap.nlp.{stage}.component")
        except ImportError as e:
            log.warning("stage %s unavailable (%s): evaluating without it", stage, e)
            continue
        out.append(stage)
    return out


def _load_pipelines(model_path: str | None = None):
    """(reading pipeline: dates+actors, attribution component)."""
    from ..nlp.attribution.component import AttributionFinder
    from ..nlp.pipeline import load_pipeline

    nlp = load_pipeline(stages=_available_stages())
    return nlp, AttributionFinder(nlp, model_path=model_path)


def evaluate(split: str = "test", limit: int | None = None, model_path: str | None = None) -> dict[str, float]:
    """P/R/F1 of source, cue and content (exact and overlap), speaker accuracy and time overhead.

    Args:
        split: the PolNeAR split (``test`` for reported figures; tune only on ``train``/``dev``).
        limit: evaluate only the first ``limit`` articles (for quick checks).
        model_path: a tagger folder other than the shipped one (to compare trained models on dev).
    Returns:
        flat metric name -> number, e.g. ``polnear_cue_exact_f1``.
    """
    import time

    from ..nlp.pipeline import make_doc

    docs = load_split(split, limit)
    nlp, finder = _load_pipelines(model_path)
    counts = Counts()
    right = judged = 0
    pronouns = load_pronoun_gold(pronoun_gold_path(split))
    p_right = p_wrong = p_judged = 0
    t_read = t_attr = 0.0
    for gold in docs:
        t0 = time.perf_counter()
        doc = nlp(make_doc(nlp, article_of(gold)))
        t1 = time.perf_counter()
        finder(doc)
        t_attr += time.perf_counter() - t1
        t_read += t1 - t0
        attributions = doc._.stancemap_attributions
        score_doc(counts, predicted_fragments(attributions), gold_fragments(gold))
        r, j = speaker_hits(doc, gold, attributions)
        right, judged = right + r, judged + j
        pr, pw, pj = pronoun_hits(doc, pronouns.get(gold.name, []), attributions)
        p_right, p_wrong, p_judged = p_right + pr, p_wrong + pw, p_judged + pj
    result: dict[str, float] = {}
    for lab in LABELS:
        for mode in ("exact", "overlap"):
            p, r, f = counts.prf(f"{lab}_{mode}")
            result.update({f"polnear_{lab}_{mode}_p": p, f"polnear_{lab}_{mode}_r": r,
                           f"polnear_{lab}_{mode}_f1": f})
    result["speaker_accuracy"] = right / judged if judged else 0.0
    result["speaker_judged"] = float(judged)
    if p_judged:
        result["speaker_pronoun_accuracy"] = p_right / p_judged
        result["speaker_pronoun_wrong"] = p_wrong / p_judged
        result["speaker_pronoun_judged"] = float(p_judged)
    result["attribution_time_overhead"] = t_attr / t_read if t_read else 0.0
    result["polnear_articles"] = float(len(docs))
    log.info("%s", report(result, split, finder.method))
    return {k: round(v, 4) for k, v in result.items()}


def report(result: dict[str, float], split: str = "test", method: str = "") -> str:
    """A short human-readable table of the figures."""
    lines = [f"PolNeAR {split} ({int(result.get('polnear_articles', 0))} articles, {method})"]
    for lab in LABELS:
        ex = [result[f"polnear_{lab}_exact_{m}"] for m in ("p", "r", "f1")]
        ov = [result[f"polnear_{lab}_overlap_{m}"] for m in ("p", "r", "f1")]
        lines.append(f"  {lab:8s} exact P/R/F1 {ex[0]:.3f}/{ex[1]:.3f}/{ex[2]:.3f}   "
                     f"overlap {ov[0]:.3f}/{ov[1]:.3f}/{ov[2]:.3f}")
    lines.append(f"  speaker accuracy {result['speaker_accuracy']:.3f} over {int(result['speaker_judged'])}; "
                 f"attribution time +{100 * result['attribution_time_overhead']:.0f}% of dates+actors")
    if "speaker_pronoun_judged" in result:
        lines.append(f"  he/she speakers labelled by hand: right {result['speaker_pronoun_accuracy']:.3f}, "
                     f"wrong person {result['speaker_pronoun_wrong']:.3f} over {int(result['speaker_pronoun_judged'])}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    evaluate(sys.argv[1] if len(sys.argv) > 1 else "dev", model_path=sys.argv[2] if len(sys.argv) > 2 else None)
