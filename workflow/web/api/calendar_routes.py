"""``GET /calendar/due?from=…&days=…``: what ``disclosure calendar due`` says (the ``days``-th working
day after ``from``, the internal target, whether the period is provisional and where each year's
days come from), with the open cases of the caller's scope whose statutory due date falls in that
window (``from`` .. the due date, both included), in the queue's order, a page at a time."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from workflow.clocks.calendar_sources import CalendarError
from workflow.store.db import read
from workflow.web.api.auth import Caller, caller
from workflow.web.api.encode import answer
from workflow.web.api.errors import invalid
from workflow.web.api.queue_params import page_of
from workflow.web.api.read_routes import page_body
from workflow.web.queue import QueueQuery, queue_page

router = APIRouter()
MAX_DAYS = (
    60  # three statutory reply periods (20 working days, extended by 20, and more): a window, not a year
)


@router.get("/calendar/due")
def calendar_due(request: Request, who: Caller = Depends(caller)) -> JSONResponse:
    services = request.app.state.services
    p = request.query_params
    errors: dict[str, str] = {}
    start = services.today()
    if p.get("from"):
        try:
            start = date.fromisoformat(p["from"])
        except ValueError:
            errors["from"] = "起算日格式应为 YYYY-MM-DD / from must be a date, YYYY-MM-DD"
    raw_days = p.get("days") or ""
    days = int(raw_days) if raw_days.isascii() and raw_days.isdigit() and len(raw_days) < 4 else 0
    if not 1 <= days <= MAX_DAYS:
        errors["days"] = f"工作日数应为 1–{MAX_DAYS} / days must be a whole number 1..{MAX_DAYS}"
    after, limit = page_of(request, errors)
    if errors:
        raise invalid(errors)
    try:
        summary = services.calendar.due_summary(start, days, services.target_offset)
    except CalendarError as exc:
        raise invalid({"from": f"起算日超出工作日历范围 / {exc}"}) from None
    query = QueueQuery(due_from=start, due_to=summary["due"], after=after)
    with read(services.db) as conn:
        page = queue_page(services, conn, who.scope, who.user_id, query, limit)
    return answer({**summary, **page_body(page)})
