"""The case page's rows read from an SQLite file with the standard library's ``sqlite3``.

Why not the Repository: ``disclosure show`` is the command a clerk runs most, and importing
SQLAlchemy costs about half of its wall time. This reader answers the questions the case page asks
of the Repository (``load_case``, ``agency_row``, ``user_row``, ``load_clocks``, ``proceedings``, ``services``,
``events``, ``earlier_applications``, ``case_links``, ``proactive_conversion``) with the same Python values, for an SQLite URL without options; anything else goes
through SQLAlchemy. ``tests/test_case_page.py`` holds the two to the same page for every case of a
demo database and the typed columns below to the schema in ``models.py``.

Read-only by construction: the connection is ``query_only``; in WAL mode a reader neither waits
for nor blocks a writer.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any

from workflow.clocks.clockset import ClockState
from workflow.errors import DisclosureError, NotFoundError

# the columns the page reads that are not text or integers, by table, as models.py declares them
DATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "disclosure_case": ("submitted_on", "signed_for_on", "confirmed_on", "received_on", "concluded_on",
                        "delivered_on", "last_event_on"),
    "clock": ("started_on", "due_on", "target_on", "ended_on"),
    "proceeding": ("filed_on", "decided_on"),
    "letter_service": ("served_on",),
    "case_event": ("effective_on",),
    "proactive_conversion": ("published_on",),
    # a case as a suggestion or a link shows it (workflow.store.link_verbs)
    "other_case": ("received_on", "concluded_on", "other_received_on", "other_concluded_on"),
}
DATETIME_COLUMNS: dict[str, tuple[str, ...]] = {"disclosure_case": ("created_at", "updated_at")}
BOOLEAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "clock": ("provisional", "breached"), "case_event": ("late",), "app_user": ("disabled",)}
JSON_COLUMNS: dict[str, tuple[str, ...]] = {"agency": ("settings",), "app_user": ("addresses",), "clock": ("spec",)}
TABLES = ("disclosure_case", "agency", "app_user", "clock", "proceeding", "letter_service", "case_event",
          "proactive_conversion")


class DatabaseNotReady(DisclosureError):
    """No database file, or one that ``disclosure init`` never set up."""


def _converters(table: str) -> list[tuple[str, Callable[[Any], Any]]]:
    return ([(c, date.fromisoformat) for c in DATE_COLUMNS.get(table, ())]
            + [(c, datetime.fromisoformat) for c in DATETIME_COLUMNS.get(table, ())]
            + [(c, bool) for c in BOOLEAN_COLUMNS.get(table, ())]
            + [(c, json.loads) for c in JSON_COLUMNS.get(table, ())])


_CONVERT = {t: _converters(t) for t in (*TABLES, "other_case")}


def _typed(table: str, row: sqlite3.Row) -> dict[str, Any]:
    out = dict(zip(row.keys(), row, strict=True))
    for name, convert in _CONVERT[table]:
        value = out.get(name)
        if value is not None:
            out[name] = convert(value)
    return out


class SqliteCaseReader:
    """One read connection to an SQLite file; use as a context manager."""

    def __init__(self, path: str) -> None:
        if not Path(path).exists():
            raise DatabaseNotReady(f"数据库文件不存在 / database file not found: {path}; "
                                   f"create it with `disclosure init`")
        self._conn = sqlite3.connect(path, timeout=30)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA query_only=1")
        try:
            self._conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            if "no such table" in str(exc):
                raise DatabaseNotReady("数据库尚未初始化，请先运行 `disclosure init` "
                                       "/ database not initialised: run `disclosure init`") from None
            raise DatabaseNotReady(f"无法读取数据库文件 / cannot read the database file {path}: {exc}") from None

    def __enter__(self) -> SqliteCaseReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.close()

    def _one(self, table: str, sql: str, *params: Any) -> dict[str, Any] | None:
        row = self._conn.execute(sql, params).fetchone()
        return None if row is None else _typed(table, row)

    def _all(self, table: str, sql: str, *params: Any) -> list[dict[str, Any]]:
        return [_typed(table, r) for r in self._conn.execute(sql, params)]

    def load_case(self, case_no: str) -> dict[str, Any]:
        row = self._one("disclosure_case", "SELECT * FROM disclosure_case WHERE case_no = ?", case_no)
        if row is None:
            raise NotFoundError(f"案件不存在 / unknown case {case_no!r}")
        return row

    def case_numbers_ending(self, suffix: str, agency_ids: Collection[int] | None) -> list[str]:
        rows = self._conn.execute("SELECT case_no, agency_id FROM disclosure_case WHERE case_no LIKE ?",
                                  ("%" + suffix,))
        return [r[0] for r in rows if agency_ids is None or r[1] in agency_ids]

    def agency_row(self, agency_id: int) -> dict[str, Any]:
        row = self._one("agency", "SELECT * FROM agency WHERE id = ?", agency_id)
        if row is None:
            raise NotFoundError(f"机关不存在 / unknown agency id {agency_id}")
        return row

    def user_row(self, user_id: int) -> dict[str, Any] | None:
        return self._one("app_user", "SELECT * FROM app_user WHERE id = ?", user_id)

    def load_clocks(self, case_id: int) -> list[ClockState]:
        return [
            ClockState(kind=r["kind"], party=r["party"], status=r["status"], started_on=r["started_on"],
                       due_on=r["due_on"], target_on=r["target_on"], ended_on=r["ended_on"],
                       provisional=r["provisional"], breached=r["breached"], spec=r["spec"], id=r["id"])
            for r in self._all("clock", "SELECT * FROM clock WHERE case_id = ?", case_id)
        ]

    def proceedings(self, case_id: int) -> list[dict[str, Any]]:
        return self._all("proceeding", "SELECT * FROM proceeding WHERE case_id = ? ORDER BY id", case_id)

    def services(self, case_id: int) -> list[dict[str, Any]]:
        return self._all("letter_service", "SELECT * FROM letter_service WHERE case_id = ? ORDER BY event_seq, id",
                         case_id)

    def events(self, case_id: int) -> list[dict[str, Any]]:
        return self._all("case_event", "SELECT * FROM case_event WHERE case_id = ? ORDER BY seq", case_id)

    # -- repeats and proactive disclosure (the queries of workflow.store.link_verbs) ------------------

    def earlier_applications(self, case_id: int, limit: int = 200) -> list[dict[str, Any]]:
        case = self._conn.execute("SELECT agency_id, received_on, applicant_type, applicant_name, id_number, "
                                  "credit_code FROM disclosure_case WHERE id = ?", (case_id,)).fetchone()
        if case["id_number"]:
            same, params = "id_number = ?", [case["id_number"]]
        elif case["credit_code"]:
            same, params = "credit_code = ?", [case["credit_code"]]
        else:
            same = "id_number IS NULL AND credit_code IS NULL AND applicant_name = ? AND applicant_type = ?"
            params = [case["applicant_name"], case["applicant_type"]]
        return self._all("other_case", f"SELECT {_OTHER} FROM disclosure_case WHERE agency_id = ? AND {same} AND "
                         "(received_on < ? OR (received_on = ? AND id < ?)) ORDER BY received_on DESC, id DESC LIMIT ?",
                         case["agency_id"], *params, case["received_on"], case["received_on"], case_id, limit)

    def case_links(self, case_id: int) -> list[dict[str, Any]]:
        out = []
        for direction, mine, other in (("earlier", "case_id", "linked_case_id"), ("later", "linked_case_id", "case_id")):
            columns = ", ".join(f"c.{n} AS other_{n}" for n in _OTHER.split(", "))
            rows = self._all("other_case", f"SELECT l.kind, l.similarity, l.recorded_seq, {columns} FROM case_link l "
                             f"JOIN disclosure_case c ON c.id = l.{other} WHERE l.{mine} = ? ORDER BY l.id", case_id)
            out += [{**r, "direction": direction} for r in rows]
        return out

    def proactive_conversion(self, case_id: int) -> dict[str, Any] | None:
        return self._one("proactive_conversion", "SELECT * FROM proactive_conversion WHERE case_id = ?", case_id)


_OTHER = "id, case_no, subject, received_on, concluded_on, state, outcome"
