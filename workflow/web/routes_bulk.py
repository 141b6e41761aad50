"""Reassignment and the queue's bulk actions.

``/cases/{case_no}/reassign``: a supervisor or head gives one case to another clerk of its agency,
with a reason. From the queue, several selected cases at once: reassigned (``/bulk/reassign``), or
their letters made (those their transitions owe) and downloaded as one zip (``/bulk/letters``).
Each case is done on its own: the result page says, per case, what happened, and one case's
refusal never stops the others. Every case is looked up through the user's scope first.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from workflow.errors import ConflictError, DisclosureError, TransitionError
from workflow.letters.issuing import letter_for_case
from workflow.store.db import read
from workflow.store.models import app_user, user_role
from workflow.store.repository import Repository
from workflow.web.routes_case import case_url
from workflow.web.scope import case_in_scope
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
MAX_BULK = 200


def clerks_of(conn: Any, agency_ids: list[int]) -> list[tuple[str, str]]:
    rows = conn.execute(select(app_user.c.name, app_user.c.display_name).distinct()
                        .join(user_role, user_role.c.user_id == app_user.c.id)
                        .where(user_role.c.agency_id.in_(agency_ids), user_role.c.role == "clerk",
                               app_user.c.disabled.is_(False))
                        .order_by(app_user.c.name)).all()
    return [(r.name, r.display_name or r.name) for r in rows]


def _watching(who: Current) -> None:
    if not who.scope.watches():
        raise HTTPException(403, "改派经办人须由督办人员或机关负责人办理")


TAKE_REASON = "领取未分配的网上申请"


@router.get("/cases/{case_no}/reassign", response_class=HTMLResponse)
def reassign_form(request: Request, case_no: str, who: Current = Depends(current_user)) -> HTMLResponse:
    _watching(who)
    return _reassign_page(request, who, case_no)


def _reassign_page(request: Request, who: Current, case_no: str, *, values: dict[str, str] | None = None,
                   error: str | None = None, status: int = 200) -> HTMLResponse:
    state = request.app.state
    with read(state.services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        clerks = clerks_of(conn, [row["agency_id"]])
        current = Repository(conn).user_row(row["clerk_id"]) if row["clerk_id"] else None
    return state.templates.TemplateResponse(request, "reassign.html", {
        "who": who, "case": row, "clerks": clerks, "current": current, "values": values or {},
        "error": error, "case_url": case_url(case_no)}, status_code=status)


@router.post("/cases/{case_no}/reassign", response_class=HTMLResponse)
def reassign_one(request: Request, case_no: str, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    _watching(who)
    services = request.app.state.services
    values = {k: str(form.get(k) or "") for k in ("clerk", "reason", "version")}
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)
    try:
        version = int(values["version"]) if values["version"] else None
        services.cases.reassign(case_no, values["clerk"], who.session.user_name, values["reason"],
                                expected_version=version)
    except ConflictError as exc:
        return _reassign_page(request, who, case_no, values=values, error=str(exc).split(" / ")[0], status=409)
    except (DisclosureError, ValueError) as exc:
        return _reassign_page(request, who, case_no, values=values, error=str(exc).split(" / ")[0], status=400)
    return RedirectResponse(f"{case_url(case_no)}?reassigned=1", status_code=303)


@router.post("/cases/{case_no}/take", response_class=HTMLResponse)
def take_one(request: Request, case_no: str, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    """A clerk of the case's agency takes a case no clerk has been given (领取), as its clerk."""
    who, form = checked
    services = request.app.state.services
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)
    version = str(form.get("version") or "")
    try:
        services.cases.reassign(case_no, who.session.user_name, who.session.user_name, TAKE_REASON,
                                expected_version=int(version) if version.isdigit() else None)
    except ConflictError as exc:
        raise HTTPException(409, str(exc).split(" / ")[0]) from None
    except TransitionError as exc:  # not a clerk here, or the case has its clerk already
        raise HTTPException(403, str(exc).split(" / ")[0]) from None
    except DisclosureError as exc:
        raise HTTPException(400, str(exc).split(" / ")[0]) from None
    return RedirectResponse(f"{case_url(case_no)}?taken=1", status_code=303)


def _selected(form: FormData) -> list[str]:
    chosen = list(dict.fromkeys(str(v) for v in form.getlist("case") if str(v).strip()))
    if not chosen:
        raise HTTPException(400, "请先勾选案件")
    if len(chosen) > MAX_BULK:
        raise HTTPException(400, f"一次最多处理 {MAX_BULK} 件")
    return chosen


@router.post("/bulk/reassign", response_class=HTMLResponse)
def bulk_reassign(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> HTMLResponse:
    who, form = checked
    _watching(who)
    state = request.app.state
    services = state.services
    clerk, reason = str(form.get("clerk") or ""), str(form.get("reason") or "")
    results = []
    chosen = _selected(form)
    for case_no in chosen:
        try:
            with read(services.db) as conn:
                case_in_scope(conn, who.scope, case_no)
            services.cases.reassign(case_no, clerk, who.session.user_name, reason)
            results.append({"case_no": case_no, "ok": True, "message": f"已改派给 {clerk}"})
        except DisclosureError as exc:
            results.append({"case_no": case_no, "ok": False, "message": str(exc).split(" / ")[0]})
    return state.templates.TemplateResponse(request, "bulk_result.html", {
        "who": who, "title": "批量改派结果", "results": results})


@router.post("/bulk/letters")
def bulk_letters(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    state = request.app.state
    services = state.services
    chosen = _selected(form)
    out, report = io.BytesIO(), []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for case_no in chosen:
            try:
                with read(services.db) as conn:  # in scope before anything is made for it
                    case_id = case_in_scope(conn, who.scope, case_no)["id"]
                services.make_letters(case_no)  # those the case's transitions owe and were not made yet
                with read(services.db) as conn:
                    repo = Repository(conn)
                    stored = repo.letters(case_id)
                    for s in stored:
                        doc = letter_for_case(services, repo, case_no, s["kind"], letter_id=s["id"])
                        archive.writestr(f"{case_no}/{doc.title}-{s['id']}.docx", doc.docx())
                report.append(f"{case_no}\t{len(stored)} 份文书")
            except DisclosureError as exc:
                report.append(f"{case_no}\t未导出：{str(exc).split(' / ')[0]}")
        archive.writestr("清单.txt", "\n".join(report) + "\n")
    name = f"文书-{len(chosen)}件-{services.today().isoformat()}.zip"
    return Response(out.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})
