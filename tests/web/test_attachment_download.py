"""Downloading a case's file: only within the user's scope, under its original name (RFC 5987), never sniffed
by the browser, and only while its bytes still match the hash recorded in the audit trail."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from webtools import add_agency_b

from workflow.demo.samples import sample_pdf
from workflow.store.blobs import DirectoryBlobStore

PDF = sample_pdf("Application", "SJJ-2026-0001")


@pytest.fixture
def filed(web, tmp_path):
    w = web.world
    w.services.blobs = DirectoryBlobStore(tmp_path / "blobs")
    case_no = w.register(on=date(2026, 11, 2))
    record = w.services.attachments.attach(
        case_no, w.clerk, PDF, filename="申请书 (扫描).pdf", kind="application"
    ).attachment
    return case_no, record


def url(case_no: str, attachment_id: int) -> str:
    return f"/cases/{quote(case_no)}/attachments/{attachment_id}"


def test_it_requires_sign_in(web, filed):
    case_no, record = filed
    response = web.client().get(url(case_no, record.id))
    assert response.status_code == 303 and response.headers["location"].startswith("/signin")


def test_it_sends_the_file_under_its_name_and_is_never_sniffed(web, filed):
    case_no, record = filed
    response = web.client(web.world.clerk).get(url(case_no, record.id))
    assert response.status_code == 200 and response.content == PDF
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-disposition"] == (
        "attachment; filename=\"___ (__).pdf\"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E4%B9%A6%20%28%E6%89%AB%E6%8F%8F%29.pdf"
    )


def test_the_head_and_the_supervisor_may_download_it_too(web, filed):
    case_no, record = filed
    for name in (web.world.head, web.world.supervisor):
        assert web.client(name).get(url(case_no, record.id)).content == PDF


def test_a_user_of_another_agency_or_an_unknown_file_gets_404(web, filed):
    case_no, record = filed
    assert web.client(add_agency_b(web.world)).get(url(case_no, record.id)).status_code == 404
    assert web.client(web.world.clerk).get(url(case_no, record.id + 1)).status_code == 404
    assert web.client(web.world.clerk).get(url(case_no, 2**40)).status_code == 404
    assert web.client(web.world.clerk).get(url("SJJ-2026-0099", record.id)).status_code == 404


def test_a_file_changed_in_the_store_is_not_sent(web, filed):
    case_no, record = filed
    web.world.services.blobs.path(record.sha256).write_bytes(PDF + b"%changed")
    response = web.client(web.world.clerk).get(url(case_no, record.id))
    assert response.status_code == 409 and "已被改动" in response.text and b"%changed" not in response.content
