"""``GET /reports/{year}?agency=…&include_subordinates=…&format=json|xlsx|docx``: the annual report
(年度报告) as ``disclosure report`` and the report screen make it (``workflow.report.service.generate``
then ``workflow.report.export.render``). The agency must be one of the caller's scope (else 404, as
a case outside it); its subordinates only when the scope holds all of them (else 403). As on the
screen, a report failing a check is still given, with the checks' verdicts in its ``checks``."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from workflow.errors import DisclosureError, NotFoundError
from workflow.report.export import render
from workflow.report.service import generate
from workflow.store.db import read
from workflow.web.api.auth import Caller, caller
from workflow.web.api.errors import ApiError
from workflow.web.scope import BeyondScope, report_agency

router = APIRouter()
FIRST_YEAR = 2008  # the Regulations took effect on 1 May 2008: the first year an annual report covers
FORMATS = {
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
TRUE, FALSE = ("true", "1"), ("false", "0", "")


def _invalid(field: str, message: str) -> ApiError:
    return ApiError(422, "validation_failed", message, field=field)


@router.get("/reports/{year}")
async def get_report(request: Request, year: str, who: Caller = Depends(caller)) -> Response:
    """The year's report for ``agency`` (and its subordinates) in ``format`` (json by default)."""
    services = request.app.state.services
    p = request.query_params
    this_year = services.today().year
    if not (year.isascii() and year.isdigit() and len(year) == 4 and FIRST_YEAR <= int(year) <= this_year):
        raise _invalid(
            "year",
            f"年度应为 {FIRST_YEAR}–{this_year} 之间的四位数字 / year must be {FIRST_YEAR}..{this_year}",
        )
    fmt = p.get("format") or "json"
    if fmt not in FORMATS:
        raise _invalid(
            "format", f"format 应为 {'、'.join(FORMATS)} / format must be one of: {', '.join(FORMATS)}"
        )
    flag = (p.get("include_subordinates") or "").lower()
    if flag not in TRUE + FALSE:
        raise _invalid(
            "include_subordinates",
            "include_subordinates 应为 true 或 false / include_subordinates must be true or false",
        )
    code = p.get("agency") or ""
    if not code:
        raise _invalid("agency", "须给出机关代码 agency / the agency's code is required")
    subordinates = flag in TRUE
    # counting a year reads every case of it: off the event loop, as the write routes run the engine
    return await run_in_threadpool(_report, request, who, int(year), code, subordinates, fmt)


def _report(request: Request, who: Caller, year: int, code: str, subordinates: bool, fmt: str) -> Response:
    services = request.app.state.services
    with read(services.db) as conn:
        try:
            report_agency(conn, who.scope, code, subordinates)
        except NotFoundError as exc:
            raise ApiError(404, "not_found", str(exc), field=exc.field) from None
        except BeyondScope as exc:
            raise ApiError(403, "forbidden", str(exc), field=exc.field) from None
    try:
        report = generate(services.db, year=year, agency=code, include_subordinates=subordinates)
        body = render(report, fmt)
    except DisclosureError as exc:  # a layout the export cannot lay out: one line, on the format
        raise ApiError(422, "refused", str(exc), field="format") from None
    content = body if isinstance(body, bytes) else body.encode("utf-8")
    if fmt == "json":
        return Response(content, media_type=FORMATS[fmt])
    name = f"{code}-{year}-年度报告.{fmt}"
    return Response(
        content,
        media_type=FORMATS[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{code}-{year}-report.{fmt}"; '
            f"filename*=UTF-8''{quote(name)}"
        },
    )
