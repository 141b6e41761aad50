"""Writing imported rows in bulk, and reading back the keys they need, in chunks.

``insert_many`` is an executemany of a Core insert that converts each distinct value once (imported
rows repeat the same dates and share clock specs); ``lookup`` finds rows by a column's values, 500
at a time. These and the import's transaction (``workflow.importer.jobs``) are the only parts of an
import that touch the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Connection, insert, select

from workflow.store.prepared import Prepared

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterable[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def lookup(conn: Connection, column: Any, wanted: Iterable[Any], *extra: Any) -> list[Any]:
    """Rows whose ``column`` is one of ``wanted``, 500 values per query."""
    out: list[Any] = []
    for chunk in chunks(sorted(set(wanted)), 500):
        out.extend(conn.execute(select(column, *extra).where(column.in_(chunk))).all())
    return out


class _Bulk(Prepared):
    """A Core insert compiled once (``Prepared``) whose executemany converts the parameters
    column by column: the dialect's bind processor runs once per distinct value (imported rows repeat
    the same dates and share clock specs), and a column without one is passed as it is."""

    def executemany(
        self, conn: Connection, rows: Sequence[dict[str, Any]], memos: dict[Any, BindMemo]
    ) -> None:
        c = self._compile(conn.dialect)
        names = c.positional or tuple(self.column_keys or rows[0])
        columns = list(zip(*map(itemgetter(*names), rows), strict=True))
        for i, name in enumerate(names):
            proc = c.bind_processors.get(name)
            if proc is not None:
                memo = memos.get((self, name))
                if memo is None:
                    memo = memos[(self, name)] = BindMemo(proc)
                columns[i] = memo.convert(columns[i])
        tuples = zip(*columns, strict=True)
        params = list(tuples) if c.positional else [dict(zip(names, t, strict=True)) for t in tuples]
        cursor = conn.connection.dbapi_connection.cursor()
        cursor.executemany(c.sql, params)
        cursor.close()


class BindMemo(dict):
    """A bind processor's results by value (dates, numbers) or, for a dict or list (a JSON value),
    by identity; the object is kept, so that its id cannot be reused while the memo lives."""

    def __init__(self, proc: Any) -> None:
        super().__init__({None: None})
        self.proc = proc
        self.objects: dict[int, tuple[Any, Any]] = {}

    def __missing__(self, key: Any) -> Any:
        out = self[key] = self.proc(key)
        return out

    def convert(self, values: Sequence[Any]) -> list[Any]:
        try:
            return list(map(self.__getitem__, values))
        except TypeError:  # unhashable: dicts and lists
            return [None if v is None else self._by_id(v) for v in values]

    def _by_id(self, v: Any) -> Any:
        hit = self.objects.get(id(v))
        if hit is None or hit[0] is not v:
            hit = self.objects[id(v)] = (v, self.proc(v))
        return hit[1]


_BULK: dict[tuple[str, tuple[str, ...]], _Bulk] = {}


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]], memos: dict[Any, BindMemo]) -> None:
    """executemany of ``insert(table)`` for rows that all have the same keys; ``memos`` keeps the
    converted values for the next batches of the same import."""
    if rows:
        keys = tuple(rows[0])
        stmt = _BULK.get((table.name, keys))
        if stmt is None:
            stmt = _BULK[(table.name, keys)] = _Bulk(insert(table), column_keys=keys)
        stmt.executemany(conn, rows, memos)
