"""Registration (登记): the channel decides the date fields (Art. 31); the ID number is checked as
typed; the applicant's earlier cases at the agency are shown (repeat applications, Art. 36(六))."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection, or_, select
from starlette.datastructures import FormData

from workflow.errors import DisclosureError
from workflow.identity import id_number_problem, normalise_id_number
from workflow.store.db import read
from workflow.store.models import agency, disclosure_case
from workflow.web.forms import chinese, field_errors, form_fields, parse_effective, place_error
from workflow.web.routes_case import case_url
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
DATE_FIELDS = ("submitted", "signed_for", "confirmed")


def _clerk_agencies(conn: Connection, who: Current) -> list[dict[str, Any]]:
    ids = who.scope.can_register_at()
    rows = conn.execute(select(agency.c.id, agency.c.code, agency.c.name).where(agency.c.id.in_(ids))
                        .order_by(agency.c.code)).mappings()
    return [dict(r) for r in rows]


def _page(request: Request, who: Current, *, values: dict[str, str], errors: dict[str, str],
          general: str | None = None, status: int = 200) -> HTMLResponse:
    state = request.app.state
    services = state.services
    definition = services.registry.for_received(services.today())
    with read(services.db) as conn:
        agencies = _clerk_agencies(conn, who)
    fields = {f.name: f for f in form_fields(services.registry.vocabulary,
                                             definition.all_fields(definition.register))}
    receipt = {c.code: c.extra.get("receipt_from") for c in services.registry.vocabulary.lists["channels"]}
    return state.templates.TemplateResponse(request, "register.html", {
        "who": who, "fields": fields, "agencies": agencies, "values": values, "errors": errors,
        "general": general, "receipt": receipt, "date_fields": DATE_FIELDS,
        "other_fields": [f for n, f in fields.items() if n not in (*DATE_FIELDS, "agency", "channel")],
    }, status_code=status)


@router.get("/register", response_class=HTMLResponse)
def register_form(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    today = request.app.state.services.today().isoformat()
    return _page(request, who, values={"effective": today, "submitted": today, "channel": "in_person"}, errors={})


@router.post("/register")
def register(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    services = request.app.state.services
    values = {k: str(v) for k, v in form.items() if k != "csrf_token" and isinstance(v, str)}
    today = services.today()
    effective, effective_error = parse_effective(values.get("effective"), today)
    definition = services.registry.for_received(today)
    fields = definition.all_fields(definition.register)
    receipt = {c.code: c.extra.get("receipt_from") for c in services.registry.vocabulary.lists["channels"]}
    channel = values.get("channel", "")
    # only the date fields the channel uses are sent on (the others may hold what the clerk typed first)
    keep = {"submitted", receipt.get(channel)}
    data = {k: v.strip() for k, v in values.items() if k in fields and v.strip()
            and (k not in DATE_FIELDS or k in keep)}
    errors = field_errors("register", fields, data, effective or today)
    if effective_error:
        errors["effective"] = effective_error
    with read(services.db) as conn:
        allowed = {a["code"] for a in _clerk_agencies(conn, who)}
    if data.get("agency") not in allowed:
        errors["agency"] = "请选择您担任登记人员的机关"
    if channel in receipt and receipt[channel] not in data and receipt[channel] not in errors:
        errors[receipt[channel]] = f"该申请方式须填写{fields[receipt[channel]].label}（收到申请之日依此确定）"
    if errors:
        return _page(request, who, values=values, errors=errors, status=400)
    try:
        result = services.cases.register(who.user_name, data, effective)
    except DisclosureError as exc:
        name, message = place_error(exc, fields)
        return _page(request, who, values=values, status=400, errors={name: message} if name else {},
                     general=None if name else message)
    services.make_letters(result.case_no)
    return RedirectResponse(f"{case_url(result.case_no)}?done=1&registered=1", status_code=303)


@router.get("/register/check-id", response_class=HTMLResponse)
def check_id(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    raw = (request.query_params.get("id_number") or "").strip()
    if not raw:
        return HTMLResponse("")
    problem = id_number_problem(raw)
    if problem:
        return HTMLResponse(f'<span class="field-error" role="alert">{_esc(chinese(problem))}</span>')
    return HTMLResponse('<span class="ok">身份证号码校验通过</span>')


@router.get("/register/earlier", response_class=HTMLResponse)
def earlier_cases(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    p = request.query_params
    name = (p.get("applicant_name") or "").strip()
    id_number = (p.get("id_number") or "").strip()
    services = request.app.state.services
    with read(services.db) as conn:
        agency_ids = [a["id"] for a in _clerk_agencies(conn, who) if a["code"] == p.get("agency")]
        conds = []
        if name:
            conds.append(disclosure_case.c.applicant_name == name)
        if id_number and not id_number_problem(id_number):
            conds.append(disclosure_case.c.id_number == normalise_id_number(id_number))
        rows = [] if not (conds and agency_ids) else conn.execute(
            select(disclosure_case.c.case_no, disclosure_case.c.received_on, disclosure_case.c.subject,
                   disclosure_case.c.state).where(disclosure_case.c.agency_id.in_(agency_ids), or_(*conds))
            .order_by(disclosure_case.c.received_on.desc()).limit(20)).mappings().all()
    return request.app.state.templates.TemplateResponse(request, "earlier.html", {"rows": rows})


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
