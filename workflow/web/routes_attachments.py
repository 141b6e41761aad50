"""Upload and download of a case's files on its page (``/cases/{no}/attachments``).

An upload is a multipart form with the session's CSRF token, checked through the scope (a case the
user cannot see is 404) and then by the engine (role, kind, size, type read from the content); a
refusal re-renders the case page with the error beside its field and writes nothing. A request
announcing a body larger than the limit is refused before it is read. A download is sent as an
attachment under its original name, never sniffed by the browser, and only while its bytes still
match the hash recorded in the audit trail.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData, UploadFile

from workflow.errors import ConflictError, DisclosureError, NotFoundError
from workflow.store.db import read
from workflow.web.attachment_context import attachment_in_scope, download_headers
from workflow.web.routes_case import case_page_response, case_url
from workflow.web.scope import case_in_scope
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
SLACK = 64 * 1024  # the form's other fields and the multipart framing


def _limit(request: Request) -> int:
    return request.app.state.services.attachments.limits.max_bytes


async def upload_form(request: Request) -> FormData | None:
    """The posted form; None when the request says it is larger than the limit (it is not read)."""
    try:
        length = int(request.headers.get("content-length", "0"))
    except ValueError:
        length = 0
    if length > _limit(request) + SLACK:
        return None
    return await request.form(max_files=1, max_fields=8)


def checked_upload(
    request: Request, who: Current = Depends(current_user), form: FormData | None = Depends(upload_form)
) -> tuple[Current, FormData | None]:
    # the user first: a request from nobody signed in is answered before its body is read
    return (who, None) if form is None else csrf_checked(request, form, who)


def _refused(
    request: Request,
    who: Current,
    case_no: str,
    values: dict[str, str],
    field: str | None,
    message: str,
    status: int = 400,
) -> HTMLResponse:
    errors = {field or "file": message}
    return case_page_response(
        request, who, case_no, status=status, extra={"attach_errors": errors, "attach_values": values}
    )


@router.post("/cases/{case_no}/attachments")
def upload(
    request: Request, case_no: str, checked: tuple[Current, FormData | None] = Depends(checked_upload)
) -> Response:
    who, form = checked
    services = request.app.state.services
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)  # 404 outside the scope, before anything else is said
    limit_mb = _limit(request) // (1024 * 1024)
    if form is None:
        return _refused(request, who, case_no, {}, "file", f"文件过大：不超过 {limit_mb} MB。", 413)
    values = {k: str(v) for k, v in form.items() if isinstance(v, str) and k != "csrf_token"}
    upload_file = form.get("file")
    if not isinstance(upload_file, UploadFile) or not upload_file.filename:
        return _refused(request, who, case_no, values, "file", "请选择要上传的文件。")
    content = upload_file.file.read(_limit(request) + 1)
    event: int | None = None
    if values.get("event"):
        try:
            event = int(values["event"])
        except ValueError:
            return _refused(request, who, case_no, values, "event", "所属事件应为事件序号。")
    try:
        version = int(values["version"]) if values.get("version") else None
    except ValueError:
        version = None
    try:
        result = services.attachments.attach(
            case_no,
            who.user_name,
            content,
            filename=upload_file.filename,
            kind=values.get("kind", ""),
            event_seq=event,
            expected_version=version,
        )
    except ConflictError:
        return _refused(
            request,
            who,
            case_no,
            values,
            "file",
            "此案件在您打开页面后已被修改，文件未保存。已载入最新内容，请重新上传。",
            409,
        )
    except DisclosureError as exc:
        return _refused(request, who, case_no, values, exc.field, str(exc).split(" / ")[0])
    return RedirectResponse(
        f"{case_url(case_no)}?attached={result.attachment.id}#attachments", status_code=303
    )


@router.get("/cases/{case_no}/attachments/{attachment_id}")
def download(
    request: Request, case_no: str, attachment_id: int, who: Current = Depends(current_user)
) -> Response:
    services = request.app.state.services
    record = attachment_in_scope(services.db, who.scope, case_no, attachment_id)
    if record is None:
        raise NotFoundError(f"{case_no}: 没有编号为 {attachment_id} 的附件")
    try:
        content = services.attachments.content(record)
    except (
        DisclosureError
    ) as exc:  # the stored file is gone or changed: never sent as if it were the one filed
        message = str(exc).split(" / ")[0] + "。请联系系统管理员核查（disclosure audit verify）。"
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"title": "文件不可用", "message": message, "who": who}, status_code=409
        )
    return Response(content, media_type=record.media_type, headers=download_headers(record.filename))
