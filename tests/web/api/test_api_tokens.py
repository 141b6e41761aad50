"""Bearer tokens: created on the command line and printed once, stored hashed, listed without the
token, revoked at once; a token acts as its user with the user's roles and scope."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from workflow.accounts.users import disable_user
from workflow.cli import cli, main
from workflow.store.db import read, write
from workflow.store.models import api_token, security_log


def _run(db_url: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db_url, *args], catch_exceptions=False)


def _exit_code(monkeypatch, capsys, db_url: str, *args: str) -> tuple[int, str]:  # noqa: ANN001
    monkeypatch.setattr("sys.argv", ["disclosure", "--db", db_url, *args])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    return done.value.code, out.out + out.err


def test_token_create_prints_the_token_once_and_stores_only_its_hash(api, db_url):
    w = api.world
    result = _run(db_url, "--json", "token", "create", w.clerk, "--name", "intake-script", "--expires", "30")
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    token = printed["token"]
    with read(w.engine) as conn:
        row = conn.execute(select(api_token)).mappings().one()
    assert token.startswith("dsc_") and len(token) > 40
    assert token not in json.dumps({k: str(v) for k, v in row.items()})
    assert row["name"] == "intake-script" and row["expires_at"] is not None
    listed = _run(db_url, "--json", "token", "list")
    assert token not in listed.output and json.loads(listed.output)[0]["status"] == "active"


def test_token_create_refuses_an_unknown_user_with_exit_code_2(api, db_url, monkeypatch, capsys):
    code, output = _exit_code(monkeypatch, capsys, db_url, "token", "create", "nobody")
    assert code == 2 and "unknown user" in output
    with read(api.world.engine) as conn:
        assert conn.execute(select(api_token)).first() is None


def test_a_token_reads_as_its_user(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    response = api.client(w.clerk).get(f"/api/v1/cases/{case_no}")
    assert response.status_code == 200 and response.json()["case_no"] == case_no


def test_without_a_token_the_api_answers_401_with_a_bearer_challenge(api):
    response = api.anonymous().get("/api/v1/cases")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    body = response.json()
    assert body["code"] == "unauthorized" and body["message"]["zh"] and body["message"]["en"]


def test_a_wrong_token_is_401(api):
    response = api.anonymous({"Authorization": "Bearer dsc_not-a-real-token"}).get("/api/v1/cases")
    assert response.status_code == 401 and "invalid_token" in response.headers["www-authenticate"]


def test_a_session_cookie_does_not_sign_in_to_the_api(api, web):
    signed_in = web.client(api.world.clerk)
    assert signed_in.get("/api/v1/cases").status_code == 401


def test_token_revoke_takes_effect_at_once(api, db_url):
    w = api.world
    c = api.client(w.clerk)
    assert c.get("/api/v1/cases").status_code == 200
    result = _run(db_url, "token", "revoke", str(c.token_id))
    assert result.exit_code == 0, result.output
    assert c.get("/api/v1/cases").status_code == 401
    with read(w.engine) as conn:
        kinds = [k for (k,) in conn.execute(select(security_log.c.kind).order_by(security_log.c.id))]
    assert "token_revoked" in kinds


def test_revoking_a_revoked_token_is_refused(api, db_url, monkeypatch, capsys):
    c = api.client(api.world.clerk)
    assert _run(db_url, "token", "revoke", str(c.token_id)).exit_code == 0
    code, output = _exit_code(monkeypatch, capsys, db_url, "token", "revoke", str(c.token_id))
    assert code == 2 and "已于" in output


def test_an_expired_token_is_401(api):
    w = api.world
    c = api.client(w.clerk, expires_days=1)
    with write(w.engine) as conn:
        conn.execute(update(api_token).where(api_token.c.id == c.token_id)
                     .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert c.get("/api/v1/cases").status_code == 401


def test_disabling_the_user_stops_their_tokens(api):
    w = api.world
    c = api.client(w.clerk)
    with write(w.engine) as conn:
        disable_user(conn, w.clerk, via="test")
    assert c.get("/api/v1/cases").status_code == 401


def test_a_token_writes_as_its_user_and_the_write_names_the_token_in_the_security_log(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    c = api.client(w.clerk)
    response = c.post(f"/api/v1/cases/{case_no}/events", {"trigger": "accept", "effective_on": "2026-11-03"},
                      if_match=w.case(case_no)["version"])
    assert response.status_code == 201, response.text
    assert w.events(case_no)[-1]["actor"] == w.clerk
    with read(w.engine) as conn:
        logged = conn.execute(select(security_log).where(security_log.c.kind == "api_write")).mappings().one()
    assert logged["user_name"] == w.clerk and f"token {c.token_id}" in logged["detail"] and case_no in logged["detail"]


def test_a_token_records_when_it_was_last_used(api):
    w = api.world
    c = api.client(w.clerk)
    with read(w.engine) as conn:
        assert conn.execute(select(api_token.c.last_used_at)).scalar() is None
    c.get("/api/v1/cases")
    with read(w.engine) as conn:
        assert conn.execute(select(api_token.c.last_used_at)).scalar() is not None


def test_a_token_carries_every_role_of_its_user_into_the_scope(api):
    from webtools import add_agency_b

    from workflow.store.models import app_user
    from workflow.store.repository import Repository

    w = api.world
    with write(w.engine) as conn:
        repo = Repository(conn)
        repo.add_agency("sub", "下属机关", "SUB", parent_code=w.agency)
    below = w.register(agency="sub", on=date(2026, 11, 20))
    add_agency_b(w)
    elsewhere = w.register(agency="other", on=date(2026, 11, 20), actor="clerk_other")
    with write(w.engine) as conn:
        repo = Repository(conn)
        supervisor_id = conn.execute(select(app_user.c.id).where(app_user.c.name == w.supervisor)).scalar_one()
        repo.grant_role(supervisor_id, repo.agency_id("other"), "clerk")
    supervisor = api.client(w.supervisor)
    assert supervisor.get(f"/api/v1/cases/{below}").status_code == 200  # below the agency supervised
    assert supervisor.get(f"/api/v1/cases/{elsewhere}").status_code == 200  # a second role elsewhere
    assert api.client(w.clerk).get(f"/api/v1/cases/{below}").status_code == 404
