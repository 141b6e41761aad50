"""Reassignment on the web and the queue's bulk actions: per-case results, one refusal never stopping
the others, scope checked for every case."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date

from webtools import add_agency_b, set_password

from workflow.store.db import read, write
from workflow.store.repository import Repository


def second_clerk(w) -> str:
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("clerk_two", display_name="王芳"), repo.agency_id("sjj"), "clerk")
    set_password(w, "clerk_two")
    return "clerk_two"


def clerk_of(w, case_no: str) -> str:
    with read(w.engine) as conn:
        repo = Repository(conn)
        return repo.user_row(repo.load_case(case_no)["clerk_id"])["name"]


def test_the_reassign_form_requires_sign_in(web):
    case_no = web.world.register(on=date(2026, 11, 20))
    assert web.client().get(f"/cases/{case_no}/reassign").status_code == 303


def test_a_clerk_is_refused_the_reassign_form(web):
    case_no = web.world.register(on=date(2026, 11, 20))
    assert web.client(web.world.clerk).get(f"/cases/{case_no}/reassign").status_code == 403


def test_a_supervisor_reassigns_one_case_with_a_reason(web):
    w = web.world
    two = second_clerk(w)
    case_no = w.register(on=date(2026, 11, 20))
    boss = web.client(w.supervisor)
    form = boss.get(f"/cases/{case_no}/reassign").text
    assert f'value="{two}"' in form
    response = boss.post(f"/cases/{case_no}/reassign", {"clerk": two, "reason": "原经办人休假"})
    assert response.status_code == 303
    assert clerk_of(w, case_no) == two
    assert "改派经办人" in boss.get(f"/cases/{case_no}").text


def test_a_missing_reason_is_a_400_on_the_form_and_nothing_changes(web):
    w = web.world
    two = second_clerk(w)
    case_no = w.register(on=date(2026, 11, 20))
    response = web.client(w.supervisor).post(f"/cases/{case_no}/reassign", {"clerk": two, "reason": ""})
    assert response.status_code == 400 and "理由" in response.text
    assert clerk_of(w, case_no) == w.clerk


def test_another_agencys_case_is_404(web):
    w = web.world
    add_agency_b(w)
    case_no = w.register(on=date(2026, 11, 20), actor="clerk_other", agency="other")
    assert web.client(w.supervisor).get(f"/cases/{case_no}/reassign").status_code == 404


def test_bulk_reassign_reports_each_case_and_goes_on_after_a_refusal(web):
    w = web.world
    two = second_clerk(w)
    mine = [w.register(on=date(2026, 11, d)) for d in (18, 19)]
    concluded = w.register(on=date(2026, 11, 20))
    w.fire(concluded, "withdraw", date(2026, 11, 23), how="书面撤回")
    add_agency_b(w)
    foreign = w.register(on=date(2026, 11, 20), actor="clerk_other", agency="other")
    boss = web.client(w.supervisor)
    response = boss.http.post("/bulk/reassign", data={
        "csrf_token": boss.csrf, "clerk": two, "reason": "调整分工", "case": [mine[0], concluded, foreign, mine[1]]},
        headers={"Origin": "http://testserver"})
    assert response.status_code == 200
    rows = dict(re.findall(r'<tr data-case="([^"]+)" class="(ok|failed)"', response.text))
    assert rows == {mine[0]: "ok", concluded: "failed", foreign: "failed", mine[1]: "ok"}
    assert [clerk_of(w, c) for c in mine] == [two, two]
    assert clerk_of(w, foreign) == "clerk_other"


def test_bulk_reassign_is_for_supervisors_and_heads(web):
    w = web.world
    case_no = w.register(on=date(2026, 11, 20))
    clerk = web.client(w.clerk)
    response = clerk.http.post("/bulk/reassign", data={"csrf_token": clerk.csrf, "clerk": w.clerk, "reason": "x",
                                                       "case": [case_no]}, headers={"Origin": "http://testserver"})
    assert response.status_code == 403


def test_bulk_letters_zip_holds_each_selected_cases_letters_and_a_list(web):
    w = web.world
    cases = [w.register(on=date(2026, 11, d)) for d in (18, 19)]
    clerk = web.client(w.clerk)
    response = clerk.http.post("/bulk/letters", data={"csrf_token": clerk.csrf, "case": cases},
                               headers={"Origin": "http://testserver"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = archive.namelist()
    assert "清单.txt" in names
    assert all(any(n.startswith(f"{c}/") and n.endswith(".docx") for n in names) for c in cases)


def test_bulk_actions_need_a_selection_and_the_csrf_token(web):
    clerk = web.client(web.world.clerk)
    assert clerk.post("/bulk/letters", {}).status_code == 400
    assert clerk.post("/bulk/letters", {"case": "X"}, csrf=False).status_code == 403


def test_the_queue_offers_the_selection_and_the_actions(web):
    w = web.world
    w.register(on=date(2026, 11, 20))
    assert 'formaction="/bulk/reassign"' in web.client(w.supervisor).get("/").text
    clerk_page = web.client(w.clerk).get("/").text
    assert 'name="case"' in clerk_page and 'formaction="/bulk/reassign"' not in clerk_page
