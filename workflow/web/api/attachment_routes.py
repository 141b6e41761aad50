"""The case file in the API: ``POST /cases/{no}/attachments`` (multipart: ``kind``, ``event_seq``, ``file``) →
201; ``GET /cases/{no}/attachments`` lists the files; ``GET …/attachments/{id}`` sends one.

An upload is checked as on the case page (the scope first: another agency's case is 404; then the
engine: role, kind, size, type read from the content), takes an ``Idempotency-Key`` (the retry of an
upload that was stored gets the first answer and stores nothing), and an optional ``If-Match``: a
stale version is 412. A body announced larger than the limit is 413 before it is read.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from workflow.engine.hooks import Transition
from workflow.errors import ConflictError, DisclosureError, NotFoundError
from workflow.store.attachments import AttachmentRecord
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.web.api.auth import Caller, caller
from workflow.web.api.encode import answer, etag, version_of
from workflow.web.api.errors import ApiError, entry, invalid, not_found
from workflow.web.api.idempotency import HEADER, Pending, checked_key, fingerprint, once
from workflow.web.api.read_routes import case_path
from workflow.web.api.write_routes import security_audit
from workflow.web.attachment_context import attachment_in_scope, download_headers
from workflow.web.scope import case_in_scope

router = APIRouter()
SLACK = 64 * 1024  # the other fields and the multipart framing


def attachment_json(vocab: Any, case_no: str, record: AttachmentRecord) -> dict[str, Any]:
    return {
        **record.to_json(),
        "kind_label": vocab.label("attachment_kinds", record.kind),
        "url": f"{case_path(case_no)}/attachments/{record.id}",
    }


@router.get("/cases/{case_no}/attachments")
def list_attachments(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """案卷附件: the case's files in the order they were attached."""
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        records = Repository(conn).attachments_of(row["id"])
    vocab = services.registry.vocabulary
    return answer(
        {
            "case_no": case_no,
            "version": row["version"],
            "attachments": [attachment_json(vocab, case_no, r) for r in records],
        },
        headers={"ETag": etag(row["version"])},
    )


@router.get("/cases/{case_no}/attachments/{attachment_id}")
def get_attachment(
    request: Request, case_no: str, attachment_id: int, who: Caller = Depends(caller)
) -> Response:
    """One file, as uploaded, under its original name."""
    services = request.app.state.services
    record = attachment_in_scope(services.db, who.scope, case_no, attachment_id)
    if record is None:
        raise not_found(
            f"{case_no} 没有编号为 {attachment_id} 的附件 / case {case_no} has no attachment {attachment_id}"
        )
    try:
        content = services.attachments.content(record)
    except NotFoundError as exc:
        raise ApiError(409, "file_missing", str(exc)) from None
    except DisclosureError as exc:
        raise ApiError(409, "file_changed", str(exc)) from None
    return Response(content, media_type=record.media_type, headers=download_headers(record.filename))


@router.post("/cases/{case_no}/attachments")
async def post_attachment(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """添加附件: store a file in the case file, recorded in its audit trail; 201 with the attachment."""
    services = request.app.state.services
    limit = services.attachments.limits.max_bytes
    try:
        length = int(request.headers.get("content-length") or 0)
    except ValueError:
        length = 0
    if length > limit + SLACK:
        raise ApiError(
            413,
            "too_large",
            f"请求过大：文件不超过 {limit // (1024 * 1024)} MB / the file may be at most "
            f"{limit // (1024 * 1024)} MB",
            field="file",
        )
    try:
        form = await request.form(max_files=1, max_fields=8)
    except Exception:  # noqa: BLE001 - a body that is not a multipart form, whatever the parser says
        raise ApiError(
            400, "bad_form", "请求体应为 multipart/form-data / the body must be multipart/form-data"
        ) from None
    upload = form.get("file")
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    content = await upload.read(limit + 1) if isinstance(upload, UploadFile) else None
    filename = upload.filename or "" if isinstance(upload, UploadFile) else ""
    key = checked_key(request.headers.get(HEADER))
    described = {
        **fields,
        "file": hashlib.sha256(content).hexdigest() if content is not None else None,
        "filename": filename,
    }
    print_ = fingerprint("POST", f"/cases/{case_no}/attachments", described)
    return await run_in_threadpool(
        once,
        services.db,
        who.user_id,
        key,
        print_,
        lambda _conn, pending: lambda: _attach(request, who, case_no, fields, content, filename, pending),
    )


def _attach(
    request: Request,
    who: Caller,
    case_no: str,
    fields: dict[str, str],
    content: bytes | None,
    filename: str,
    pending: Pending,
) -> None:
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
    raw_match = request.headers.get("if-match")
    expected = version_of(raw_match) if raw_match is not None else None
    if raw_match is not None and (expected is None or expected != row["version"]):
        raise ApiError(
            412,
            "precondition_failed",
            f"案件 {case_no} 已是第 {row['version']} 版，请重新读取 / the case "
            f"is at version {row['version']}, not {raw_match}; read it again",
            field="If-Match",
            current_version=row["version"],
            headers={"ETag": etag(row["version"])},
        )
    errors: dict[str, str] = {}
    if content is None:
        errors["file"] = "请附上文件（multipart 字段 file） / the multipart field file is required"
    if not fields.get("kind"):
        errors["kind"] = "请给出附件类别 / kind is required"
    event_seq: int | None = None
    if fields.get("event_seq"):
        try:
            event_seq = int(fields["event_seq"])
        except ValueError:
            errors["event_seq"] = (
                "event_seq 应为事件序号（整数） / event_seq must be an event's sequence number"
            )
    if errors:
        raise invalid(errors)
    vocab = services.registry.vocabulary

    def attached(transition: Transition) -> tuple[int, Any, dict[str, str]]:
        record_id = int(json.loads(transition.event.data)["attachment"])
        record = transition.repo.attachment(transition.case["id"], record_id)
        version = transition.case["version"] + 1
        body = {
            **attachment_json(vocab, case_no, record),
            "case_no": case_no,
            "seq": transition.event.seq,
            "version": version,
        }
        return 201, body, {"Location": body["url"], "ETag": etag(version)}

    pending.answer = attached
    pending.audit = security_audit(
        request, who, lambda t: f"attach {fields['kind']} to {case_no} (event {t.event.seq})"
    )
    try:
        services.attachments.attach(
            case_no,
            who.user_name,
            content or b"",
            filename=filename,
            kind=fields["kind"],
            event_seq=event_seq,
            expected_version=expected,
        )
    except ConflictError as exc:
        with read(services.db) as conn:
            current = case_in_scope(conn, who.scope, case_no)["version"]
        raise ApiError(
            409, "conflict", str(exc), current_version=current, headers={"ETag": etag(current)}
        ) from None
    except NotFoundError as exc:
        raise not_found(str(exc)) from None
    except DisclosureError as exc:
        name = {"event": "event_seq"}.get(exc.field or "", exc.field)
        raise ApiError(
            422, "refused", str(exc), field=name, errors=[entry("refused", str(exc), name)]
        ) from None
