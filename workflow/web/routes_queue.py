"""The work queue (待办), the landing page; HTMX swaps the table when a tab, filter or page changes."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from workflow.store.db import read
from workflow.store.models import app_user, user_role
from workflow.web.queue import TABS, QueueQuery, queue_page
from workflow.web.scope import agencies_in_scope
from workflow.web.security import Current, current_user

router = APIRouter()


def _date(raw: str | None, label: str, errors: dict[str, str], key: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        errors[key] = f"{label}格式应为 YYYY-MM-DD"
        return None


def parse_query(request: Request) -> QueueQuery:
    p = request.query_params
    errors: dict[str, str] = {}
    tab = p.get("tab") or "all"
    if tab not in TABS:
        errors["tab"] = "未知的分类"
        tab = "all"
    return QueueQuery(tab=tab, state=p.get("state") or None, clerk=p.get("clerk") or None,
                      channel=p.get("channel") or None, agency=p.get("agency") or None,
                      received_from=_date(p.get("received_from"), "收到日期（起）", errors, "received_from"),
                      received_to=_date(p.get("received_to"), "收到日期（止）", errors, "received_to"),
                      q=(p.get("q") or "").strip()[:100] or None, after=p.get("after") or None, errors=errors)


@router.get("/", response_class=HTMLResponse)
def queue_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    state = request.app.state
    services = state.services
    query = parse_query(request)
    with read(services.db) as conn:
        page = queue_page(services, conn, who.scope, who.session.user_id, query, state.web.page_size)
        clerks = conn.execute(select(app_user.c.name, app_user.c.display_name).distinct()
                              .join(user_role, user_role.c.user_id == app_user.c.id)
                              .where(user_role.c.agency_id.in_(sorted(who.scope.agency_ids)),
                                     user_role.c.role == "clerk").order_by(app_user.c.name)).all()
        agencies = agencies_in_scope(conn, who.scope)
    states: dict[str, str] = {}
    for d in services.registry.definitions.values():
        for s in d.states.values():
            if s.is_open:
                states.setdefault(s.name, s.label)
    params = {k: v for k, v in request.query_params.items() if k not in ("after", "tab") and v}
    export_params = urlencode({**params, "tab": query.tab})
    context = {
        "who": who, "page": page, "query": query, "tabs": TABS, "states": states,
        "clerks": [(c.name, c.display_name or c.name) for c in clerks], "agencies": agencies,
        "channels": [(c.code, c.label) for c in services.registry.vocabulary.lists["channels"]],
        "today": services.today(), "params": params, "export_params": export_params, "has_subordinates": bool(who.scope.agency_ids - set(who.scope.roles)),
        "can_register": bool(who.scope.can_register_at()),
    }
    partial = request.headers.get("hx-request") and request.headers.get("hx-target") == "queue-table"
    template = "queue_table.html" if partial else "queue.html"
    return state.templates.TemplateResponse(request, template, context,
                                            status_code=400 if query.errors else 200)
