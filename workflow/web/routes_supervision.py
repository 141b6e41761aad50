"""The supervisor's screen (督办): figures per agency and per clerk, each a link to the queue filtered to
exactly those cases; the overdue cases; notices that could not be delivered, with retry; the year's
applications by month and channel, and its outcomes, as SVG drawn here.

For supervisors and heads (a clerk gets 403); the agencies are the user's scope, as everywhere.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from workflow.accounts.users import log_security
from workflow.deadlines.supervision import supervision
from workflow.errors import DisclosureError
from workflow.outbox.compose import signed_working_days
from workflow.outbox.delivery import retry_message
from workflow.outbox.recipients import queue_to_user
from workflow.store.db import read, write
from workflow.store.models import alert, alert_ack, disclosure_case, outbox
from workflow.store.repository import Repository, utcnow
from workflow.web.charts import rate_months, share_bars, stacked_months
from workflow.web.scope import case_in_scope
from workflow.web.security import Current, csrf_checked, current_user, remote_of

router = APIRouter()


def _watching(who: Current) -> None:
    if not who.scope.watches():
        raise HTTPException(403, "督办页面仅供督办人员和机关负责人使用")


@router.get("/supervision", response_class=HTMLResponse)
def supervision_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    _watching(who)
    state = request.app.state
    services = state.services
    with read(services.db) as conn:
        seen = supervision(services, conn, who.scope.agency_ids)
    vocab = services.registry.vocabulary
    channels = {item.code: item.label for item in vocab.lists["channels"]}
    outcomes = {item.code: item.label for item in vocab.lists["outcomes"]}
    return state.templates.TemplateResponse(request, "supervision.html", {
        "who": who, "seen": seen, "by_month": stacked_months(seen.received_by_month, channels),
        "outcomes": share_bars(seen.outcomes, outcomes), "on_time": rate_months(seen.on_time_by_month), "retried": request.query_params.get("retried"),
        "reminded": request.query_params.get("reminded"),
    })


@router.post("/supervision/messages/{message_id}/retry")
def retry_view(request: Request, message_id: int, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, _ = checked
    _watching(who)
    services = request.app.state.services
    with read(services.db) as conn:
        agency_id = conn.execute(select(disclosure_case.c.agency_id).join(outbox, outbox.c.case_id == disclosure_case.c.id)
                                 .where(outbox.c.id == message_id)).scalar()
    if agency_id is None or agency_id not in who.scope.agency_ids:
        raise HTTPException(404, "没有这条消息，或您无权处理")
    try:
        retry_message(services, message_id)
    except DisclosureError as exc:
        raise HTTPException(409, str(exc)) from exc
    return RedirectResponse(f"/supervision?retried={message_id}#messages", status_code=303)


@router.post("/supervision/alerts/{alert_id}/ack")
def acknowledge_view(request: Request, alert_id: int, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    """已阅: the supervisor has seen the alert (once per alert; also in the security log)."""
    who, _ = checked
    _watching(who)
    services = request.app.state.services
    with write(services.db) as conn:
        found = conn.execute(select(disclosure_case.c.agency_id, disclosure_case.c.case_no)
                             .join(alert, alert.c.case_id == disclosure_case.c.id).where(alert.c.id == alert_id)).first()
        if found is None or found.agency_id not in who.scope.agency_ids:
            raise HTTPException(404, "没有这条提醒，或您无权处理")
        already = conn.execute(select(alert_ack.c.alert_id).where(alert_ack.c.alert_id == alert_id)).first()
        if already is None:
            conn.execute(alert_ack.insert().values(alert_id=alert_id, user_id=who.session.user_id,
                                                   acknowledged_at=utcnow()))
            log_security(conn, "alert_acknowledged", who.session.user_name, remote=remote_of(request),
                         detail=f"alert {alert_id} case {found.case_no}")
    return RedirectResponse("/supervision#alerts", status_code=303)


@router.post("/supervision/cases/{case_no}/remind")
def remind_view(request: Request, case_no: str, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    """督办提醒: a message to the case's clerk through the outbox, recorded in the security log."""
    who, form = checked
    _watching(who)
    services = request.app.state.services
    note = " ".join(str(form.get("note") or "").split())[:500]
    today = services.today()
    with write(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        repo = Repository(conn)
        clerk = repo.user_row(row["clerk_id"]) if row["clerk_id"] else None
        if clerk is None:
            raise HTTPException(409, "该案件没有经办人，请先改派")
        definition = services.registry.get(row["definition_name"], row["definition_version"])
        reply = next((c for c in repo.load_clocks(row["id"]) if c.kind == "reply" and not c.party), None)
        due = reply.due_on if reply is not None and reply.status in ("running", "paused") else None
        context = {
            "case_no": case_no, "supervisor": who.session.display_name, "state_label": definition.states[row["state"]].label,
            "today": today.isoformat(), "due": due.isoformat() if due else None,
            "working_days_left": signed_working_days(services.calendar, today, due) if due else None,
            "note": note, "recipient_name": clerk.get("display_name") or clerk["name"],
        }
        stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
        queue_to_user(repo, services.settings, clerk, key=f"remind:{case_no}:{who.session.user_name}:{stamp}",
                      kind="supervision", template="supervision_reminder", context=context, case_id=row["id"])
        log_security(conn, "clerk_reminded", who.session.user_name, remote=remote_of(request),
                     detail=f"case {case_no} clerk {clerk['name']}" + (f": {note}" if note else ""))
    return RedirectResponse(f"/supervision?reminded={quote(case_no)}#overdue", status_code=303)
