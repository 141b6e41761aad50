"""In a real browser: the archive checklist of a concluded case on its page, items missing marked,
and the archive package downloaded from it and verified; screenshots of the checklist."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import quote

from browser import shot, sign_in
from playwright.sync_api import expect

from workflow.letters.archive_package import verify_package


def replied_by_post(w) -> str:
    case_no = w.register(on=date(2026, 11, 2), subject="本区2026年道路养护计划")
    w.fire(case_no, "accept", date(2026, 11, 2))
    w.fire(case_no, "decide", date(2026, 11, 3), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 11, 4))
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    return case_no


def test_the_checklist_marks_what_is_missing_and_the_package_downloads(new_context, site):
    w = site.world
    case_no = replied_by_post(w)
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    checklist = page.locator("#file-checklist")
    expect(checklist.get_by_role("heading", name="案卷（归档清单）")).to_be_visible()
    expect(page.locator("#checklist-summary")).to_have_text("尚缺 2 项，补齐后方可归档。")
    expect(checklist.locator('tr[data-item="application"]')).to_have_class("missing")
    expect(checklist.locator('tr[data-item="proof_of_service"]')).to_contain_text("✗ 缺")
    expect(checklist.locator('tr[data-item="reply_served"]')).to_contain_text("✓ 已齐")
    checklist.scroll_into_view_if_needed()
    shot(page, "case-file-checklist-missing")
    with page.expect_download() as got:
        checklist.get_by_role("link", name="下载案卷包").click()
    download = got.value
    assert download.suggested_filename == f"{case_no}-案卷.zip"
    assert verify_package(Path(download.path()).read_bytes()) == []


def _attach(page, kind_label: str, name: str, mime: str, content: bytes) -> None:
    form = page.locator("#attach-form")
    form.get_by_label("类别").select_option(label=kind_label)
    form.get_by_label("文件").set_input_files({"name": name, "mimeType": mime, "buffer": content})
    form.get_by_role("button", name="上传附件").click()
    expect(page.get_by_role("status").filter(has_text="附件已上传")).to_be_visible()


def test_attaching_the_scan_and_the_return_receipt_completes_the_checklist(new_context, site):
    from workflow.demo.samples import sample_pdf, sample_png

    w = site.world
    case_no = replied_by_post(w)
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    expect(page.locator("#checklist-summary")).to_have_text("尚缺 2 项，补齐后方可归档。")
    _attach(page, "申请书", "申请书扫描件.pdf", "application/pdf", sample_pdf("application scan"))
    expect(page.locator('#file-checklist tr[data-item="application"]')).to_have_class("done")
    expect(page.locator("#checklist-summary")).to_have_text("尚缺 1 项，补齐后方可归档。")
    # the service table's own link opens the form set to a 送达回证 of that delivery
    page.locator("#services").get_by_role("link", name="上传答复书的送达回证").click()
    form = page.locator("#attach-form")
    expect(form.get_by_label("类别")).to_have_value("proof_of_service")
    expect(form.get_by_label("所属事件")).not_to_have_value("")
    form.get_by_label("文件").set_input_files({"name": "送达回证.png", "mimeType": "image/png", "buffer": sample_png()})
    form.get_by_role("button", name="上传附件").click()
    expect(page.locator("#services").get_by_role("link", name="送达回证.png")).to_be_visible()
    expect(page.locator("#checklist-summary")).to_have_text("案卷材料齐全，可以归档。")
    expect(page.locator("#file-checklist tr.missing")).to_have_count(0)
    page.locator("#file-checklist").scroll_into_view_if_needed()
    shot(page, "case-file-checklist-complete")
    page.get_by_role("link", name="归档", exact=True).click()
    page.get_by_label("档案号").fill("2026-WS-0001")
    page.locator("form.trigger-form button[type=submit]").click()
    expect(page.locator(".state-badge")).to_have_text("已归档")
    assert w.case(case_no)["file_no"] == "2026-WS-0001"
