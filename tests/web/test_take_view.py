"""领取: a clerk of the agency takes an online application no clerk has been given, from its case page.
The take is a ``reassign`` event in the case's chain; a case that has its clerk is not taken."""

from __future__ import annotations

from datetime import date

from webtools import add_agency_b, set_password

from workflow.store.db import read, write
from workflow.store.repository import Repository

ON = date(2026, 11, 24)


def online(w, agency: str | None = None) -> str:
    return w.register_online(ON, agency)


def clerk_of(w, case_no: str) -> str | None:
    with read(w.engine) as conn:
        repo = Repository(conn)
        clerk_id = repo.load_case(case_no)["clerk_id"]
        return repo.user_row(clerk_id)["name"] if clerk_id else None


def test_it_lets_a_clerk_take_an_online_application(web):
    w = web.world
    case_no = online(w)
    clerk = web.client(w.clerk)
    page = clerk.get(f"/cases/{case_no}").text
    assert "领取（由我经办）" in page and "<dd>待分配</dd>" in page
    response = clerk.post(f"/cases/{case_no}/take", {"version": str(w.case(case_no)["version"])})
    assert response.status_code == 303 and response.headers["location"].endswith("?taken=1")
    assert clerk_of(w, case_no) == w.clerk
    events = w.events(case_no)
    assert events[-1]["trigger"] == "reassign" and events[-1]["role"] == "clerk"
    assert "领取（由我经办）" not in clerk.get(f"/cases/{case_no}").text


def test_it_refuses_a_case_that_has_its_clerk(web):
    w = web.world
    case_no = w.register(on=ON)
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user("clerk_two"), repo.agency_id(w.agency), "clerk")
    before = w.case(case_no)["version"]
    assert "领取（由我经办）" not in web.client(w.clerk).get(f"/cases/{case_no}").text
    set_password(w, "clerk_two")
    assert web.client("clerk_two").post(f"/cases/{case_no}/take", {}).status_code == 403
    assert clerk_of(w, case_no) == w.clerk and w.case(case_no)["version"] == before


def test_it_requires_the_clerk_role(web):
    w = web.world
    case_no = online(w)
    reviewer = web.client(w.reviewer)
    assert "领取（由我经办）" not in reviewer.get(f"/cases/{case_no}").text
    assert reviewer.post(f"/cases/{case_no}/take", {}).status_code == 403
    assert clerk_of(w, case_no) is None


def test_a_stale_version_is_409(web):
    w = web.world
    case_no = online(w)
    version = w.case(case_no)["version"]
    w.services.cases.reassign(case_no, w.clerk, w.head, "网上申请分办")
    response = web.client(w.clerk).post(f"/cases/{case_no}/take", {"version": str(version)})
    assert response.status_code == 409


def test_it_requires_sign_in_and_the_csrf_token(web):
    w = web.world
    case_no = online(w)
    anonymous = web.client().post(f"/cases/{case_no}/take", {}, csrf=False)
    assert anonymous.status_code == 303 and "/signin" in anonymous.headers["location"]
    assert web.client(w.clerk).post(f"/cases/{case_no}/take", {}, csrf=False).status_code == 403
    assert clerk_of(w, case_no) is None


def test_it_rejects_get(web):
    w = web.world
    assert web.client(w.clerk).get(f"/cases/{online(w)}/take").status_code == 405


def test_another_agencys_case_is_404(web):
    w = web.world
    add_agency_b(w)
    case_no = online(w, "other")
    assert web.client(w.clerk).post(f"/cases/{case_no}/take", {}).status_code == 404
    assert clerk_of(w, case_no) is None
