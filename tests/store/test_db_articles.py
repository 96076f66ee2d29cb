"""Articles, copies, clusters and readings written by ``Store.add_article`` and read back."""
from __future__ import annotations

import pytest

from stancemap.model import ActorMention, Span
from stancemap.store import RecordError


def test_db_new_article_round_trips(store, build):
    article = build.article()
    result = store.add_article(article, minhash=b"\x01\x02\x03\x04")
    assert (result.status, result.article_id, result.cluster_id) == ("new", article.id, article.id)
    back = store.get_article(article.id)
    assert back == article  # every field, incl. the date and where it came from
    assert list(store.signatures()) == [(article.id, b"\x01\x02\x03\x04")]
    assert store.get_article("0" * 16) is None


def test_db_same_text_is_duplicate_with_copy_row(store, build):
    first = store.add_article(build.article())
    again = store.add_article(build.article(source_path="/in/b.html", url=None, fmt="html"))
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert [c["path"] for c in store.copies(first.article_id)] == ["/in/a.txt", "/in/b.html"]
    assert store.counts()["articles"] == 1


def test_db_same_canonical_url_is_duplicate(store, build):
    first = store.add_article(build.article())
    # tracking parameter and fragment differ, the text was edited: still the same page
    edited = build.article(text=build.TEXT + " Updated.", url="https://news.example.com/a/1#top",
                           source_path="/in/c.txt")
    assert store.add_article(edited) .status == "duplicate"
    assert store.find_duplicate(edited) == first.article_id


def test_db_same_file_twice_records_one_copy(store, build):
    store.add_article(build.article())
    store.add_article(build.article())
    assert store.counts()["article_copies"] == 1


def test_db_near_duplicate_joins_cluster(store, build):
    first = store.add_article(build.article())
    near = build.article(text="Reuters - " + build.TEXT, url=None, source_path="/in/d.txt")
    result = store.add_article(near, near_of=first.article_id)
    assert result.status == "near-duplicate" and result.cluster_id == first.cluster_id
    assert store.cluster_of(near.id) == first.article_id
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT size FROM clusters").scalar() == 2


def test_db_near_of_unknown_article_starts_cluster(store, build):
    result = store.add_article(build.article(), near_of="ffffffffffffffff")
    assert result.status == "new" and result.cluster_id == result.article_id


def test_db_reading_round_trips(store, build):
    article = build.article()
    reading = build.reading(article)
    store.add_article(article, reading, stages=("dates", "actors", "attribution", "actions"))
    back = store.get_reading(article.id)
    assert back.mentions == reading.mentions
    assert back.dates == reading.dates
    assert back.sentences == reading.sentences
    assert back.attributions == reading.attributions
    assert back.actions == reading.actions
    assert back.actors[build.VALTONEN.id] == build.VALTONEN
    # the pronoun points at an id no reading described: a stub actor keeps the reference valid
    assert back.actors["org:unknown-thing"].source == "stub"


def test_db_unread_article_has_no_reading(store, build):
    store.add_article(build.article())
    assert store.get_reading(build.article().id) is None


def test_db_failed_article_leaves_no_rows(store, build):
    article = build.article()
    reading = build.reading(article)
    reading.mentions.append(ActorMention(Span(0, 7, None), build.FIN.id, "exact"))  # text NOT NULL
    with pytest.raises(RecordError, match=article.id):
        store.add_article(article, reading)
    assert all(n == 0 for n in store.counts().values())


def test_db_articles_iterates_in_pages(store, build):
    ids = {store.add_article(build.article(text=f"Story number {i}.", url=None)).article_id for i in range(5)}
    assert {a.id for a in store.articles(page=2)} == ids
