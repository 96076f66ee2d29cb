"""Load and validate the user's question file (YAML).

::

    questions:
      - id: strikes-in-russia
        statement: Ukraine may use Western-supplied weapons to strike military targets on Russian territory.
        keywords: [strike Russia, Russian territory]          # optional
        examples: {support: [...], oppose: [...]}              # optional

A statement alone is enough.  Errors name the file, the question and the field.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from ..config import PACKAGE_DATA
from ..errors import ConfigError
from ..model import STANCE_LABELS, Question

DEMO_QUESTIONS = PACKAGE_DATA / "questions" / "demo.yaml"
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_FIELDS = {"id", "statement", "keywords", "examples"}


def load_questions(path: str | Path) -> list[Question]:
    """Read and validate a question file.

    Raises:
        ConfigError: the file is missing, not YAML, or a question is malformed (the message names
            the file, the question and the field).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the question file ({e.strerror or e})") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ConfigError(f"{path}: not valid YAML ({e}); see the question file format in the README") from e
    return parse_questions(data, str(path))


def parse_questions(data: Any, where: str = "<questions>") -> list[Question]:
    """Validate already-parsed YAML (a mapping with a ``questions`` list) into Questions."""
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list) or not data["questions"]:
        raise ConfigError(f"{where}: expected a top-level 'questions:' list with at least one question")
    out: list[Question] = []
    seen: set[str] = set()
    for n, item in enumerate(data["questions"], 1):
        q = _question(item, f"{where}: question {n}")
        if q.id in seen:
            raise ConfigError(f"{where}: question {q.id!r}: field 'id' is used twice; ids must be unique")
        seen.add(q.id)
        out.append(q)
    return out


def _question(item: Any, where: str) -> Question:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: must be a mapping with 'id' and 'statement'")
    qid = item.get("id")
    if not isinstance(qid, str) or not _ID.match(qid):
        raise ConfigError(f"{where}: field 'id' must be a short slug of lowercase letters, digits, '-' or '_' "
                          f"(got {qid!r})")
    where = f"{where.rsplit(': ', 1)[0]}: question {qid!r}"
    unknown = set(item) - _FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(_FIELDS)}")
    statement = item.get("statement")
    if not isinstance(statement, str) or len(statement.split()) < 3:
        raise ConfigError(f"{where}: field 'statement' must be a sentence (at least three words)")
    return Question(id=qid, statement=statement.strip(), keywords=_keywords(item.get("keywords"), where),
                    examples=_examples(item.get("examples"), where))


def _keywords(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(k, str) and k.strip() for k in value):
        raise ConfigError(f"{where}: field 'keywords' must be a list of non-empty strings")
    return [k.strip() for k in value]


def _examples(value: Any, where: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: field 'examples' must map stances ({', '.join(STANCE_LABELS)}) to lists")
    out: dict[str, list[str]] = {}
    for label, texts in value.items():
        if label not in STANCE_LABELS:
            raise ConfigError(f"{where}: field 'examples' has key {label!r}; use one of {list(STANCE_LABELS)}")
        if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
            raise ConfigError(f"{where}: field 'examples.{label}' must be a list of sentences")
        out[label] = [t.strip() for t in texts]
    return out


def dump_questions(questions: list[Question]) -> str:
    """The questions as YAML in the same format :func:`load_questions` reads."""
    items = []
    for q in questions:
        item: dict[str, Any] = {"id": q.id, "statement": q.statement}
        if q.keywords:
            item["keywords"] = list(q.keywords)
        if q.examples:
            item["examples"] = {k: list(v) for k, v in q.examples.items()}
        items.append(item)
    return yaml.safe_dump({"questions": items}, sort_keys=False, allow_unicode=True)


#: first words of a statement written as a yes/no question ("Should the US raise the gas tax?")
_QUESTION_MODALS = frozenset({"should", "must", "may", "can", "could", "would", "will", "ought", "shall"})


@functools.lru_cache(maxsize=256)
def declarative(statement: str) -> str:
    """The statement as a claim: "Should the death penalty be abolished?" -> "The death penalty should be
    abolished."  The stance rules read a question's action after its modal, so a yes/no question is turned
    round (with spaCy's parser, to find where its subject ends); any other statement is returned as is."""
    text = statement.strip()
    words = text.split()
    if not text.endswith("?") or len(words) < 3 or words[0].lower() not in _QUESTION_MODALS:
        return statement
    from ..nlp.pipeline import cached_pipeline

    doc = cached_pipeline(stages=())(text)
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.left_edge.i != 1:
        return statement
    span = doc[1:subject.right_edge.i + 1]
    rest = doc[span.end:].text.rstrip("?").strip()
    proper = doc[1].tag_ in ("NNP", "NNPS") or doc[1].text.isupper()
    head = span.text if proper else span.text[:1].upper() + span.text[1:]
    return f"{head} {words[0].lower()} {rest}." if rest else statement


#: "should be allowed to strike" asks for a permission: the same claim as "may strike"
_PERMISSION = re.compile(r"\b(?:should|must|ought to) be (?:allowed|permitted|free) to\b", re.IGNORECASE)


#: "should remain banned", "must stay closed": a restriction kept is the restriction asked for ("should be
#: banned"); the keeping verb would otherwise be read as the action, and the ban as a restriction of it, which
#: turned every stance round.  A kept freedom ("should remain legal", "stay open") keeps its own reading (v6), and
#: so does "remain illegal" (an adjective with no verb whose opposites the lexicon knows).
#: v19.
_STATE_KEPT = re.compile(r"\b(should|must|ought to|needs? to|has to|have to)\s+(?:remain|stay|continue to be)\s+"
                         r"(?=(?:\w+ly\s+)?(?:banned|prohibited|outlawed|forbidden|barred|restricted|blocked|suspended|frozen|"
                         r"criminali[sz]ed|closed|shut|off-limits)\b)",
                         re.IGNORECASE)


def as_claim(question: Question) -> Question:
    """The question with its statement in declarative form (see :func:`declarative`), a permission asked for
    ("should be allowed to") read as one granted ("may"), a state kept ("should remain banned") as the state
    ("should be banned")."""
    claim = _PERMISSION.sub("may", _STATE_KEPT.sub(r"\1 be ", declarative(question.statement)))
    return question if claim == question.statement else replace(question, statement=claim)
