"""Library entry points behind the ledger commands: extract from one file, re-decide a store."""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from ..config import DEFAULT_MODEL
from ..errors import ConfigError, InputError
from ..model import Question, ReadFailure, StanceRecord
from .decide import decide_stances

log = logging.getLogger(__name__)
STAGES = ("dates", "actors", "attribution", "actions")


def reading_pipeline(model: str = DEFAULT_MODEL):
    """The cached pipeline with every reading stage a stance decision uses.

    A stage whose component is not installed in this version is left out with a warning, so the
    ledger still works (with fewer sources of evidence).
    """
    from ..nlp.pipeline import cached_pipeline

    stages = list(STAGES)
    while True:
        try:
            return cached_pipeline(model, tuple(stages))
        except (ImportError, ModuleNotFoundError) as e:
            missing = next((s for s in reversed(stages) if s in str(getattr(e, "name", "") or e)), None)
            if missing is None or missing in ("dates", "actors"):
                raise ConfigError(f"the reading pipeline cannot be built ({e}); reinstall stancemap") from e
            log.warning("reading stage %r is not available (%s); deciding stances without it", missing, e)
            stages.remove(missing)


def extract(path: str | Path, questions: list[Question], model: str = DEFAULT_MODEL) -> list[StanceRecord]:
    """Read the article(s) in one file and decide their stances, without a database.

    Raises:
        InputError: the file is missing or none of it could be read (the reason says why).
    """
    from ..ingest import iter_articles
    from ..nlp.pipeline import read_article

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; give an article file (txt, html, json, jsonl, feed, warc)")
    nlp = reading_pipeline(model)
    records: list[StanceRecord] = []
    failures: list[ReadFailure] = []
    read = 0
    for item in iter_articles([path]):
        if isinstance(item, ReadFailure):
            failures.append(item)
            continue
        read += 1
        records.extend(decide_stances(read_article(nlp, item), questions))
    if not read:
        reason = failures[0].reason if failures else "no article found in it"
        raise InputError(f"{path}: {reason}")
    return records


def redecide(store, questions: list[Question], model: str = DEFAULT_MODEL,
             on_article: Callable[[str], None] | None = None) -> int:
    """Read every stored article again and replace its stance records on ``questions``.

    Returns:
        the number of articles decided.
    """
    from ..nlp.pipeline import read_article

    if not questions:
        return 0
    nlp = reading_pipeline(model)
    ids = [q.id for q in questions]
    n = 0
    for article in store.articles():
        records = decide_stances(read_article(nlp, article), questions)
        store.replace_stances(article.id, records, question_ids=ids)
        n += 1
        if on_article:
            on_article(article.id)
    return n
