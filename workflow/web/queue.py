"""The work queue (待办): open cases of the user's scope in the order of the statutory due date.

Tabs (overdue, due today, this week, within 3 / 10 working days, paused, mine, subordinates), filters
(state, clerk, channel, agency, received range) and a tolerant search; keyset pagination on (due date, case id),
with the total always shown. Personal data is masked in every row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from workflow.deadlines.supervision import week_end
from workflow.privacy import mask_name
from workflow.store.models import agency, app_user, clock, disclosure_case
from workflow.web.scope import Scope

if TYPE_CHECKING:
    from workflow.app import Services

TABS = {
    "all": "全部待办",
    "overdue": "已逾期",
    "today": "今日到期",
    "thisweek": "本周到期",
    "within3": "3个工作日内到期",
    "within10": "10个工作日内到期",
    "paused": "暂停计时",
    "mine": "我经办的",
    "unassigned": "待分配",
    "subordinates": "下级机关",
}
NO_DUE = date(9999, 12, 31)  # the cursor's stand-in for a reply clock without a due date (sorts last)
# an open case's reply clock is in one of these; the partial index ix_clock_queue holds just these rows
LIVE = ("running", "paused", "stopped")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_~～]")


@dataclass
class QueueQuery:
    tab: str = "all"
    state: str | None = None
    clerk: str | None = None
    channel: str | None = None
    agency: str | None = None  # an agency's code: its own cases (not its subordinates')
    received_from: date | None = None
    received_to: date | None = None
    q: str | None = None
    due_from: date | None = None  # a window of the statutory due date (running or paused clocks)
    due_to: date | None = None
    after: str | None = None  # the keyset cursor: "<due iso>|<case id>"
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class QueuePage:
    rows: list[dict[str, Any]]
    total: int
    next_cursor: str | None


def normalise_case_no(text: str) -> str:
    """Full-width forms, dashes of every kind and spaces made into the case number's own form."""
    t = unicodedata.normalize("NFKC", text)
    t = _DASHES.sub("-", t)
    return re.sub(r"\s+", "", t)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search(q: str) -> ColumnElement[bool]:
    norm = normalise_case_no(q)
    conds: list[ColumnElement[bool]] = [disclosure_case.c.case_no == norm]
    m = re.fullmatch(r"(?:(.*?)-)?(\d{4})-?(\d{1,6})", norm)
    if m:  # the number without (or with) its prefix: 2026-0001, 2026-1, 20260001
        tail = f"{m.group(2)}-{int(m.group(3)):04d}"
        conds.append(disclosure_case.c.case_no.like("%-" + tail) if not m.group(1)
                     else disclosure_case.c.case_no == f"{m.group(1)}-{tail}")
    elif norm:
        conds.append(disclosure_case.c.case_no.like(_like(norm), escape="\\"))
    text = q.strip()
    if text:
        conds.append(disclosure_case.c.applicant_name.like(_like(text), escape="\\"))
        conds.append(disclosure_case.c.subject.like(_like(text), escape="\\"))
    return or_(*conds)




def _filtered(services: Services, scope: Scope, user_id: int, query: QueueQuery, today: date) -> tuple[Any, Any, list]:
    """``(reply clock alias, joined tables, where clauses)`` of the queue's tab, filters and search."""
    cal = services.calendar
    reply = clock.alias("reply")
    # served by the partial index ix_clock_queue (due_on, case_id) over the live reply clocks: a page
    # reads its rows in order and stops, however many cases are concluded
    where: list[ColumnElement[bool]] = [
        reply.c.kind == "reply", reply.c.party == "", reply.c.status.in_(LIVE),
        disclosure_case.c.agency_id.in_(sorted(scope.agency_ids)),
        disclosure_case.c.concluded_on.is_(None),
    ]
    running = reply.c.status.in_(("running", "paused"))
    if query.tab == "overdue":
        where += [running, reply.c.due_on < today]
    elif query.tab == "today":
        where += [running, reply.c.due_on == today]
    elif query.tab == "thisweek":
        where += [running, reply.c.due_on >= today, reply.c.due_on <= week_end(today)]
    elif query.tab in ("within3", "within10"):
        horizon = cal.add_working_days(today, 3 if query.tab == "within3" else 10)
        where += [running, reply.c.due_on >= today, reply.c.due_on <= horizon]
    elif query.tab == "paused":
        where.append(reply.c.status.in_(("paused", "stopped")))
    elif query.tab == "mine":
        where.append(disclosure_case.c.clerk_id == user_id)
    elif query.tab == "unassigned":  # online applications no clerk has taken yet
        where.append(disclosure_case.c.clerk_id.is_(None))
    elif query.tab == "subordinates":
        where.append(disclosure_case.c.agency_id.in_(sorted(scope.agency_ids - set(scope.roles))))
    if query.due_from is not None:
        where += [running, reply.c.due_on >= query.due_from]
    if query.due_to is not None:
        where += [running, reply.c.due_on <= query.due_to]
    if query.state:
        where.append(disclosure_case.c.state == query.state)
    if query.clerk:
        where.append(app_user.c.name == query.clerk)
    if query.channel:
        where.append(disclosure_case.c.channel == query.channel)
    if query.agency:
        where.append(agency.c.code == query.agency)
    if query.received_from:
        where.append(disclosure_case.c.received_on >= query.received_from)
    if query.received_to:
        where.append(disclosure_case.c.received_on <= query.received_to)
    if query.q and query.q.strip():
        where.append(_search(query.q))
    joined = (disclosure_case.join(agency, agency.c.id == disclosure_case.c.agency_id)
              .outerjoin(app_user, app_user.c.id == disclosure_case.c.clerk_id)
              .join(reply, reply.c.case_id == disclosure_case.c.id))
    return reply, joined, where


def _columns(reply: Any) -> list[Any]:
    return [disclosure_case.c.id, disclosure_case.c.case_no, disclosure_case.c.state,
            disclosure_case.c.received_on, disclosure_case.c.applicant_name,
            disclosure_case.c.applicant_type, disclosure_case.c.channel, disclosure_case.c.subject,
            disclosure_case.c.definition_name, disclosure_case.c.definition_version,
            agency.c.code.label("agency"), app_user.c.name.label("clerk"),
            app_user.c.display_name.label("clerk_display"), reply.c.status.label("reply_status"),
            reply.c.due_on, reply.c.target_on, reply.c.provisional]


def queue_page(services: Services, conn: Connection, scope: Scope, user_id: int, query: QueueQuery,
               page_size: int) -> QueuePage:
    today = services.today()
    reply, joined, where = _filtered(services, scope, user_id, query, today)
    total = int(conn.execute(select(func.count()).select_from(joined).where(*where)).scalar_one())
    page_where = list(where)
    cursor = _cursor(query.after)
    if cursor is not None:
        due, case_id = cursor
        if due == NO_DUE:
            page_where.append(and_(reply.c.due_on.is_(None), reply.c.case_id > case_id))
        else:
            page_where.append(or_(reply.c.due_on > due, and_(reply.c.due_on == due, reply.c.case_id > case_id),
                                  reply.c.due_on.is_(None)))
    stmt = (select(*_columns(reply)).select_from(joined).where(*page_where)
            .order_by(reply.c.due_on.asc().nulls_last(), reply.c.case_id).limit(page_size + 1))
    rows = [_row(services, r, today) for r in conn.execute(stmt).mappings()]
    next_cursor = None
    if len(rows) > page_size:
        rows = rows[:page_size]
        last = rows[-1]
        next_cursor = f"{(last['due_on'] or NO_DUE).isoformat()}|{last['id']}"
    return QueuePage(rows, total, next_cursor)


def queue_rows(services: Services, conn: Connection, scope: Scope, user_id: int,
               query: QueueQuery) -> Iterator[dict[str, Any]]:
    """Every row of the queue as filtered (no page), in the queue's order: what an export holds."""
    today = services.today()
    reply, joined, where = _filtered(services, scope, user_id, query, today)
    stmt = (select(*_columns(reply)).select_from(joined).where(*where)
            .order_by(reply.c.due_on.asc().nulls_last(), reply.c.case_id))
    for r in conn.execute(stmt).mappings():
        yield _row(services, r, today)


def _cursor(text: str | None) -> tuple[date, int] | None:
    if not text:
        return None
    try:
        due, case_id = text.split("|", 1)
        return date.fromisoformat(due), int(case_id)
    except ValueError:
        return None


def _row(services: Services, r: Any, today: date) -> dict[str, Any]:
    definition = services.registry.get(r["definition_name"], r["definition_version"])
    vocab = services.registry.vocabulary
    due = r["due_on"] if r["reply_status"] in ("running", "paused") else None
    left = None
    if due is not None:
        cal = services.calendar
        left = cal.working_days_in(today, due) if due >= today else -cal.working_days_in(due, today)
    return {
        "id": r["id"], "due_on": r["due_on"], "case_no": r["case_no"], "agency": r["agency"], "state": r["state"],
        "state_label": definition.states[r["state"]].label,
        "received": r["received_on"], "channel_label": vocab.label("channels", r["channel"]),
        "applicant": mask_name(r["applicant_name"], r["applicant_type"]),
        "subject": r["subject"], "clerk": r["clerk_display"] or r["clerk"],
        "due": due, "target": r["target_on"] if due else None, "left": left,
        "paused": r["reply_status"] in ("paused", "stopped"),
        "reply_status_label": vocab.label("clock_statuses", r["reply_status"]) if r["reply_status"] else "",
        "overdue": due is not None and due < today, "provisional": bool(r["provisional"]),
    }
