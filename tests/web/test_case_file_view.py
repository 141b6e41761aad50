"""The case page's archive checklist (案卷（归档清单）) and the archive package download: each item
done or missing once the case is concluded, the package's manifest verifying, and the scope."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from urllib.parse import quote

from webtools import add_agency_b

from workflow.letters.archive_package import MANIFEST, verify_package


def replied(w, **register) -> str:
    case_no = w.register(on=date(2026, 11, 2), **register)
    w.fire(case_no, "accept", date(2026, 11, 2))
    w.fire(case_no, "decide", date(2026, 11, 3), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 11, 4))
    return case_no


def rows(html: str) -> dict[str, str]:
    return dict(re.findall(r'<tr data-item="([a-z_]+)" class="(done|missing)">', html))


def test_an_open_case_shows_no_checklist_yet(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 2))
    assert "归档清单" not in web.client(w.clerk).get(f"/cases/{quote(case_no)}").text


def test_it_shows_each_item_done_or_missing(web):
    w = web.world
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    assert "案卷（归档清单）" in html and "尚缺 2 项，补齐后方可归档。" in html
    assert rows(html) == {
        "application": "missing",
        "approval": "done",
        "reply": "done",
        "reply_served": "done",
        "proof_of_service": "missing",
    }


def test_archiving_an_incomplete_file_is_refused_with_what_is_missing(web):
    w = web.world
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    c = web.client(w.clerk)
    response = c.post(
        f"/cases/{quote(case_no)}/do/archive",
        {"version": w.case(case_no)["version"], "effective": "2026-11-09", "file_no": "WS-1"},
    )
    assert response.status_code == 400
    assert "案卷材料不齐，尚缺：申请书；送达回证" in response.text
    assert w.state(case_no) == "replied"


def test_a_complete_file_says_so_and_offers_archiving(web):
    w = web.world
    case_no = replied(w, channel="online", submitted=None, confirmed=date(2026, 11, 2))
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="online")
    html = web.client(w.clerk).get(f"/cases/{quote(case_no)}").text
    assert "案卷材料齐全，可以归档。" in html and set(rows(html).values()) == {"done"}
    assert 'data-trigger="archive"' in html


def test_the_package_downloads_and_verifies(web):
    w = web.world
    case_no = replied(w)
    response = web.client(w.clerk).get(f"/cases/{quote(case_no)}/archive-package.zip")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    assert quote(f"{case_no}-案卷.zip") in response.headers["content-disposition"]
    assert verify_package(response.content) == []
    with zipfile.ZipFile(io.BytesIO(response.content)) as zf:
        assert MANIFEST in zf.namelist() and "02-政府信息公开申请答复书.docx" in zf.namelist()


def test_the_package_needs_sign_in_and_the_case_in_scope(web):
    w = web.world
    case_no = replied(w)
    assert web.client().get(f"/cases/{quote(case_no)}/archive-package.zip").status_code == 303
    other = web.client(add_agency_b(w))
    assert other.get(f"/cases/{quote(case_no)}/archive-package.zip").status_code == 404
    assert other.get("/cases/SJJ-2026-9999/archive-package.zip").status_code == 404


def test_the_service_table_links_the_signed_receipt_attached_to_the_delivery(web):
    from workflow.demo.samples import sample_png

    w = web.world
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    c = web.client(w.clerk)
    before = c.get(f"/cases/{quote(case_no)}").text
    services = re.search(r'<table id="services">.*?</table>', before, re.S).group(0)
    assert "送达回证" in services and "回证.png" not in services
    delivery = w.case(case_no)["last_event_seq"]
    w.services.attachments.attach(case_no, w.clerk, sample_png(), filename="回证.png", kind="proof_of_service",
                                  event_seq=delivery)
    after = c.get(f"/cases/{quote(case_no)}").text
    services = re.search(r'<table id="services">.*?</table>', after, re.S).group(0)
    link = re.search(r'<a href="([^"]+)">回证.png</a>', services)
    assert link is not None
    assert c.get(link.group(1)).content == sample_png()


def test_a_delivery_without_its_receipt_links_to_the_form_set_for_one(web):
    w = web.world
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    delivery = w.case(case_no)["last_event_seq"]
    c = web.client(w.clerk)
    page = c.get(f"/cases/{quote(case_no)}").text
    services = re.search(r'<table id="services">.*?</table>', page, re.S).group(0)
    href = re.search(r'<a href="([^"]+)" aria-label="上传答复书的送达回证">', services).group(1).replace("&amp;", "&")
    assert href.endswith(f"?attach_kind=proof_of_service&attach_event={delivery}#attach-form")
    form = re.search(r'<form[^>]*id="attach-form".*?</form>', c.get(href.split("#")[0]).text, re.S).group(0)
    assert '<option value="proof_of_service" selected>' in form
    assert f'<option value="{delivery}" selected>' in form


def test_the_forms_preset_ignores_what_is_not_a_choice(web):
    w = web.world
    case_no = replied(w)
    page = web.client(w.clerk).get(f"/cases/{quote(case_no)}?attach_kind=%3Cscript%3E&attach_event=99").text
    form = re.search(r'<form[^>]*id="attach-form".*?</form>', page, re.S).group(0)
    assert " selected>" not in form and "<script>" not in page
