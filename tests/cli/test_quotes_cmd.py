"""``stancemap quotes`` against a real store (SQLite file and PostgreSQL)."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.model import Actor, Article, Attribution, Reading, Span
from stancemap.store import Store

TEXT = ("“We will lift the restrictions,” Foreign Minister Elina Valtonen said on Monday. "
        "It was reported that Hungary refused.")
VALTONEN = Actor("person:elina-valtonen", "Elina Valtonen", "person", country="FIN")


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start, start + len(part), part)


def _reading(article: Article) -> Reading:
    first, second = TEXT.split(". ", 1)
    direct = Attribution(
        cue=_span("said"), contents=[_span("“We will lift the restrictions,”")], sentence=_span(first + "."),
        source=_span("Foreign Minister Elina Valtonen"), actor_id=VALTONEN.id, speech="direct",
        date="2024-05-27", date_source="sentence")
    unsourced = Attribution(
        cue=_span("was reported"), contents=[_span("that Hungary refused")], sentence=_span(second),
        source=None, actor_id=None, speech="indirect", date="2024-05-31", date_source="published",
        source_type="none")
    return Reading(article=article, actors={VALTONEN.id: VALTONEN}, mentions=[], dates=[], sentences=[],
                   attributions=[direct, unsourced])


@pytest.fixture()
def store_url(db_url):
    article = Article(text=TEXT, title="t", published=date(2024, 5, 31), outlet="Example News")
    with Store(db_url) as store:
        store.add_article(article, _reading(article))
    return db_url, article.id


def _run(*args):
    result = CliRunner().invoke(app, ["quotes", *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_quotes_cmd_json_lists_every_attribution(store_url):
    url, article_id = store_url
    rows = json.loads(_run("--db", url, "--format", "json"))
    assert [(r["document"], r["cue"]["text"], r["source_type"]) for r in rows] == [
        (article_id, "said", "named"), (article_id, "was reported", "none")]
    assert rows[0]["contents"][0]["start"] == 0


def test_quotes_cmd_actor_filter_by_name(store_url):
    url, _ = store_url
    rows = json.loads(_run("--db", url, "--format", "json", "--actor", "valtonen"))
    assert [r["actor_id"] for r in rows] == ["person:elina-valtonen"]


def test_quotes_cmd_doc_filter_excludes_other_docs(store_url):
    url, _ = store_url
    assert json.loads(_run("--db", url, "--format", "json", "--doc", "0000000000000000")) == []


def test_quotes_cmd_csv_has_header_and_offsets(store_url):
    url, article_id = store_url
    rows = list(csv.DictReader(io.StringIO(_run("--db", url, "--format", "csv"))))
    assert rows[0]["document"] == article_id
    assert rows[0]["speech"] == "direct"
    assert rows[1]["source"] == "" and rows[1]["source_type"] == "none"


def test_quotes_cmd_table_shows_speaker(store_url):
    url, _ = store_url
    out = _run("--db", url)
    assert "person:elina-valtonen" in out or "Valtonen" in out


def test_quotes_cmd_help_has_example():
    out = _run("--help")
    assert "stancemap quotes" in out
