"""Storage of articles, readings, questions and stance records (SQLite or PostgreSQL, Alembic-migrated)."""
from .db import ActorRow, AddResult, RecordError, Store

__all__ = ["ActorRow", "AddResult", "RecordError", "Store"]
