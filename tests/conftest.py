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
from blob_backends import BlobBackend, s3_client
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


# -- blob stores: the attachments' tests run on a folder and on an S3 bucket -----------------------


@pytest.fixture(scope="session")
def s3_endpoint():
    """An in-process S3 server (moto's ThreadedMotoServer) for the whole session: its URL."""
    try:
        from moto.server import ThreadedMotoServer
    except ModuleNotFoundError:
        pytest.skip("moto is not installed (pip install '.[test]'): the S3 blob store is not tested")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(params=["directory", "s3"])
def blob_backend(request, tmp_path):
    """Each blob-store implementation in turn (the S3 one against the in-process server)."""
    from workflow.store.blobs import DirectoryBlobStore, S3BlobStore

    if request.param == "directory":
        store = DirectoryBlobStore(tmp_path / "blobs")
        return BlobBackend("directory", store, lambda sha, data: store.path(sha).write_bytes(data),
                           lambda sha: store.path(sha).unlink())
    client = s3_client(request.getfixturevalue("s3_endpoint"))
    bucket = "b-" + uuid.uuid4().hex[:12]
    client.create_bucket(Bucket=bucket)
    store = S3BlobStore(bucket, prefix="att/", client=client)
    return BlobBackend("s3", store, lambda sha, data: client.put_object(Bucket=bucket, Key=store.key(sha), Body=data),
                       lambda sha: client.delete_object(Bucket=bucket, Key=store.key(sha)))
