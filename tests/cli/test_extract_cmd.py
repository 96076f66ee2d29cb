"""``stancemap extract``: one article, no database, records in the contract of the issue."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.config import shared_data_dir
from stancemap.ledger.questions import DEMO_QUESTIONS

CHECKER = shared_data_dir().parent / "tools" / "check_extract_output.py"
DEMO = DEMO_QUESTIONS.parent.parent / "demo"


@pytest.mark.model
def test_extract_cmd_output_passes_the_contract_checker(seed_path):
    if not CHECKER.is_file():
        pytest.skip(f"{CHECKER} not found")
    result = CliRunner().invoke(app, ["extract", str(seed_path), "--questions", str(DEMO_QUESTIONS)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) >= 9
    check = subprocess.run([sys.executable, str(CHECKER)], input=result.stdout, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


@pytest.mark.model
def test_extract_cmd_demo_article_with_front_matter():
    path = DEMO / "002_germany_allows_kharkiv.txt"
    result = CliRunner().invoke(app, ["extract", str(path), "--questions", str(DEMO_QUESTIONS)])
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    germany = [r for r in records if r["actor"]["id"] in ("country:DEU", "gov:DEU")]
    assert any(r["stance"] == "conditional" and "Kharkiv" in (r["condition"] or "") for r in germany)
    assert all(r["date"] == "2024-05-31" for r in germany)


@pytest.mark.model
def test_extract_cmd_table_format(seed_path):
    result = CliRunner().invoke(app, ["extract", str(seed_path), "--questions", str(DEMO_QUESTIONS),
                                      "--format", "table"])
    assert result.exit_code == 0 and "stances" in result.output


def test_extract_cmd_missing_file_exits_2(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "none.txt"), "--questions", str(DEMO_QUESTIONS)])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_extract_cmd_min_confidence_leaves_out_less_sure_records(seed_path):
    def run(*extra):
        result = CliRunner().invoke(app, ["extract", str(seed_path), "--questions", str(DEMO_QUESTIONS), *extra])
        assert result.exit_code == 0, result.output
        return [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]

    every, sure = run(), run("--min-confidence", "0.8")
    assert sure and len(sure) < len(every)
    assert all(r["confidence"] >= 0.8 for r in sure)
    bad = CliRunner().invoke(app, ["extract", str(seed_path), "--questions", str(DEMO_QUESTIONS),
                                   "--min-confidence", "2"])
    assert bad.exit_code == 2
