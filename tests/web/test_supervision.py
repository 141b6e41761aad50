"""The supervisor's screen (督办): figures that match the queue they link to, overdue cases, retries
of undelivered notices, and the year's charts; for supervisors and heads only, within their scope."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from sqlalchemy import insert, select
from webtools import add_agency_b, set_password

from workflow.store.db import read, write
from workflow.store.models import outbox
from workflow.store.repository import Repository


def figures(html: str, row: str) -> dict[str, str]:
    """The figure links of one table row (data-agency or data-clerk), by the tab they open."""
    found = re.search(rf'<tr data-{row}>(.*?)</tr>', html, flags=re.S)
    assert found, row
    return {(re.search(r"tab=(\w+)", href) or [None, "all"])[1]: href
            for href in re.findall(r'<a href="([^"]+)">\d+</a>', found.group(1))}


def queue_total(client, href: str) -> int:
    html = client.get(href.replace("&amp;", "&")).text
    return int(re.search(r'id="queue-total">共 <strong>(\d+)</strong>', html).group(1))


def a_week(w) -> dict[str, str]:
    """Cases of every kind as of 2026-11-25 (a Wednesday; the week ends on 29 November)."""
    return {
        "overdue": w.register(on=date(2026, 10, 9)),
        "this_week": w.register(on=date(2026, 10, 30)),  # 20 working days: due 2026-11-27
        "later": w.register(on=date(2026, 11, 20)),
    }


def test_it_requires_sign_in(web):
    assert web.client().get("/supervision").status_code == 303


def test_it_refuses_a_clerk(web):
    assert web.client(web.world.clerk).get("/supervision").status_code == 403


def test_the_nav_offers_it_only_to_supervisors_and_heads(web):
    assert 'href="/supervision"' in web.client(web.world.supervisor).get("/").text
    assert 'href="/supervision"' in web.client(web.world.head).get("/").text
    assert 'href="/supervision"' not in web.client(web.world.clerk).get("/").text


def test_each_figure_links_to_the_queue_showing_exactly_those_cases(web):
    w = web.world
    a_week(w)
    boss = web.client(w.supervisor)
    html = boss.get("/supervision").text
    links = figures(html, 'agency="sjj"')
    assert set(links) == {"all", "thisweek", "overdue"}
    assert queue_total(boss, links["all"]) == 3
    assert queue_total(boss, links["thisweek"]) == 1
    assert queue_total(boss, links["overdue"]) == 1
    clerk_links = figures(html, f'clerk="{w.clerk}"')
    assert queue_total(boss, clerk_links["overdue"]) == 1


def test_a_supervisor_sees_subordinate_agencies_and_not_others(web):
    w = web.world
    with write(w.engine) as conn:
        repo = Repository(conn)
        below = repo.add_agency("sub", "下属机关", "SUB", parent_code=w.agency)
        repo.grant_role(repo.add_user("clerk_sub", display_name="赵六"), below, "clerk")
    set_password(w, "clerk_sub")
    add_agency_b(w)
    w.register(on=date(2026, 11, 2), actor="clerk_sub", agency="sub")
    w.register(on=date(2026, 11, 2), actor="clerk_other", agency="other")
    html = web.client(w.supervisor).get("/supervision").text
    assert 'data-agency="sub"' in html and "下属机关" in html
    assert 'data-agency="other"' not in html and "另一机关" not in html


def test_it_lists_the_overdue_cases_with_working_days_over_and_the_last_action(web):
    w = web.world
    late = a_week(w)["overdue"]
    html = web.client(w.supervisor).get("/supervision").text
    row = re.search(rf'<tr class="overdue" data-case="{re.escape(late)}">(.*?)</tr>', html, flags=re.S).group(1)
    # received Friday 2026-10-09; Saturday 10-10 is a make-up working day, so the 20th working day
    # is Thursday 2026-11-05; by Wednesday 2026-11-25 that is 14 working days past
    assert "2026-11-05" in row and "14 个工作日" in row
    assert "登记" in row and "register" not in row


def failed_message(w, case_no: str) -> int:
    with write(w.engine) as conn:
        case_id = Repository(conn).load_case(case_no)["id"]
        now = datetime.now(UTC)
        return conn.execute(insert(outbox).values(
            idempotency_key=f"alert:{case_no}", kind="alert", case_id=case_id, channel="wecom", template="t",
            context={}, subject="逾期提醒", status="failed", attempts=8, next_attempt_at=now, created_at=now,
            last_error="HTTP 500 from https://qyapi.weixin.qq.com/send?key=SECRET")).inserted_primary_key[0]


def status_of(w, message_id: int) -> str:
    with read(w.engine) as conn:
        return conn.execute(select(outbox.c.status).where(outbox.c.id == message_id)).scalar_one()


def test_it_shows_undelivered_notices_without_their_credentials_and_retries_one(web):
    w = web.world
    message = failed_message(w, w.register(on=date(2026, 11, 2)))
    boss = web.client(w.supervisor)
    html = boss.get("/supervision").text
    assert f'data-message="{message}"' in html and "SECRET" not in html
    response = boss.post(f"/supervision/messages/{message}/retry")
    assert response.status_code == 303
    assert status_of(w, message) == "pending"


def test_a_retry_needs_the_csrf_token(web):
    w = web.world
    message = failed_message(w, w.register(on=date(2026, 11, 2)))
    assert web.client(w.supervisor).post(f"/supervision/messages/{message}/retry", csrf=False).status_code == 403
    assert status_of(w, message) == "failed"


def test_a_retry_of_another_agencys_message_is_404(web):
    w = web.world
    add_agency_b(w)
    message = failed_message(w, w.register(on=date(2026, 11, 2), actor="clerk_other", agency="other"))
    assert web.client(w.supervisor).post(f"/supervision/messages/{message}/retry").status_code == 404
    assert status_of(w, message) == "failed"


def test_it_draws_the_year_by_month_and_channel_as_svg(web):
    w = web.world
    a_week(w)
    html = web.client(w.supervisor).get("/supervision").text
    svg = re.search(r"<svg[^>]*class=\"bars\".*?</svg>", html, flags=re.S).group(0)
    titles = re.findall(r"<title>(.*?)</title>", svg)
    assert "10月 当面提交：2 件" in titles and "11月 当面提交：1 件" in titles
