"""The deadline sweep: every alert that is due as of a business date, created once, in set-based SQL.

``sweep(services, today)`` is idempotent and stateless: it reads what is due from the ``clock`` table
as of ``today`` (a business date in Asia/Shanghai) and inserts the alerts that are missing. The
database is the truth, so a sweep after any downtime creates every alert that became due in the gap,
exactly once (``alert`` is unique on (clock, level, due date); a moved due date is a new alert).

Levels (settings ``alerts``; the threshold dates are computed in Python with the working-day
calendar, the comparison runs in SQL over the ``(status, due_on)`` index):

* the **deadline progression** of the ``deadline_kinds`` clocks (the reply clock), running clocks
  only (a paused clock's due date is not final), least to most severe:
  ``before_due_<N>`` (due_on <= today + N working days, for each N), ``internal_target``
  (target_on <= today), ``due_today`` (due_on <= today), ``overdue`` (due_on < today), and
  ``overdue_<k>`` (k = working days overdue // K, k = 1 .. overdue_repeat_max);
* per clock kind: ``correction_notice_closing`` (working day ``correction_notice_warning_day`` of
  the 7 has passed), ``consultation_overdue``, ``fee_window_over`` and ``correction_period_over``
  (due_on < today: they prompt ``lapse_consultation``, ``lapse_fee``, ``lapse_correction``), and
  ``provisional_due`` (running or paused, due date computed on a provisional calendar year).

How the progression stays cheap on a million clocks: each clock is at one **stage**, the most severe
level that holds for it. One ``INSERT .. SELECT .. ON CONFLICT DO NOTHING`` per stage inserts the
stage alert of every clock in that stage's due-date range, one index probe per clock; a repeat
sweep stops there. Only the clocks whose stage alert was new get the less severe levels filled in,
from the new alert rows (so after downtime a clock that went from "3 days left" to "overdue" gets all
four alerts). Because all levels of a clock are created in one transaction, "stage alert present"
implies "every less severe alert present".

Messages: the alerts created by this sweep are queued in the outbox in the same transaction, by
``INSERT .. SELECT`` (idempotency key ``alert:<alert id>:<user id>``): to the case's clerk, and for
the overdue levels also to the supervisors and heads of the case's agency. By default only the
*stage* alerts are messaged: the less severe levels filled in after downtime are recorded without a
message (``alerts.message_superseded: true`` messages them too).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    func,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Select

from workflow.outbox import concat_sql, json_object_sql, recipient_sql
from workflow.store.db import write
from workflow.store.models import alert, app_user, clock, disclosure_case, outbox, sweep_run, user_role
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from workflow.calendar import WorkCalendar
    from workflow.definitions import Registry
    from workflow.service import Services

log = logging.getLogger(__name__)

Fence = Callable[[Connection], None]
ESCALATION_ROLES = ("supervisor", "head")
_PG_SWEEP_LOCK = 0x5EE9_0001  # pg_advisory_xact_lock key: one sweep at a time per database
ANALYZE_AFTER = 10_000  # PostgreSQL: new alerts after which the sweep refreshes the planner's statistics
ALERT_COLUMNS = ["case_id", "clock_id", "level", "due_on", "created_on", "created_at"]
OUTBOX_COLUMNS = ["idempotency_key", "kind", "case_id", "recipient_user_id", "channel", "template", "context"]
OUTBOX_COLUMNS += ["status", "attempts", "next_attempt_at", "created_at"]


# -- the plan: levels and their threshold dates ----------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One alert level: the clocks it applies to, and ``column <= upper`` (``due_on`` or ``target_on``);
    ``due_from``: a lower bound on due_on."""

    level: str
    kinds: tuple[str, ...] | None
    statuses: tuple[str, ...]
    column: str = "due_on"
    upper: date | None = None
    escalate: bool = False
    provisional_only: bool = False
    due_from: date | None = None


@dataclass(frozen=True)
class Plan:
    today: date
    progression: tuple[Rule, ...]  # least to most severe
    others: tuple[Rule, ...]
    message_superseded: bool = False

    @property
    def escalating(self) -> list[str]:
        return [r.level for r in (*self.progression, *self.others) if r.escalate]


def alert_settings(settings: dict[str, Any]) -> dict[str, Any]:
    raw = dict(settings.get("alerts") or {})
    before = raw.get("before_due_working_days", [3])
    raw["before_due_working_days"] = sorted(
        {int(n) for n in ([before] if isinstance(before, int) else before or [])}, reverse=True
    )
    raw.setdefault("on_internal_target", True)
    raw.setdefault("on_due_day", True)
    raw.setdefault("overdue", True)
    raw["overdue_repeat_every_working_days"] = int(raw.get("overdue_repeat_every_working_days", 5) or 0)
    raw["overdue_repeat_max"] = int(raw.get("overdue_repeat_max", 52))
    raw["correction_notice_warning_day"] = raw.get("correction_notice_warning_day", 5)
    raw["deadline_kinds"] = tuple(raw.get("deadline_kinds") or ("reply",))
    raw.setdefault("message_superseded", False)
    return raw


def working_day_back(cal: WorkCalendar, today: date, m: int) -> date:
    """The m-th working day counting back from ``today`` inclusive: working_days_in(D, today) >= m
    exactly when D < working_day_back(today, m)."""
    return cal.add_working_days(today + timedelta(days=1), -m)


def build_plan(settings: dict[str, Any], registry: Registry, cal: WorkCalendar, today: date) -> Plan:
    a = alert_settings(settings)
    kinds = a["deadline_kinds"]
    running = ("running",)
    prog: list[Rule] = [
        Rule(f"before_due_{n}", kinds, running, upper=cal.add_working_days(today, n))
        for n in a["before_due_working_days"]
        if n > 0
    ]
    if a["on_internal_target"]:
        prog.append(Rule("internal_target", kinds, running, column="target_on", upper=today))
    if a["on_due_day"]:
        prog.append(Rule("due_today", kinds, running, upper=today))
    if a["overdue"]:
        prog.append(Rule("overdue", kinds, running, upper=today - timedelta(days=1), escalate=True))
        every = a["overdue_repeat_every_working_days"]
        if every > 0:
            for k in range(1, a["overdue_repeat_max"] + 1):  # k * every working days late
                upper = working_day_back(cal, today, k * every) - timedelta(days=1)
                prog.append(Rule(f"overdue_{k}", kinds, running, upper=upper, escalate=True))
    others: list[Rule] = []
    warn = a["correction_notice_warning_day"]
    lengths = [
        int(d.clocks["correction_notice"]["length"])
        for d in registry.definitions.values()
        if (d.clocks.get("correction_notice") or {}).get("length")
    ]
    if warn and lengths:
        # day ``warn`` of the notice period has passed: add_working_days(start, warn) <= today, which for
        # a clock of length L is due_on <= today + (L - warn) working days (L = 7 in GIR2019, the only
        # definition with this clock)
        upper = cal.add_working_days(today, max(max(lengths) - int(warn), 0))
        others.append(Rule("correction_notice_closing", ("correction_notice",), running, upper=upper))
    yesterday = today - timedelta(days=1)
    others += [
        Rule("consultation_overdue", ("consultation",), running, upper=yesterday),
        Rule("fee_window_over", ("fee_payment",), running, upper=yesterday),
        Rule("correction_period_over", ("correction_period",), running, upper=yesterday),
    ]
    provisional = cal.provisional_years()
    all_kinds = tuple(sorted({k for d in registry.definitions.values() for k in d.clocks}))
    if provisional and all_kinds:
        paused_too = ("running", "paused")
        first = date(min(provisional), 1, 1)
        others.append(Rule("provisional_due", all_kinds, paused_too, provisional_only=True, due_from=first))
    return Plan(today, tuple(prog), tuple(others), bool(a["message_superseded"]))


# -- SQL ---------------------------------------------------------------------------------------------


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


def _bounds(rule: Rule, stricter: Iterable[Rule]) -> tuple[dict[str, date], dict[str, date]] | None:
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


def _insert_alerts(
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


def _fill_superseded(
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


def _max_alert_id(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(alert.c.id), 0))).scalar_one())


def _queue_messages(
    conn: Connection, settings: dict[str, Any], window: tuple[int, int], now: datetime, escalating: list[str]
) -> int:
    """Queue the outbox rows for the alerts created at ``now`` with ids in ``window``: every alert to
    the case's clerk (template ``alert``), the ``escalating`` levels also to the supervisors and heads
    of the case's agency (template ``overdue_escalation``).

    The stored context is the alert's own record (alert id, level, case number, due date, business
    date); the clock's kind and label, the internal target, the provisional flag, the working days
    left and the names are added when the message is rendered (``workflow.outbox``). The address is
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

    sources = [source("alert").join(app_user, app_user.c.id == disclosure_case.c.clerk_id)]
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
        stmt = (
            _insert(conn)(outbox)
            .from_select(cols, src)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
        )
        queued += _rowcount(conn, stmt)
    return queued


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
    services: Services,
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
    with _transaction(services.engine) as conn:
        if fence is not None:
            fence(conn)
        _prepare(conn)
        now = clock_fn()
        result.sweep_id = conn.execute(
            sweep_run.insert().values(
                job="sweep", business_date=today, holder=holder, started_at=now, created=0
            )
        ).inserted_primary_key[0]
        m0 = _max_alert_id(conn)
        counts: dict[str, int] = {}
        prog = list(plan.progression)
        for i, rule in enumerate(prog):
            bounds = _bounds(rule, prog[i + 1 :])
            if bounds is not None:
                counts[rule.level] = _insert_alerts(conn, rule, bounds, today, now)
        for rule in plan.others:
            bounds = _bounds(rule, ())
            if bounds is not None:
                counts[rule.level] = counts.get(rule.level, 0) + _insert_alerts(
                    conn, rule, bounds, today, now
                )
        m1 = _max_alert_id(conn)
        stage_new = [r.level for r in prog if counts.get(r.level)]
        if stage_new:
            _fill_superseded(conn, prog, stage_new, (m0, m1), today, now)
            filled = select(alert.c.level, func.count()).where(alert.c.id > m1).group_by(alert.c.level)
            for level, n in conn.execute(filled):
                counts[level] = counts.get(level, 0) + n
        result.by_level = {k: v for k, v in counts.items() if v}
        result.created = sum(result.by_level.values())
        if result.created:
            # the stage alerts are ids (m0, m1]; the superseded levels filled in after them
            window = (m0, _max_alert_id(conn)) if plan.message_superseded else (m0, m1)
            result.queued = _queue_messages(conn, services.settings, window, now, plan.escalating)
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
