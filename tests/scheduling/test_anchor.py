"""The daily audit anchor: sent to each supervisor and appended to the anchor file, once a day, and
what ``audit verify --anchor`` later checks the log against. Both stores."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from helpers import make_world
from sqlalchemy import select

from workflow.engine.audit_anchor import current_anchor, parse_anchors
from workflow.engine.audit_verify import verify_audit
from workflow.outbox.delivery import deliver_all
from workflow.scheduling.anchor import queue_anchor
from workflow.settings import load_settings
from workflow.store.db import read
from workflow.store.models import outbox


def settings_with_anchor_file(tmp_path: Path) -> dict:
    settings = load_settings()
    settings["channels"] = {**settings["channels"], "default": "file", "file": {"folder": str(tmp_path / "mail")}}
    settings["audit"] = {"anchor_file": str(tmp_path / "offsite" / "anchors.txt")}
    return settings


def test_the_anchor_goes_to_each_supervisor_and_into_the_file_once_a_day(engine, tmp_path):
    w = make_world(engine, today=date(2026, 3, 7), settings=settings_with_anchor_file(tmp_path))
    case_no = w.register(on=date(2026, 3, 7))
    path = tmp_path / "offsite" / "anchors.txt"
    saturday = date(2026, 3, 7)  # every day, not working days only
    assert queue_anchor(w.services, saturday) == 1
    assert queue_anchor(w.services, saturday) == 0  # idempotent: nothing queued, nothing appended
    (first,) = parse_anchors(path.read_text(encoding="utf-8"), str(path))
    with read(engine) as conn:
        assert (first.count, first.digest) == (current_anchor(conn).count, current_anchor(conn).digest) == (
            1, first.digest)
        (row,) = conn.execute(select(outbox).where(outbox.c.kind == "anchor")).mappings().all()
    assert row["template"] == "audit_anchor" and row["idempotency_key"].startswith("anchor:2026-03-07:")
    assert deliver_all(w.services, datetime.now(UTC) + timedelta(minutes=1)).failed == 0
    (mail,) = (tmp_path / "mail").glob("anchor-*.eml")
    msg = email.message_from_bytes(mail.read_bytes(), policy=email.policy.default)
    assert msg["Subject"] == "【审计锚点】2026年3月7日 办理记录共1条事件"
    assert str(first) in msg.get_body(("plain",)).get_content()

    w.today = date(2026, 3, 9)
    w.fire(case_no, "accept", date(2026, 3, 9))
    assert queue_anchor(w.services, date(2026, 3, 9)) == 1
    anchors = parse_anchors(path.read_text(encoding="utf-8"), str(path))
    assert [a.count for a in anchors] == [1, 2]
    with read(engine) as conn:
        report = verify_audit(conn, anchors=anchors)
    assert report.ok and report.anchors == 2
