"""``GET /cases/{case_no}/letters/{kind}?format=docx|html|txt``: the latest letter of that kind the
case was issued, as ``disclosure letter`` gives a stored one. A kind the case has no letter of is
404: a draft rendered from the case as it is stays a command-line preview."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from workflow.letters.issuing import letter_for_case, letter_kinds
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.web.api.auth import Caller, caller
from workflow.web.api.errors import ApiError, not_found
from workflow.web.scope import case_in_scope

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORMATS = {"txt": "text/plain; charset=utf-8", "html": "text/html; charset=utf-8", "docx": DOCX}


@router.get("/cases/{case_no}/letters/{kind}")
def get_letter(request: Request, case_no: str, kind: str, who: Caller = Depends(caller)) -> Response:
    fmt = request.query_params.get("format") or "txt"
    if fmt not in FORMATS:
        raise ApiError(422, "validation_failed", f"format 应为 {'、'.join(FORMATS)} / format must be one of: "
                       f"{', '.join(FORMATS)}", field="format")
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        if kind not in letter_kinds():
            raise ApiError(422, "validation_failed", f"文书类型无效 / unknown letter kind {kind!r}; allowed: "
                           f"{', '.join(letter_kinds())}", field="kind")
        repo = Repository(conn)
        if not repo.letters(row["id"], kind):
            raise not_found(f"{case_no} 尚未出具 {kind} 文书 / case {case_no} has no {kind} letter")
        doc = letter_for_case(services, repo, case_no, kind)
    if fmt == "docx":
        name = f"{doc.case_no}-{doc.title}.docx"
        return Response(doc.docx(), media_type=DOCX, headers={
            "Content-Disposition": f"attachment; filename=\"{kind}.docx\"; filename*=UTF-8''{quote(name)}"})
    return Response(doc.html if fmt == "html" else doc.text, media_type=FORMATS[fmt])
