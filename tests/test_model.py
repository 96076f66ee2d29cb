"""The shared records: identity of articles, dated roles, the extract contract."""
from __future__ import annotations

from datetime import date

from stancemap.model import Actor, Article, Evidence, Role, Span, StanceRecord, content_hash


def test_model_content_hash_ignores_whitespace_and_newline_style():
    assert content_hash("A  b\r\nc ") == content_hash("A b\nc")
    assert content_hash("A b c") != content_hash("A b d")


def test_model_article_id_is_stable_prefix_of_hash():
    art = Article(text="Some text.")
    assert art.id == art.content_hash[:16]
    assert Article(text="Some text.", title="other").id == art.id


def test_model_role_held_on_date():
    role = Role("Secretary-General", organisation="org:NATO", start="2014-10-01", end="2024-10-01")
    assert role.held_on(date(2024, 5, 27))
    assert not role.held_on(date(2025, 1, 1))
    assert role.held_on(None)


def test_model_stance_record_contract_shape():
    actor = Actor(id="country:FIN", name="Finland", kind="country", country="FIN")
    ev = Evidence(document="abc", sentence=Span(10, 20, "0123456789"))
    rec = StanceRecord(actor=actor, question="q", stance="support", confidence=0.9, evidence=ev, method="m")
    out = rec.to_contract()
    assert out["actor"] == {"id": "country:FIN", "name": "Finland", "kind": "country", "country": "FIN"}
    assert out["evidence"]["start"] == 10 and out["evidence"]["end"] == 20
    assert out["condition"] is None and out["via"] is None


def test_model_span_strip_keeps_offsets_true():
    text = "Intro.\n\nThe council met.\n\n"
    span = Span(8, len(text), text[8:])
    out = span.strip()
    assert out.text == "The council met." and text[out.start:out.end] == out.text
    assert Span(0, 6, "Intro.").strip() == Span(0, 6, "Intro.")
