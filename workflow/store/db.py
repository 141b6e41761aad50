"""Database connections: URL resolution, SQLite pragmas, write transactions, migrations.

SQLite: WAL journal, a busy timeout, and every write transaction opened with ``BEGIN IMMEDIATE``
so that two writers queue on the database lock instead of failing half-way with "database is
locked" when a reader upgrades to a writer. pysqlite's own transaction handling is switched off
(the recipe from SQLAlchemy's SQLite dialect documentation) so that we control BEGIN.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from workflow.errors import SchemaTooNewError
from workflow.store.urls import resolve_url


def is_sqlite(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "sqlite"


# json.dumps with any non-default option would build a new encoder for every call
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False)


def json_text(value: Any) -> str:
    """How JSON columns are written: Chinese as UTF-8, not ``\\uXXXX`` escapes (readable in the
    database, and fewer bytes)."""
    return _JSON_TEXT.encode(value)


def make_engine(url: str | None = None, *, settings_url: str | None = None, echo: bool = False) -> Engine:
    resolved = resolve_url(url, settings_url)
    u = make_url(resolved)
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            Path(u.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, echo=echo, connect_args={"timeout": 30}, json_serializer=json_text)
        _configure_sqlite(engine)
    else:
        engine = create_engine(resolved, echo=echo, pool_pre_ping=True, json_serializer=json_text)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        dbapi_conn = conn.connection.dbapi_connection
        if dbapi_conn.in_transaction:  # HeldConnection began it on the driver already
            return
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        dbapi_conn.execute(f"BEGIN {mode}")


@contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed on success, rolled back on any exception."""
    with engine.begin() as conn:
        yield conn


class HeldConnection:
    """Write transactions on a connection kept open per thread (SQLite), for the engine's hot path.

    Checking a connection out of SQLAlchemy's pool and wrapping it costs as much as SQLite's own
    work for a small transition. On SQLite (a file: no server that could drop the connection) each
    thread keeps its connection between transactions; a connection that was invalidated is
    replaced on the next call. The transaction is begun and ended on the driver (``BEGIN
    IMMEDIATE`` … ``COMMIT``): the engine's statements run on the driver cursor anyway
    (``workflow.store.prepared``). A statement run through SQLAlchemy inside it makes SQLAlchemy
    join the open transaction (the ``begin`` listener sees the driver already in one), and then SQLAlchemy ends
    it. Other databases use the pool as ``write`` does, so its pre-ping still replaces connections
    a server restart killed.

    Thread-safety: the connection is per thread; a transaction is never shared between threads.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._held = is_sqlite(engine)
        self._local = threading.local()

    def write(self) -> AbstractContextManager[Connection]:
        if not self._held:
            return write(self.engine)
        return _HeldTransaction(self)

    def _connection(self) -> Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.invalidated:
            conn = self._local.conn = self.engine.connect()
        return conn


class _HeldTransaction:
    """One transaction of a ``HeldConnection`` (a class rather than a generator: it is entered on
    every transition)."""

    __slots__ = ("conn", "driver", "held")

    def __init__(self, held: HeldConnection) -> None:
        self.held = held

    def __enter__(self) -> Connection:
        self.conn = conn = self.held._connection()
        self.driver = conn.connection.dbapi_connection
        self.driver.execute("BEGIN IMMEDIATE")
        return conn

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        conn, driver = self.conn, self.driver
        if exc_type is None:
            try:
                if conn.in_transaction():
                    conn.commit()
                else:
                    driver.commit()
                return
            except BaseException:
                self._rollback()
                raise
        self._rollback()

    def _rollback(self) -> None:
        if self.conn.in_transaction():
            self.conn.rollback()
        elif self.driver.in_transaction:
            self.driver.rollback()


@contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """A read-only unit of work (SQLite: a DEFERRED transaction, so readers never take the write lock)."""
    with engine.connect() as conn:
        if is_sqlite(conn):
            conn = conn.execution_options(sqlite_begin="DEFERRED")
        with conn.begin():
            yield conn


def _alembic_config():  # noqa: ANN202 - alembic Config, imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return cfg


def known_revisions() -> list[str]:
    """This code's migrations, oldest first (the last is the head ``disclosure init`` upgrades to)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to the newest migration (what ``disclosure init`` runs), or to
    ``revision``. A database that a newer release migrated is refused, never downgraded."""
    from alembic import command

    check_not_newer(engine)
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def check_not_newer(engine: Engine) -> None:
    """Refuse a database whose schema revision this code does not know (a newer release made it)."""
    current, known = current_revision(engine), known_revisions()
    if current is not None and current not in known:
        raise SchemaTooNewError(
            f"数据库结构版本 {current} 比本程序新（本程序最新为 {known[-1]}），请先升级本程序 / the database "
            f"(schema {current}) was made by a newer release than this code ({known[-1]}): upgrade the software")


def current_revision(engine: Engine) -> str | None:
    with read(engine) as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:  # noqa: BLE001 - no table yet means no revision
            return None
