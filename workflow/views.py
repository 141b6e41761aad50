"""Read models: what ``show``, ``list`` and ``history`` print, as plain dicts (also the JSON shapes).

Personal data: the case page (``case_view``) shows the applicant in full, as the clerk needs it for
letters; lists and histories mask ID numbers, phones and private persons' names (rules.md §8).
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, select

from workflow.identity import mask_id_number, mask_name, mask_phone
from workflow.store.models import agency, app_user, clock, disclosure_case
from workflow.store.repository import Repository

if TYPE_CHECKING:
    from workflow.service import Services


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def clock_view(services: Services, c: Any) -> dict[str, Any]:
    vocab = services.registry.vocabulary
    return {
        "kind": c.kind,
        "label": vocab.label("clock_kinds", c.kind),
        "party": c.party or None,
        "status": c.status,
        "status_label": vocab.label("clock_statuses", c.status),
        "started": _iso(c.started_on),
        "due": _iso(c.due_on),
        "target": _iso(c.target_on),
        "ended": _iso(c.ended_on),
        "provisional": bool(c.provisional),
        "breached": bool(c.breached),
    }


def event_view(ev: dict[str, Any], *, mask: bool = True) -> dict[str, Any]:
    return {
        "seq": ev["seq"],
        "trigger": ev["trigger"],
        "from": ev["from_state"],
        "to": ev["to_state"],
        "effective": _iso(ev["effective_on"]),
        "recorded_at": ev["recorded_at"],
        "actor": ev["actor"],
        "role": ev["role"],
        "late": bool(ev["late"]),
        "data": json.loads(ev["data"]),
        "hash": ev["hash"],
    }


def case_fields(services: Services, case: Any, *, agency_code: str, agency_name: str, clerk: str | None,
                clocks: list[Any]) -> dict[str, Any]:
    """The case page's fields from a case row (a mapping with the table's column names)."""
    definition = services.registry.get(case["definition_name"], case["definition_version"])
    vocab = services.registry.vocabulary
    order = list(definition.clocks)
    clocks = sorted(clocks, key=lambda c: (order.index(c.kind) if c.kind in order else 99, c.party))
    return {
        "case_no": case["case_no"],
        "agency": agency_code,
        "agency_name": agency_name,
        "state": case["state"],
        "state_label": definition.states[case["state"]].label,
        "regime": case["definition_name"],
        "definition_version": case["definition_version"],
        "outcome": case["outcome"],
        "outcome_label": vocab.label("outcomes", case["outcome"]) if case["outcome"] else None,
        "basis": case["basis"],
        "received": _iso(case["received_on"]),
        "concluded": _iso(case["concluded_on"]),
        "channel": case["channel"],
        "channel_label": vocab.label("channels", case["channel"]),
        "submitted": _iso(case["submitted_on"]),
        "signed_for": _iso(case["signed_for_on"]),
        "confirmed": _iso(case["confirmed_on"]),
        "applicant_type": case["applicant_type"],
        "applicant_type_label": vocab.label("applicant_types", case["applicant_type"]),
        "applicant_name": case["applicant_name"],
        "id_number": case["id_number"],
        "phone": case["phone"],
        "address": case["address"],
        "email": case["email"],
        "subject": case["subject"],
        "clerk": clerk,
        "letter_no": case["letter_no"],
        "file_no": case["file_no"],
        "version": case["version"],
        "clocks": [clock_view(services, c) for c in clocks],
    }


def case_view(services: Services, repo: Repository, case_no: str, *, with_events: bool = True) -> dict[str, Any]:
    case = repo.load_case(case_no)
    agency_row = repo.agency_row(case["agency_id"])
    clerk = repo.user_row(case["clerk_id"]) if case["clerk_id"] else None
    view = case_fields(services, case, agency_code=agency_row["code"], agency_name=agency_row["name"],
                       clerk=clerk["name"] if clerk else None, clocks=repo.load_clocks(case["id"]))
    view["proceedings"] = [
        {"id": p["id"], "kind": p["kind"], "filed": _iso(p["filed_on"]), "body": p["body"],
         "result": p["result"] or "pending", "decided": _iso(p["decided_on"])}
        for p in repo.proceedings(case["id"])
    ]
    if with_events:
        view["events"] = [event_view(e) for e in repo.events(case["id"])]
    return view


def list_cases(services: Services, repo: Repository, *, agency_code: str | None = None, state: str | None = None,
               clerk: str | None = None, open_only: bool = False, overdue: bool = False,
               due_within: int | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """Cases with their reply clock, filtered in SQL; names, ID numbers and phones masked."""
    today = services.today()
    reply = clock.alias("reply")
    stmt = (
        select(disclosure_case.c.case_no, disclosure_case.c.state, disclosure_case.c.received_on,
               disclosure_case.c.applicant_name, disclosure_case.c.applicant_type, disclosure_case.c.id_number,
               disclosure_case.c.phone, disclosure_case.c.outcome, disclosure_case.c.definition_name,
               disclosure_case.c.definition_version, agency.c.code.label("agency"), app_user.c.name.label("clerk"),
               reply.c.status.label("reply_status"), reply.c.due_on, reply.c.provisional)
        .join(agency, agency.c.id == disclosure_case.c.agency_id)
        .outerjoin(app_user, app_user.c.id == disclosure_case.c.clerk_id)
        .outerjoin(reply, and_(reply.c.case_id == disclosure_case.c.id, reply.c.kind == "reply", reply.c.party == ""))
        .order_by(disclosure_case.c.received_on, disclosure_case.c.case_no)
        .limit(limit)
    )
    if agency_code:
        stmt = stmt.where(disclosure_case.c.agency_id.in_(repo.agency_subtree(repo.agency_id(agency_code))))
    if state:
        stmt = stmt.where(disclosure_case.c.state == state)
    if clerk:
        stmt = stmt.where(app_user.c.name == clerk)
    if open_only or overdue or due_within is not None:
        stmt = stmt.where(disclosure_case.c.concluded_on.is_(None))
    if overdue:
        stmt = stmt.where(reply.c.status.in_(("running", "paused")), reply.c.due_on < today)
    if due_within is not None:
        horizon = services.calendar.add_working_days(today, due_within)
        stmt = stmt.where(reply.c.status.in_(("running", "paused")), reply.c.due_on <= horizon)
    rows = []
    for r in repo.conn.execute(stmt).mappings():
        definition = services.registry.get(r["definition_name"], r["definition_version"])
        left = None
        if r["due_on"] and r["reply_status"] in ("running", "paused"):
            cal = services.calendar
            left = cal.working_days_in(today, r["due_on"]) if r["due_on"] >= today else -cal.working_days_in(r["due_on"], today)
        private = r["applicant_type"] == "natural_person"
        rows.append({
            "case_no": r["case_no"], "agency": r["agency"], "state": r["state"],
            "state_label": definition.states[r["state"]].label,
            "received": _iso(r["received_on"]),
            "applicant": mask_name(r["applicant_name"]) if private else r["applicant_name"],
            "id_number": mask_id_number(r["id_number"]) or None, "phone": mask_phone(r["phone"]) or None,
            "clerk": r["clerk"], "outcome": r["outcome"],
            "reply_due": _iso(r["due_on"]) if r["reply_status"] in ("running", "paused") else None,
            "working_days_left": left, "provisional": bool(r["provisional"]) if r["due_on"] else False,
        })
    return rows
