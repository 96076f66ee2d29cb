"""Open a database engine (SQLite or PostgreSQL) and migrate it to the newest schema with Alembic."""
from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from ..errors import StoreError

log = logging.getLogger(__name__)

ALEMBIC_INI = Path(__file__).parent / "alembic.ini"
_MIGRATION_LOCK = 7_319_402  # PostgreSQL advisory lock key: one migrating process at a time
_URL_HINT = "use sqlite:///path/to.db or postgresql+psycopg://user:password@host:5432/dbname"


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with stancemap's connection settings; raises StoreError on a bad URL."""
    try:
        parsed = sa.engine.make_url(url)
        backend = parsed.get_backend_name()
    except ArgumentError as e:
        raise StoreError(f"database URL {url!r} cannot be parsed: {_URL_HINT}") from e
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"database URL {url!r}: stancemap stores data in SQLite or PostgreSQL only; {_URL_HINT}")
    kwargs: dict = {}
    if backend == "postgresql":
        kwargs = {"pool_pre_ping": True, "connect_args": {"connect_timeout": 10}}
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except (ArgumentError, NoSuchModuleError, ImportError) as e:
        raise StoreError(f"database URL {url!r} names a driver that is not installed ({e}); {_URL_HINT}") from e
    if backend == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """WAL, foreign keys, NORMAL sync, and real BEGINs (pysqlite defers them, which breaks isolation)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA journal_mode=WAL")
        # in WAL mode NORMAL survives a killed process; only a power cut can lose the last commits
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # writers take the lock up front so that a read-then-write never fails with SQLITE_BUSY
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def migrate(engine: Engine) -> None:
    """Upgrade the database to the newest schema (a no-op when it is already there)."""
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    try:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except CommandError as e:
        raise StoreError(
            f"the database at {engine.url!r} has a schema this stancemap does not know ({e}); "
            "upgrade stancemap or use another database") from e
    except OperationalError as e:
        raise StoreError(f"cannot open the database {engine.url!r}: {_reason(e)}; {_fix(engine)}") from e
    except SQLAlchemyError as e:
        raise StoreError(f"cannot migrate the database {engine.url!r}: {_reason(e)}") from e


def _reason(e: SQLAlchemyError) -> str:
    orig = getattr(e, "orig", None)
    return str(orig or e).strip().splitlines()[0]


def _fix(engine: Engine) -> str:
    if engine.dialect.name == "sqlite":
        return "check that the folder exists and is writable"
    return "check that the PostgreSQL server is running, and the host, port, user, password and database name"
