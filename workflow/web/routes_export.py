"""The queue as a file: ``/export.csv`` and ``/export.xlsx`` hold exactly the cases the queue shows
with the same tab, filters and search (the same scope function, every page), personal data masked.

The CSV is UTF-8 with a byte-order mark so that Excel, which most offices open it with, reads the
Chinese; a cell that begins with ``= + - @`` gets a leading apostrophe so that a spreadsheet does not
run an applicant's text as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response, StreamingResponse
from starlette.exceptions import HTTPException

from workflow.store.db import read
from workflow.web.queue import TABS, queue_rows
from workflow.web.routes_queue import parse_query
from workflow.web.security import Current, current_user

router = APIRouter()

COLUMNS: list[tuple[str, str]] = [
    ("case_no", "案件编号"), ("agency", "机关"), ("state_label", "办理状态"), ("received", "收到申请日期"),
    ("channel_label", "申请方式"), ("applicant", "申请人"), ("subject", "所需信息"), ("clerk", "经办人"),
    ("due", "答复期限"), ("left", "剩余工作日"), ("overdue", "是否逾期"), ("reply_status_label", "计时状态"),
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _rows(request: Request, who: Current) -> Iterator[list[Any]]:
    services = request.app.state.services
    query = parse_query(request)
    if query.errors:
        raise HTTPException(400, "；".join(query.errors.values()))
    with read(services.db) as conn:
        for row in queue_rows(services, conn, who.scope, who.session.user_id, query):
            yield [cell(row[key]) for key, _ in COLUMNS]


def _filename(request: Request, suffix: str) -> str:
    tab = request.query_params.get("tab") or "all"
    today = request.app.state.services.today()
    return f"待办案件-{TABS.get(tab, TABS['all'])}-{today.isoformat()}.{suffix}"


def _disposition(name: str) -> dict[str, str]:
    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}


@router.get("/export.csv")
def export_csv(request: Request, who: Current = Depends(current_user)) -> Response:
    rows = list(_rows(request, who))  # read inside one transaction before the response starts

    def lines() -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")
        writer.writerow([label for _, label in COLUMNS])
        for row in rows:
            writer.writerow([v.isoformat() if isinstance(v, date) else v for v in row])
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue().encode("utf-8")

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers=_disposition(_filename(request, "csv")))


@router.get("/export.xlsx")
def export_xlsx(request: Request, who: Current = Depends(current_user)) -> Response:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("待办案件")
    widths = {"case_no": 20, "subject": 40, "agency": 10, "received": 12, "due": 12}
    for index, (key, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(key, 12)
    sheet.freeze_panes = "A2"
    sheet.append([label for _, label in COLUMNS])
    for row in _rows(request, who):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers=_disposition(_filename(request, "xlsx")))
