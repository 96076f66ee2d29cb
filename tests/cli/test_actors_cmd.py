"""``stancemap actors``: actors with kind, country, roles and mention counts, as a table or JSON."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.model import Actor, ActorMention, Article, Reading, Role, Span
from stancemap.store import Store

runner = CliRunner()
FIN = Actor("country:FIN", "Finland", "country", country="FIN")
STUBB = Actor("person:alexander-stubb", "Alexander Stubb", "person", country="FIN",
              roles=[Role("President", "FIN", None, "2024-03-01")], represents="gov:FIN")


def _mentions(text: str, actor: Actor, word: str) -> list[ActorMention]:
    out, start = [], text.find(word)
    while start >= 0:
        out.append(ActorMention(Span(start, start + len(word), word), actor.id, "exact"))
        start = text.find(word, start + 1)
    return out


@pytest.fixture()
def db(sqlite_url):
    """Two articles: Finland twice and Stubb once in the first, Finland once in the second."""
    with Store(sqlite_url) as store:
        for text in ("Finland and Finland again, said Stubb.", "Finland only."):
            article = Article(text=text)
            mentions = _mentions(text, FIN, "Finland") + _mentions(text, STUBB, "Stubb")
            store.add_article(article, Reading(article, {FIN.id: FIN, STUBB.id: STUBB}, mentions, [], []))
    return sqlite_url


def test_actors_cmd_json(db):
    result = runner.invoke(app, ["actors", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["id"], r["mentions"], r["documents"]) for r in rows] == [
        ("country:FIN", 3, 2), ("person:alexander-stubb", 1, 1)]
    assert rows[1]["roles"][0]["title"] == "President" and rows[1]["kind"] == "person"


def test_actors_cmd_doc_and_limit(db):
    doc = Article(text="Finland only.").id
    result = runner.invoke(app, ["actors", "--db", db, "--doc", doc, "--format", "json"])
    assert [(r["id"], r["mentions"]) for r in json.loads(result.stdout)] == [("country:FIN", 1)]
    result = runner.invoke(app, ["actors", "--db", db, "--limit", "1", "--format", "json"])
    assert len(json.loads(result.stdout)) == 1


def test_actors_cmd_table(db):
    result = runner.invoke(app, ["actors", "--db", db], env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "country:FIN" in result.stdout and "President (FIN)" in result.stdout


def test_actors_cmd_bad_db_exit_2(tmp_path):
    result = runner.invoke(app, ["actors", "--db", f"sqlite:///{tmp_path}/missing/dir/x.db"])
    assert result.exit_code == 2 and result.stderr.startswith("Error: ")


def test_actors_cmd_help_has_example():
    result = runner.invoke(app, ["actors", "--help"])
    assert result.exit_code == 0 and "stancemap actors --db" in result.stdout
