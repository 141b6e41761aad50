"""Online intake: an intake token registers online applications at its agency (201 with the case
number and a 查询码) and can do nothing else (403); the status lookup needs no token, tells the four
public facts only, answers an unknown case and a wrong code alike (404) and stops a guessing address
(429 with Retry-After)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import select
from webtools import ORIGIN, add_agency_b

from workflow.accounts.intake import ALPHABET, LENGTH
from workflow.accounts.tokens import create_intake_token, create_token
from workflow.cli import cli, main
from workflow.errors import ValidationError
from workflow.store.db import read, write
from workflow.store.models import app_user, intake_code, security_log
from workflow.web.api.ratelimit import FailureBudget
from workflow.web.app import create_app

APPLICATION = {
    "confirmed": "2026-11-24",
    "applicant_type": "natural_person",
    "applicant_name": "王小明",
    "phone": "13812345678",
    "subject": "本机关2025年度部门预算",
}
SUBMIT = "/api/v1/intake/applications"
STATUS = "/api/v1/intake/status"


def _intake(api, agency: str | None = None):
    with write(api.world.engine) as conn:
        _, token, _ = create_intake_token(conn, agency or api.world.agency, name="门户网站", via="test")
    return api.anonymous({"Authorization": f"Bearer {token}"})


def _submit(api, client=None, data=None, key=None):
    headers = {"Idempotency-Key": key} if key else {}
    return (client or _intake(api)).post(SUBMIT, json={"data": data or APPLICATION}, headers=headers)


def test_an_intake_token_registers_an_online_application_received_on_the_websites_date(api):
    w = api.world
    response = _submit(api)
    assert response.status_code == 201, response.text
    body = response.json()
    case = w.case(body["case_no"])
    assert case["channel"] == "online" and str(case["received_on"]) == "2026-11-24" == body["received"]
    assert case["agency_id"] and w.events(body["case_no"])[0]["role"] == "intake"
    assert case["clerk_id"] is None  # it waits in the 待分配 tab for a clerk
    assert len(body["query_code"]) == LENGTH and set(body["query_code"]) <= set(ALPHABET)
    with read(w.engine) as conn:
        stored = conn.execute(select(intake_code)).mappings().one()
    assert body["query_code"] not in (stored["code_hash"], stored["salt"]) and len(stored["code_hash"]) == 64


def test_the_query_code_opens_the_public_status_and_nothing_else(api):
    body = _submit(api).json()
    response = api.anonymous().get(STATUS, params={"case_no": body["case_no"], "code": body["query_code"]})
    assert response.status_code == 200
    due = api.world.clock(body["case_no"], "reply").due_on
    assert due.isoformat() == "2026-12-22"  # 20 working days after the website's date (Art. 33)
    assert response.json() == {
        "received": "2026-11-24",
        "state_label": "已登记",
        "due": "2026-12-22",
        "replied": False,
    }
    assert "王小明" not in response.text and "138" not in response.text
    assert response.headers["cache-control"] == "no-store"


def test_the_code_may_be_typed_in_lower_case_with_spaces(api):
    body = _submit(api).json()
    typed = " ".join([body["query_code"][:5].lower(), body["query_code"][5:]])
    assert api.anonymous().get(STATUS, params={"case_no": body["case_no"], "code": typed}).status_code == 200


def test_an_unknown_case_and_a_wrong_code_get_the_same_404(api):
    body = _submit(api).json()
    wrong = api.anonymous().get(STATUS, params={"case_no": body["case_no"], "code": "ABCDEFGHJK"})
    unknown = api.anonymous().get(STATUS, params={"case_no": "SJJ-2026-9999", "code": body["query_code"]})
    counter = api.world.register()  # registered at the counter: it has no code
    other = api.anonymous().get(STATUS, params={"case_no": counter, "code": body["query_code"]})
    assert wrong.status_code == unknown.status_code == other.status_code == 404
    assert wrong.json() == unknown.json() == other.json()
    with read(api.world.engine) as conn:
        logged = conn.execute(
            select(security_log.c.remote).where(security_log.c.kind == "intake_code_failed")
        ).all()
    assert len(logged) == 3


def test_the_status_lookup_wants_both_parameters(api):
    response = api.anonymous().get(STATUS, params={"case_no": "SJJ-2026-0001"})
    assert response.status_code == 422 and response.json()["field"] == "code"


def test_wrong_codes_from_one_address_are_stopped_with_429_and_retry_after(api):
    w = api.world
    app = create_app(w.services, {"secret_key": "test-secret", "intake_wrong_codes_per_hour": 3})
    body = _submit(api).json()
    with TestClient(app, base_url=ORIGIN) as c:
        tries = [
            c.get(STATUS, params={"case_no": body["case_no"], "code": f"WRONG{i}"}).status_code
            for i in range(3)
        ]
        right = c.get(STATUS, params={"case_no": body["case_no"], "code": body["query_code"]})
    assert tries == [404, 404, 404]
    assert right.status_code == 429 and right.json()["code"] == "rate_limited"
    assert int(right.headers["retry-after"]) == 1200  # one wrong code forgiven every 20 minutes


def test_the_budget_of_wrong_codes_is_per_address_and_refills():
    now = [0.0]
    budget = FailureBudget(3, clock=lambda: now[0])
    for _ in range(3):
        budget.failed("10.0.0.1")
    assert budget.wait_for("10.0.0.1") == 1200 and budget.wait_for("10.0.0.2") == 0
    now[0] += 1200
    assert budget.wait_for("10.0.0.1") == 0


def test_an_intake_token_gets_403_on_every_other_endpoint(api):
    w = api.world
    case_no = w.register()
    intake = _intake(api)
    for url in (
        "/api/v1/cases",
        f"/api/v1/cases/{case_no}",
        f"/api/v1/cases/{case_no}/events",
        f"/api/v1/cases/{case_no}/deadlines",
        f"/api/v1/cases/{case_no}/triggers",
        f"/api/v1/cases/{case_no}/letters/acknowledgement",
        "/api/v1/cases/SJJ-2026-9999",
    ):
        response = intake.get(url)
        assert response.status_code == 403, url
        assert response.json()["code"] == "forbidden" and response.json()["errors"] == []
    register = intake.post(
        "/api/v1/cases", json={"data": {**APPLICATION, "agency": w.agency, "channel": "online"}}
    )
    fire = intake.post(
        f"/api/v1/cases/{case_no}/events", json={"trigger": "accept"}, headers={"If-Match": '"1"'}
    )
    assert register.status_code == fire.status_code == 403


def test_only_an_intake_token_may_submit_and_none_is_401(api):
    w = api.world
    assert _submit(api, api.client(w.clerk).http).status_code == 403
    assert _submit(api, api.anonymous()).status_code == 401


def test_a_token_of_the_intake_user_can_only_be_an_intake_token(api):
    _intake(api)
    with write(api.world.engine) as conn:
        try:
            create_token(conn, f"intake-{api.world.agency}", via="test")
        except ValidationError as exc:
            assert "--intake" in str(exc)
        else:
            raise AssertionError("a plain token of the intake user was made")


def test_the_application_goes_to_the_tokens_agency_and_another_agencys_clerk_gets_404(api):
    w = api.world
    add_agency_b(w)
    body = _submit(api, _intake(api, "other")).json()
    assert body["case_no"].startswith("OTH-")
    assert api.client(w.clerk).get(f"/api/v1/cases/{body['case_no']}").status_code == 404
    assert api.client("clerk_other").get(f"/api/v1/cases/{body['case_no']}").status_code == 200


def test_the_agency_and_channel_cannot_be_chosen_and_each_wrong_field_is_named(api):
    w = api.world
    before = w.snapshot()
    response = _submit(
        api,
        data={
            **APPLICATION,
            "agency": "other",
            "channel": "in_person",
            "applicant_name": "",
            "confirmed": "2026-11-26",
        },
    )
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert fields == {"data.agency", "data.channel", "data.applicant_name", "data.confirmed"}
    assert w.snapshot() == before


def test_the_websites_date_is_required(api):
    response = _submit(api, data={k: v for k, v in APPLICATION.items() if k != "confirmed"})
    assert response.status_code == 422 and response.json()["field"] == "data.confirmed"


def test_a_body_that_is_not_json_is_400(api):
    response = _intake(api).post(SUBMIT, content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["code"] == "bad_json"


def test_a_retry_with_the_same_key_registers_once_and_gives_a_new_code(api):
    w = api.world
    intake = _intake(api)
    first = _submit(api, intake, key="form-0001")
    again = _submit(api, intake, key="form-0001")
    assert first.status_code == again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert again.json()["case_no"] == first.json()["case_no"]
    assert again.json()["query_code"] != first.json()["query_code"]
    lookup = api.anonymous()
    old = lookup.get(STATUS, params={"case_no": first.json()["case_no"], "code": first.json()["query_code"]})
    new = lookup.get(STATUS, params={"case_no": first.json()["case_no"], "code": again.json()["query_code"]})
    assert old.status_code == 404 and new.status_code == 200
    with read(w.engine) as conn:
        assert len(conn.execute(select(intake_code)).all()) == 1
    other = _submit(api, intake, data={**APPLICATION, "subject": "另一件"}, key="form-0001")
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_a_replied_application_says_so_and_shows_no_due_date(api):
    w = api.world
    body = _submit(api).json()
    w.fire(body["case_no"], "withdraw", w.today, how="网上撤回")
    status = (
        api.anonymous().get(STATUS, params={"case_no": body["case_no"], "code": body["query_code"]}).json()
    )
    assert status["replied"] is True and status["due"] is None


def test_token_create_intake_makes_a_token_that_submits_to_that_agency_only(api, db_url):
    w = api.world
    result = CliRunner().invoke(
        cli,
        ["--db", db_url, "--json", "token", "create", "--intake", w.agency, "--name", "门户网站"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed["intake_agency"] == w.agency and printed["user"] == f"intake-{w.agency}"
    client = api.anonymous({"Authorization": f"Bearer {printed['token']}"})
    assert _submit(api, client).status_code == 201 and client.get("/api/v1/cases").status_code == 403
    listed = json.loads(CliRunner().invoke(cli, ["--db", db_url, "--json", "token", "list"]).output)
    assert [(t["name"], t["intake_agency"]) for t in listed] == [("门户网站", w.agency)]


def test_token_create_wants_a_user_or_intake_but_not_both(api, db_url, monkeypatch, capsys):
    for args in ([], [api.world.clerk, "--intake", api.world.agency]):
        monkeypatch.setattr("sys.argv", ["disclosure", "--db", db_url, "token", "create", *args])
        with pytest.raises(SystemExit) as done:
            main()
        assert done.value.code == 2 and "--intake" in capsys.readouterr().err


def test_the_intake_role_makes_no_agency_visible_to_the_one_scope_function(api):
    from workflow.web.scope import visible_agencies

    _intake(api)
    with read(api.world.engine) as conn:
        user_id = conn.execute(
            select(app_user.c.id).where(app_user.c.name == f"intake-{api.world.agency}")
        ).scalar()
        scope = visible_agencies(conn, user_id)
    assert scope.agency_ids == frozenset() and scope.can_register_at() == []
