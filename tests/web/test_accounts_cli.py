"""``disclosure user add --password-stdin``, ``user password``, ``user disable``, ``user list``, and
a password set on the command line signing in on the web."""

from __future__ import annotations

import json

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import select
from webtools import WebClient

from workflow.app import Services
from workflow.cli import cli
from workflow.store.db import read
from workflow.store.models import app_user, security_log
from workflow.web.app import create_app


def _run(db_url: str, *args: str, stdin: str | None = None):
    return CliRunner().invoke(cli, ["--db", db_url, *args], input=stdin, catch_exceptions=False)


def _add_agency(db_url: str) -> None:
    assert _run(db_url, "agency", "add", "sjj", "--name", "某局", "--prefix", "SJJ").exit_code == 0


def test_user_add_reads_the_password_from_stdin_and_stores_only_an_argon2_hash(engine, db_url):
    _add_agency(db_url)
    result = _run(db_url, "user", "add", "wangfang", "--agency", "sjj", "--role", "clerk", "--password-stdin",
                  stdin="s3cret-password\n")
    assert result.exit_code == 0, result.output
    with read(engine) as conn:
        stored = conn.execute(select(app_user.c.password_hash).where(app_user.c.name == "wangfang")).scalar()
        kinds = [k for (k,) in conn.execute(select(security_log.c.kind))]
    assert stored.startswith("$argon2") and "s3cret-password" not in stored
    assert kinds == ["password_set"]
    assert "s3cret-password" not in result.output


def test_user_password_refuses_a_short_password_and_writes_nothing(engine, db_url):
    _add_agency(db_url)
    _run(db_url, "user", "add", "wangfang", "--agency", "sjj", "--role", "clerk")
    result = CliRunner().invoke(cli, ["--db", db_url, "user", "password", "wangfang", "--password-stdin"],
                                input="short\n")
    assert result.exit_code != 0
    with read(engine) as conn:
        assert conn.execute(select(app_user.c.password_hash)).scalar() is None


def test_user_password_of_an_unknown_user_is_an_error(engine, db_url):
    result = CliRunner().invoke(cli, ["--db", db_url, "user", "password", "nobody", "--password-stdin"],
                                input="long enough password\n")
    assert result.exit_code != 0


def test_user_list_says_who_can_sign_in_and_never_shows_a_hash(engine, db_url):
    _add_agency(db_url)
    _run(db_url, "user", "add", "a_user", "--agency", "sjj", "--role", "clerk", "--password-stdin",
         stdin="password-one\n")
    _run(db_url, "user", "add", "b_user", "--agency", "sjj", "--role", "head")
    _run(db_url, "user", "disable", "b_user")
    result = _run(db_url, "--json", "user", "list")
    users = {u["name"]: u for u in json.loads(result.output)}
    assert users["a_user"]["has_password"] and not users["a_user"]["disabled"]
    assert users["b_user"]["disabled"] and not users["b_user"]["has_password"]
    assert users["a_user"]["roles"] == ["sjj:clerk"]
    assert "$argon2" not in result.output


def test_a_password_set_on_the_command_line_signs_in_on_the_web_until_disabled(engine, db_url):

    _add_agency(db_url)
    _run(db_url, "user", "add", "wangfang", "--agency", "sjj", "--role", "clerk", "--password-stdin",
         stdin="s3cret-password\n")
    app = create_app(Services.for_db(engine), {"secret_key": "k"})
    with TestClient(app, base_url="http://testserver", follow_redirects=False) as http:
        c = WebClient(http)
        assert c.sign_in("wangfang", "s3cret-password").status_code == 303
        assert c.get("/").status_code == 200
        assert _run(db_url, "user", "disable", "wangfang").exit_code == 0
        assert c.get("/").status_code == 303  # the open session ended with the account
        assert c.sign_in("wangfang", "s3cret-password").status_code == 401
