"""Calendar administration: upload a year's holiday notice, see which due dates it moves, then apply it
(as ``disclosure calendar load`` does); for administrators only."""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from webtools import set_password

from workflow.store.db import read, write
from workflow.store.models import calendar_year, outbox
from workflow.store.repository import Repository

NOTICE = Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.yaml"


def admin(web) -> str:
    with write(web.world.engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("admin_sjj", display_name="管理员"), repo.agency_id("sjj"), "admin")
    set_password(web.world, "admin_sjj")
    return "admin_sjj"


def a_case_into_2027(w) -> str:
    """Due 2027-02-09 on the provisional 2027 and 2027-02-04 under the notice (tests/fixtures)."""
    w.today = date(2026, 12, 15)
    case_no = w.register(on=date(2026, 12, 10))
    w.fire(case_no, "accept", date(2026, 12, 11))
    w.fire(case_no, "extend", date(2026, 12, 14), days=20, reason="申请内容涉及大量历史档案")
    return case_no


def upload(client, content: bytes, name: str = "2027.yaml"):
    return client.http.post("/calendar/preview", data={"csrf_token": client.csrf},
                            files={"notice": (name, content, "application/x-yaml")},
                            headers={"Origin": "http://testserver"})


def loaded_years(w) -> int:
    with read(w.engine) as conn:
        return conn.execute(select(func.count()).select_from(calendar_year)).scalar_one()


def test_it_requires_sign_in(web):
    assert web.client().get("/calendar").status_code == 303


def test_it_is_for_administrators_only(web):
    clerk = web.client(web.world.clerk)
    assert clerk.get("/calendar").status_code == 403
    assert upload(clerk, NOTICE.read_bytes()).status_code == 403
    assert loaded_years(web.world) == 0


def test_it_lists_the_years_and_where_they_come_from(web):
    html = web.client(admin(web)).get("/calendar").text
    assert 'data-year="2026"' in html and "官方数据包" in html
    assert "暂定" in html


def test_the_preview_shows_the_moves_and_writes_nothing(web):
    case_no = a_case_into_2027(web.world)
    c = web.client(admin(web))
    html = upload(c, NOTICE.read_bytes()).text
    row = re.search(rf'<tr data-case="{re.escape(case_no)}">(.*?)</tr>', html, flags=re.S).group(1)
    assert "2027-02-09" in row and "2027-02-04" in row and "提前 5 天" in row
    assert loaded_years(web.world) == 0


def test_applying_loads_the_year_moves_the_due_date_and_tells_the_clerk(web):
    w = web.world
    case_no = a_case_into_2027(w)
    c = web.client(admin(web))
    spec = re.search(r'name="spec" value="([^"]+)"', upload(c, NOTICE.read_bytes()).text).group(1)
    response = c.post("/calendar/apply", {"spec": html.unescape(spec)})
    assert response.status_code == 303
    assert loaded_years(w) == 1
    assert w.clock(case_no, "reply").due_on == date(2027, 2, 4)
    with read(w.engine) as conn:
        assert conn.execute(select(func.count()).select_from(outbox).where(outbox.c.kind == "recompute")).scalar_one() == 1


def test_a_bad_file_is_one_line_that_names_the_upload_not_a_server_path(web):
    c = web.client(admin(web))
    response = upload(c, b"year: 2027\nsource: x\nholidays: {}\n", name="明年.yaml")
    assert response.status_code == 400
    error = re.search(r'<p class="error" role="alert">(.*?)</p>', response.text).group(1)
    assert "明年.yaml" in error and "/tmp" not in error


def test_applying_needs_the_csrf_token(web):
    c = web.client(admin(web))
    assert c.post("/calendar/apply", {"spec": "{}"}, csrf=False).status_code == 403
