"""Shared fixtures: the trained pipeline (loaded once), the seed article, real SQLite and PostgreSQL stores."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from stancemap.config import shared_data_dir

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set STANCEMAP_DATA)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return REPO / "src" / "stancemap" / "data" / "demo" / "000_346f10588c0b5644.txt"


@pytest.fixture(scope="session")
def nlp_full():
    """The default model with every stancemap stage (loaded once per test session)."""
    from stancemap.nlp.pipeline import cached_pipeline

    return cached_pipeline(stages=("dates", "actors", "attribution", "actions"))


@pytest.fixture(scope="session")
def nlp_read():
    """The default model with dates and actors only (the foundation's reading)."""
    from stancemap.nlp.pipeline import cached_pipeline

    return cached_pipeline(stages=("dates", "actors"))


@pytest.fixture()
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture()
def pg_url():
    """A fresh schema-isolated PostgreSQL database URL; .ci/run sets STANCEMAP_TEST_PG."""
    base = os.environ.get("STANCEMAP_TEST_PG")
    if not base:
        if os.environ.get("CI"):
            pytest.fail("CI must provide STANCEMAP_TEST_PG (see .ci/run)")
        pytest.skip("STANCEMAP_TEST_PG not set: no PostgreSQL server for this test")
    import sqlalchemy as sa

    name = "t_" + uuid.uuid4().hex[:10]
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """Runs a store test twice: on a real SQLite file and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")
