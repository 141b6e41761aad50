"""In a real browser: a clerk corrects a registration from the case page (更正登记信息): the form opens
on the registration as it is, the corrected date of receipt moves the reply's due date, and the
timeline shows each value before → after; screenshots of the form and of the timeline."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from browser import shot, sign_in
from helpers import VALID_ID_NUMBER
from playwright.sync_api import expect


def test_a_clerk_corrects_the_date_of_receipt_from_the_case_page(new_context, site):
    w = site.world
    case_no = w.register(on=date(2026, 11, 16), applicant_name="赵六", id_number=VALID_ID_NUMBER)
    w.fire(case_no, "accept", date(2026, 11, 17))
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    page.get_by_role("link", name="更正登记信息", exact=True).click()
    expect(page.get_by_label("申请人姓名或名称")).to_have_value("赵六")
    expect(page.get_by_label("提交日期")).to_have_value("2026-11-16")
    page.get_by_label("提交日期").fill("2026-11-13")
    page.get_by_label("申请人姓名或名称").fill("赵陆")
    page.get_by_label("更正理由").fill("申请书落款日期与姓名登记有误")
    shot(page, "amend-form")
    page.locator("form.trigger-form button[type=submit]").click()
    timeline = page.locator("ol.timeline li").first
    expect(timeline).to_contain_text("更正登记信息")
    expect(timeline).to_contain_text("2026-11-16 → 2026-11-13")
    expect(timeline).to_contain_text("赵六 → 赵陆")
    expect(timeline).to_contain_text("答复期限")
    timeline.scroll_into_view_if_needed()
    shot(page, "amend-timeline")
    assert w.case(case_no)["received_on"] == date(2026, 11, 13)
