"""In a real browser: the supervisor's screen (督办), a figure followed to the queue it counts, an Excel
export of that queue; screenshots of the screen."""

from __future__ import annotations

from datetime import date

from browser import shot, sign_in
from openpyxl import load_workbook
from playwright.sync_api import expect


def test_a_supervisor_follows_the_overdue_figure_to_the_queue_and_exports_it(new_context, site):
    w = site.world
    late = w.register(on=date(2026, 10, 9), subject="逾期未答复的申请")
    w.register(on=date(2026, 10, 30), subject="本周到期的申请")
    w.register(on=date(2026, 11, 20), subject="新收到的申请")
    page = new_context().new_page()
    sign_in(page, w.supervisor)
    page.get_by_role("link", name="督办").click()
    expect(page.get_by_role("heading", name="督办", exact=True)).to_be_visible()
    expect(page.locator(f'#overdue ~ table tr[data-case="{late}"]')).to_be_visible()
    expect(page.locator("svg.bars rect").first).to_be_visible()
    shot(page, "supervision")
    page.locator('tr[data-agency="sjj"] td.alarm a').click()
    expect(page.get_by_role("link", name="已逾期")).to_have_attribute("aria-current", "page")
    expect(page.locator(f'tr[data-case="{late}"]')).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Excel").click()
    with open(download.value.path(), "rb") as saved:  # the saved download has no .xlsx suffix
        sheet = load_workbook(saved).active
    cases = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert late in cases and all(case.startswith("SJJ-") for case in cases)


def test_a_clerk_is_not_offered_the_supervisors_screen(new_context, site):
    page = new_context().new_page()
    sign_in(page, site.world.clerk)
    nav = page.get_by_role("navigation", name="主导航")
    expect(nav.get_by_role("link", name="待办", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="督办")).to_have_count(0)


def test_the_report_screen_opens_the_cases_behind_a_figure(new_context, site):
    w = site.world
    made = w.register(on=date(2025, 5, 6), subject="上年度的申请")
    page = new_context().new_page()
    sign_in(page, w.head)
    page.goto("/reports?year=2025&agency=sjj")
    expect(page.get_by_role("heading", name="三、收到和处理政府信息公开申请情况")).to_be_visible()
    shot(page, "report")
    page.locator("table.table3 a").first.click()
    expect(page.locator(f'tr[data-case="{made}"]')).to_be_visible()
