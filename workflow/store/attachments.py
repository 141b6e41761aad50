"""The repository's verbs for the files of a case (``attachment`` rows; their bytes are in the blob store).

:func:`attachments_of` reads a case's files from a connection or anything holding one (the
Repository); :class:`AttachmentVerbs` is mixed into :class:`workflow.store.repository.Repository`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from workflow.store.models import attachment, disclosure_case


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    case_id: int
    event_seq: int | None
    kind: str
    sha256: str
    size: int
    media_type: str
    filename: str
    uploaded_by: str
    uploaded_at: datetime
    recorded_seq: int = 0  # the audit event that records it

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_seq": self.event_seq,
            "kind": self.kind,
            "sha256": self.sha256,
            "size": self.size,
            "media_type": self.media_type,
            "filename": self.filename,
            "uploaded_by": self.uploaded_by,
            "uploaded_at": self.uploaded_at.isoformat(),
            "recorded_seq": self.recorded_seq,
        }


_COLUMNS = (
    "id",
    "case_id",
    "event_seq",
    "kind",
    "sha256",
    "size",
    "media_type",
    "filename",
    "uploaded_by",
    "uploaded_at",
    "recorded_seq",
)


def _record(row: Any) -> AttachmentRecord:
    values = {k: row[k] for k in _COLUMNS}
    if values["uploaded_at"].tzinfo is None:  # SQLite keeps no zone: the time was written in UTC
        values["uploaded_at"] = values["uploaded_at"].replace(tzinfo=UTC)
    return AttachmentRecord(**values)


def _conn(conn_or_repo: Any) -> Connection:
    return conn_or_repo if isinstance(conn_or_repo, Connection) else conn_or_repo.conn


def attachments_of(conn_or_repo: Any, case_id: int) -> list[AttachmentRecord]:
    """The case's files in the order they were attached."""
    rows = (
        _conn(conn_or_repo)
        .execute(select(attachment).where(attachment.c.case_id == case_id).order_by(attachment.c.id))
        .mappings()
    )
    return [_record(r) for r in rows]


def all_attachments(conn: Connection, case_id: int | None = None) -> Iterable[tuple[str, AttachmentRecord]]:
    """Every file with its case number (of one case, or all), by case and order of attaching."""
    stmt = (
        select(attachment, disclosure_case.c.case_no)
        .join(disclosure_case, disclosure_case.c.id == attachment.c.case_id)
        .order_by(attachment.c.case_id, attachment.c.id)
    )
    if case_id is not None:
        stmt = stmt.where(attachment.c.case_id == case_id)
    for row in conn.execute(stmt).mappings():
        yield row["case_no"], _record(row)


class AttachmentVerbs:
    conn: Connection

    def add_attachment(
        self,
        case_id: int,
        *,
        event_seq: int | None,
        kind: str,
        sha256: str,
        size: int,
        media_type: str,
        filename: str,
        uploaded_by: str,
        uploaded_at: datetime,
        recorded_seq: int,
    ) -> int:
        result = self.conn.execute(
            insert(attachment).values(
                case_id=case_id,
                event_seq=event_seq,
                kind=kind,
                sha256=sha256,
                size=size,
                media_type=media_type,
                filename=filename,
                uploaded_by=uploaded_by,
                uploaded_at=uploaded_at,
                recorded_seq=recorded_seq,
            )
        )
        return int(result.inserted_primary_key[0])

    def attachments_of(self, case_id: int) -> list[AttachmentRecord]:
        return attachments_of(self.conn, case_id)

    def attachment(self, case_id: int, attachment_id: int) -> AttachmentRecord | None:
        if not 0 < attachment_id < 2**31:  # no such id, and PostgreSQL refuses to compare an integer with it
            return None
        row = (
            self.conn.execute(
                select(attachment).where(attachment.c.case_id == case_id, attachment.c.id == attachment_id)
            )
            .mappings()
            .first()
        )
        return None if row is None else _record(row)
