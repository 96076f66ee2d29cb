"""``stancemap ingest``: summary table, one line per failure, exit codes 0 / 1 / 2."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.store import Store

runner = CliRunner()


@pytest.fixture()
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Finland lifted its restrictions on Monday, the minister said.\n")
    (folder / "b.txt").write_text("Finland lifted its restrictions on Monday, the minister said.\n")
    (folder / "c.txt").write_text("Hungary refused to allow it, officials in Budapest said.\n")
    return folder


def test_ingest_cmd_stores_and_summarises(news, db_url):
    result = runner.invoke(app, ["ingest", str(news), "--db", db_url, "--no-read"])
    assert result.exit_code == 0, result.output
    assert "read" in result.stdout and "near-duplicate" in result.stdout
    row = [line for line in result.stdout.splitlines() if line.count("│") >= 5][-1]
    assert [c.strip() for c in row.strip("│ ").split("│")] == ["3", "2", "1", "0", "0"]
    with Store(db_url) as store:
        assert store.counts()["articles"] == 2


def test_ingest_cmd_failure_lines_and_exit_1(news, sqlite_url):
    (news / "d.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(news), "--db", sqlite_url, "--no-read"])
    assert result.exit_code == 1
    assert f"{news / 'd.txt'}: empty file" in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--db", "mysql://u@h/db"], "SQLite or PostgreSQL"),
    (["--stages", "dates,nonsense"], "unknown stage"),
    (["--model", "no_such_spacy_model"], "not installed"),
])
def test_ingest_cmd_config_errors_exit_2(news, sqlite_url, args, message):
    result = runner.invoke(app, ["ingest", str(news), "--db", sqlite_url, *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and message in result.stderr


def test_ingest_cmd_missing_path_exit_2(tmp_path, sqlite_url):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope"), "--db", sqlite_url])
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_ingest_cmd_help_has_example():
    result = runner.invoke(app, ["ingest", "--help"])
    assert result.exit_code == 0 and "stancemap ingest news/" in result.stdout
