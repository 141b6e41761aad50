"""The deadline sweep: every alert that is due as of a business date, created once, in set-based SQL.

``sweep(services, today)`` is idempotent and stateless: it reads what is due from the ``clock`` table
as of ``today`` (a business date in Asia/Shanghai) and inserts the alerts that are missing. The
database is the truth, so a sweep after any downtime creates every alert that became due in the gap,
exactly once (``alert`` is unique on (clock, level, due date); a moved due date is a new alert).

Levels (settings ``alerts``): see ``workflow.scheduling.sweep_plan``, which computes their threshold dates in
Python with the working-day calendar; the comparisons run in SQL (``workflow.scheduling.sweep_sql``) over the
``(status, due_on)`` index.

How the progression stays cheap on a million clocks: each clock is at one **stage**, the most severe
level that holds for it. One ``INSERT .. SELECT .. ON CONFLICT DO NOTHING`` per stage inserts the
stage alert of every clock in that stage's due-date range, one index probe per clock; a repeat
sweep stops there. Only the clocks whose stage alert was new get the less severe levels filled in,
from the new alert rows (so after downtime a clock that went from "3 days left" to "overdue" gets all
four alerts). Because all levels of a clock are created in one transaction, "stage alert present"
implies "every less severe alert present".

Webhooks: the agencies' subscriptions to ``due_soon`` and ``overdue`` get a delivery for each new
alert of a level that raises the event, in the same transaction (``sweep_sql.queue_webhooks``).

Messages: the alerts created by this sweep are queued in the outbox in the same transaction, by
``INSERT .. SELECT`` (idempotency key ``alert:<alert id>:<user id>``): to the case's clerk, and for
the overdue levels also to the supervisors and heads of the case's agency. By default only the
*stage* alerts are messaged: the less severe levels filled in after downtime are recorded without a
message (``alerts.message_superseded: true`` messages them too).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, select, text, update

from workflow.scheduling.sweep_plan import (
    Plan,
    Rule,
    alert_settings,
    build_plan,
    webhook_levels,
    working_day_back,
)
from workflow.scheduling.sweep_sql import (
    alert_bounds,
    fill_superseded,
    insert_alerts,
    max_alert_id,
    queue_webhooks,
)

# a global of this module, not a call into sweep_sql: a test replaces it to fail mid-transaction
from workflow.scheduling.sweep_sql import queue_messages as _queue_messages
from workflow.store.db import write
from workflow.store.models import alert, sweep_run
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

Fence = Callable[[Connection], None]
_PG_SWEEP_LOCK = 0x5EE9_0001  # pg_advisory_xact_lock key: one sweep at a time per database
ANALYZE_AFTER = 10_000  # PostgreSQL: new alerts after which the sweep refreshes the planner's statistics


@contextmanager
def _transaction(engine: Engine) -> Iterator[Connection]:
    """The sweep's write transaction. On SQLite, without foreign-key checks: every row it inserts
    references rows it has just selected in the same transaction, so the checks can never fail, and
    they cost a third of a first sweep. The pragma only works outside a transaction, so it is set on
    the driver connection before BEGIN and restored after COMMIT or ROLLBACK."""
    if engine.dialect.name != "sqlite":
        with write(engine) as conn:
            yield conn
        return
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                yield conn
        finally:
            try:
                raw.execute("PRAGMA foreign_keys=ON")
            except Exception:
                conn.invalidate()  # never hand a connection without the checks back to the pool
                raise


def _prepare(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SWEEP_LOCK})
    else:
        # a bigger page cache for this connection: the sweep probes the alert index once per clock
        conn.exec_driver_sql("PRAGMA cache_size=-131072")


# -- the sweep ----------------------------------------------------------------------------------------


@dataclass
class SweepResult:
    business_date: date
    created: int = 0
    by_level: dict[str, int] = field(default_factory=dict)
    queued: int = 0
    sweep_id: int | None = None
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "business_date": self.business_date.isoformat(),
            "created": self.created,
            "by_level": dict(self.by_level),
            "queued": self.queued,
            "sweep_id": self.sweep_id,
            "seconds": round(self.seconds, 3),
        }


def sweep(
    services: Runtime,
    today: date | None = None,
    *,
    holder: str = "manual",
    fence: Fence | None = None,
    clock_fn: Callable[[], datetime] | None = None,
) -> SweepResult:
    """Create every alert due as of ``today`` that does not exist yet, and queue its messages.

    One write transaction. ``fence`` runs first inside it (the scheduler's lease check; it raises to
    abort). ``holder`` and the times are recorded in ``sweep_run``.
    """
    t0 = time.perf_counter()
    today = today or services.today()
    clock_fn = clock_fn or utcnow
    plan = build_plan(services.settings, services.registry, services.calendar, today)
    result = SweepResult(today)
    with _transaction(services.db) as conn:
        if fence is not None:
            fence(conn)
        _prepare(conn)
        now = clock_fn()
        result.sweep_id = conn.execute(
            sweep_run.insert().values(
                job="sweep", business_date=today, holder=holder, started_at=now, created=0
            )
        ).inserted_primary_key[0]
        m0 = max_alert_id(conn)
        counts: dict[str, int] = {}
        prog = list(plan.progression)
        for i, rule in enumerate(prog):
            bounds = alert_bounds(rule, prog[i + 1 :])
            if bounds is not None:
                counts[rule.level] = insert_alerts(conn, rule, bounds, today, now)
        for rule in plan.others:
            bounds = alert_bounds(rule, ())
            if bounds is not None:
                counts[rule.level] = counts.get(rule.level, 0) + insert_alerts(conn, rule, bounds, today, now)
        m1 = max_alert_id(conn)
        stage_new = [r.level for r in prog if counts.get(r.level)]
        if stage_new:
            fill_superseded(conn, prog, stage_new, (m0, m1), today, now)
            filled = select(alert.c.level, func.count()).where(alert.c.id > m1).group_by(alert.c.level)
            for level, n in conn.execute(filled):
                counts[level] = counts.get(level, 0) + n
        result.by_level = {k: v for k, v in counts.items() if v}
        result.created = sum(result.by_level.values())
        if result.created:
            # the stage alerts are ids (m0, m1]; the superseded levels filled in after them
            window = (m0, max_alert_id(conn)) if plan.message_superseded else (m0, m1)
            result.queued = _queue_messages(conn, services.settings, window, now, plan.escalating)
            result.queued += queue_webhooks(
                conn, window, now, webhook_levels(services.registry.vocabulary, plan)
            )
        if conn.dialect.name == "postgresql" and result.created > ANALYZE_AFTER:
            # fresh statistics, so that the next sweep's plans probe the alert index instead of
            # taking the table for the empty one it was before this sweep (autovacuum comes later)
            conn.exec_driver_sql("ANALYZE alert, outbox")
        conn.execute(
            update(sweep_run)
            .where(sweep_run.c.id == result.sweep_id)
            .values(finished_at=clock_fn(), created=result.created)
        )
    result.seconds = time.perf_counter() - t0
    log.info("sweep by %s: %s", holder, result.as_dict())
    return result


__all__ = [
    "Plan",
    "Rule",
    "SweepResult",
    "alert_settings",
    "build_plan",
    "sweep",
    "working_day_back",
]
