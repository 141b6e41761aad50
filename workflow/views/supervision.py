"""The supervisor's view (督办): figures per agency and per clerk, the overdue cases, undelivered
notices, and the year by month, for the agencies a supervisor watches.

Every figure counts the same cases the work queue shows under the matching tab (open = not
concluded with a live reply clock; due this week; overdue = a running reply clock past its due date;
paused), so a figure and the list it links to never disagree. Names of natural persons are masked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, case, func, select

from workflow.privacy import mask_name, redact_credentials
from workflow.store.models import agency, app_user, case_event, clock, disclosure_case, outbox

if TYPE_CHECKING:
    from workflow.runtime import Runtime

LIVE = ("running", "paused", "stopped")


@dataclass
class Figures:
    open: int = 0
    due_this_week: int = 0
    overdue: int = 0
    paused: int = 0
    concluded: int = 0  # this year

    def add(self, other: Figures) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Supervision:
    today: date
    week_end: date
    agencies: list[dict[str, Any]]  # code, name, figures
    clerks: list[dict[str, Any]]  # name, display, agency, figures
    total: Figures
    overdue: list[dict[str, Any]]
    failed_messages: list[dict[str, Any]]
    received_by_month: dict[int, Counter] = field(default_factory=dict)  # month -> channel -> n
    outcomes: Counter = field(default_factory=Counter)  # concluded this year, by outcome


def week_end(today: date) -> date:
    """The Sunday that ends ``today``'s week."""
    return today + timedelta(days=6 - today.weekday())


def supervision(services: Runtime, conn: Connection, agency_ids: Iterable[int], today: date | None = None) -> Supervision:
    today = today or services.today()
    ids = sorted(agency_ids)
    sunday = week_end(today)
    year_start = date(today.year, 1, 1)
    reply = clock.alias("reply")
    running = reply.c.status.in_(("running", "paused"))
    is_open = and_(disclosure_case.c.concluded_on.is_(None), reply.c.status.in_(LIVE))

    def count(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    figures = (
        count(is_open), count(and_(is_open, running, reply.c.due_on >= today, reply.c.due_on <= sunday)),
        count(and_(is_open, running, reply.c.due_on < today)),
        count(and_(is_open, reply.c.status.in_(("paused", "stopped")))),
        count(disclosure_case.c.concluded_on >= year_start),
    )
    joined = (disclosure_case.join(agency, agency.c.id == disclosure_case.c.agency_id)
              .outerjoin(app_user, app_user.c.id == disclosure_case.c.clerk_id)
              .outerjoin(reply, and_(reply.c.case_id == disclosure_case.c.id, reply.c.kind == "reply",
                                     reply.c.party == "")))
    in_scope = disclosure_case.c.agency_id.in_(ids)

    agencies, total = [], Figures()
    per_agency = {r[0]: Figures(*(int(v or 0) for v in r[1:])) for r in conn.execute(
        select(agency.c.code, *figures).select_from(joined).where(in_scope).group_by(agency.c.code))}
    for row in conn.execute(select(agency.c.code, agency.c.name).where(agency.c.id.in_(ids)).order_by(agency.c.code)):
        found = per_agency.get(row.code, Figures())
        total.add(found)
        agencies.append({"code": row.code, "name": row.name, "figures": found})

    clerks = [
        {"name": r[0], "display": r[1] or r[0], "agency": r[2], "figures": Figures(*(int(v or 0) for v in r[3:]))}
        for r in conn.execute(select(app_user.c.name, app_user.c.display_name, agency.c.code, *figures)
                              .select_from(joined).where(in_scope, app_user.c.name.is_not(None))
                              .group_by(app_user.c.name, app_user.c.display_name, agency.c.code)
                              .order_by(agency.c.code, app_user.c.name))
    ]
    return Supervision(today, sunday, agencies, clerks, total, _overdue(services, conn, ids, today),
                       _failed_messages(conn, ids), _received_by_month(conn, ids, today.year),
                       _outcomes(conn, ids, year_start))


def _overdue(services: Runtime, conn: Connection, ids: list[int], today: date, limit: int = 100) -> list[dict[str, Any]]:
    reply = clock.alias("reply")
    last = (select(case_event.c.trigger).where(case_event.c.case_id == disclosure_case.c.id)
            .order_by(case_event.c.seq.desc()).limit(1).scalar_subquery())
    rows = conn.execute(
        select(disclosure_case.c.case_no, disclosure_case.c.state, disclosure_case.c.applicant_name,
               disclosure_case.c.applicant_type, disclosure_case.c.definition_name,
               disclosure_case.c.definition_version, disclosure_case.c.last_event_on, agency.c.code.label("agency"),
               app_user.c.display_name, app_user.c.name.label("clerk"), reply.c.due_on, last.label("last_trigger"))
        .join(agency, agency.c.id == disclosure_case.c.agency_id)
        .outerjoin(app_user, app_user.c.id == disclosure_case.c.clerk_id)
        .join(reply, and_(reply.c.case_id == disclosure_case.c.id, reply.c.kind == "reply", reply.c.party == ""))
        .where(disclosure_case.c.agency_id.in_(ids), disclosure_case.c.concluded_on.is_(None),
               reply.c.status.in_(("running", "paused")), reply.c.due_on < today)
        .order_by(reply.c.due_on, disclosure_case.c.case_no).limit(limit)).mappings()
    out = []
    for r in rows:
        definition = services.registry.get(r["definition_name"], r["definition_version"])
        trigger = definition.register if r["last_trigger"] == definition.register.name else \
            definition.triggers.get(r["last_trigger"])
        out.append({
            "case_no": r["case_no"], "agency": r["agency"], "clerk": r["display_name"] or r["clerk"] or "",
            "applicant": mask_name(r["applicant_name"], r["applicant_type"]),
            "state_label": definition.states[r["state"]].label, "due": r["due_on"],
            "working_days_over": services.calendar.working_days_in(r["due_on"], today),
            "last_action": trigger.label if trigger else (r["last_trigger"] or ""), "last_action_on": r["last_event_on"],
        })
    return out


def _failed_messages(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(outbox.c.id, outbox.c.kind, outbox.c.channel, outbox.c.attempts, outbox.c.last_error,
               outbox.c.subject, disclosure_case.c.case_no)
        .outerjoin(disclosure_case, disclosure_case.c.id == outbox.c.case_id)
        .where(outbox.c.status == "failed", disclosure_case.c.agency_id.in_(ids))
        .order_by(outbox.c.id.desc()).limit(50)).mappings()
    return [{**r, "last_error": redact_credentials(r["last_error"] or "")} for r in rows]


def _received_by_month(conn: Connection, ids: list[int], year: int) -> dict[int, Counter]:
    months: dict[int, Counter] = {m: Counter() for m in range(1, 13)}
    rows = conn.execute(select(disclosure_case.c.received_on, disclosure_case.c.channel)
                        .where(disclosure_case.c.agency_id.in_(ids),
                               disclosure_case.c.received_on >= date(year, 1, 1),
                               disclosure_case.c.received_on <= date(year, 12, 31)))
    for received, channel in rows:
        months[received.month][channel] += 1
    return months


def _outcomes(conn: Connection, ids: list[int], since: date) -> Counter:
    return Counter(dict(conn.execute(
        select(disclosure_case.c.outcome, func.count())
        .where(disclosure_case.c.agency_id.in_(ids), disclosure_case.c.concluded_on >= since,
               disclosure_case.c.outcome.is_not(None))
        .group_by(disclosure_case.c.outcome)).all()))
