"""Verify the case files: each ``attach`` event of the audit trail against its row and its stored bytes.

The event is the authority (its data are in the hash chain, which :mod:`workflow.engine.audit_verify`
checks): the ``attachment`` row it recorded must still say the same, and the blob store must still
hold bytes that hash to its SHA-256. A row no event recorded was added outside the engine. One
problem per attachment, named by the case and the event that recorded it.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from workflow.engine.attachments import ATTACH_EVENT
from workflow.engine.audit import BrokenLink
from workflow.store.attachments import AttachmentRecord, all_attachments
from workflow.store.blobs import BlobMissing, BlobStore, sha256_of
from workflow.store.models import case_event, disclosure_case

_RECORDED = ("kind", "sha256", "size", "media_type", "filename", "event_seq")


def verify_attachments(
    conn: Connection, blobs: BlobStore, case_id: int | None = None
) -> tuple[int, list[BrokenLink]]:
    """(attachments checked, what is wrong with them)."""
    rows = {(case_no, r.recorded_seq): r for case_no, r in all_attachments(conn, case_id)}
    stmt = (
        select(disclosure_case.c.case_no, case_event.c.seq, case_event.c.data)
        .join(disclosure_case, disclosure_case.c.id == case_event.c.case_id)
        .where(case_event.c.trigger == ATTACH_EVENT)
        .order_by(case_event.c.case_id, case_event.c.seq)
    )
    if case_id is not None:
        stmt = stmt.where(case_event.c.case_id == case_id)
    problems: list[BrokenLink] = []
    hashed: dict[str, str | None] = {}  # a file attached twice is read once
    count = 0
    for case_no, seq, data in conn.execute(stmt):
        count += 1
        recorded = json.loads(data)
        row = rows.pop((case_no, seq), None)
        problem = _row_problem(recorded, row) or _blob_problem(blobs, recorded, hashed)
        if problem:
            problems.append(BrokenLink(case_no, seq, problem))
    for (case_no, seq), row in rows.items():
        problems.append(
            BrokenLink(
                case_no,
                seq,
                f"附件 {row.id}（{row.filename}）没有审计事件记录 / attachment "
                f"{row.id} was added outside the engine",
            )
        )
    return count, problems


def _row_problem(recorded: dict, row: AttachmentRecord | None) -> str | None:
    if row is None:
        return (
            f"附件 {recorded.get('attachment')} 的记录已被删除 / the attachment this event recorded is gone"
        )
    changed = [k for k in _RECORDED if getattr(row, k) != recorded.get(k)]
    if changed:
        return f"附件 {row.id} 的记录与审计事件不符 / attachment {row.id} differs from its event: {', '.join(changed)}"
    return None


def _blob_problem(blobs: BlobStore, recorded: dict, hashed: dict[str, str | None]) -> str | None:
    sha = str(recorded["sha256"])
    if sha not in hashed:
        try:
            actual: str | None = sha256_of(blobs.get(sha))
        except BlobMissing:
            actual = None
        hashed[sha] = actual
    what = f"附件 {recorded.get('attachment')}（{recorded.get('filename')}）"
    if hashed[sha] is None:
        return f"{what}的文件已不在存储中 / the stored file is missing ({sha[:12]}…)"
    if hashed[sha] != sha:
        return f"{what}的文件已被改动 / the stored file changed: its SHA-256 is now {hashed[sha][:12]}…, recorded {sha[:12]}…"
    return None
