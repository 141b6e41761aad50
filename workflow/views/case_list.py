"""Read models: what ``list`` prints, as plain dicts (also the JSON shape); the case page that
``show`` prints is ``workflow.views.case_page``.

Personal data: lists mask ID numbers, phones and private persons' names (rules.md §8).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select

from workflow.isotext import iso_or_none
from workflow.privacy import mask_id_number, mask_name, mask_phone
from workflow.store.models import agency, app_user, clock, disclosure_case
from workflow.store.repository import Repository

if TYPE_CHECKING:
    from workflow.runtime import Runtime


@dataclass
class CaseList:
    """The cases a listing matched (``total``) and the first ``limit`` of them, read as iterated."""

    total: int
    rows: Iterator[dict[str, Any]]


def list_cases(services: Runtime, repo: Repository, *, agency_code: str | None = None, state: str | None = None,
               clerk: str | None = None, include_concluded: bool = False, overdue: bool = False,
               due_within: int | None = None, limit: int = 200) -> CaseList:
    """Cases with their reply clock, filtered in SQL, the nearest due date first (so the overdue ones
    lead; cases without a running reply clock follow by date of receipt); names, ID numbers and
    phones masked. Concluded cases only with ``include_concluded`` or a ``state`` filter."""
    today = services.today()
    reply = clock.alias("reply")
    running = reply.c.status.in_(("running", "paused"))
    stmt = (
        select(disclosure_case.c.case_no, disclosure_case.c.state, disclosure_case.c.received_on,
               disclosure_case.c.applicant_name, disclosure_case.c.applicant_type, disclosure_case.c.id_number,
               disclosure_case.c.phone, disclosure_case.c.outcome, disclosure_case.c.definition_name,
               disclosure_case.c.definition_version, agency.c.code.label("agency"), app_user.c.name.label("clerk"),
               reply.c.status.label("reply_status"), reply.c.due_on, reply.c.provisional)
        .join(agency, agency.c.id == disclosure_case.c.agency_id)
        .outerjoin(app_user, app_user.c.id == disclosure_case.c.clerk_id)
        .outerjoin(reply, and_(reply.c.case_id == disclosure_case.c.id, reply.c.kind == "reply", reply.c.party == ""))
    )
    if agency_code:
        stmt = stmt.where(disclosure_case.c.agency_id.in_(repo.agency_subtree(repo.agency_id(agency_code))))
    if state:
        stmt = stmt.where(disclosure_case.c.state == state)
    if clerk:
        stmt = stmt.where(app_user.c.name == clerk)
    if not (include_concluded or state) or overdue or due_within is not None:
        stmt = stmt.where(disclosure_case.c.concluded_on.is_(None))
    if overdue:
        stmt = stmt.where(running, reply.c.due_on < today)
    if due_within is not None:
        horizon = services.calendar.add_working_days(today, due_within)
        stmt = stmt.where(running, reply.c.due_on <= horizon)
    total = repo.conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    due_first = case((running, reply.c.due_on), else_=None)
    stmt = stmt.order_by(due_first.is_(None), due_first, disclosure_case.c.received_on,
                         disclosure_case.c.case_no).limit(limit)
    return CaseList(total, _rows(services, repo.conn.execute(stmt).mappings(), today))


def _rows(services: Runtime, result: Iterable[Any], today: date) -> Iterator[dict[str, Any]]:
    cal = services.calendar
    for r in result:
        definition = services.registry.get(r["definition_name"], r["definition_version"])
        left = None
        if r["due_on"] and r["reply_status"] in ("running", "paused"):
            left = cal.working_days_in(today, r["due_on"]) if r["due_on"] >= today else -cal.working_days_in(r["due_on"], today)
        yield {
            "case_no": r["case_no"], "agency": r["agency"], "state": r["state"],
            "state_label": definition.states[r["state"]].label,
            "received": iso_or_none(r["received_on"]),
            "applicant": mask_name(r["applicant_name"], r["applicant_type"]),
            "id_number": mask_id_number(r["id_number"]) or None, "phone": mask_phone(r["phone"]) or None,
            "clerk": r["clerk"], "outcome": r["outcome"],
            "reply_due": iso_or_none(r["due_on"]) if r["reply_status"] in ("running", "paused") else None,
            "working_days_left": left, "overdue": left is not None and r["due_on"] < today,
            "provisional": bool(r["provisional"]) if r["due_on"] else False,
        }
