"""The deadline sweep's set-based SQL: one ``INSERT .. SELECT`` per alert level, the less severe levels
filled in for the clocks whose stage alert is new, and the outbox rows for the new alerts.

Every function here runs inside the sweep's one write transaction (``workflow.scheduling.sweep``) and relies
on it: the alert id windows they take are the ids that transaction inserted, which the advisory lock
(PostgreSQL) or the write lock (SQLite) keeps free of other sweeps' rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, String, and_, func, literal, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Select

from workflow.engine.reassign import CLERK_ROLE
from workflow.outbox.recipients import concat_sql, json_object_sql, recipient_sql
from workflow.outbox.webhooks import CHANNEL, KIND, TEMPLATE
from workflow.scheduling.sweep_plan import Rule
from workflow.store.models import (
    alert,
    app_user,
    clock,
    disclosure_case,
    outbox,
    user_role,
    webhook,
    webhook_event,
)

ESCALATION_ROLES = ("supervisor", "head")
UNASSIGNED_ROLES = (CLERK_ROLE,)  # a case no clerk has taken yet alerts each clerk who may take it
ALERT_COLUMNS = ["case_id", "clock_id", "level", "due_on", "created_on", "created_at"]
OUTBOX_COLUMNS = ["idempotency_key", "kind", "case_id", "recipient_user_id", "channel", "template", "context"]
OUTBOX_COLUMNS += ["status", "attempts", "next_attempt_at", "created_at"]


def _insert(conn: Connection):  # noqa: ANN202 - dialect insert construct
    return (postgresql if conn.dialect.name == "postgresql" else sqlite).insert


def _clock_where(rule: Rule, lo: dict[str, date], hi: dict[str, date]) -> list[ColumnElement]:
    cond: list[ColumnElement] = [
        clock.c.status.in_(rule.statuses) if len(rule.statuses) > 1 else clock.c.status == rule.statuses[0],
        clock.c.due_on.is_not(None),
    ]
    for col in ("due_on", "target_on"):
        if col in lo:
            floor = clock.c[col] >= lo[col]
            cond.append(floor if col == "due_on" else or_(floor, clock.c[col].is_(None)))
        if col in hi:
            cond.append(clock.c[col] <= hi[col])
    if rule.kinds is not None:
        cond.append(clock.c.kind.in_(rule.kinds) if len(rule.kinds) > 1 else clock.c.kind == rule.kinds[0])
    if rule.provisional_only:
        cond.append(clock.c.provisional.is_(True))
    return cond


def alert_bounds(rule: Rule, stricter: Iterable[Rule]) -> tuple[dict[str, date], dict[str, date]] | None:
    """Inclusive low/high bounds per column: the rule holds and no stricter rule does."""
    lo: dict[str, date] = {}
    hi: dict[str, date] = {}
    if rule.upper is not None:
        hi[rule.column] = rule.upper
    if rule.due_from is not None:
        lo["due_on"] = rule.due_from
    for s in stricter:
        assert s.upper is not None
        floor = s.upper + timedelta(days=1)  # not (column <= upper)
        lo[s.column] = max(lo.get(s.column, floor), floor)
    for col in hi:
        if col in lo and lo[col] > hi[col]:
            return None
    return lo, hi


def _queue(conn: Connection, cols: list[str], src: Any) -> int:
    """Insert ``src``'s rows into the outbox; a row whose idempotency key is there already is skipped."""
    stmt = _insert(conn)(outbox).from_select(cols, src).on_conflict_do_nothing(index_elements=["idempotency_key"])
    return _rowcount(conn, stmt)


def _rowcount(conn: Connection, stmt: Any) -> int:
    """Rows an INSERT wrote (SQLAlchemy only keeps an INSERT's rowcount when asked to)."""
    return max(conn.execute(stmt.execution_options(preserve_rowcount=True)).rowcount or 0, 0)


def _absent(clock_id: ColumnElement, level: str, due_on: ColumnElement) -> ColumnElement:
    """No alert yet for (clock, level, due date). The unique constraint alone would do, but probing
    first keeps PostgreSQL from drawing a sequence number for every row that then conflicts."""
    other = alert.alias("present")
    return (
        ~select(other.c.id)
        .where(other.c.clock_id == clock_id, other.c.level == level, other.c.due_on == due_on)
        .exists()
    )


def insert_alerts(
    conn: Connection, rule: Rule, bounds: tuple[dict[str, date], dict[str, date]], today: date, now: datetime
) -> int:
    lo, hi = bounds
    src = select(
        clock.c.case_id,
        clock.c.id,
        literal(rule.level),
        clock.c.due_on,
        literal(today, alert.c.created_on.type),
        literal(now, alert.c.created_at.type),
    ).where(*_clock_where(rule, lo, hi))
    if conn.dialect.name == "postgresql":
        src = src.where(_absent(clock.c.id, rule.level, clock.c.due_on))
    stmt = (
        _insert(conn)(alert)
        .from_select(ALERT_COLUMNS, src)
        .on_conflict_do_nothing(index_elements=["clock_id", "level", "due_on"])
    )
    return _rowcount(conn, stmt)


def fill_superseded(
    conn: Connection,
    progression: list[Rule],
    stage_new: list[str],
    window: tuple[int, int],
    today: date,
    now: datetime,
) -> None:
    """Insert the less severe levels for the clocks whose stage alert was created just now (ids in
    ``window``): one ``INSERT .. SELECT`` per level over the new stage rows, no join. The levels are
    nested, so a level on ``target_on`` (internal_target) holds for every stricter stage row
    (target_on <= due_on <= today); the due-date levels check ``due_on`` against their bound."""
    for i, rule in enumerate(progression):
        stricter = [r.level for r in progression[i + 1 :] if r.level in stage_new]
        if not stricter or rule.upper is None:
            continue
        src = select(
            alert.c.case_id,
            alert.c.clock_id,
            literal(rule.level),
            alert.c.due_on,
            literal(today, alert.c.created_on.type),
            literal(now, alert.c.created_at.type),
        ).where(alert.c.id > window[0], alert.c.id <= window[1], alert.c.level.in_(stricter))
        if rule.column == "due_on":
            src = src.where(alert.c.due_on <= rule.upper)
        stmt = _insert(conn)(alert).from_select(ALERT_COLUMNS, src)
        conn.execute(stmt.on_conflict_do_nothing(index_elements=["clock_id", "level", "due_on"]))


def max_alert_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(alert.c.id), 0))).scalar_one())


def queue_messages(
    conn: Connection, settings: dict[str, Any], window: tuple[int, int], now: datetime, escalating: list[str]
) -> int:
    """Queue the outbox rows for the alerts created at ``now`` with ids in ``window``: every alert to
    the case's clerk (template ``alert``; while no clerk has taken the case, an online application,
    to every clerk of its agency), the ``escalating`` levels also to the supervisors and heads
    of the case's agency (template ``overdue_escalation``).

    The stored context is the alert's own record (alert id, level, case number, due date, business
    date); the clock's kind and label, the internal target, the provisional flag, the working days
    left and the names are added when the message is rendered (``workflow.outbox.delivery``). The address is
    looked up at delivery too. Both keep this statement to one join per row."""
    context = json_object_sql(
        conn.dialect.name,
        [
            ("alert_id", alert.c.id),
            ("level", alert.c.level),
            ("case_no", disclosure_case.c.case_no),
            ("due", alert.c.due_on),
            ("as_of", alert.c.created_on),
        ],
    )
    cols = OUTBOX_COLUMNS

    def source(template: str) -> Select:
        return (
            select(
                concat_sql("alert:", alert.c.id, ":", app_user.c.id),
                literal("alert"),
                alert.c.case_id,
                app_user.c.id,
                recipient_sql(settings),
                literal(template),
                context,
                literal("pending"),
                literal(0),
                literal(now, outbox.c.next_attempt_at.type),
                literal(now, outbox.c.created_at.type),
            )
            .select_from(alert)
            .join(disclosure_case, disclosure_case.c.id == alert.c.case_id)
            .where(alert.c.id > window[0], alert.c.id <= window[1], alert.c.created_at == now)
        )

    sources = [
        source("alert").join(app_user, app_user.c.id == disclosure_case.c.clerk_id),
        source("alert")
        .join(
            user_role,
            and_(user_role.c.agency_id == disclosure_case.c.agency_id, user_role.c.role.in_(UNASSIGNED_ROLES)),
        )
        .join(app_user, app_user.c.id == user_role.c.user_id)
        .where(disclosure_case.c.clerk_id.is_(None)),
    ]
    if escalating:
        sources.append(
            source("overdue_escalation")
            .join(
                user_role,
                and_(
                    user_role.c.agency_id == disclosure_case.c.agency_id,
                    user_role.c.role.in_(ESCALATION_ROLES),
                ),
            )
            .join(app_user, app_user.c.id == user_role.c.user_id)
            .where(alert.c.level.in_(escalating))
        )
    queued = 0
    for src in sources:
        queued += _queue(conn, cols, src)
    return queued


def queue_webhooks(
    conn: Connection, window: tuple[int, int], now: datetime, levels: dict[str, list[str]]
) -> int:
    """Queue a delivery to each agency webhook subscribed to the event the new alerts raise
    (``levels``: event -> the alert levels that raise it, ``due_soon`` and ``overdue``), one
    ``INSERT .. SELECT`` per event, keyed ``webhook:<webhook id>:alert:<alert id>``."""
    queued = 0
    cols = [*OUTBOX_COLUMNS, "address"]
    for event, raised_by in levels.items():
        if not raised_by:
            continue
        context = json_object_sql(
            conn.dialect.name,
            [
                ("webhook_id", webhook.c.id),
                ("event", literal(event, String)),
                ("case_no", disclosure_case.c.case_no),
                ("state", disclosure_case.c.state),
                ("due", alert.c.due_on),
                ("level", alert.c.level),
            ],
        )
        src = (
            select(
                concat_sql("webhook:", webhook.c.id, ":alert:", alert.c.id),
                literal(KIND),
                alert.c.case_id,
                literal(None, Integer),
                literal(CHANNEL),
                literal(TEMPLATE),
                context,
                literal("pending"),
                literal(0),
                literal(now, outbox.c.next_attempt_at.type),
                literal(now, outbox.c.created_at.type),
                webhook.c.url,
            )
            .select_from(alert)
            .join(disclosure_case, disclosure_case.c.id == alert.c.case_id)
            .join(webhook, webhook.c.agency_id == disclosure_case.c.agency_id)
            .join(
                webhook_event,
                and_(webhook_event.c.webhook_id == webhook.c.id, webhook_event.c.event == event),
            )
            .where(
                alert.c.id > window[0],
                alert.c.id <= window[1],
                alert.c.created_at == now,
                alert.c.level.in_(raised_by),
            )
        )
        queued += _queue(conn, cols, src)
    return queued


__all__ = [
    "alert_bounds",
    "fill_superseded",
    "insert_alerts",
    "max_alert_id",
    "queue_messages",
    "queue_webhooks",
]
