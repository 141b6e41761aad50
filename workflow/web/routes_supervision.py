"""The supervisor's screen (督办): figures per agency and per clerk, each a link to the queue filtered to
exactly those cases; the overdue cases; notices that could not be delivered, with retry; the year's
applications by month and channel, and its outcomes, as SVG drawn here.

For supervisors and heads (a clerk gets 403); the agencies are the user's scope, as everywhere.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from workflow.errors import DisclosureError
from workflow.outbox.delivery import retry_message
from workflow.store.db import read
from workflow.store.models import disclosure_case, outbox
from workflow.views.supervision import supervision
from workflow.web.charts import share_bars, stacked_months
from workflow.web.security import Current, csrf_checked, current_user

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
        "outcomes": share_bars(seen.outcomes, outcomes), "retried": request.query_params.get("retried"),
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
