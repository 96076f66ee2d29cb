"""``stancemap questions add|list``."""
import json

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.ledger.questions import DEMO_QUESTIONS
from stancemap.store import Store


def test_questions_cmd_add_then_list(sqlite_url):
    added = CliRunner().invoke(app, ["questions", "add", str(DEMO_QUESTIONS), "--no-decide", "--db", sqlite_url])
    assert added.exit_code == 0, added.output
    listed = CliRunner().invoke(app, ["questions", "list", "--json", "--db", sqlite_url])
    ids = [q["id"] for q in json.loads(listed.output)]
    assert ids == sorted(["strikes-in-russia", "ukraine-nato-membership"])


def test_questions_cmd_bad_file_names_question_and_field(tmp_path, sqlite_url):
    bad = tmp_path / "q.yaml"
    bad.write_text("questions:\n  - id: tax\n    statement: 3\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["questions", "add", str(bad), "--db", sqlite_url])
    assert result.exit_code == 2
    assert "q.yaml" in result.output and "'tax'" in result.output and "statement" in result.output


@pytest.mark.model
def test_questions_cmd_add_redecides_stored_articles(sqlite_url):
    text = ("Italy refused to allow Ukraine to use Italian weapons to strike targets on Russian territory, "
            "its defence minister said on Tuesday.")
    from stancemap.model import Article

    with Store(sqlite_url) as store:
        store.add_article(Article(text=text, title="Italy", outlet="Wire"))
    result = CliRunner().invoke(app, ["questions", "add", str(DEMO_QUESTIONS), "--db", sqlite_url])
    assert result.exit_code == 0, result.output
    assert "1 stored article" in result.output
    with Store(sqlite_url) as store:
        records = store.stance_records("strikes-in-russia")
    assert {(r.actor.id, r.stance) for r in records if r.via is None} >= {("country:ITA", "oppose")}
