"""The demo's case files: paper applications carry their scan (a PDF made at run time) on the registration,
letters served by post their 送达回证 (a PNG) on the delivery event; every file is what it says it is and
the audit trail, files included, verifies."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from workflow.app import Services
from workflow.demo.year import PAPER_CHANNELS, run_demo
from workflow.engine.audit_verify import verify_audit
from workflow.file_types import sniff
from workflow.settings import load_settings
from workflow.store.attachments import all_attachments
from workflow.store.db import make_engine, read, upgrade
from workflow.store.models import disclosure_case


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo-files') / 'demo.db'}")
    upgrade(engine)
    services = Services.for_db(engine, load_settings(), today=lambda: date(2026, 3, 2))
    result = run_demo(services, year=2025, cases=40, recent=2, seed=7)
    yield services, result
    engine.dispose()


def test_paper_applications_carry_their_scan_and_posted_replies_their_proof_of_service(demo):
    services, result = demo
    with read(services.db) as conn:
        files = list(all_attachments(conn))
        channels = dict(conn.execute(select(disclosure_case.c.case_no, disclosure_case.c.channel)).all())
        archived = set(conn.execute(select(disclosure_case.c.case_no).where(disclosure_case.c.state == "archived"))
                       .scalars())
        events = {(n, s.recorded_seq): s for n, s in files}
    assert result.attachments == len(files) > 0
    scans = {n for n, r in files if r.kind == "application"}
    paper = {n for n, c in channels.items() if c in PAPER_CHANNELS}
    # an emailed application is saved into the file when the case is archived (the archive checklist)
    assert paper <= scans and scans - paper == {n for n in archived if channels[n] == "email"}
    proofs = [(n, r) for n, r in files if r.kind == "proof_of_service"]
    assert proofs and all(r.media_type == "image/png" and r.event_seq for _, r in proofs)
    for case_no, record in events:
        content = services.attachments.content(events[(case_no, record)])
        assert sniff(content).media_type == events[(case_no, record)].media_type


def test_the_demos_audit_trail_verifies_with_its_files(demo):
    services, result = demo
    with read(services.db) as conn:
        report = verify_audit(conn, blobs=services.blobs)
    assert report.ok and report.attachments == result.attachments
