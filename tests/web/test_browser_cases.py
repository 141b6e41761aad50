"""In a real browser: the queue's tabs and order, registering through the form, a case carried from
acceptance to sign-off through the trigger forms, a field error, a conflict between two browsers, a
docx letter opened with python-docx; screenshots of the queue, the case page and a trigger form."""

from __future__ import annotations

import contextlib
import io
import re
from datetime import date
from urllib.parse import quote

import docx
from browser import ARGS, CHROMIUM, VIEWPORT, Guard, shot, sign_in
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect


def _queue_cases(page) -> list[str]:
    return page.locator("table.queue tbody tr[data-case]").evaluate_all(
        "rows => rows.map(r => r.dataset.case)")


def _fire(page, case_no: str, trigger_label: str, fill: dict[str, str] | None = None,
          select: dict[str, str] | None = None) -> None:
    page.goto(f"/cases/{quote(case_no)}")
    page.get_by_role("link", name=trigger_label, exact=True).click()
    for label, value in (select or {}).items():
        page.get_by_label(label).select_option(value)
    for label, value in (fill or {}).items():
        page.get_by_label(label).fill(value)
    page.locator("form.trigger-form button[type=submit]").click()


def test_the_queue_is_sorted_by_due_date_and_its_tabs_filter(new_context, site):
    w = site.world
    late = w.register(on=date(2026, 10, 9), subject="逾期的申请")
    soon = w.register(on=date(2026, 11, 2), subject="即将到期的申请")
    fresh = w.register(on=date(2026, 11, 24), subject="新收到的申请")
    page = new_context().new_page()
    sign_in(page, w.clerk)
    expect(page.get_by_role("heading", name="待办案件")).to_be_visible()
    order = [c for c in _queue_cases(page) if c in (late, soon, fresh)]
    assert order == [late, soon, fresh]
    expect(page.locator(f'tr[data-case="{late}"]')).to_have_class(re.compile("overdue"))
    shot(page, "queue")
    page.get_by_role("link", name="已逾期").click()
    expect(page.get_by_role("link", name="已逾期")).to_have_attribute("aria-current", "page")
    assert late in _queue_cases(page) and soon not in _queue_cases(page)
    page.get_by_role("link", name="3个工作日内到期").click()
    expect(page.locator(f'tr[data-case="{soon}"]')).to_be_visible()
    assert late not in _queue_cases(page) and fresh not in _queue_cases(page)
    page.get_by_role("link", name="全部待办").click()
    page.get_by_label("搜索").fill(soon.split("-", 1)[1].replace("-", "－"))  # no prefix, full-width dash
    page.get_by_role("button", name="筛选").click()
    expect(page.locator("#queue-total")).to_contain_text("共 1 件")
    assert _queue_cases(page) == [soon]


def test_registering_through_the_form_shows_the_number_and_the_acknowledgement(new_context, site):
    page = new_context().new_page()
    sign_in(page, site.world.clerk)
    page.get_by_role("link", name="登记新申请").click()
    expect(page.get_by_label("签收日期")).to_be_hidden()
    page.get_by_label("申请方式").select_option("post_signed")
    expect(page.get_by_label("签收日期")).to_be_visible()
    expect(page.get_by_label("双方确认日期")).to_be_hidden()
    page.get_by_label("提交日期").fill("2026-11-20")
    page.get_by_label("签收日期").fill("2026-11-23")
    page.get_by_label("申请人类型").select_option("natural_person")
    page.get_by_label("申请人姓名或名称").fill("赵六")
    page.get_by_label("身份证号码").fill("110105194912310021")
    expect(page.locator("#id-check")).to_contain_text("校验位错误")
    page.get_by_label("身份证号码").fill("11010519491231002X")
    expect(page.locator("#id-check")).to_contain_text("校验通过")
    page.get_by_label("所需政府信息").fill("本区2026年安全生产检查计划")
    page.get_by_role("button", name="登记", exact=True).click()
    expect(page.locator("#done-notice")).to_contain_text("已登记，案件编号")
    expect(page.locator("#done-notice a.download")).to_be_visible()
    case_no = page.locator("h1").inner_text()
    assert site.world.case(case_no)["signed_for_on"] == date(2026, 11, 23)
    count = len(site.world.events(case_no))
    page.go_back()  # back to the form: nothing is submitted again (post-redirect-get)
    page.go_forward()
    expect(page.locator("h1")).to_have_text(case_no)
    assert len(site.world.events(case_no)) == count


def test_a_case_goes_from_acceptance_to_sign_off_through_the_forms(new_context, site):
    w = site.world
    case_no = w.register(on=date(2026, 11, 16))
    clerk = new_context().new_page()
    sign_in(clerk, w.clerk)
    _fire(clerk, case_no, "受理")
    expect(clerk.locator(".state-badge")).to_have_text("审核办理中")
    clerk.goto(f"/cases/{quote(case_no)}")
    clerk.get_by_role("link", name="拟定答复意见", exact=True).click()
    expect(clerk.get_by_label("办理日期")).to_have_value(w.today.isoformat())
    clerk.get_by_label("办理结果").select_option("disclosed")
    clerk.get_by_label("答复依据").select_option("provided")
    shot(clerk, "trigger-form")
    clerk.locator("form.trigger-form button[type=submit]").click()
    expect(clerk.locator(".state-badge")).to_have_text("保密审查中")
    reviewer = new_context().new_page()
    sign_in(reviewer, w.reviewer)
    _fire(reviewer, case_no, "保密审查通过", fill={"审查意见": "不涉密"})
    expect(reviewer.locator(".state-badge")).to_have_text("待签发")
    head = new_context().new_page()
    sign_in(head, w.head)
    _fire(head, case_no, "签发答复")
    expect(head.locator(".state-badge")).to_have_text("已答复")
    expect(head.locator("#done-notice a.download")).to_contain_text("下载《")
    head.locator("#explain summary").click()
    expect(head.locator("#explain")).to_contain_text("法定期限")
    shot(head, "case-page")
    assert w.state(case_no) == "replied"
    assert [e["actor"] for e in w.events(case_no)][1:] == [w.clerk, w.clerk, w.reviewer, w.head]


def test_a_validation_error_is_shown_on_its_field(new_context, site):
    w = site.world
    case_no = w.register(on=date(2026, 11, 16))
    w.fire(case_no, "accept", date(2026, 11, 17))
    page = new_context().new_page()
    sign_in(page, w.head)
    _fire(page, case_no, "延期答复", fill={"延长工作日数": "30"})
    expect(page.locator("#err-days")).to_contain_text("不得大于 20")
    expect(page.locator("#err-reason")).to_contain_text("请填写延期理由")
    expect(page.get_by_label("延长工作日数")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("延长工作日数")).to_have_value("30")
    assert w.case(case_no)["extension_days"] == 0


def test_two_browsers_on_one_case_the_second_is_told_who_changed_it(new_context, site):
    w = site.world
    case_no = w.register(on=date(2026, 11, 16))
    w.fire(case_no, "accept", date(2026, 11, 17))
    first = new_context().new_page()
    second = new_context().new_page()
    sign_in(first, w.clerk)
    sign_in(second, w.head)
    first.goto(f"/cases/{quote(case_no)}/do/decide")
    second.goto(f"/cases/{quote(case_no)}/do/extend")
    second.get_by_label("延长工作日数").fill("10")
    second.get_by_label("延期理由").fill("需调取档案")
    second.locator("form.trigger-form button[type=submit]").click()
    expect(second.locator(".state-badge")).to_have_text("审核办理中")
    first.get_by_label("办理结果").select_option("unavailable_not_held")
    first.get_by_label("答复依据").select_option("not_exist")
    first.locator("form.trigger-form button[type=submit]").click()
    expect(first.locator("#conflict")).to_contain_text(f"此案件已被 {w.head}")
    assert w.state(case_no) == "in_review"
    first.locator("form.trigger-form button[type=submit]").click()  # resubmitted on the reloaded version
    expect(first.locator(".state-badge")).to_have_text("待签发")


def test_a_docx_letter_downloads_and_opens_with_python_docx(new_context, site):
    w = site.world
    case_no = w.register(on=date(2026, 11, 16), applicant_name="钱七")
    page = new_context().new_page()
    sign_in(page, w.clerk)
    page.goto(f"/cases/{quote(case_no)}")
    with page.expect_download() as info:
        page.get_by_role("link", name="Word (docx)").first.click()
    with open(info.value.path(), "rb") as f:
        data = f.read()
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)
    assert "钱七" in text


def test_a_request_to_another_host_is_blocked_and_recorded(browser, site):
    context = browser.new_context(viewport=VIEWPORT, base_url=site.base)
    guard = Guard(site.base)
    guard.attach(context)
    page = context.new_page()
    page.goto("/signin")
    with contextlib.suppress(PlaywrightError):  # the navigation is aborted by the guard
        page.goto("http://example.invalid/x")
    context.close()
    assert guard.foreign == ["http://example.invalid/x"]
    assert CHROMIUM and ARGS  # the same browser and flags as every other test
