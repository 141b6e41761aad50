"""``disclosure demo --serve``: the demo year is built, every demo user can sign in with the password
printed, and the server is started on the demo database."""

from __future__ import annotations

from datetime import timedelta

from click.testing import CliRunner

from workflow.accounts.users import check_sign_in
from workflow.cli import cli
from workflow.store.db import make_engine, write


def test_it_builds_the_demo_gives_each_user_the_printed_password_and_serves_it(tmp_path, monkeypatch):
    served: list[tuple] = []
    monkeypatch.setattr("workflow.cli.web_cmds.run_server", lambda *args, **kwargs: served.append(args))
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--cases", "8", "--serve", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8123/" in result.output
    [(url, _config, host, port, workers)] = served
    assert url.endswith("demo.db") and (host, port, workers) == ("127.0.0.1", 8123, 1)
    printed = [line.split() for line in result.output.splitlines()]
    users = {fields[0]: fields[2] for fields in printed if len(fields) == 3 and fields[1] == f"{fields[0]}-demo"}
    assert users["wangfang"] == "clerk" and users["zhaomin"] == "head" and len(users) == 5
    with write(make_engine(str(db))) as conn:
        signed_in = check_sign_in(conn, "wangfang", "wangfang-demo", failures=5, window=timedelta(minutes=15))
        refused = check_sign_in(conn, "wangfang", "wrong-password", failures=5, window=timedelta(minutes=15))
    assert signed_in.problem is None and signed_in.user_id is not None
    assert refused.problem == "bad"
