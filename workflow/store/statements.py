"""The repository's SQL, compiled once: the statements of the transition hot path and their caches.

Statements that run on every transition are ``Prepared`` (prepared.py: compiled once per dialect
and run on the driver cursor). An UPDATE is compiled per set of changed columns, so a write touches
only the indexes over the columns it changes; an INSERT … ON CONFLICT is built once per dialect.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from workflow.store.models import (
    agency,
    app_user,
    case_event,
    clock,
    clock_event,
    disclosure_case,
    letter,
    proceeding,
    user_role,
)
from workflow.store.prepared import Prepared

LOAD_CASE = select(disclosure_case).where(disclosure_case.c.case_no == bindparam("case_no"))
# what a transition needs of the case row (the full row has ~40 columns to convert)
ENGINE_COLUMNS = ("id", "case_no", "agency_id", "clerk_id", "definition_name", "definition_version", "state", "channel",
                  "outcome", "basis", "version", "received_on", "concluded_on", "delivered_on", "extension_days",
                  "last_event_seq", "last_event_on", "last_event_hash")
# FOR UPDATE: on PostgreSQL a second writer waits for the first to commit and then reads the row as
# it now is, so it checks its trigger against the current state instead of failing the version
# check later (SQLite has no row locks and needs none: BEGIN IMMEDIATE already queues the writers,
# and SQLAlchemy renders nothing there)
LOAD_CASE_FOR_TRANSITION = Prepared(select(*(disclosure_case.c[n] for n in ENGINE_COLUMNS)).where(
    disclosure_case.c.case_no == bindparam("case_no")).with_for_update())
USER_ID = select(app_user.c.id).where(app_user.c.name == bindparam("name"))
# the agency and every agency above it: roles are inherited downwards
_UP = select(agency.c.id, agency.c.parent_id).where(agency.c.id == bindparam("agency_id")).cte("up", recursive=True)
_UP = _UP.union_all(select(agency.c.id, agency.c.parent_id).where(agency.c.id == _UP.c.parent_id))
ROLES = select(user_role.c.role).where(user_role.c.user_id == bindparam("user_id"),
                                       user_role.c.agency_id.in_(select(_UP.c.id)))
EVENT_KEYS = ("case_id", "seq", "actor", "role", "trigger", "from_state", "to_state", "effective_on", "recorded_at",
              "data", "late", "prev_hash", "hash", "global_seq", "global_hash")
INSERT_EVENT = Prepared(insert(case_event), column_keys=EVENT_KEYS)
# the case's latest event of one trigger (the (case_id, seq) index finds the case's events)
LATEST_EVENT = Prepared(
    select(case_event.c.seq, case_event.c.trigger, case_event.c.data, case_event.c.effective_on)
    .where(case_event.c.case_id == bindparam("case_id"), case_event.c.trigger == bindparam("trigger"))
    .order_by(case_event.c.seq.desc())
    .limit(1)
)
CLOCK_KEYS = ("status", "started_on", "due_on", "target_on", "ended_on", "provisional", "breached", "spec")
LOAD_CLOCKS = Prepared(select(clock.c.id, clock.c.kind, clock.c.party, *(clock.c[k] for k in CLOCK_KEYS))
                       .where(clock.c.case_id == bindparam("case_id")))
INSERT_CLOCK = Prepared(insert(clock).returning(clock.c.id),
                        column_keys=("case_id", "kind", "party", *CLOCK_KEYS))
UPDATE_CLOCK: dict[frozenset[str], Prepared] = {}
INSERT_CLOCK_EVENT = Prepared(insert(clock_event), column_keys=(
    "clock_id", "case_id", "event_seq", "kind", "on_date", "due_before", "due_after", "data"))
INSERT_LETTER = Prepared(insert(letter).returning(letter.c.id), column_keys=(
    "case_id", "kind", "letter_no", "issued_on", "event_seq", "body_text", "body_html", "created_at"))
OUTBOX_KEYS = ("idempotency_key", "kind", "case_id", "recipient_user_id", "channel", "address", "template",
               "context", "subject", "status", "attempts", "next_attempt_at", "created_at")
AGENCY_ROW = Prepared(select(agency).where(agency.c.id == bindparam("agency_id")))
USER_ROW = Prepared(select(app_user).where(app_user.c.id == bindparam("user_id")))
EVENTS = Prepared(select(case_event).where(case_event.c.case_id == bindparam("case_id")).order_by(case_event.c.seq))
PROCEEDINGS = Prepared(select(proceeding).where(proceeding.c.case_id == bindparam("case_id")).order_by(proceeding.c.id))
UPSERTS: dict[tuple[str, str], Prepared] = {}
UPDATE_CASE: dict[frozenset[str], Prepared] = {}
INSERT_CASE: dict[frozenset[str], Prepared] = {}


def _by_keys(cache: dict[frozenset[str], Prepared], keys: frozenset[str], build: Callable[[], Any],
             column_keys: Sequence[str] | None = None) -> Prepared:
    stmt = cache.get(keys)
    if stmt is None:
        stmt = cache[keys] = Prepared(build(), column_keys=column_keys)
    return stmt


def update_case_stmt(keys: frozenset[str]) -> Prepared:
    """UPDATE of exactly ``keys``, guarded by the version the transition read."""
    return _by_keys(UPDATE_CASE, keys, lambda: update(disclosure_case).where(
        disclosure_case.c.id == bindparam("b_id"), disclosure_case.c.version == bindparam("b_version"),
    ).values({k: bindparam(k) for k in sorted(keys)}))


def upsert(conn: Connection, name: str, table: Any, build: Callable[[Any], Any],
            column_keys: Sequence[str] | None = None) -> Prepared:
    """A prepared INSERT … ON CONFLICT of the connection's dialect (both stores speak it), built once."""
    dialect_name = conn.dialect.name
    stmt = UPSERTS.get((name, dialect_name))
    if stmt is None:
        if dialect_name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        stmt = UPSERTS[(name, dialect_name)] = Prepared(build(dialect_insert(table)), column_keys=column_keys)
    return stmt


def update_clock_stmt(keys: frozenset[str]) -> Prepared:
    """UPDATE of exactly the clock columns that changed."""
    return _by_keys(UPDATE_CLOCK, keys, lambda: update(clock).where(clock.c.id == bindparam("b_id")).values(
        {k: bindparam(k) for k in sorted(keys)}))


def insert_case_stmt(keys: frozenset[str]) -> Prepared:
    return _by_keys(INSERT_CASE, keys, lambda: insert(disclosure_case).returning(disclosure_case.c.id), sorted(keys))
