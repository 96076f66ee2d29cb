"""Storage of articles, readings, questions and stance records (SQLite or PostgreSQL, Alembic-migrated).

``Store(url)`` opens (and migrates) a database; ``schema.py`` holds the tables, ``migrations/`` the
Alembic revisions shipped with the package, ``convert.py`` the row <-> dataclass mapping and
``writes.py`` the statements that store one article's reading inside its transaction.
"""
from .db import ActorRow, AddResult, RecordError, Store

__all__ = ["ActorRow", "AddResult", "RecordError", "Store"]
