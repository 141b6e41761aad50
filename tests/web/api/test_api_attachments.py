"""The case file through the API: a multipart upload is 201 with the attachment and a new ETag, listed and
downloaded as sent; a refused file is 422 on its field and writes nothing; a retry with the same
Idempotency-Key stores nothing more; a stale If-Match is 412; another agency's case is 404."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from webtools import add_agency_b

from workflow.demo.samples import sample_pdf, sample_png

PDF = sample_pdf("Application", "SJJ-2026-0001")


@pytest.fixture
def case_no(api):
    return api.world.register(on=date(2026, 11, 2))


def base(case_no: str) -> str:
    return f"/api/v1/cases/{quote(case_no)}/attachments"


def send(client, case_no: str, content: bytes = PDF, name: str = "申请书.pdf", headers=None, **fields):  # noqa: ANN001, ANN201
    data = {"kind": "application", **fields}
    return client.http.post(
        base(case_no),
        data=data,
        files={"file": (name, content, "application/octet-stream")},
        headers=headers or {},
    )


def listed(api, case_no: str) -> list:  # noqa: ANN001
    return api.world.services.attachments.listing(case_no)[1]


def test_an_upload_is_201_with_the_attachment_and_the_new_version(api, case_no):
    client = api.client(api.world.clerk)
    response = send(client, case_no, headers={"If-Match": '"1"'})
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["kind"], body["kind_label"], body["media_type"], body["filename"], body["version"]) == (
        "application",
        "申请书",
        "application/pdf",
        "申请书.pdf",
        2,
    )
    assert response.headers["location"] == body["url"] == f"{base(case_no)}/{body['id']}"
    assert response.headers["etag"] == '"2"'
    assert client.get(f"/api/v1/cases/{quote(case_no)}").headers["etag"] == '"2"'


def test_the_files_are_listed_and_downloaded_as_sent(api, case_no):
    client = api.client(api.world.clerk)
    send(client, case_no)
    send(client, case_no, sample_png(), "回证.png", kind="proof_of_service", event_seq="1")
    response = client.get(base(case_no))
    assert response.status_code == 200
    assert [(a["kind"], a["event_seq"]) for a in response.json()["attachments"]] == [
        ("application", None),
        ("proof_of_service", 1),
    ]
    got = client.get(f"{base(case_no)}/2")
    assert got.content == sample_png() and got.headers["content-type"] == "image/png"
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.headers["content-disposition"].endswith("filename*=UTF-8''%E5%9B%9E%E8%AF%81.png")


@pytest.mark.parametrize(
    ("content", "fields", "field"),
    [
        (b"\x7fELF\x02\x01" + b"\x00" * 40, {}, "file"),
        (PDF, {"kind": "photo"}, "kind"),
        (PDF, {"event_seq": "40"}, "event_seq"),
        (PDF, {"event_seq": "one"}, "event_seq"),
    ],
)
def test_a_refused_upload_is_422_on_its_field_and_writes_nothing(api, case_no, content, fields, field):
    response = send(api.client(api.world.clerk), case_no, content, **fields)
    assert response.status_code == 422 and response.json()["field"] == field
    assert set(response.json()) >= {"code", "message", "field", "errors"}
    assert listed(api, case_no) == [] and len(api.world.events(case_no)) == 1


def test_a_request_without_a_file_or_not_multipart_is_refused(api, case_no):
    client = api.client(api.world.clerk)
    response = client.http.post(base(case_no), data={"kind": "application"})
    assert response.status_code == 422 and response.json()["field"] == "file"
    assert client.post(base(case_no), {"kind": "application"}).status_code == 422
    assert listed(api, case_no) == []


def test_a_retry_with_the_same_key_stores_nothing_more(api, case_no):
    client = api.client(api.world.clerk)
    first = send(client, case_no, headers={"Idempotency-Key": "scan-1"})
    again = send(client, case_no, headers={"Idempotency-Key": "scan-1"})
    assert first.status_code == again.status_code == 201 and again.json() == first.json()
    assert again.headers["idempotent-replayed"] == "true" and len(listed(api, case_no)) == 1
    other = send(client, case_no, sample_png(), headers={"Idempotency-Key": "scan-1"})
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_a_stale_if_match_is_412(api, case_no):
    response = send(api.client(api.world.clerk), case_no, headers={"If-Match": '"7"'})
    assert response.status_code == 412 and response.json()["current_version"] == 1
    assert listed(api, case_no) == []


def test_a_body_larger_than_the_limit_is_413(api, case_no):
    limits = api.world.services.attachments.limits
    api.world.services.attachments.limits = type(limits)(1024, limits.allowed)
    response = send(api.client(api.world.clerk), case_no, PDF + b"%" + b"x" * 80_000)
    assert response.status_code == 413 and response.json()["field"] == "file"


def test_another_agency_sees_nothing_and_writes_nothing(api, case_no):
    send(api.client(api.world.clerk), case_no)
    outsider = api.client(add_agency_b(api.world))
    assert outsider.get(base(case_no)).status_code == 404
    assert outsider.get(f"{base(case_no)}/1").status_code == 404
    assert send(outsider, case_no).status_code == 404
    assert len(listed(api, case_no)) == 1


def test_it_requires_a_token_and_an_unknown_file_is_404(api, case_no):
    assert api.anonymous().get(base(case_no)).status_code == 401
    assert api.client(api.world.clerk).get(f"{base(case_no)}/5").status_code == 404


def test_a_changed_stored_file_is_409_not_sent(api, case_no):
    client = api.client(api.world.clerk)
    sha = send(client, case_no).json()["sha256"]
    api.world.services.blobs.path(sha).write_bytes(b"%PDF-1.4 other")
    response = client.get(f"{base(case_no)}/1")
    assert response.status_code == 409 and response.json()["code"] == "file_changed"
