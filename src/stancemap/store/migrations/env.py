"""Alembic environment: migrates the connection that ``Store`` hands over (or ``$STANCEMAP_DB``)."""
from __future__ import annotations

import os

import sqlalchemy as sa
from alembic import context

from stancemap.store.schema import metadata

config = context.config


def _run(connection: sa.engine.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the connection given by ``Store`` or, from the alembic command line, open one."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url") or os.environ.get("STANCEMAP_DB", "sqlite:///stancemap.db")
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("stancemap migrations run online only: give a database URL")
run_migrations_online()
