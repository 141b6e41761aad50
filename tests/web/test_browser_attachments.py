"""In a real browser: a scanned application uploaded from the case page, listed, in the timeline, and
downloaded byte for byte under its Chinese name; an executable renamed .pdf refused beside the file
field; a screenshot of the case file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import quote

from browser import shot, sign_in
from playwright.sync_api import expect

from workflow.demo.samples import sample_pdf, sample_png


def test_a_clerk_uploads_a_scan_and_a_proof_of_service_and_downloads_the_scan(new_context, site, tmp_path):
    w = site.world
    case_no = w.register(on=date(2026, 11, 2), subject="附件上传的申请")
    w.fire(case_no, "accept", date(2026, 11, 3))
    scan = tmp_path / "申请书扫描件.pdf"
    scan.write_bytes(sample_pdf("Application", case_no))
    receipt = tmp_path / "送达回证.png"
    receipt.write_bytes(sample_png())
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    page.get_by_label("类别").select_option("application")
    page.get_by_label("文件").set_input_files(str(scan))
    page.get_by_role("button", name="上传附件").click()
    expect(page.get_by_text("附件已上传并记入审计记录。")).to_be_visible()
    page.get_by_label("类别").select_option("proof_of_service")
    page.get_by_label("所属事件").select_option("2")
    page.get_by_label("文件").set_input_files(str(receipt))
    page.get_by_role("button", name="上传附件").click()
    rows = page.locator("table.attachments tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("申请书扫描件.pdf")
    expect(rows.nth(1)).to_contain_text("送达回证")
    expect(rows.nth(1)).to_contain_text("第 2 条")
    expect(page.locator("ol.timeline li").first).to_contain_text("添加附件")
    page.locator("#attachments").scroll_into_view_if_needed()
    shot(page, "case-attachments")
    with page.expect_download() as info:
        page.get_by_role("link", name="申请书扫描件.pdf").click()
    download = info.value
    assert download.suggested_filename == "申请书扫描件.pdf"
    assert Path(download.path()).read_bytes() == scan.read_bytes()


def test_an_executable_renamed_pdf_is_refused_beside_the_file_field(new_context, site, tmp_path):
    w = site.world
    case_no = w.register(on=date(2026, 11, 2), subject="上传可执行文件的申请")
    fake = tmp_path / "申请书.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    page.get_by_label("文件").set_input_files(str(fake))
    page.get_by_role("button", name="上传附件").click()
    expect(page.locator("#attach-file-error")).to_contain_text("不接受 Windows 可执行文件")
    expect(page.locator("#attach-file-error")).to_be_in_viewport()  # the page opens at the case file
    expect(page.get_by_label("文件")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("尚无附件。")).to_be_visible()
    shot(page, "case-attachment-refused")
