"""The annual report screen (年度报告): pick the year and the agency (with its subordinates or not),
read tables 二–四 laid out like the form with every table-三 figure a link to the cases behind it,
the consistency checks with their verdict, and download the report as Word, Excel or JSON.

Any agency of the user's scope; with its subordinates only when the user's scope holds all of them
(a head sees their own agency, a supervisor their agency and those below). Recording the figures as
published is the head's.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import and_, select
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from workflow.errors import DisclosureError, NotFoundError
from workflow.report.checks import row_values
from workflow.report.export import render
from workflow.report.grid import Cell
from workflow.report.render import grid_html, table_block
from workflow.report.service import explain, generate, record_published
from workflow.store.db import read
from workflow.store.models import published_report
from workflow.web.scope import BeyondScope, agencies_in_scope, report_agency
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
FORMATS = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "json": "application/json"}


def choice_for(request: Request, who: Current, *, subordinates_allowed: bool = True) -> dict[str, Any]:
    """Year, agency and subordinates as asked, checked against the user's scope (404 outside it)."""
    services = request.app.state.services
    p = request.query_params
    today = services.today()
    try:
        year = int(p.get("year") or today.year - 1)
    except ValueError:
        raise HTTPException(400, "年度应为四位数字") from None
    if not 2008 <= year <= today.year:
        raise HTTPException(400, f"年度应在 2008 至 {today.year} 之间")
    with read(services.db) as conn:
        agencies = agencies_in_scope(conn, who.scope)
        code = p.get("agency") or (agencies[0]["code"] if agencies else "")
        subordinates = subordinates_allowed and p.get("subordinates") == "1"
        try:
            chosen = report_agency(conn, who.scope, code, subordinates)
        except NotFoundError:
            raise HTTPException(404, "没有这个机关，或您无权查看") from None
        except BeyondScope:
            raise HTTPException(403, "您无权查看该机关下级机关的案件") from None
    return {"year": year, "agency": chosen, "subordinates": subordinates, "agencies": agencies}


def query_of(choice: dict[str, Any], **more: Any) -> str:
    base = {"year": choice["year"], "agency": choice["agency"]["code"]}
    if choice["subordinates"]:
        base["subordinates"] = "1"
    return urlencode({**base, **more})


def _published(conn: Any, agency_id: int, year: int) -> dict[str, Any] | None:
    row = conn.execute(select(published_report.c.data, published_report.c.recorded_at).where(
        and_(published_report.c.agency_id == agency_id, published_report.c.year == year))).first()
    return None if row is None else {"data": row.data, "recorded_at": row.recorded_at}


def differences(generated: dict[str, Any], published: dict[str, Any], columns: tuple[str, ...],
                labels: dict[str, str]) -> list[dict[str, Any]]:
    """Table-三 cells whose figure today differs from the figure published."""
    now, then = row_values(generated), row_values(published)
    out = []
    for key, values in now.items():
        published_row = then.get(key, [])
        for index, value in enumerate(values):
            before = published_row[index] if index < len(published_row) else None
            if before != value:
                out.append({"row": labels.get(key, key), "column": columns[index], "published": before, "now": value})
    return out


@router.get("/reports", response_class=HTMLResponse)
def report_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    state = request.app.state
    choice = choice_for(request, who)
    try:
        report = generate(state.services.db, year=choice["year"], agency=choice["agency"]["code"],
                          include_subordinates=choice["subordinates"])
    except DisclosureError as exc:
        raise HTTPException(400, str(exc)) from exc
    layout = report.layout

    def link(cell: Cell) -> str | None:
        if cell.ref is None or cell.ref[1] >= len(layout.columns) or not cell.value:
            return None
        return "/reports/cell?" + query_of(choice, row=cell.ref[0], column=layout.columns[cell.ref[1]])

    tables = []  # the layout's tables, under the titles of the sections that hold them
    for section in layout.sections:
        for kind, name in section.blocks:
            if kind != "table" or (name == "active_disclosure" and layout.items is None):
                continue
            block = table_block(report, name)
            if block is not None and block.grid is not None:
                tables.append({"title": section.title, "html": grid_html(block.grid, link if name == "table3" else None)})
    with read(state.services.db) as conn:
        published = _published(conn, choice["agency"]["id"], choice["year"])
    labels = {r["key"]: r["label"] for r in report.data["table3"]["rows"]}
    changed = differences(report.data, published["data"], layout.columns, labels) if published else []
    may_publish = "head" in who.scope.roles_at(choice["agency"]["id"]) and not choice["subordinates"]
    return state.templates.TemplateResponse(request, "reports.html", {
        "who": who, "choice": choice, "report": report, "tables": tables, "query": query_of(choice),
        "years": list(range(state.services.today().year, 2007, -1)), "published": published, "changed": changed,
        "may_publish": may_publish, "formats": list(FORMATS),
    })


@router.get("/reports/cell", response_class=HTMLResponse)
def report_cell_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    state = request.app.state
    choice = choice_for(request, who)
    row, column = request.query_params.get("row") or "", request.query_params.get("column") or ""
    try:
        cases = explain(state.services.db, year=choice["year"], agency=choice["agency"]["code"], row=row,
                        column=column, include_subordinates=choice["subordinates"])
    except DisclosureError as exc:
        raise HTTPException(400, str(exc)) from exc
    vocab = state.services.registry.vocabulary
    for c in cases:
        c["outcome_label"] = vocab.label("outcomes", c["outcome"]) if c["outcome"] else ""
        c["type_label"] = vocab.label("applicant_types", c["applicant_type"])
    return state.templates.TemplateResponse(request, "report_cell.html", {
        "who": who, "choice": choice, "row": row, "column": column, "cases": cases, "query": query_of(choice)})


@router.get("/reports/download")
def report_download(request: Request, who: Current = Depends(current_user)) -> Response:
    state = request.app.state
    choice = choice_for(request, who)
    fmt = request.query_params.get("format") or "docx"
    if fmt not in FORMATS:
        raise HTTPException(400, f"格式应为 {'、'.join(FORMATS)}")
    try:
        report = generate(state.services.db, year=choice["year"], agency=choice["agency"]["code"],
                          include_subordinates=choice["subordinates"])
        body = render(report, fmt)
    except DisclosureError as exc:
        raise HTTPException(400, str(exc)) from exc
    name = f"{choice['agency']['code']}-{choice['year']}-年度报告.{fmt}"
    return Response(body if isinstance(body, bytes) else body.encode("utf-8"), media_type=FORMATS[fmt],
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


@router.post("/reports/publish")
def report_publish(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, _ = checked
    state = request.app.state
    choice = choice_for(request, who)
    if choice["subordinates"] or "head" not in who.scope.roles_at(choice["agency"]["id"]):
        raise HTTPException(403, "只有本机关负责人可以记录本机关年度报告为已公开")
    report = generate(state.services.db, year=choice["year"], agency=choice["agency"]["code"])
    if not report.ok:
        raise HTTPException(409, "报告未通过校验，不能记录为已公开：" + "；".join(c.detail() for c in report.failing))
    record_published(state.services.db, year=choice["year"], agency=choice["agency"]["code"], data=report.data)
    return RedirectResponse("/reports?" + query_of(choice, published="1"), status_code=303)

