"""The ingest service: duplicates skipped before reading, near-duplicates clustered, failures recorded."""
from __future__ import annotations

import pytest

from stancemap.ingest import service
from stancemap.ingest.service import IngestOptions, ingest
from stancemap.model import Evidence, Question, Reading, Span, StanceRecord, Actor
from stancemap.store import Store

WORDS = ("the council said ministers would meet again next week to discuss the sanctions package and "
         "the question of frozen assets while several members asked for more time to study the legal "
         "opinion that had been circulated before the summit in the capital").split()


def story(seed: int, n: int = 160) -> str:
    """A deterministic text of ``n`` words, different for each seed."""
    return " ".join(f"{WORDS[(i * (seed + 3)) % len(WORDS)]}{seed if i % 7 == 0 else ''}" for i in range(n)) + "."


@pytest.fixture()
def store(sqlite_url):
    with Store(sqlite_url) as s:
        yield s


@pytest.fixture()
def fake_reading(monkeypatch):
    """Replace spaCy by a reader that fails on articles containing POISON; records what it read."""
    seen: list[str] = []

    def read_article(nlp, article):
        seen.append(article.id)
        if "POISON" in article.text:
            raise ValueError("bad token")
        return Reading(article, {}, [], [], [Span(0, len(article.text), article.text)])

    def read_docs(nlp, articles, batch_size=16):
        if any("POISON" in a.text for a in articles):
            raise ValueError("batch broke")
        for a in articles:
            yield a, a

    import stancemap.nlp.pipeline as pipeline

    monkeypatch.setattr(service, "_pipeline", lambda options: object())
    monkeypatch.setattr(pipeline, "read_article", read_article)
    monkeypatch.setattr(pipeline, "read_docs", read_docs)
    monkeypatch.setattr(pipeline, "doc_to_reading", lambda a, doc: read_article(None, a))
    return seen


def test_service_counts_new_duplicate_near_and_failed(tmp_path, store):
    (tmp_path / "a.txt").write_text(story(1))
    (tmp_path / "b.txt").write_text(story(1))  # exact copy
    (tmp_path / "c.txt").write_text("BREAKING: " + story(1) + " Copyright Example News.")  # reprint
    (tmp_path / "d.txt").write_text(story(2))
    (tmp_path / "e.txt").write_text("")
    events = []
    summary = ingest([tmp_path], store, IngestOptions(read=False), on_event=lambda k, p: events.append((k, p)))
    assert (summary.read, summary.new, summary.duplicate, summary.near_duplicate, summary.failed) == (4, 2, 1, 1, 1)
    assert summary.failures[0].path.endswith("e.txt")
    statuses = [p["status"] for k, p in events if k == "article"]
    assert statuses == ["new", "duplicate", "near-duplicate", "new"]
    assert events[-1][0] == "done"
    ids = [p["article_id"] for k, p in events if k == "article"]
    assert store.cluster_of(ids[2]) == ids[0]


def test_service_clusterer_warmed_from_store(tmp_path, store):
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "a.txt").write_text(story(5))
    ingest([tmp_path / "one"], store, IngestOptions(read=False))
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "b.txt").write_text("Updated: " + story(5))
    summary = ingest([tmp_path / "two"], store, IngestOptions(read=False))
    assert summary.near_duplicate == 1


def test_service_duplicates_are_not_read(tmp_path, store, fake_reading):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(story(3))  # twins in one batch: read once
    ingest([tmp_path], store, IngestOptions())
    summary = ingest([tmp_path], store, IngestOptions())  # all stored already: nothing read
    assert len(fake_reading) == 1
    assert (summary.read, summary.duplicate, summary.new) == (3, 3, 0)


def test_service_failing_article_does_not_stop_the_run(tmp_path, store, fake_reading):
    (tmp_path / "a.txt").write_text(story(1))
    (tmp_path / "b.txt").write_text("POISON " + story(2))
    (tmp_path / "c.txt").write_text(story(3))
    summary = ingest([tmp_path], store, IngestOptions(batch_size=8))
    assert (summary.new, summary.failed) == (2, 1)
    assert summary.failures[0].path.endswith("b.txt") and "ValueError: bad token" in summary.failures[0].reason
    assert store.counts()["articles"] == 2
    assert store.get_reading(next(iter(store.articles())).id) is not None


def test_service_decides_stances_on_stored_questions(tmp_path, store, fake_reading, monkeypatch):
    store.save_questions([Question("q1", "Should it?")])
    actor = Actor("country:FIN", "Finland", "country", country="FIN")

    def decide(reading, questions):
        s = reading.sentences[0]
        return [StanceRecord(actor, q.id, "support", 0.7, Evidence(reading.article.id, s), "fake") for q in questions]

    monkeypatch.setattr(service, "_decider", lambda: decide)
    (tmp_path / "a.txt").write_text(story(1))
    ingest([tmp_path], store, IngestOptions())
    [record] = store.stance_records("q1")
    assert record.actor.id == "country:FIN" and record.evidence.cluster is not None


def test_service_decider_failure_is_a_failure(tmp_path, store, fake_reading, monkeypatch):
    store.save_questions([Question("q1", "Should it?")])

    def decide(reading, questions):
        raise RuntimeError("no model")

    monkeypatch.setattr(service, "_decider", lambda: decide)
    (tmp_path / "a.txt").write_text(story(1))
    summary = ingest([tmp_path], store, IngestOptions())
    assert summary.failed == 1 and "deciding stances failed" in summary.failures[0].reason
    assert store.counts()["articles"] == 0  # not stored, so a later run retries it


@pytest.mark.model
def test_service_reads_dates_with_the_pipeline(seed_path, store):
    summary = ingest([seed_path], store, IngestOptions(stages=("dates",)))
    assert summary.new == 1
    [article] = list(store.articles())
    reading = store.get_reading(article.id)
    assert reading.dates and reading.sentences
    assert all(article.text[t.span.start:t.span.end] == t.span.text for t in reading.dates)
