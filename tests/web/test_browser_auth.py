"""In a real browser: sign-in, a wrong password, the lockout, the idle timeout, scope (404)."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import quote

from browser import sign_in
from playwright.sync_api import expect
from sqlalchemy import select, update
from webtools import set_password

from workflow.store.db import write
from workflow.store.models import web_session
from workflow.store.repository import Repository


def test_a_clerk_signs_in_and_lands_on_the_queue(new_context, site):
    page = new_context().new_page()
    page.goto("/")
    expect(page).to_have_url(f"{site.base}/signin?next=/")
    sign_in(page, site.world.clerk)
    expect(page.get_by_role("heading", name="待办案件")).to_be_visible()
    expect(page.locator("header")).to_contain_text(site.world.clerk)


def test_a_wrong_password_says_so_and_stays_on_the_sign_in_page(new_context, site):
    page = new_context().new_page()
    sign_in(page, site.world.clerk, "not the password")
    expect(page.locator("#signin-error")).to_have_text("用户名或密码错误。")
    expect(page.get_by_label("用户名")).to_have_value(site.world.clerk)


def test_five_wrong_passwords_lock_the_account(new_context, site):
    with write(site.world.engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("locked_clerk"), repo.agency_id(site.world.agency), "clerk")
    set_password(site.world, "locked_clerk")
    page = new_context().new_page()
    for _ in range(5):
        sign_in(page, "locked_clerk", "wrong")
    expect(page.locator("#signin-error")).to_contain_text("账户已暂时锁定")
    sign_in(page, "locked_clerk")  # the right password, while locked
    expect(page.locator("#signin-error")).to_contain_text("账户已暂时锁定")


def test_an_idle_session_ends_and_the_sign_in_page_says_why(new_context, site):
    page = new_context().new_page()
    sign_in(page, site.world.reviewer)
    expect(page.get_by_role("heading", name="待办案件")).to_be_visible()
    with write(site.world.engine) as conn:  # as if 31 minutes had passed
        for sid, seen in conn.execute(select(web_session.c.id, web_session.c.last_seen_at)
                                      .where(web_session.c.ended_at.is_(None))).all():
            conn.execute(update(web_session).where(web_session.c.id == sid)
                         .values(last_seen_at=seen - timedelta(minutes=31)))
    page.reload()
    expect(page.locator(".notice")).to_contain_text("较长时间未操作")
    expect(page.get_by_label("密码")).to_be_visible()


def test_a_clerk_of_agency_b_gets_404_on_agency_as_case(new_context, site):
    case_no = site.world.register(on=date(2026, 11, 2))
    page = new_context().new_page()
    sign_in(page, "clerk_other")
    expect(page.get_by_role("heading", name="待办案件")).to_be_visible()
    response = page.goto(f"/cases/{quote(case_no)}")
    assert response.status == 404
    expect(page.get_by_role("heading", name="未找到")).to_be_visible()
    assert case_no not in page.content().split("<main", 1)[1]
