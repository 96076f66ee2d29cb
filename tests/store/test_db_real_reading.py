"""A reading made by the real pipeline survives the store unchanged (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from stancemap.ingest import iter_articles
from stancemap.nlp.pipeline import read_article


@pytest.mark.model
def test_db_real_reading_round_trips(nlp_read, seed_path, store):
    [article] = list(iter_articles([seed_path]))
    reading = read_article(nlp_read, article)
    assert reading.mentions, "the seed article should mention actors"
    store.add_article(article, reading, stages=("dates", "actors"))
    back = store.get_reading(article.id)
    assert back.article.text == article.text
    assert back.mentions == sorted(reading.mentions, key=lambda m: m.span.start)
    assert back.dates == sorted(reading.dates, key=lambda t: t.span.start)
    assert back.sentences == reading.sentences
    mentioned = {m.actor_id for m in reading.mentions}
    assert {i: back.actors[i] for i in mentioned} == {i: reading.actors[i] for i in mentioned if i in reading.actors}
