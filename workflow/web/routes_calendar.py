"""Calendar administration (工作日历): the years the deadlines are counted with and where each comes
from; upload the State Council's holiday notice for a year (the file ``disclosure calendar load``
reads), see which open cases' due dates it would move and by how much, then apply it: the same
load as the command line, audited per case and notified to the clerks.

For administrators only (the admin role at any agency).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException

from workflow.clocks.calendar import SOURCE_LABELS
from workflow.clocks.calendar_sources import YearSpec, implausible_notice, parse_year_file
from workflow.deadlines.recompute import load_year, preview_year
from workflow.errors import DisclosureError
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
MAX_NOTICE_BYTES = 256 * 1024


def _admin(who: Current) -> None:
    if not who.scope.administers():
        raise HTTPException(403, "工作日历仅供系统管理员维护")


def _years(request: Request) -> list[dict]:
    services = request.app.state.services
    cal = services.reload_calendar()
    today = services.today()
    return [{"year": y, "source": SOURCE_LABELS.get(cal.source(y), cal.source(y)), "detail": cal.source_detail(y),
             "provisional": cal.is_provisional(y)} for y in range(today.year - 1, min(cal.last_year, today.year + 2) + 1)]


def _page(request: Request, who: Current, status: int = 200, **context: object) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, "calendar.html", {"who": who, "years": _years(request), **context}, status_code=status)


@router.get("/calendar", response_class=HTMLResponse)
def calendar_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    _admin(who)
    return _page(request, who, applied=request.query_params.get("applied"))


@router.post("/calendar/preview", response_class=HTMLResponse)
async def calendar_preview(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    _admin(who)
    upload = form.get("notice")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _page(request, who, 400, error="请选择节假日安排文件（YAML，格式见 config/calendar/README.md）")
    content = await upload.read(MAX_NOTICE_BYTES + 1)
    if len(content) > MAX_NOTICE_BYTES:
        return _page(request, who, 400, error=f"文件过大（上限 {MAX_NOTICE_BYTES // 1024} KB）")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notice.yaml"  # the upload's own name is shown, never used as a path
        path.write_bytes(content)
        try:
            spec = parse_year_file(path)
            moves = preview_year(request.app.state.services, spec)
        except DisclosureError as exc:
            return _page(request, who, 400, error=str(exc).replace(str(path), upload.filename))
    return _page(request, who, spec=spec, moves=moves, warning=implausible_notice(spec), filename=upload.filename,
                 spec_json=json.dumps(spec.to_json(), ensure_ascii=False))


@router.post("/calendar/apply")
def calendar_apply(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    _admin(who)
    try:
        spec = YearSpec.from_json(json.loads(str(form.get("spec") or "")))
        result = load_year(request.app.state.services, spec)
    except (ValueError, KeyError, TypeError, DisclosureError) as exc:
        return _page(request, who, 400, error=f"无法载入：{exc}")
    return RedirectResponse(f"/calendar?applied={result.year}&moved={result.recompute.cases_recomputed}",
                            status_code=303)
