"""The read endpoints: the queue as a list, a case (the ``show --json`` shape, with its version as
the ETag), its timeline, its deadlines (what ``deadline explain`` says) and the triggers the caller
may fire now with each trigger's field schema. Every read goes through the one scope function:
another agency's case is 404."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from workflow.deadlines.explain import explain_case
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.views.case_page import case_view
from workflow.web.api import BASE
from workflow.web.api.auth import Caller, caller
from workflow.web.api.encode import answer, etag
from workflow.web.api.errors import invalid, not_found
from workflow.web.api.queue_params import encode_cursor, page_of
from workflow.web.api.schemas import fields_schema
from workflow.web.queue import QueuePage, queue_page
from workflow.web.routes_queue import parse_query
from workflow.web.scope import case_in_scope

router = APIRouter()
ROW_KEYS = ("case_no", "agency", "state", "state_label", "received", "channel_label", "applicant", "subject", "clerk",
            "due", "target", "left", "paused", "reply_status_label", "overdue", "provisional")


def case_path(case_no: str) -> str:
    return f"{BASE}/cases/{quote(case_no, safe='')}"


def page_body(page: QueuePage) -> dict[str, Any]:
    """A page of the queue as the API gives it: the total, the rows (masked) and the next cursor."""
    items = [{**{k: r[k] for k in ROW_KEYS}, "url": case_path(r["case_no"])} for r in page.rows]
    return {"total": page.total, "count": len(items), "items": items, "next": encode_cursor(page.next_cursor)}


@router.get("/cases")
def list_cases(request: Request, who: Caller = Depends(caller)) -> JSONResponse:
    """待办: the open cases of the caller's scope by statutory due date, filtered as the queue."""
    services = request.app.state.services
    query = parse_query(request)
    errors = {k: f"{v} / invalid {k}" for k, v in query.errors.items()}
    query.after, limit = page_of(request, errors)
    if errors:
        raise invalid(errors)
    with read(services.db) as conn:
        page = queue_page(services, conn, who.scope, who.user_id, query, limit)
    return answer(page_body(page))


def _case(request: Request, who: Caller, case_no: str) -> tuple[Any, dict[str, Any]]:
    services = request.app.state.services
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)
        return services, case_view(services.registry, Repository(conn), case_no, calendar=services.calendar,
                                     repeat_min_similarity=services.case_settings["repeat_min_similarity"])


@router.get("/cases/{case_no}")
def get_case(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """A case, in the shape of ``disclosure show --json``; the ETag is its version (for If-Match)."""
    _, view = _case(request, who, case_no)
    return answer(view, headers={"ETag": etag(view["version"])})


def _timeline(services: Any, view: dict[str, Any]) -> list[dict[str, Any]]:
    definition = services.registry.get(view["regime"], view["definition_version"])
    vocab = services.registry.vocabulary

    def trigger_label(name: str) -> str:
        trig = definition.register if name == "register" else definition.triggers.get(name)
        return trig.label if trig else name

    def state_label(name: str | None) -> str | None:
        return definition.states[name].label if name in definition.states else name

    return [{**e, "trigger_label": trigger_label(e["trigger"]), "role_label": vocab.label("roles", e["role"]),
             "from_label": state_label(e["from"]), "to_label": state_label(e["to"])} for e in view["events"]]


@router.get("/cases/{case_no}/events")
def list_events(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """The timeline, oldest first: who did what, in which role, on which date, with the state labels."""
    services, view = _case(request, who, case_no)
    return answer({"case_no": case_no, "version": view["version"], "events": _timeline(services, view)},
                  headers={"ETag": etag(view["version"])})


@router.get("/cases/{case_no}/events/{seq}")
def get_event(request: Request, case_no: str, seq: int, who: Caller = Depends(caller)) -> JSONResponse:
    services, view = _case(request, who, case_no)
    found = [e for e in _timeline(services, view) if e["seq"] == seq]
    if not found:
        raise not_found(f"{case_no} 没有第 {seq} 个事件 / no event {seq} in case {case_no}")
    return answer(found[0])


@router.get("/cases/{case_no}/deadlines")
def get_deadlines(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """Each clock with how its due date comes about (``disclosure deadline explain --json``)."""
    services = request.app.state.services
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)
        view = explain_case(services, Repository(conn), case_no)
    return answer(view)


@router.get("/cases/{case_no}/triggers")
def get_triggers(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """What the caller may fire now (the rule of ``disclosure triggers``), each with its field schema;
    a step a guard refuses today is listed as not available, with the reason."""
    services = request.app.state.services
    vocab = services.registry.vocabulary
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        definition = services.registry.get(row["definition_name"], row["definition_version"])
        names = services.cases.allowed_triggers(definition, row["state"], who.scope.roles_at(row["agency_id"]))
        why_not = services.cases.why_not_now(Repository(conn), row, definition, names, services.today())
    triggers = []
    for n in sorted(names, key=lambda n: n in why_not):
        trig = definition.triggers[n]
        triggers.append({"trigger": n, "label": trig.label, "roles": list(trig.roles), "available": n not in why_not,
                         "why_not": why_not.get(n), "schema": fields_schema(vocab, definition.all_fields(trig))})
    return answer({"case_no": case_no, "state": row["state"], "state_label": definition.states[row["state"]].label,
                   "version": row["version"], "triggers": triggers}, headers={"ETag": etag(row["version"])})
