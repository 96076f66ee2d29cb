"""``make bench``: reading speed as a ratio against spaCy's own pipeline on the same articles, same run.

Figures (``reports/bench.json``):
- ``spacy_articles_per_s``: the bare spaCy pipeline (``nlp.pipe``) over the corpus;
- ``read_articles_per_s`` and ``read_vs_spacy_ratio``: stancemap's reading (dates + actors) over the same
  texts, and its throughput divided by spaCy's (bar: >= 0.7);
- ``articles_per_s``: ingest + dates + actors end to end into a fresh SQLite file;
- ``attribution_overhead``: time of reading with attribution / time without, minus one (bar: <= 0.4);
- ``full_read_articles_per_s``: every stage (dates, actors, attribution, actions).
Each timing is the best of ``--repeat`` runs to damp noise from other processes.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import spacy

from ..config import DEFAULT_MODEL, shared_path
from ..model import Article
from .report import write_figures


def corpus(n: int) -> list[Path]:
    """The first ``n`` PolNeAR dev articles (sorted by name): real US political news, 300-1500 words."""
    return sorted(shared_path("polnear", "data", "dev", "text").glob("*.txt"))[:n]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _time_reading(nlp, articles: list[Article], repeat: int) -> float:
    from ..nlp.pipeline import make_doc

    def go():
        for _ in nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=16):
            pass

    go()  # warm caches (KB load, lexicons, encoder) outside the timing
    return _best(go, repeat)


def _time_ingest(paths: list[Path], model: str, repeat: int) -> float:
    from ..ingest.service import IngestOptions, ingest
    from ..store import Store

    def go():
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/bench.db")
            ingest([str(p) for p in paths], store, IngestOptions(model=model, stages=("dates", "actors")))
            store.close()

    return _best(go, repeat)


def run(n: int, repeat: int, model: str) -> dict[str, float]:
    from ..nlp.pipeline import load_pipeline

    paths = corpus(n)
    articles = [Article(text=p.read_text(encoding="utf-8"), source_path=str(p)) for p in paths]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} PolNeAR dev articles, {words} words; model {model}; best of {repeat}")

    base = spacy.load(model)
    list(base.pipe(texts[:4]))
    t_spacy = _best(lambda: list(base.pipe(texts, batch_size=16)), repeat)
    t_read = _time_reading(load_pipeline(model, ("dates", "actors")), articles, repeat)
    t_attr = _time_reading(load_pipeline(model, ("dates", "actors", "attribution")), articles, repeat)
    t_full = _time_reading(load_pipeline(model, ("dates", "actors", "attribution", "actions")), articles, repeat)
    t_ingest = _time_ingest(paths, model, repeat)
    n_docs = len(texts)
    return {
        "bench_articles": n_docs,
        "spacy_articles_per_s": n_docs / t_spacy,
        "read_articles_per_s": n_docs / t_read,
        "read_vs_spacy_ratio": t_spacy / t_read,
        "attribution_overhead": t_attr / t_read - 1.0,
        "full_read_articles_per_s": n_docs / t_full,
        "articles_per_s": n_docs / t_ingest,
        "ingest_vs_spacy_ratio": t_spacy / t_ingest,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    figures = run(args.articles, args.repeat, args.model)
    for key, value in figures.items():
        print(f"{key:<28} {value:.3f}")
    print(f"written to {write_figures('bench', figures)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
