"""Shared fixtures: every storage-touching test runs once per store (SQLite file and PostgreSQL).

PostgreSQL tests use a fresh schema per test (``search_path`` in the URL), so they are isolated
and leave nothing behind. Without a reachable server they skip with the reason; CI sets
``DISCLOSURE_REQUIRE_PG=1`` so a missing server fails the run instead of skipping silently.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from shared_domain import SHARED_DOMAIN

PG_BASE_URL = os.environ.get("DISCLOSURE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_pg_state: dict[str, object] = {}


def pg_available() -> tuple[bool, str]:
    if "ok" not in _pg_state:
        try:
            import psycopg

            conninfo = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
            with psycopg.connect(conninfo, connect_timeout=3):
                pass
            _pg_state["ok"], _pg_state["why"] = True, ""
        except Exception as exc:  # noqa: BLE001
            _pg_state["ok"] = False
            _pg_state["why"] = f"PostgreSQL not reachable at {PG_BASE_URL} ({type(exc).__name__}: {exc})".splitlines()[0]
    return bool(_pg_state["ok"]), str(_pg_state["why"])


def _pg_schema_url() -> tuple[str, str]:
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    conninfo = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_BASE_URL else "?"
    return PG_BASE_URL + f"{sep}options=-csearch_path%3D{schema}", schema


def _drop_pg_schema(schema: str) -> None:
    import psycopg

    conninfo = PG_BASE_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL of an empty database, once per store."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    ok, why = pg_available()
    if not ok:
        if os.environ.get("DISCLOSURE_REQUIRE_PG"):
            pytest.fail(f"DISCLOSURE_REQUIRE_PG is set but {why}")
        pytest.skip(why)
    url, schema = _pg_schema_url()
    try:
        yield url
    finally:
        _drop_pg_schema(schema)


@pytest.fixture
def engine(db_url):
    """A migrated SQLAlchemy engine on an empty database."""
    from workflow.store.db import make_engine, upgrade

    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def shared_domain() -> Path:
    if not SHARED_DOMAIN.is_dir():
        pytest.skip(f"shared domain folder not found at {SHARED_DOMAIN}")
    return SHARED_DOMAIN
