"""Prepared statements for the transition hot path.

A transition runs four to seven small statements. Executed through ``Connection.execute`` each
costs several times SQLite's own work in SQLAlchemy bookkeeping. ``Prepared`` keeps SQLAlchemy as
the author of the SQL (compiled once per dialect, with the dialect's own type processors for dates,
timestamps and JSON) and hands the compiled string to the driver cursor of the *same* connection,
inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.types import TypeEngine

from workflow.store import sqlite_speedups

_Processor = Callable[[Any], Any]


def bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> _Processor | None:
    """The column type's bind processor on the dialect (SQLite: the quicker equivalent of
    ``sqlite_speedups`` when that is switched on)."""
    proc = type_.dialect_impl(dialect).bind_processor(dialect)
    if proc is None or dialect.name != "sqlite" or not sqlite_speedups.enabled():
        return proc
    return sqlite_speedups.bind_processor(type_, dialect, proc)


def result_processor(type_: TypeEngine[Any], dialect: Dialect) -> _Processor | None:
    """The column type's result processor on the dialect (SQLite: as ``bind_processor``)."""
    proc = type_.dialect_impl(dialect).result_processor(dialect, None)
    if proc is None or dialect.name != "sqlite" or not sqlite_speedups.enabled():
        return proc
    return sqlite_speedups.result_processor(type_, dialect, proc)


def _reader(names: tuple[str, ...] | None) -> Callable[[dict[str, Any]], Sequence[Any]] | None:
    """The values of ``names`` from a parameter dict, in that order (a KeyError when one is missing)."""
    if not names:
        return None
    if len(names) == 1:
        only = names[0]
        return lambda params: (params[only],)
    return itemgetter(*names)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    positional: tuple[str, ...] | None  # parameter names in statement order (SQLite), else None
    bind_processors: dict[str, _Processor]
    names: tuple[str, ...]
    defaults: dict[str, Any]  # values bound by the statement itself, e.g. a LIMIT
    # positional drivers (SQLite): each parameter's name and type processor, in statement order; the
    # parameters read in that order in one call, and the positions whose values need converting
    slots: tuple[tuple[str, _Processor | None], ...] | None
    read_in_order: Callable[[dict[str, Any]], Sequence[Any]] | None
    converted_params: tuple[tuple[int, _Processor], ...]
    # the selected columns that need converting, by position and (when the names are unique) by name:
    # most columns of a row are integers and strings the driver returns as they are
    converted: tuple[tuple[int, _Processor], ...]
    converted_by_name: tuple[tuple[str, _Processor], ...] | None


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
                proc = bind_processor(bind.type, dialect)
                if proc is not None:
                    procs[key] = proc
            columns = list(getattr(self.stmt, "selected_columns", []))
            names = tuple(c.key for c in columns)
            converted = tuple((i, proc) for i, c in enumerate(columns)
                              if (proc := result_processor(c.type, dialect)) is not None)
            by_name = tuple((names[i], proc) for i, proc in converted) if len(set(names)) == len(names) else None
            defaults = {k: v for k, v in compiled.params.items() if v is not None}
            positional = tuple(compiled.positiontup) if compiled.positional else None
            slots = tuple((name, procs.get(name)) for name in positional) if positional is not None else None
            converted_params = tuple((i, proc) for i, (_, proc) in enumerate(slots or ()) if proc is not None)
            found = self._compiled[dialect.name] = _Compiled(
                compiled.string, positional, procs, names, defaults, slots, _reader(positional), converted_params,
                converted, by_name)
        return found

    @staticmethod
    def _params(c: _Compiled, params: dict[str, Any]) -> Any:
        if c.defaults:
            params = {**c.defaults, **params}
        if c.slots is not None:  # positional: this runs for every statement of a transition
            try:
                values = list(c.read_in_order(params)) if c.read_in_order else []
            except KeyError:  # a parameter not given is bound as NULL
                get = params.get
                return [v if (v := get(name)) is None or proc is None else proc(v) for name, proc in c.slots]
            for i, proc in c.converted_params:
                if (v := values[i]) is not None:
                    values[i] = proc(v)
            return values
        procs = c.bind_processors
        return {k: (procs[k](v) if k in procs and v is not None else v) for k, v in params.items()}

    def _run(self, conn: Connection, params: dict[str, Any]) -> tuple[_Compiled, Any]:
        dialect = conn.dialect
        c = self._compiled.get(dialect.name) or self._compile(dialect)
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.execute(c.sql, self._params(c, params))
        return c, cursor

    def execute(self, conn: Connection, params: dict[str, Any]) -> Any:
        """Run the statement on the connection's driver cursor; returns the cursor."""
        return self._run(conn, params)[1]

    def executemany(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        c = self._compile(conn.dialect)
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.executemany(c.sql, [self._params(c, r) for r in rows])
        cursor.close()

    @staticmethod
    def _values(c: _Compiled, raw: Sequence[Any]) -> tuple[Any, ...]:
        if not c.converted:
            return tuple(raw)
        row = list(raw)
        for i, proc in c.converted:
            if (v := row[i]) is not None:
                row[i] = proc(v)
        return tuple(row)

    @classmethod
    def _row(cls, c: _Compiled, raw: Sequence[Any]) -> dict[str, Any]:
        if c.converted_by_name is None:
            return dict(zip(c.names, cls._values(c, raw), strict=True))
        row = dict(zip(c.names, raw, strict=True))
        for name, proc in c.converted_by_name:
            if (v := row[name]) is not None:
                row[name] = proc(v)
        return row

    def first(self, conn: Connection, params: dict[str, Any]) -> dict[str, Any] | None:
        c, cursor = self._run(conn, params)
        raw = cursor.fetchone()
        cursor.close()
        return None if raw is None else self._row(c, raw)

    def all(self, conn: Connection, params: dict[str, Any]) -> list[dict[str, Any]]:
        c, cursor = self._run(conn, params)
        rows = cursor.fetchall()
        cursor.close()
        return [self._row(c, raw) for raw in rows]

    def tuples(self, conn: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Every row as a tuple in the order of the selected columns, values converted: for a
        caller that builds its own objects from the rows and needs no dict in between."""
        c, cursor = self._run(conn, params)
        rows = cursor.fetchall()
        cursor.close()
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
