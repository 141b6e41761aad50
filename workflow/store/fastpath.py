"""Prepared statements for the transition hot path.

A transition runs four to seven small statements. Executed through ``Connection.execute`` each costs
~40 µs of SQLAlchemy bookkeeping on top of ~7 µs of SQLite work, which made the engine several
times slower than the database. ``Prepared`` keeps SQLAlchemy as the author of the SQL (compiled
once per dialect, with the dialect's own type processors for dates, timestamps and JSON) and hands
the compiled string to the driver cursor of the *same* connection, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None  # parameter names in statement order (SQLite), else None
    bind_processors: dict[str, Callable[[Any], Any]]
    names: tuple[str, ...]
    result_processors: tuple[Callable[[Any], Any] | None, ...]
    defaults: dict[str, Any]  # values bound by the statement itself, e.g. a LIMIT
    # positional drivers (SQLite): each parameter's name and type processor, in statement order
    slots: tuple[tuple[str, Callable[[Any], Any] | None], ...] | None


class Prepared:
    def __init__(self, stmt: ClauseElement, *, column_keys: Sequence[str] | None = None) -> None:
        self.stmt = stmt
        self.column_keys = list(column_keys) if column_keys is not None else None
        self._compiled: dict[str, _Compiled] = {}

    def _compile(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.stmt.compile(dialect=dialect, column_keys=self.column_keys)
            procs = {}
            for key, bind in compiled.binds.items():
                proc = bind.type._cached_bind_processor(dialect)
                if proc is not None:
                    procs[key] = proc
            columns = list(getattr(self.stmt, "selected_columns", []))
            names = tuple(c.key for c in columns)
            results = tuple(c.type._cached_result_processor(dialect, None) for c in columns)
            defaults = {k: v for k, v in compiled.params.items() if v is not None}
            positional = tuple(compiled.positiontup) if compiled.positional else None
            slots = tuple((name, procs.get(name)) for name in positional) if positional is not None else None
            found = self._compiled[dialect.name] = _Compiled(compiled.string, positional, procs, names, results,
                                                             defaults, slots)
        return found

    def _params(self, c: _Compiled, params: dict[str, Any]) -> Any:
        if c.defaults:
            params = {**c.defaults, **params}
        if c.slots is not None:  # one pass in statement order: this runs for every statement of a transition
            get = params.get
            return [v if (v := get(name)) is None or proc is None else proc(v) for name, proc in c.slots]
        procs = c.bind_processors
        return {k: (procs[k](v) if k in procs and v is not None else v) for k, v in params.items()}

    def execute(self, conn: Connection, params: dict[str, Any]) -> Any:
        """Run the statement on the connection's driver cursor; returns the cursor."""
        c = self._compile(conn.dialect)
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute(c.sql, self._params(c, params))
        return cursor

    def executemany(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        c = self._compile(conn.dialect)
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.executemany(c.sql, [self._params(c, r) for r in rows])
        cursor.close()

    @staticmethod
    def _values(c: _Compiled, raw: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(v if p is None or v is None else p(v) for p, v in zip(c.result_processors, raw, strict=True))

    def _row(self, c: _Compiled, raw: Sequence[Any]) -> dict[str, Any]:
        return dict(zip(c.names, self._values(c, raw), strict=True))

    def first(self, conn: Connection, params: dict[str, Any]) -> dict[str, Any] | None:
        cursor = self.execute(conn, params)
        raw = cursor.fetchone()
        cursor.close()
        return None if raw is None else self._row(self._compile(conn.dialect), raw)

    def all(self, conn: Connection, params: dict[str, Any]) -> list[dict[str, Any]]:
        cursor = self.execute(conn, params)
        rows = cursor.fetchall()
        cursor.close()
        c = self._compile(conn.dialect)
        return [self._row(c, raw) for raw in rows]

    def tuples(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every row as a tuple in the order of the selected columns, values converted: for a
        caller that builds its own objects from the rows and needs no dict in between."""
        cursor = self.execute(conn, params)
        rows = cursor.fetchall()
        cursor.close()
        c = self._compile(conn.dialect)
        return [self._values(c, raw) for raw in rows]

    def rowcount(self, conn: Connection, params: dict[str, Any]) -> int:
        cursor = self.execute(conn, params)
        count = cursor.rowcount
        cursor.close()
        return count

    def insert_returning_id(self, conn: Connection, params: dict[str, Any]) -> int:
        cursor = self.execute(conn, params)
        row = cursor.fetchone()
        cursor.close()
        return int(row[0])
