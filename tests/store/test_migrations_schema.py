"""The store migrates an empty database to head, and the migrated schema equals the models."""
from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

import pytest

from stancemap.errors import StoreError
from stancemap.store import Store
from stancemap.store.engine import ALEMBIC_INI
from stancemap.store.schema import metadata


def _head() -> str:
    cfg = Config(str(ALEMBIC_INI))
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_migrations_empty_db_reaches_head(db_url):
    with Store(db_url) as store, store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == _head()
        tables = set(sa.inspect(conn).get_table_names())
    assert set(metadata.tables) <= tables
    assert "alembic_version" in tables


def test_migrations_schema_equals_models(db_url):
    with Store(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_migrations_reopen_keeps_data(db_url, build):
    with Store(db_url) as store:
        store.add_article(build.article())
    with Store(db_url) as again:
        assert again.counts()["articles"] == 1


def test_migrations_sqlite_pragmas(sqlite_url):
    with Store(sqlite_url) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() in (1, 2)  # NORMAL or FULL


@pytest.mark.parametrize("url", ["mysql://user@host/db", "not a url", "sqlite:////no/such/folder/x.db",
                                 "postgresql+psycopg://nobody:pw@127.0.0.1:1/none"])
def test_migrations_bad_url_raises_store_error(url):
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "sqlite" in str(info.value) or "check" in str(info.value)


def test_migrations_newer_database_is_refused(sqlite_url):
    with Store(sqlite_url) as store, store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(StoreError, match="upgrade stancemap"):
        Store(sqlite_url)


def test_migrations_upgrade_from_first_release_keeps_rows(db_url):
    """A database made by revision 0001 upgrades in place to head (0002 adds time_exprs.mod)."""
    from alembic import command
    from pathlib import Path

    from stancemap.store import engine as engine_mod

    eng = engine_mod.make_engine(db_url)
    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(Path(engine_mod.__file__).parent / "migrations"))
    with eng.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with eng.begin() as conn:
        assert "mod" not in {c["name"] for c in sa.inspect(conn).get_columns("time_exprs")}
        conn.execute(sa.text("INSERT INTO clusters (id, size, created_at, updated_at) "
                             "VALUES ('c1', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    eng.dispose()
    with Store(db_url) as store, store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == _head()
        assert "mod" in {c["name"] for c in sa.inspect(conn).get_columns("time_exprs")}
        assert conn.execute(sa.text("SELECT count(*) FROM clusters")).scalar() == 1
