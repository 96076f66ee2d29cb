"""Evaluation and benchmark scripts (``make eval``, ``make bench``); each module has ``evaluate() -> dict``."""
