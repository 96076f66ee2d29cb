"""Question files: a statement alone works; errors name the file, the question and the field."""
import pytest

from stancemap.errors import ConfigError
from stancemap.ledger.questions import DEMO_QUESTIONS, dump_questions, load_questions


def write(tmp_path, text):
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_questions_statement_alone(tmp_path):
    [q] = load_questions(write(tmp_path, "questions:\n  - id: tax\n    statement: The wealth tax should be raised.\n"))
    assert (q.id, q.keywords, q.examples) == ("tax", [], {})


def test_questions_full_entry_and_round_trip(tmp_path):
    text = ("questions:\n  - id: strikes\n    statement: Ukraine may strike Russian territory.\n"
            "    keywords: [strike Russia]\n    examples: {support: [Lift the ban.], oppose: [Keep the ban.]}\n")
    qs = load_questions(write(tmp_path, text))
    assert qs[0].examples["oppose"] == ["Keep the ban."]
    assert load_questions(write(tmp_path, dump_questions(qs))) == qs


def test_questions_demo_file_loads():
    assert [q.id for q in load_questions(DEMO_QUESTIONS)][0] == "strikes-in-russia"


@pytest.mark.parametrize("body, words", [
    ("questions:\n  - id: tax\n", ["q.yaml", "'tax'", "statement"]),
    ("questions:\n  - id: Bad Id\n    statement: A b c d.\n", ["q.yaml", "question 1", "id"]),
    ("questions:\n  - id: tax\n    statement: A b c.\n    keywords: tax\n", ["'tax'", "keywords"]),
    ("questions:\n  - id: tax\n    statement: A b c.\n    examples: {maybe: [x]}\n", ["'tax'", "examples", "maybe"]),
    ("questions:\n  - id: tax\n    statement: A b c.\n    colour: red\n", ["'tax'", "colour"]),
    ("questions:\n  - {id: a, statement: A b c.}\n  - {id: a, statement: D e f.}\n", ["'a'", "twice"]),
    ("nothing: here\n", ["q.yaml", "questions:"]),
    ("questions: [unclosed\n", ["q.yaml", "YAML"]),
])
def test_questions_errors_name_file_question_field(tmp_path, body, words):
    with pytest.raises(ConfigError) as err:
        load_questions(write(tmp_path, body))
    for word in words:
        assert word in str(err.value)


def test_questions_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_questions(tmp_path / "none.yaml")


@pytest.mark.parametrize("question, claim", [
    ("Should the death penalty be abolished?", "The death penalty should be abolished."),
    ("Should Congress raise the federal gas tax?", "Congress should raise the federal gas tax."),
    ("Should candidates refuse donations from lobbyists?", "Candidates should refuse donations from lobbyists."),
    ("The United States should act.", "The United States should act."),   # a claim already
    ("Why is this?", "Why is this?"),                                         # no modal: left as written
])
def test_a_yes_no_question_reads_as_a_claim(question, claim):
    from stancemap.ledger.questions import declarative

    assert declarative(question) == claim


def test_a_permission_asked_for_reads_as_one_granted():
    from stancemap.ledger.questions import as_claim
    from stancemap.model import Question

    q = as_claim(Question("s", "Should Ukraine be allowed to strike military targets in Russia?"))
    assert q.statement == "Ukraine may strike military targets in Russia." and q.id == "s"
