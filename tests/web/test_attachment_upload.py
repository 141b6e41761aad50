"""Uploading a file to a case from its page: signed in, with the CSRF token, from this site, within the user's
scope and role; a refused file (kind, type read from its content, size, a stale page) is shown beside its
field and nothing is written."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from webtools import add_agency_b

from workflow.demo.samples import sample_pdf, sample_png
from workflow.store.blobs import DirectoryBlobStore

PDF = sample_pdf("Application", "SJJ-2026-0001")


@pytest.fixture
def case(web, tmp_path):
    web.world.services.blobs = DirectoryBlobStore(tmp_path / "blobs")
    return web.world.register(on=date(2026, 11, 2))


def upload(client, case_no: str, content: bytes = PDF, name: str = "申请书.pdf", **fields):  # noqa: ANN001, ANN201
    data = {"kind": "application", **fields}
    return client.post(
        f"/cases/{quote(case_no)}/attachments", data, files={"file": (name, content, "application/pdf")}
    )


def attached(web, case_no: str) -> list:  # noqa: ANN001
    return web.world.services.attachments.listing(case_no)[1]


def test_it_requires_sign_in(web, case):
    response = upload(web.client(), case)
    assert response.status_code == 303 and response.headers["location"].startswith("/signin")
    assert attached(web, case) == []


def test_a_clerk_uploads_a_scan_and_the_case_page_lists_it(web, case):
    client = web.client(web.world.clerk)
    page = client.get(f"/cases/{quote(case)}").text
    assert 'id="attach-form"' in page and 'enctype="multipart/form-data"' in page and "送达回证" in page
    response = upload(client, case, version="1")
    assert (
        response.status_code == 303
        and response.headers["location"] == f"/cases/{quote(case)}?attached=1#attachments"
    )
    (record,) = attached(web, case)
    assert (record.filename, record.kind, record.uploaded_by) == (
        "申请书.pdf",
        "application",
        web.world.clerk,
    )
    html = client.get(response.headers["location"]).text
    assert "附件已上传" in html and f'href="/cases/{quote(case)}/attachments/1"' in html
    assert "<strong>添加附件</strong>" in html and record.sha256 in html  # the timeline shows the event


def test_a_file_can_belong_to_an_event(web, case):
    client = web.client(web.world.clerk)
    assert (
        upload(client, case, sample_png(), "回证.png", kind="proof_of_service", event="1").status_code == 303
    )
    (record,) = attached(web, case)
    assert (record.event_seq, record.media_type) == (1, "image/png")
    assert "第 1 条" in client.get(f"/cases/{quote(case)}").text


@pytest.mark.parametrize(
    ("content", "fields", "field", "words"),
    [
        (b"MZ\x90\x00" + b"\x00" * 64, {}, "file", "不接受 Windows 可执行文件"),
        (b"PK\x05\x06" + b"\x00" * 18, {}, "file", "zip"),
        (PDF, {"kind": "photo"}, "kind", "附件类别无效"),
        (PDF, {"event": "9"}, "event", "没有第 9 条事件"),
        (PDF, {"event": "x"}, "event", "所属事件应为事件序号"),
    ],
)
def test_a_refused_upload_is_shown_beside_its_field_and_writes_nothing(
    web, case, content, fields, field, words
):
    response = upload(web.client(web.world.clerk), case, content, **fields)
    assert response.status_code == 400
    assert f'id="attach-{field}-error" role="alert">' in response.text and words in response.text
    assert attached(web, case) == [] and len(web.world.events(case)) == 1


def test_a_form_without_a_file_is_refused(web, case):
    client = web.client(web.world.clerk)
    response = client.post(f"/cases/{quote(case)}/attachments", {"kind": "application"})
    assert response.status_code == 400 and "请选择要上传的文件" in response.text


def test_a_body_larger_than_the_limit_is_refused_before_it_is_read(web, case):
    web.world.services.attachments.limits = type(web.world.services.attachments.limits)(1024, ("pdf",))
    response = upload(web.client(web.world.clerk), case, PDF + b"%" + b"x" * 80_000)
    assert response.status_code == 413 and "文件过大" in response.text
    assert attached(web, case) == []


def test_a_page_opened_before_another_change_is_a_conflict(web, case):
    client = web.client(web.world.clerk)
    web.world.fire(case, "accept", date(2026, 11, 3))
    response = upload(client, case, version="1")
    assert response.status_code == 409 and "已被修改" in response.text
    assert attached(web, case) == []


def test_it_refuses_a_missing_csrf_token_or_another_origin(web, case):
    client = web.client(web.world.clerk)
    url = f"/cases/{quote(case)}/attachments"
    files = {"file": ("a.pdf", PDF, "application/pdf")}
    assert client.post(url, {"kind": "application"}, csrf=False, files=files).status_code == 403
    assert (
        client.post(url, {"kind": "application"}, origin="http://evil.example", files=files).status_code
        == 403
    )
    assert attached(web, case) == []


def test_a_user_of_another_agency_gets_404_and_writes_nothing(web, case):
    outsider = add_agency_b(web.world)
    response = upload(web.client(outsider), case)
    assert response.status_code == 404 and attached(web, case) == []
    assert "attach-form" not in web.client(outsider).get(f"/cases/{quote(case)}").text


def test_an_archived_case_shows_no_upload_form(web, case):
    from sqlalchemy import update

    from workflow.store.db import write
    from workflow.store.models import disclosure_case

    with write(web.world.engine) as conn:
        conn.execute(update(disclosure_case).values(state="archived"))
    html = web.client(web.world.clerk).get(f"/cases/{quote(case)}").text
    assert "案卷附件" in html and "attach-form" not in html
    assert upload(web.client(web.world.clerk), case).status_code == 400 and attached(web, case) == []
