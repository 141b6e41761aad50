"""In a real browser: an online application waits in the 待分配 tab; a clerk opens it, takes it
(领取) and finds it under 我经办的; screenshots of the case before and after."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from browser import shot, sign_in
from playwright.sync_api import expect


def test_a_clerk_takes_an_online_application_from_the_unassigned_tab(new_context, site):
    w = site.world
    on = date(2026, 11, 24)
    case_no = w.register_online(on, subject="本街道2026年老旧小区改造名单")
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto("/?tab=unassigned")
    page.get_by_role("link", name=case_no).click()
    expect(page.get_by_role("button", name="领取（由我经办）")).to_be_visible()
    shot(page, "take-before")
    page.get_by_role("button", name="领取（由我经办）").click()
    expect(page.get_by_role("status")).to_have_text("已领取，本件由您经办。")
    expect(page.get_by_role("button", name="领取（由我经办）")).to_have_count(0)
    shot(page, "take-after")
    page.goto("/?tab=mine")
    expect(page.get_by_role("link", name=case_no)).to_be_visible()
    page.goto(f"/?tab=unassigned&q={quote(case_no)}")
    expect(page.get_by_role("link", name=case_no)).to_have_count(0)
