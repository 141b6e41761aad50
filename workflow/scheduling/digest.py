"""The daily digest to each supervisor, and the annual-report reminders.

Both are queued in the outbox with idempotency keys that name the business date (digest) or the
report year, deadline and reminder step (reminders), so running them twice, or in two processes,
or again after a restart, queues each message once.

* **Digest** (``digest:<date>:<user id>``): on working days, one message per supervisor listing the
  open cases of the agencies they supervise (and the agencies below them) by due date: overdue, due
  today, due within ``before_due_working_days``, later. At most ``alerts.digest_max_rows`` rows
  (the most urgent); the total is in the context.
* **Annual report** (``report:<year>:<deadline>:<step>:<agency id>:<user id>``): departments publish
  their report on the previous year by ``report.department_due`` (31 January, GIR Art. 49); an
  internal date ``report.internal_due`` may come earlier. ``report.reminder_working_days_before``
  (e.g. [10, 5, 1]) are the steps; on a working day, each deadline still ahead gets the reminder of
  the latest step passed (after downtime, one reminder, not one per missed step), to the users with
  a role in ``report.reminder_roles`` at each agency that has not recorded its published report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, update

from workflow.outbox.compose import signed_working_days
from workflow.outbox.recipients import queue_to_user
from workflow.store.db import write
from workflow.store.models import (
    agency,
    app_user,
    clock,
    disclosure_case,
    published_report,
    sweep_run,
    user_role,
)
from workflow.store.repository import Repository, utcnow

if TYPE_CHECKING:
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

Fence = Callable[[Connection], None]
DIGEST_TEMPLATE = "daily_digest"
REMINDER_TEMPLATE = "report_reminder"


@dataclass
class _JobRun:
    conn: Connection
    repo: Repository
    queued: int = 0


@contextmanager
def _job_run(services: Runtime, job: str, today: date, *, fence: Fence | None, holder: str,
             now: datetime) -> Iterator[_JobRun]:
    """One job's write transaction, recorded in ``sweep_run`` with the number of messages it queued."""
    with write(services.db) as conn:
        if fence is not None:
            fence(conn)
        run_id = conn.execute(
            sweep_run.insert().values(job=job, business_date=today, holder=holder, started_at=now, created=0)
        ).inserted_primary_key[0]
        run = _JobRun(conn, Repository(conn))
        yield run
        conn.execute(update(sweep_run).where(sweep_run.c.id == run_id).values(finished_at=utcnow(), created=run.queued))


# -- digest ----------------------------------------------------------------------------------------


def digest_rows(
    conn: Connection, services: Runtime, agency_ids: list[int], today: date, limit: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, the ``limit`` most urgent rows) of open cases with a running or paused deadline clock."""
    from workflow.scheduling.sweep_plan import alert_settings

    kinds = alert_settings(services.settings)["deadline_kinds"]
    where = [
        clock.c.status.in_(("running", "paused")),
        clock.c.kind.in_(kinds),
        clock.c.due_on.is_not(None),
        disclosure_case.c.agency_id.in_(agency_ids),
    ]
    joined = clock.join(disclosure_case, disclosure_case.c.id == clock.c.case_id)
    total = int(conn.execute(select(func.count()).select_from(joined).where(*where)).scalar_one())
    q = (
        select(
            disclosure_case.c.case_no,
            disclosure_case.c.applicant_name,
            disclosure_case.c.applicant_type,
            disclosure_case.c.state,
            clock.c.due_on,
            clock.c.provisional,
            clock.c.status,
            clock.c.kind,
        )
        .select_from(joined)
        .where(*where)
        .order_by(clock.c.due_on, disclosure_case.c.case_no)
        .limit(limit)
    )
    cal = services.calendar
    rows = [
        {
            "case_no": r.case_no,
            "applicant_name": r.applicant_name,
            "applicant_type": r.applicant_type,
            "state": r.state,
            "due": r.due_on,
            "working_days_left": signed_working_days(cal, today, r.due_on),
            "provisional": bool(r.provisional),
            "paused": r.status == "paused",
            "clock_kind": r.kind,
        }
        for r in conn.execute(q)
    ]
    return total, rows


def queue_digests(
    services: Runtime,
    today: date | None = None,
    *,
    fence: Fence | None = None,
    holder: str = "manual",
    now: datetime | None = None,
) -> int:
    """Queue today's digest for every supervisor (working days only); returns the messages queued."""
    today = today or services.today()
    if not services.calendar.is_workday(today):
        return 0
    cfg = dict(services.settings.get("alerts") or {})
    limit = int(cfg.get("digest_max_rows", 200))
    send_empty = bool(cfg.get("digest_when_empty", False))
    before = cfg.get("before_due_working_days", [3])
    soon = max(before) if isinstance(before, list) and before else int(before or 3)
    with _job_run(services, "digest", today, fence=fence, holder=holder, now=now or utcnow()) as run:
        conn, repo = run.conn, run.repo
        supervised: dict[int, set[int]] = {}
        for user_id, agency_id in conn.execute(
            select(user_role.c.user_id, user_role.c.agency_id).where(user_role.c.role == "supervisor")
        ):
            supervised.setdefault(user_id, set()).update(repo.agency_subtree(agency_id))
        names = {r.id: r.name for r in conn.execute(select(agency.c.id, agency.c.name))}
        for user_id, agency_ids in sorted(supervised.items()):
            total, rows = digest_rows(conn, services, sorted(agency_ids), today, limit)
            if not rows and not send_empty:
                continue
            user = repo.user_row(user_id)
            if user is None:
                continue
            tops = sorted({names[a] for a in agency_ids if a in names})
            context = {
                "today": today,
                "recipient_name": user.get("display_name") or user["name"],
                "agency_name": "、".join(tops[:3]) + ("等" if len(tops) > 3 else ""),
                "rows": rows,
                "soon_days": soon,
                "total": total,
                "shown": len(rows),
            }
            run.queued += queue_to_user(repo, services.settings, user, key=f"digest:{today.isoformat()}:{user_id}",
                                        kind="digest", template=DIGEST_TEMPLATE, context=context)
    log.info("digest %s: %d queued", today, run.queued)
    return run.queued


# -- annual report reminders -------------------------------------------------------------------------


def _month_day(value: Any, year: int) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value.replace(year=year)
    month, day = (int(x) for x in str(value).split("-")[-2:])
    return date(year, month, day)


def report_deadlines(settings: dict[str, Any], today: date) -> list[tuple[str, int, date]]:
    """``(deadline name, report year, due date)`` for the deadlines on or after ``today`` (this year's
    and next year's: a 10-working-day reminder before 20 January falls in December)."""
    cfg = dict(settings.get("report") or {})
    out = []
    for name in ("internal_due", "department_due"):
        for year in (today.year, today.year + 1):
            due = _month_day(cfg.get(name, "01-31" if name == "department_due" else None), year)
            if due is not None and due >= today:
                out.append((name, year - 1, due))
    return out


def reminder_step(cal: Any, due: date, today: date, steps: list[int]) -> int | None:
    """The smallest step n with ``add_working_days(due, -n) <= today`` (None before the first)."""
    passed = [n for n in steps if cal.add_working_days(due, -n) <= today]
    return min(passed) if passed else None


def queue_report_reminders(
    services: Runtime,
    today: date | None = None,
    *,
    fence: Fence | None = None,
    holder: str = "manual",
    now: datetime | None = None,
) -> int:
    """Queue the annual-report reminders due as of ``today`` (working days only)."""
    today = today or services.today()
    cal = services.calendar
    if not cal.is_workday(today):
        return 0
    cfg = dict(services.settings.get("report") or {})
    steps = sorted({int(n) for n in cfg.get("reminder_working_days_before", [10, 5, 1])})
    roles = tuple(cfg.get("reminder_roles") or ("head",))
    due_now = [
        (name, year, due, reminder_step(cal, due, today, steps))
        for name, year, due in report_deadlines(services.settings, today)
    ]
    due_now = [d for d in due_now if d[3] is not None]
    with _job_run(services, "reminders", today, fence=fence, holder=holder, now=now or utcnow()) as run:
        conn, repo = run.conn, run.repo
        people = list(
            conn.execute(
                select(user_role.c.agency_id, agency.c.name, app_user.c.id)
                .distinct()
                .join(agency, agency.c.id == user_role.c.agency_id)
                .join(app_user, app_user.c.id == user_role.c.user_id)
                .where(user_role.c.role.in_(roles))
                .order_by(user_role.c.agency_id, app_user.c.id)
            )
        )
        for name, year, due, step in due_now:
            published = set(
                conn.execute(
                    select(published_report.c.agency_id).where(published_report.c.year == year)
                ).scalars()
            )
            for agency_id, agency_name, user_id in people:
                if agency_id in published:
                    continue
                user = repo.user_row(user_id)
                context = {
                    "year": year,
                    "due": due,
                    "deadline": name,
                    "agency_name": agency_name,
                    "working_days_left": signed_working_days(cal, today, due),
                    "today": today,
                    "step": step,
                    "recipient_name": user.get("display_name") or user["name"],
                }
                run.queued += queue_to_user(repo, services.settings, user, kind="reminder",
                                            key=f"report:{year}:{name}:{step}:{agency_id}:{user_id}",
                                            template=REMINDER_TEMPLATE, context=context)
    log.info("report reminders %s: %d queued", today, run.queued)
    return run.queued
