"""Actor summaries, attributions, questions and stance records read from the store."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest

from stancemap.errors import StoreError
from stancemap.model import Actor, ActorMention, Question


@pytest.fixture()
def filled(store, build):
    """Two read articles: the full TEXT, and a second one mentioning only Hungary."""
    first = build.article()
    store.add_article(first, build.reading(first))
    second = build.article(text="Hungary refused to allow it.", url=None, source_path="/in/h.txt")
    mention = ActorMention(build.span(second.text, "Hungary"), build.HUN.id, "exact")
    store.add_article(second, build.bare(second, [build.HUN], [mention]))
    return store, first, second


def test_db_actor_summary_counts_all(filled):
    store, _, _ = filled
    rows = {r.actor.id: r for r in store.actor_summary()}
    assert (rows["country:HUN"].mentions, rows["country:HUN"].documents) == (2, 2)
    assert (rows["country:FIN"].mentions, rows["country:FIN"].documents) == (1, 1)
    assert rows["person:elina-valtonen"].actor.roles[0].title == "Foreign Minister"
    assert store.actor_summary()[0].actor.id == "country:HUN"  # most mentioned first


def test_db_actor_summary_per_document(filled):
    store, _, second = filled
    assert [(r.actor.id, r.mentions) for r in store.actor_summary(doc=second.id)] == [("country:HUN", 1)]
    assert store.actor_summary(doc="0" * 16) == []


def test_db_kb_actor_not_overwritten_by_text_actor(store, build):
    store.add_article(build.article(), build.reading(build.article()))
    text_fin = Actor("country:FIN", "finland (from text)", "country", aliases=["Finnland"], source="text")
    other = build.article(text="Finland again.", url=None)
    store.add_article(other, build.bare(other, [text_fin]))
    fin = next(r.actor for r in store.actor_summary() if r.actor.id == "country:FIN")
    assert fin.name == "Finland" and fin.source == "kb"


def test_db_stub_actor_upgraded_by_kb_description(store, build):
    store.add_article(build.article(), build.reading(build.article()))
    described = Actor("org:unknown-thing", "Unknown Thing Org", "organisation", source="kb")
    other = build.article(text="Another story.", url=None)
    store.add_article(other, build.bare(other, [described]))
    thing = next(r.actor for r in store.actor_summary() if r.actor.id == "org:unknown-thing")
    assert (thing.name, thing.kind, thing.source) == ("Unknown Thing Org", "organisation", "kb")


@pytest.mark.parametrize("query", ["person:elina-valtonen", "valtonen", "ELINA"])
def test_db_attributions_by_actor(filled, query):
    store, first, _ = filled
    found = store.attributions(actor=query)
    assert [(doc, a.cue.text) for doc, a in found] == [(first.id, "said")]


def test_db_attributions_filters(filled):
    store, first, second = filled
    assert store.attributions(actor="Hungary") == []
    assert store.attributions(actor="%") == []  # wildcards are matched literally
    assert len(store.attributions(doc=first.id)) == 1 and store.attributions(doc=second.id) == []


def test_db_questions_upsert(store):
    q = Question("q-lift", "Should restrictions be lifted?", ["lift"], {"support": ["lift the ban"]})
    store.save_questions([q])
    with store.engine.connect() as conn:
        created = conn.exec_driver_sql("SELECT updated_at FROM questions").scalar()
    store.save_questions([q])  # unchanged: updated_at stays
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT updated_at FROM questions").scalar() == created
    changed = replace(q, keywords=["lift", "ease"])
    store.save_questions([changed, Question("q-b", "B?")])
    assert store.questions() == [Question("q-b", "B?"), changed]
    assert store.question("q-lift") == changed and store.question("nope") is None


def test_db_stance_records_carry_outlet_and_cluster(store, build):
    article = build.article()
    store.add_article(article, build.reading(article), [build.stance(article)])
    [record] = store.stance_records("q-lift")
    expected = build.stance(article)
    assert record.evidence.outlet == "news.example.com" and record.evidence.cluster == article.id
    assert replace(record, evidence=expected.evidence) == expected
    assert (record.evidence.sentence, record.evidence.content, record.evidence.cue, record.evidence.speaker) == (
        expected.evidence.sentence, expected.evidence.content, expected.evidence.cue, expected.evidence.speaker)
    assert store.stance_records("q-lift", actor="finl") == [record]
    assert store.stance_records("q-lift", actor="hungary") == []
    assert store.stance_records("other") == []


def test_db_stance_linked_to_attribution(store, build):
    article = build.article()
    store.add_article(article, build.reading(article), [build.stance(article)])
    with store.engine.connect() as conn:
        linked = conn.exec_driver_sql(
            "SELECT a.cue_text FROM stance_records s JOIN attributions a ON a.id = s.attribution_id").all()
    assert linked == [("said",)]


def test_db_replace_stances_updates_in_place(store, build):
    article = build.article()
    store.add_article(article, build.reading(article), [build.stance(article)])
    [(record_id, (created, updated))] = store.stance_timestamps("q-lift").items()
    time.sleep(0.01)
    store.replace_stances(article.id, [build.stance(article, stance="conditional", confidence=0.6)])
    [(same_id, (created2, updated2))] = store.stance_timestamps("q-lift").items()
    assert same_id == record_id and created2 == created and updated2 > updated
    assert [r.stance for r in store.stance_records("q-lift")] == ["conditional"]


def test_db_replace_stances_drops_stale_records(store, build):
    article = build.article()
    store.add_article(article, build.reading(article),
                      [build.stance(article), build.stance(article, question="q-other")])
    store.replace_stances(article.id, [build.stance(article, actor=build.HUN, stance="oppose")],
                          question_ids=["q-lift"])
    assert [(r.actor.id, r.stance) for r in store.stance_records("q-lift")] == [("country:HUN", "oppose")]
    assert len(store.stance_records("q-other")) == 1  # another question: untouched
    store.replace_stances(article.id, [])
    assert store.counts()["stance_records"] == 0


def test_db_replace_stances_unknown_article(store, build):
    with pytest.raises(StoreError, match="ingest it"):
        store.replace_stances("0" * 16, [build.stance(build.article())])
