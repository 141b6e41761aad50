"""Attaching files to a case: checked before anything is written (kind, size, type read from the content,
the uploader's role, an archived case, the event named), stored under their hash, recorded in the case's
audit chain; ``audit verify`` finds a file changed or lost in the store, and a row altered or added
behind the engine's back."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest
from helpers import make_world
from sqlalchemy import text, update

from workflow.demo.samples import sample_pdf, sample_png
from workflow.engine.audit_verify import verify_audit
from workflow.errors import ConflictError, NotFoundError, TransitionError, ValidationError
from workflow.store.attachments import attachments_of
from workflow.store.blobs import DirectoryBlobStore
from workflow.store.db import read, write
from workflow.store.models import attachment, disclosure_case
from workflow.store.repository import Repository

PDF = sample_pdf("Application", "SJJ-2026-0001")


@pytest.fixture
def w(engine, tmp_path):
    world = make_world(engine, today=date(2026, 11, 25), settings={"attachments": {"max_mb": 0.01}})
    world.services.blobs = DirectoryBlobStore(tmp_path / "blobs")
    with write(engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("outsider"), repo.add_agency("other", "其他机关", "QT"), "clerk")
    return world


def attach(w, case_no: str, content: bytes = PDF, **kwargs):  # noqa: ANN001, ANN201
    kwargs.setdefault("filename", "申请书.pdf")
    kwargs.setdefault("kind", "application")
    return w.services.attachments.attach(case_no, kwargs.pop("actor", w.clerk), content, **kwargs)


def stored(w, case_no: str) -> list:  # noqa: ANN001
    with read(w.engine) as conn:
        return attachments_of(Repository(conn), w.case(case_no)["id"])


def test_an_attached_file_is_stored_by_its_hash_and_recorded_in_the_audit_chain(w):
    case_no = w.register(on=date(2026, 11, 20))
    result = attach(w, case_no)
    digest = hashlib.sha256(PDF).hexdigest()
    (record,) = stored(w, case_no)
    assert (
        record.kind,
        record.sha256,
        record.size,
        record.media_type,
        record.filename,
        record.uploaded_by,
    ) == ("application", digest, len(PDF), "application/pdf", "申请书.pdf", w.clerk)
    assert record.event_seq is None and record.recorded_seq == result.seq == 2
    event = w.events(case_no)[-1]
    assert event["trigger"] == "attach" and event["from_state"] == event["to_state"] == "received"
    assert json.loads(event["data"]) == {
        "attachment": record.id,
        "kind": "application",
        "sha256": digest,
        "size": len(PDF),
        "media_type": "application/pdf",
        "filename": "申请书.pdf",
        "event_seq": None,
    }
    assert event["actor"] == w.clerk and event["recorded_at"].startswith(record.uploaded_at.isoformat()[:19])
    assert w.services.attachments.content(record) == PDF
    assert w.case(case_no)["version"] == result.version == 2
    with read(w.engine) as conn:
        report = verify_audit(conn, blobs=w.services.blobs)
    assert report.ok and report.attachments == 1


def test_a_file_can_belong_to_one_of_the_cases_events(w):
    case_no = w.register(on=date(2026, 11, 20))
    w.fire(case_no, "accept", date(2026, 11, 20))
    attach(w, case_no, sample_png(), filename="回证.png", kind="proof_of_service", event_seq=2, actor=w.head)
    (record,) = stored(w, case_no)
    assert (record.event_seq, record.media_type, record.uploaded_by) == (2, "image/png", w.head)


def test_the_case_keeps_moving_through_its_lifecycle_after_an_attachment(w):
    case_no = w.register(on=date(2026, 11, 20))
    attach(w, case_no)
    w.fire(case_no, "accept", date(2026, 11, 21))
    assert w.state(case_no) != "received"
    with read(w.engine) as conn:
        assert verify_audit(conn, blobs=w.services.blobs).ok


@pytest.mark.parametrize(
    ("content", "kwargs", "field", "words"),
    [
        (PDF, {"kind": "photo"}, "kind", "unknown attachment kind"),
        (b"MZ" + b"\x00" * 100, {"filename": "申请书.pdf"}, "file", "Windows"),
        (b"PK\x05\x06" + b"\x00" * 18, {}, "file", "zip"),
        (b"%PDF-" + b"x" * 20000, {}, "file", "too large"),
        (b"", {}, "file", "empty"),
    ],
)
def test_a_refused_file_writes_nothing(w, content, kwargs, field, words):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match=words) as refused:
        attach(w, case_no, content, **kwargs)
    assert refused.value.field == field
    assert stored(w, case_no) == [] and len(w.events(case_no)) == 1
    assert not (w.services.blobs.root).exists()


def test_a_type_the_settings_leave_out_is_refused(w, engine, tmp_path):
    only_pdf = make_world(
        engine, agency="pdf", prefix="PDF", settings={"attachments": {"allowed_types": ["pdf"]}}
    )
    only_pdf.services.blobs = DirectoryBlobStore(tmp_path / "pdf-blobs")
    case_no = only_pdf.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="PDF 文档"):
        attach(only_pdf, case_no, sample_png(), filename="x.png")
    assert attach(only_pdf, case_no).attachment.media_type == "application/pdf"


def test_someone_without_a_role_at_the_agency_may_not_attach(w):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(TransitionError, match="role required"):
        attach(w, case_no, actor="outsider")
    assert stored(w, case_no) == []


def test_an_archived_case_takes_no_more_files(w):
    case_no = w.register(on=date(2026, 11, 20))
    w.fire(case_no, "withdraw", date(2026, 11, 21), how="书面撤回")
    attach(w, case_no, kind="other")  # a concluded case's file may still grow (proof of service)
    with write(w.engine) as conn:  # archiving needs the reply served: the state is set directly here
        conn.execute(
            update(disclosure_case).where(disclosure_case.c.case_no == case_no).values(state="archived")
        )
    with pytest.raises(TransitionError, match="archived"):
        attach(w, case_no)


@pytest.mark.parametrize("seq", [0, 9, -1, 2**40])
def test_an_unknown_event_is_refused(w, seq):
    case_no = w.register(on=date(2026, 11, 20))
    with pytest.raises(ValidationError, match="no such event") as refused:
        attach(w, case_no, event_seq=seq)
    assert refused.value.field == "event"


def test_a_file_is_not_attached_to_another_attachment(w):
    case_no = w.register(on=date(2026, 11, 20))
    attach(w, case_no)
    with pytest.raises(ValidationError, match="is an attachment"):
        attach(w, case_no, event_seq=2)


def test_a_stale_version_is_a_conflict(w):
    case_no = w.register(on=date(2026, 11, 20))
    attach(w, case_no)
    with pytest.raises(ConflictError):
        attach(w, case_no, expected_version=1)
    assert len(stored(w, case_no)) == 1


def test_the_same_file_attached_twice_is_two_attachments_of_one_blob(w):
    case_no = w.register(on=date(2026, 11, 20))
    attach(w, case_no)
    attach(w, case_no, kind="other", filename="副本.pdf")
    assert [r.sha256 for r in stored(w, case_no)] == [hashlib.sha256(PDF).hexdigest()] * 2
    assert len([p for p in w.services.blobs.root.rglob("*") if p.is_file()]) == 1


def test_a_file_is_served_only_while_it_matches_its_hash(w):
    case_no = w.register(on=date(2026, 11, 20))
    record = attach(w, case_no).attachment
    w.services.blobs.path(record.sha256).write_bytes(PDF + b"%tampered")
    with pytest.raises(ValidationError, match="no longer matches"):
        w.services.attachments.content(record)
    w.services.blobs.path(record.sha256).unlink()
    with pytest.raises(NotFoundError, match="missing"):
        w.services.attachments.content(record)
    with pytest.raises(NotFoundError):
        w.services.attachments.record(case_no, record.id + 1)


# -- audit verify: the store and the rows behind the engine's back, on every blob store ------------


@pytest.fixture
def filed(w, blob_backend):
    w.services.blobs = blob_backend.store
    case_no = w.register(on=date(2026, 11, 20))
    record = attach(w, case_no).attachment
    attach(w, case_no, sample_png(), filename="seal.png", kind="other")
    return w, blob_backend, case_no, record


def problems(w) -> list[str]:  # noqa: ANN001
    with read(w.engine) as conn:
        report = verify_audit(conn, blobs=w.services.blobs)
    return [f"{b.case_no} {b.seq} {b.problem}" for b in report.broken]


def test_audit_verify_finds_a_file_changed_in_the_store(filed):
    w, backend, case_no, record = filed
    assert problems(w) == []
    backend.replace(record.sha256, PDF.replace(b"Application", b"Applicatiom"))
    (problem,) = problems(w)
    assert problem.startswith(f"{case_no} 2 ") and "changed" in problem and "申请书.pdf" in problem


def test_audit_verify_finds_a_file_missing_from_the_store(filed):
    w, backend, case_no, record = filed
    backend.delete(record.sha256)
    (problem,) = problems(w)
    assert problem.startswith(f"{case_no} 2 ") and "missing" in problem


def test_audit_verify_finds_a_row_altered_deleted_or_added_outside_the_engine(filed):
    w, _, case_no, record = filed
    with write(w.engine) as conn:
        conn.execute(update(attachment).where(attachment.c.id == record.id).values(filename="其他.pdf"))
    assert ["differs from its event: filename" in p for p in problems(w)] == [True]
    with write(w.engine) as conn:
        conn.execute(text("DELETE FROM attachment WHERE id = :id"), {"id": record.id})
    assert ["is gone" in p for p in problems(w)] == [True]
    with write(w.engine) as conn:
        conn.execute(
            attachment.insert().values(
                case_id=w.case(case_no)["id"],
                kind="other",
                sha256=record.sha256,
                size=record.size,
                media_type=record.media_type,
                filename="x.pdf",
                uploaded_by="someone",
                uploaded_at=record.uploaded_at,
                recorded_seq=99,
            )
        )
    assert sorted("outside the engine" in p for p in problems(w)) == [False, True]
