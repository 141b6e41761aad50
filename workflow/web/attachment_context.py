"""What the case page shows of the case file (案卷): its attachments, the upload form's choices, how an
``attach`` event reads in the timeline, and the download headers of a file (shared with the API)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from workflow.engine.attachments import ATTACH_EVENT, attach_role
from workflow.file_types import FILE_TYPES
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.web.scope import Scope, case_in_scope

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from workflow.app import Services
    from workflow.definitions.model import Vocabulary
    from workflow.store.attachments import AttachmentRecord

KINDS = "attachment_kinds"


def attachment_in_scope(db: Engine, scope: Scope, case_no: str, attachment_id: int) -> AttachmentRecord | None:
    """The case's file ``attachment_id``, for a caller who may see the case (else NotFoundError)."""
    with read(db) as conn:
        row = case_in_scope(conn, scope, case_no)
        return Repository(conn).attachment(row["id"], attachment_id)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} 字节"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def type_label(media_type: str) -> str:
    return next((t.label for t in FILE_TYPES.values() if t.media_type == media_type), media_type)


def attachment_context(
    services: Services, conn: Connection, user_name: str, row: dict[str, Any], timeline: list[dict[str, Any]]
) -> dict[str, Any]:
    """The case's files for the page, and whether (and to what) this user may attach one."""
    repo = Repository(conn)
    vocab = services.registry.vocabulary
    files = [
        {
            **r.to_json(),
            "kind_label": vocab.label(KINDS, r.kind),
            "size_text": size_text(r.size),
            "type_label": type_label(r.media_type),
        }
        for r in repo.attachments_of(row["id"])
    ]
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    archived = definition.states[row["state"]].kind == "final"
    may = not archived and attach_role(repo.actor(user_name, row["agency_id"]).roles) is not None
    limits = services.attachments.limits
    return {
        "attachments": files,
        "may_attach": may,
        "attach_kinds": [(c, vocab.label(KINDS, c)) for c in vocab.codes(KINDS)],
        "attach_events": [(e["seq"], e["trigger_label"]) for e in timeline if e["trigger"] != ATTACH_EVENT],
        "attach_limits": f"不超过 {limits.max_bytes // (1024 * 1024)} MB；可上传：{limits.allowed_labels()}",
        "attach_accept": ",".join(
            FILE_TYPES[c].media_type.split(";")[0] for c in limits.allowed if c in FILE_TYPES
        ),
    }


def attach_details(vocab: Vocabulary, data: dict[str, Any]) -> list[tuple[str, str]]:
    """An ``attach`` event's data as the timeline shows them, in Chinese."""
    out = [
        ("附件", f"#{data.get('attachment')} {data.get('filename', '')}"),
        ("类别", vocab.label(KINDS, data.get("kind"))),
        ("类型", type_label(str(data.get("media_type", "")))),
        ("大小", size_text(int(data.get("size") or 0))),
        ("SHA-256", str(data.get("sha256", ""))),
    ]
    if data.get("event_seq"):
        out.append(("所属事件", f"第 {data['event_seq']} 条"))
    return out


def content_disposition(filename: str) -> str:
    """``attachment`` with the name as ASCII for old clients and in full as UTF-8 (RFC 5987 / 6266)."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\;' else "_" for c in filename) or "attachment"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def download_headers(filename: str) -> dict[str, str]:
    return {"Content-Disposition": content_disposition(filename), "X-Content-Type-Options": "nosniff"}
