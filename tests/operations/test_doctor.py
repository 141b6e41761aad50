"""``disclosure doctor``: each check says ok, warning or error, and what to do; nothing is sent or written."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
import yaml
from aiosmtpd.controller import Controller
from sqlalchemy import insert, text

from workflow.clocks.calendar import default_calendar
from workflow.operations.doctor import Finding, exit_code, run_checks
from workflow.scheduling.lease import Lease
from workflow.settings import load_settings
from workflow.store.db import make_engine, write
from workflow.store.models import app_user, outbox

SUMMER = date(2026, 6, 1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def settings(tmp_path):
    """The shipped settings as a production server would keep them, delivering to a folder."""
    made = load_settings(None)
    made["web"] = {**made["web"], "secret_key": "k" * 40, "secure_cookies": True}
    made["channels"] = {**made["channels"], "default": "file", "file": {"folder": str(tmp_path / "mail")}}
    return made


def live_scheduler(engine, now: datetime | None = None) -> None:
    lease = Lease(engine, "host-a:123", 30, clock=lambda: now or datetime.now(UTC))
    assert lease.acquire()


def by_check(findings: list[Finding]) -> dict[str, Finding]:
    return {f.check: f for f in findings}


def test_it_is_all_ok_on_a_migrated_database_with_a_live_scheduler(engine, db_url, settings):
    live_scheduler(engine)
    findings = run_checks(settings, db_url, today=SUMMER)
    assert [f for f in findings if f.level != "ok"] == []
    assert exit_code(findings) == 0
    assert {"database", "migrations", f"calendar:{SUMMER.year}", "channel:file", "scheduler", "outbox"} <= set(
        by_check(findings))


def test_it_is_an_error_when_no_scheduler_has_run(engine, db_url, settings):
    found = by_check(run_checks(settings, db_url, today=SUMMER))["scheduler"]
    assert found.level == "error"
    assert "disclosure scheduler" in found.action


def test_it_is_an_error_when_the_scheduler_lease_expired(engine, db_url, settings):
    live_scheduler(engine, now=datetime.now(UTC) - timedelta(minutes=5))
    findings = run_checks(settings, db_url, today=SUMMER)
    assert by_check(findings)["scheduler"].level == "error"
    assert "过期" in by_check(findings)["scheduler"].message
    assert exit_code(findings) == 2


def test_it_reports_a_database_that_was_never_initialised(tmp_path, settings):
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    make_engine(url).connect().close()
    found = by_check(run_checks(settings, url, today=SUMMER))
    assert found["database"].level == "ok"
    assert found["migrations"].level == "error"
    assert "disclosure init" in found["migrations"].action
    assert "scheduler" not in found  # nothing further is read from a database without tables


def test_it_refuses_a_database_newer_than_the_code(engine, db_url, settings):
    with write(engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    found = by_check(run_checks(settings, db_url, today=SUMMER))["migrations"]
    assert found.level == "error"
    assert "newer" in found.message


def test_it_says_how_many_migrations_a_database_is_behind(engine, db_url, settings):
    from workflow.store.db import known_revisions

    with write(engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": known_revisions()[-2]})
    found = by_check(run_checks(settings, db_url, today=SUMMER))["migrations"]
    assert found.level == "error"
    assert "1 migration" in found.message
    with write(engine) as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": known_revisions()[-1]})
    assert by_check(run_checks(settings, db_url, today=SUMMER))["migrations"].level == "ok"


def test_it_reports_an_unreachable_database_and_still_checks_the_rest(settings):
    findings = run_checks(settings, "postgresql+psycopg://nobody:hunter2@127.0.0.1:9/none", today=SUMMER)
    found = by_check(findings)
    assert found["database"].level == "error"
    assert "hunter2" not in found["database"].message
    assert f"calendar:{SUMMER.year}" in found and "channel:file" in found


def test_it_warns_from_november_when_next_year_is_still_provisional(engine, db_url, settings):
    year = min(y for y in default_calendar().provisional_years() if y > default_calendar().first_year)
    october = by_check(run_checks(settings, db_url, today=date(year - 1, 10, 31)))[f"calendar:{year}"]
    november = by_check(run_checks(settings, db_url, today=date(year - 1, 11, 1)))[f"calendar:{year}"]
    assert october.level == "ok"
    assert november.level == "warning"
    assert "disclosure calendar load" in november.action


def test_it_is_an_error_when_this_year_is_outside_the_calendar(engine, db_url, settings):
    year = default_calendar().last_year + 1
    found = by_check(run_checks(settings, db_url, today=date(year, 3, 2)))[f"calendar:{year}"]
    assert found.level == "error"


def test_it_warns_about_failed_and_long_waiting_messages(engine, db_url, settings):
    live_scheduler(engine)
    long_ago = datetime.now(UTC) - timedelta(hours=2)
    rows = [
        {"idempotency_key": f"k{i}", "kind": "alert", "channel": "file", "template": "t", "context": {},
         "status": status, "next_attempt_at": long_ago, "created_at": long_ago}
        for i, status in enumerate(["failed", "failed", "pending", "sent"])
    ]
    with write(engine) as conn:
        conn.execute(insert(outbox), rows)
    found = by_check(run_checks(settings, db_url, today=SUMMER))
    assert found["outbox:failed"].level == "warning" and "2" in found["outbox:failed"].message
    assert found["outbox:backlog"].level == "warning" and "1" in found["outbox:backlog"].message


class Sink:
    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook name
        self.envelopes.append(envelope)
        return "250 OK"


def test_it_greets_the_smtp_server_and_sends_no_mail(engine, db_url, settings):
    live_scheduler(engine)
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        settings["channels"] = {**settings["channels"], "default": "smtp",
                                "smtp": {"host": "127.0.0.1", "port": controller.port, "security": "none"}}
        found = by_check(run_checks(settings, db_url, today=SUMMER))["channel:smtp"]
    finally:
        controller.stop()
    assert found.level == "ok", found
    assert sink.envelopes == []


def test_it_reports_an_smtp_server_that_does_not_answer(db_url, settings):
    settings["channels"] = {**settings["channels"], "default": "smtp",
                            "smtp": {"host": "127.0.0.1", "port": free_port(), "security": "none"}}
    found = by_check(run_checks(settings, db_url, today=SUMMER))["channel:smtp"]
    assert found.level == "error"
    assert "127.0.0.1" in found.message


def test_it_connects_to_a_webhook_host_without_sending_a_request(db_url, settings):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received: list[bytes] = []

    def accept() -> None:
        conn, _ = server.accept()
        conn.settimeout(1)
        try:
            received.append(conn.recv(100))
        except TimeoutError:
            received.append(b"")
        conn.close()

    thread = threading.Thread(target=accept)
    thread.start()
    port = server.getsockname()[1]
    settings["channels"] = {**settings["channels"], "default": "webhook",
                            "webhook": {"url": f"http://127.0.0.1:{port}/hook?access_token=TOPSECRET", "secret": "s"}}
    found = by_check(run_checks(settings, db_url, today=SUMMER))["channel:webhook"]
    thread.join(5)
    server.close()
    assert found.level == "ok", found
    assert received == [b""]
    assert "TOPSECRET" not in found.message


def test_it_refuses_a_webhook_without_a_secret_unless_it_says_unsigned(db_url, settings):
    settings["channels"] = {**settings["channels"], "default": "webhook",
                            "webhook": {"url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K", "secret": ""}}
    found = by_check(run_checks(settings, db_url, today=SUMMER))["channel:webhook"]
    assert found.level == "error"
    assert "unsigned: true" in found.message


def test_it_names_a_channel_a_user_prefers_that_is_not_configured(engine, db_url, settings):
    with write(engine) as conn:
        conn.execute(insert(app_user).values(name="li", display_name="李", addresses={"prefer": "pager"}))
    found = by_check(run_checks(settings, db_url, today=SUMMER))["channel:pager"]
    assert found.level == "error"


def test_it_warns_about_settings_a_server_should_not_keep(db_url, settings, monkeypatch):
    monkeypatch.delenv("DISCLOSURE_WEB_SECRET", raising=False)
    settings["web"] = {**settings["web"], "secret_key": "", "secure_cookies": False}
    settings["channels"]["smtp"] = {"host": "mail", "username": "u", "password": "p", "security": "none"}
    found = by_check(run_checks(settings, db_url, today=SUMMER))
    assert found["setting:web.secret_key"].level == "warning"
    assert found["setting:web.secure_cookies"].level == "warning"
    assert found["setting:channels.smtp.security"].level == "warning"


# -- the command ------------------------------------------------------------------------------------


def doctor(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workflow", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


@pytest.fixture
def installation(tmp_path, settings):
    config = tmp_path / "settings.yaml"
    config.write_text(yaml.safe_dump({"web": settings["web"], "channels": settings["channels"]}), encoding="utf-8")
    db = tmp_path / "office.db"
    assert doctor("--db", str(db), "init", cwd=tmp_path).returncode == 0
    return db, config


def test_it_exits_0_when_all_is_well(installation, tmp_path):
    db, config = installation
    live_scheduler(make_engine(f"sqlite:///{db}"))
    result = doctor("--db", str(db), "--config", str(config), "doctor", "--on", "2026-06-01", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 项错误" in result.stdout


def test_it_exits_2_and_says_what_to_do(installation, tmp_path):
    db, config = installation
    result = doctor("--db", str(db), "--config", str(config), "doctor", "--on", "2026-06-01", cwd=tmp_path)
    assert result.returncode == 2
    assert "disclosure scheduler" in result.stdout
    assert "Traceback" not in result.stderr


def test_it_prints_its_findings_as_json(installation, tmp_path):
    db, config = installation
    result = doctor("--json", "--db", str(db), "--config", str(config), "doctor", "--on", "2026-06-01", cwd=tmp_path)
    payload = json.loads(result.stdout)
    assert payload["status"] == "error" and result.returncode == 2
    assert payload["as_of"] == "2026-06-01"
    assert {"check", "level", "message", "action"} == set(payload["findings"][0])


def test_it_writes_nothing(installation, tmp_path):
    db, config = installation
    before = db.read_bytes()
    doctor("--db", str(db), "--config", str(config), "doctor", cwd=tmp_path)
    assert db.read_bytes() == before
    assert not (tmp_path / "mail").exists()  # the mail folder's parent was checked, not the folder made
