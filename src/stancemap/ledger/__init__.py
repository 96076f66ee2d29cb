"""The stance ledger: questions, stance decisions (relevance, then composed polarity), history.

Public API::

    load_questions(path) -> list[Question]
    decide_stances(reading, questions) -> list[StanceRecord]
    history.table(records, as_of) / history.history(records, actor) / history.changes(records)
"""
from .decide import StanceScorer, decide_stances, get_scorer, register_scorer
from .questions import load_questions

__all__ = ["StanceScorer", "decide_stances", "get_scorer", "load_questions", "register_scorer"]
