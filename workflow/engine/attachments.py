"""Attaching files to a case's file (案卷): checked, stored by hash, recorded in the case's audit chain.

An attachment is not a step of the lifecycle, so it is the same under every definition and version,
and it is recorded like a reassignment: one audit event ``attach`` in the case's hash chain (state
unchanged) whose data carry the file's SHA-256, size, media type, kind and name, with the uploader
and the time as the event's actor and ``recorded_at``. Its effective date is the case's last event's:
attaching a file is not a dated step, and must not stop a step taken earlier from being recorded. ``audit verify`` re-hashes each stored file
against that event, so a file changed or lost in the store is found (:mod:`workflow.engine.audit_attachments`).

Everything that can be refused is refused before anything is written: the kind (vocabulary
``attachment_kinds``), the size and the type read from the content (``attachments.max_mb`` and
``allowed_types``), the actor's role at the case's agency, an archived case, an unknown event. The
bytes go to the blob store last, inside the transaction that records them; if that transaction
fails, a blob no row names may remain, which is harmless (it is only ever found by its hash).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from workflow.engine import messages as say
from workflow.engine.audit import canonical_json, event_hash
from workflow.engine.hooks import Transition, TransitionHook
from workflow.errors import ConflictError, NotFoundError, TransitionError, ValidationError
from workflow.file_types import FILE_TYPES, FileType, RefusedFile, display_name, sniff
from workflow.isotext import utc_iso
from workflow.store.attachments import AttachmentRecord
from workflow.store.blobs import BlobMissing, BlobStore, sha256_of
from workflow.store.db import read, write
from workflow.store.repository import NewEvent, Repository

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workflow.definitions.model import Registry

ATTACH_EVENT = "attach"
# whoever works on the agency's cases may add to their file (held at the agency or above it)
ATTACH_ROLES = ("clerk", "reviewer", "head", "supervisor")
KINDS = "attachment_kinds"


def attach_role(roles: frozenset[str]) -> str | None:
    """The role under which a user holding ``roles`` (at the case's agency or above) attaches files."""
    return next((r for r in ATTACH_ROLES if r in roles), None)


@dataclass(frozen=True)
class AttachmentLimits:
    max_bytes: int
    allowed: tuple[str, ...]  # codes of workflow.file_types.FILE_TYPES

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> AttachmentLimits:
        section = settings.get("attachments") or {}
        allowed = section.get("allowed_types") or list(FILE_TYPES)
        return cls(int(float(section.get("max_mb", 20)) * 1024 * 1024), tuple(allowed))

    def allowed_labels(self) -> str:
        return "、".join(FILE_TYPES[c].label for c in self.allowed if c in FILE_TYPES)


@dataclass(frozen=True)
class AttachResult:
    case_no: str
    attachment: AttachmentRecord
    seq: int
    version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no,
            "seq": self.seq,
            "version": self.version,
            **self.attachment.to_json(),
        }


class CaseFiles:
    """The attachments of cases: ``attach``, ``listing`` and ``content``."""

    def __init__(
        self,
        db: Engine,
        registry: Registry,
        blobs: Callable[[], BlobStore],
        limits: AttachmentLimits,
        hooks: Sequence[TransitionHook] = (),
    ) -> None:
        """``hooks`` run after each attachment inside its transaction, as after a transition (the API
        keeps its idempotency key and log line there)."""
        self.db, self.registry, self.vocabulary = db, registry, registry.vocabulary
        self._blobs, self.limits, self.hooks = blobs, limits, hooks

    @property
    def blobs(self) -> BlobStore:
        return self._blobs()

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(c, self.vocabulary.label(KINDS, c)) for c in self.vocabulary.codes(KINDS)]

    def check(self, content: bytes, kind: str) -> FileType:
        """The file's type, or why it may not be attached (nothing read from the database)."""
        allowed_zh = self.limits.allowed_labels()
        allowed_en = ", ".join(self.limits.allowed)
        if self.vocabulary.get(KINDS, kind) is None:
            known_zh = "、".join(f"{label}（{c}）" for c, label in self.kind_choices())
            raise ValidationError(
                f"附件类别无效：{kind!r}；可选：{known_zh} / unknown attachment kind {kind!r}; "
                f"allowed: {', '.join(self.vocabulary.codes(KINDS))}",
                field="kind",
            )
        limit_mb = self.limits.max_bytes // (1024 * 1024)
        if len(content) > self.limits.max_bytes:
            raise ValidationError(
                f"文件过大：{len(content):,} 字节，不得超过 {limit_mb} MB / the file is too large: "
                f"{len(content):,} bytes, at most {limit_mb} MB (attachments.max_mb)",
                field="file",
            )
        try:
            found = sniff(content)
        except RefusedFile as exc:
            raise ValidationError(
                f"{exc.zh}；可上传：{allowed_zh} / {exc.en}; allowed: {allowed_en}", field="file"
            ) from None
        if found.code not in self.limits.allowed:
            raise ValidationError(
                f"本系统未允许上传{found.label}；可上传：{allowed_zh} / {found.code} files are not "
                f"allowed here (attachments.allowed_types); allowed: {allowed_en}",
                field="file",
            )
        return found

    def attach(
        self,
        case_no: str,
        actor_name: str,
        content: bytes,
        *,
        filename: str,
        kind: str,
        event_seq: int | None = None,
        expected_version: int | None = None,
    ) -> AttachResult:
        found = self.check(content, kind)
        name = display_name(filename)
        with write(self.db) as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no, for_transition=True)
            if expected_version is not None and case["version"] != expected_version:
                raise ConflictError(say.conflict(case_no, case["state"], case["version"], expected_version))
            actor = repo.actor(actor_name, case["agency_id"])
            role = attach_role(actor.roles)
            if role is None:
                raise TransitionError(
                    say.role_required(
                        actor.name,
                        repo.agency_row(case["agency_id"])["code"],
                        ATTACH_EVENT,
                        "添加附件",
                        [f"{r}（{self.vocabulary.label('roles', r)}）" for r in ATTACH_ROLES],
                        actor.roles,
                    )
                )
            definition = self.registry.get(case["definition_name"], case["definition_version"])
            if definition.states[case["state"]].kind == "final":
                raise TransitionError(
                    f"案件 {case_no} 已归档，案卷不能再添加文件 / the case is archived: "
                    f"its file takes no more attachments"
                )
            if event_seq is not None:
                self._check_event(repo, case, event_seq)
            digest = self.blobs.put(content)
            seq = case["last_event_seq"] + 1
            now = datetime.now(UTC)
            attachment_id = repo.add_attachment(
                case["id"],
                event_seq=event_seq,
                kind=kind,
                sha256=digest,
                size=len(content),
                media_type=found.media_type,
                filename=name,
                uploaded_by=actor.name,
                uploaded_at=now,
                recorded_seq=seq,
            )
            data = {
                "attachment": attachment_id,
                "kind": kind,
                "sha256": digest,
                "size": len(content),
                "media_type": found.media_type,
                "filename": name,
                "event_seq": event_seq,
            }
            # not a dated step of the case: it keeps the date of the last one (recorded_at says when),
            # so that a step taken earlier can still be recorded after the scan is attached
            event = _event(case, seq, actor.name, role, case["last_event_on"], data, now)
            repo.record_transition(case, {}, event)
            for hook in self.hooks:
                hook(Transition(repo, case, ATTACH_EVENT, event, definition, None))
            record = repo.attachment(case["id"], attachment_id)
        assert record is not None
        return AttachResult(case_no, record, seq, case["version"] + 1)

    @staticmethod
    def _check_event(repo: Repository, case: dict[str, Any], event_seq: int) -> None:
        # the range first: a number beyond the case's events (or the database's integers) is not asked for
        event = repo.event_at(case["id"], event_seq) if 0 < event_seq <= case["last_event_seq"] else None
        if event is None:
            raise ValidationError(
                f"案件 {case['case_no']} 没有第 {event_seq} 条事件（现有第 1–{case['last_event_seq']} 条）/ no such event; the case has "
                f"events 1..{case['last_event_seq']}",
                field="event",
            )
        if event["trigger"] == ATTACH_EVENT:
            raise ValidationError(
                f"第 {event_seq} 条事件本身是添加附件，请附到案件或办理事件上 / event "
                f"{event_seq} is an attachment: attach to the case or to a step",
                field="event",
            )

    def listing(self, case_no: str) -> tuple[dict[str, Any], list[AttachmentRecord]]:
        """The case row and its files."""
        with read(self.db) as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no)
            return case, repo.attachments_of(case["id"])

    def record(self, case_no: str, attachment_id: int) -> AttachmentRecord:
        with read(self.db) as conn:
            repo = Repository(conn)
            found = repo.attachment(repo.load_case(case_no)["id"], attachment_id)
        if found is None:
            raise NotFoundError(f"案件 {case_no} 没有编号为 {attachment_id} 的附件 / no such attachment")
        return found

    def content(self, record: AttachmentRecord) -> bytes:
        """The file's bytes, only if they still hash to what was recorded."""
        try:
            content = self.blobs.get(record.sha256)
        except BlobMissing:
            raise NotFoundError(
                f"附件 {record.id} 的文件已不在存储中 / the stored file of attachment "
                f"{record.id} is missing (run `disclosure audit verify`)"
            ) from None
        if sha256_of(content) != record.sha256:
            raise ValidationError(
                f"附件 {record.id} 的文件已被改动，拒绝提供 / the stored file of attachment "
                f"{record.id} no longer matches its hash (run `disclosure audit verify`)"
            )
        return content


def _event(
    case: dict[str, Any],
    seq: int,
    actor: str,
    role: str,
    effective: date,
    data: dict[str, Any],
    now: datetime,
) -> NewEvent:
    recorded_at = utc_iso(now)
    payload = canonical_json(data)
    digest = event_hash(
        case_no=case["case_no"],
        seq=seq,
        actor=actor,
        role=role,
        trigger=ATTACH_EVENT,
        from_state=case["state"],
        to_state=case["state"],
        effective_on=effective,
        recorded_at=recorded_at,
        data=payload,
        late=False,
        prev_hash=case["last_event_hash"],
    )
    return NewEvent(
        seq,
        actor,
        role,
        ATTACH_EVENT,
        case["state"],
        case["state"],
        effective,
        recorded_at,
        payload,
        False,
        case["last_event_hash"],
        digest,
    )
