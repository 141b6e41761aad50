"""Outbox delivery against a real SMTP server (aiosmtpd) and a real HTTP receiver on loopback.

Each alert message must arrive exactly once (counted at the receiver by its idempotency key: the
SMTP ``X-Idempotency-Key`` / ``Message-ID``, the webhook ``Idempotency-Key`` header); a receiver that
is down makes rows wait with exponential backoff, and they arrive once it is back; nothing is lost,
nothing duplicated. SQLite and PostgreSQL (the ``engine`` fixture).
"""

from __future__ import annotations

import email
import json
import logging
import random
import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

import pytest
import yaml
from click.testing import CliRunner
from helpers import make_world
from local_servers import free_port
from sqlalchemy import select

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.outbox.claim import OutboxSettings, backoff_seconds
from workflow.outbox.claim import claim_batch as _claim
from workflow.outbox.delivery import deliver_all, deliver_pending, retry_message
from workflow.scheduling.sweep import sweep
from workflow.store.db import read, write
from workflow.store.models import app_user, outbox
from workflow.store.repository import Repository

T0 = datetime(2026, 3, 31, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai on the business date below
OVERDUE_DAY = date(2026, 3, 31)  # cases received 2026-03-02 are due 03-30


# -- receivers ---------------------------------------------------------------------------------------------


class SmtpSink:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.rcpts: list[list[str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802 - aiosmtpd hook
        self.messages.append(email.message_from_bytes(envelope.content, policy=default_policy))
        self.rcpts.append(list(envelope.rcpt_tos))
        return "250 OK"

    def keys(self) -> Counter:
        # a long key is folded onto its own line, which unfolds with a leading space (RFC 5322 FWS)
        return Counter(m["X-Idempotency-Key"].strip() for m in self.messages)


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    sink = SmtpSink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, sink
    finally:
        controller.stop()


class WebhookReceiver:
    """An HTTP server on loopback that records each POST's Idempotency-Key; can be taken down."""

    def __init__(self) -> None:
        self.port = free_port()
        self.keys: Counter = Counter()
        self.bodies: list[dict] = []
        self._server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.keys[self.headers["Idempotency-Key"]] += 1
                receiver.bodies.append(json.loads(body))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args) -> None:  # noqa: ANN002
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


@pytest.fixture
def webhook():
    receiver = WebhookReceiver()
    receiver.start()
    try:
        yield receiver
    finally:
        receiver.stop()


# -- the world -------------------------------------------------------------------------------------------------


def overdue_world(
    engine,
    tmp_path,
    *,
    smtp_port: int | None = None,
    webhook_url: str = "",
    cases: int = 3,  # noqa: ANN001
    outbox_cfg: dict | None = None,
    prefix: str = "SJJ",
    clerk_channel: str = "smtp",
):
    """An agency whose clerk prefers e-mail and whose supervisor and head get webhooks, with
    ``cases`` cases overdue on OVERDUE_DAY; the sweep has run (3 + 6 alert messages per 3 cases)."""
    from workflow.settings import load_settings

    settings = load_settings()
    settings["channels"] = {
        **settings["channels"],
        "default": "webhook",
        "webhook": {"url": webhook_url, "shape": "json", "secret": "s3cret"},
        "smtp": {
            "host": "127.0.0.1",
            "port": smtp_port or 25,
            "security": "none",
            "sender": "政府信息公开系统 <noreply@example.gov.cn>",
            "timeout": 5,
        },
        "file": {"folder": str(tmp_path / "mail")},
    }
    settings["outbox"] = {**settings["outbox"], **(outbox_cfg or {})}
    w = make_world(engine, today=date(2026, 3, 2), settings=settings, prefix=prefix)
    with write(engine) as conn:
        repo = Repository(conn)
        repo.add_user(w.clerk, email="clerk@example.gov.cn", addresses={"prefer": clerk_channel})
        repo.add_user(w.supervisor, email="sup@example.gov.cn", addresses={"webhook": webhook_url})
        repo.add_user(w.head, email="head@example.gov.cn")
    case_nos = []
    for _ in range(cases):
        case_no = w.register(on=date(2026, 3, 2), applicant_name="王小明")
        w.fire(case_no, "accept", date(2026, 3, 2))
        case_nos.append(case_no)
    w.today = OVERDUE_DAY
    result = sweep(w.services, OVERDUE_DAY, clock_fn=lambda: T0)  # queued at T0 (letters later, in real time)
    assert result.queued == 3 * cases
    return w, case_nos


def alert_rows(engine) -> list[dict]:  # noqa: ANN001
    with read(engine) as conn:
        return [
            dict(r)
            for r in conn.execute(
                select(outbox).where(outbox.c.kind == "alert").order_by(outbox.c.id)
            ).mappings()
        ]


def alert_keys(engine) -> set[str]:  # noqa: ANN001
    return {r["idempotency_key"] for r in alert_rows(engine)}


# -- tests ----------------------------------------------------------------------------------------------------


def test_every_alert_delivered_exactly_once_over_smtp_and_webhook(engine, tmp_path, smtp_server, webhook):
    port, sink = smtp_server
    w, case_nos = overdue_world(engine, tmp_path, smtp_port=port, webhook_url=webhook.url)
    result = deliver_all(w.services, T0)
    assert result.failed == 0 and result.lost_claims == 0
    rows = alert_rows(engine)
    assert {r["status"] for r in rows} == {"sent"}
    smtp_keys = sink.keys()
    hook_keys = Counter({k: n for k, n in webhook.keys.items() if k.startswith("alert:")})
    assert set(smtp_keys) | set(hook_keys) == alert_keys(engine)
    assert set(smtp_keys.values()) == {1} and set(hook_keys.values()) == {1}
    assert len(smtp_keys) == 3 and len(hook_keys) == 6  # clerk by e-mail; supervisor and head by webhook
    # a second delivery round sends nothing
    again = deliver_all(w.services, T0 + timedelta(hours=1))
    assert again.sent == 0 and sink.keys() == smtp_keys
    # what the clerk received: rendered now from template + context, personal data masked
    msg = sink.messages[0]
    assert msg["Subject"].startswith("【期限提醒】") and case_nos[0] in msg["Subject"]
    assert "已逾期" in msg["Subject"]
    assert msg["Message-ID"].endswith("@example.gov.cn>") and msg["X-Idempotency-Key"].startswith("alert:")
    body = msg.get_body(("plain",)).get_content()
    assert "王**" in body and "王小明" not in body and "2026年3月30日" in body
    assert sink.rcpts[0] == ["clerk@example.gov.cn"]
    escalation = [b for b in webhook.bodies if b["key"].startswith("alert:")][0]
    assert escalation["subject"].startswith("【逾期督办】") and "已逾期1个工作日" in escalation["subject"]


def test_receiver_down_retries_with_backoff_then_delivers_once(engine, tmp_path, webhook):
    cfg = {"base_delay_seconds": 30, "max_delay_seconds": 600, "max_attempts": 8}
    w, _ = overdue_world(engine, tmp_path, webhook_url=webhook.url, outbox_cfg=cfg)
    # everyone on the webhook for this test
    with write(engine) as conn:
        Repository(conn).add_user(w.clerk, addresses={"prefer": "webhook"})
        conn.execute(outbox.update().where(outbox.c.kind == "alert").values(channel="webhook"))
    webhook.stop()
    rng = random.Random(4)
    now = T0
    first = deliver_pending(w.services, now, rng=rng)
    rows = alert_rows(engine)
    assert first.sent == 0 and first.retried >= 9
    for r in rows:
        assert (r["status"], r["attempts"]) == ("pending", 1) and "webhook" in r["last_error"]
        wait = (r["next_attempt_at"].replace(tzinfo=UTC) - now).total_seconds()
        assert 15 <= wait <= 45  # base 30 s times a jitter in [0.5, 1.5)
    assert deliver_pending(w.services, now + timedelta(seconds=10), rng=rng).claimed == 0  # not yet due
    now += timedelta(seconds=50)
    second = deliver_pending(w.services, now, rng=rng)
    assert second.retried >= 9
    for r in alert_rows(engine):
        wait = (r["next_attempt_at"].replace(tzinfo=UTC) - now).total_seconds()
        assert r["attempts"] == 2 and 30 <= wait <= 90  # 60 s times the jitter
    webhook.start()  # back, on the same port
    assert deliver_pending(w.services, now + timedelta(seconds=5), rng=rng).claimed == 0
    now += timedelta(seconds=100)
    third = deliver_all(w.services, now, rng=rng)
    assert third.failed == 0
    assert {r["status"] for r in alert_rows(engine)} == {"sent"}
    got = Counter({k: n for k, n in webhook.keys.items() if k.startswith("alert:")})
    assert set(got) == alert_keys(engine) and set(got.values()) == {1}


def test_failed_after_max_attempts_then_retry_from_the_cli(engine, db_url, tmp_path):
    port = free_port()  # nothing listens there
    w, _ = overdue_world(
        engine,
        tmp_path,
        webhook_url=f"http://127.0.0.1:{port}/hook",
        cases=1,
        outbox_cfg={"max_attempts": 3, "base_delay_seconds": 1, "max_delay_seconds": 2},
    )
    now = T0
    for _ in range(3):
        deliver_pending(w.services, now)
        now += timedelta(seconds=5)
    rows = alert_rows(engine)
    webhook_rows = [r for r in rows if r["channel"] == "webhook"]
    assert webhook_rows and all((r["status"], r["attempts"]) == ("failed", 3) for r in webhook_rows)
    assert all(r["last_error"] for r in webhook_rows)
    runner = CliRunner()
    listed = runner.invoke(cli, ["--db", db_url, "--json", "outbox", "list", "--status", "failed"])
    assert listed.exit_code == 0, listed.output
    payload = json.loads(listed.output)
    assert {m["id"] for m in payload["messages"]} >= {r["id"] for r in webhook_rows}
    assert all(m["status"] == "failed" for m in payload["messages"])
    human = runner.invoke(cli, ["--db", db_url, "outbox", "list", "--status", "failed"])
    assert human.exit_code == 0 and "发送失败" in human.output
    target = webhook_rows[0]["id"]
    ok = runner.invoke(cli, ["--db", db_url, "outbox", "retry", str(target)])
    assert ok.exit_code == 0, ok.output
    again = runner.invoke(cli, ["--db", db_url, "outbox", "retry", str(target)])  # pending now: refused
    assert again.exit_code != 0
    (row,) = [r for r in alert_rows(engine) if r["id"] == target]
    assert (row["status"], row["attempts"]) == ("pending", 0)
    missing = runner.invoke(cli, ["--db", db_url, "outbox", "retry", "999999"])
    assert missing.exit_code != 0


def test_permanent_errors_fail_at_once(engine, tmp_path, smtp_server):
    port, sink = smtp_server
    w, _ = overdue_world(engine, tmp_path, smtp_port=port, cases=1)
    with write(engine) as conn:  # the clerk prefers e-mail but has no address any more
        conn.execute(app_user.update().where(app_user.c.name == w.clerk).values(email=None))

    deliver_pending(w.services, T0)
    (clerk_row,) = [r for r in alert_rows(engine) if r["template"] == "alert"]
    assert (clerk_row["status"], clerk_row["attempts"]) == ("failed", 1)
    assert "收件地址为空" in clerk_row["last_error"]
    assert sink.messages == []


def test_a_claim_left_by_a_dead_worker_is_taken_again(engine, tmp_path, webhook):
    w, _ = overdue_world(engine, tmp_path, webhook_url=webhook.url, cases=1)
    cfg = OutboxSettings.from_settings(w.services.settings)
    with write(engine) as conn:  # a worker claims everything, then dies before sending
        claimed = _claim(conn, T0, 100, cfg)
    assert claimed and {r["status"] for r in alert_rows(engine)} == {"sending"}
    assert deliver_pending(w.services, T0 + timedelta(seconds=10)).claimed == 0  # its claim still runs
    later = T0 + timedelta(seconds=cfg.claim_seconds + 1)
    result = deliver_all(w.services, later)
    assert result.sent >= 2
    rows = [r for r in alert_rows(engine) if r["channel"] == "webhook"]
    assert all(r["status"] == "sent" and r["attempts"] == 1 for r in rows)  # the dead attempt counted
    got = Counter({k: n for k, n in webhook.keys.items() if k.startswith("alert:")})
    assert set(got.values()) == {1} and set(got) == {r["idempotency_key"] for r in rows}


def test_concurrent_workers_never_send_a_message_twice(engine, tmp_path, webhook):
    w, _ = overdue_world(engine, tmp_path, webhook_url=webhook.url, cases=8)
    with write(engine) as conn:
        conn.execute(outbox.update().where(outbox.c.kind == "alert").values(channel="webhook"))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(20):
                if deliver_pending(w.services, T0, limit=3).claimed == 0:
                    break
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    got = Counter({k: n for k, n in webhook.keys.items() if k.startswith("alert:")})
    assert set(got) == alert_keys(engine) and set(got.values()) == {1}
    assert {r["status"] for r in alert_rows(engine)} == {"sent"}


def test_backoff_bounds():
    cfg = OutboxSettings(base_delay_seconds=30, max_delay_seconds=3600)
    rng = random.Random(1)
    for attempts in range(0, 12):
        expected = min(3600, 30 * 2**attempts)
        for _ in range(50):
            assert 0.5 * expected <= backoff_seconds(attempts, cfg, rng) < 1.5 * expected


def test_retry_refuses_rows_that_have_not_failed(engine, tmp_path):
    w, _ = overdue_world(engine, tmp_path, cases=1)
    row = alert_rows(engine)[0]
    from workflow.errors import ValidationError

    with pytest.raises(ValidationError):
        retry_message(w.services, row["id"])


# -- Chinese case numbers and webhook credentials -------------------------------------------------------


def test_it_delivers_every_message_of_an_agency_with_a_chinese_prefix(engine, tmp_path, webhook):
    w, case_nos = overdue_world(engine, tmp_path, webhook_url=webhook.url, prefix="罗应急", clerk_channel="webhook")
    assert all(n.startswith("罗应急-2026-") for n in case_nos)
    w.services.make_letters()  # as the scheduler does before delivering
    result = deliver_all(w.services, max(T0, datetime.now(UTC)) + timedelta(seconds=1))  # letters queue now
    with read(engine) as conn:
        rows = [dict(r) for r in conn.execute(select(outbox)).mappings()]
    assert result.failed == 0 and {r["status"] for r in rows} == {"sent"}, [r["last_error"] for r in rows]
    letters = [r for r in rows if "罗应急" in r["idempotency_key"]]  # the receipts' notices to the clerk
    assert len(letters) == len(case_nos) and {r["channel"] for r in letters} == {"webhook"}
    assert {unquote(k) for k in webhook.keys} == {r["idempotency_key"] for r in rows}
    assert set(webhook.keys.values()) == {1}


WECOM_KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"


def test_it_never_shows_a_webhook_credential_in_errors_lists_or_logs(engine, db_url, tmp_path, caplog):
    port = free_port()  # nothing listens there
    hook = f"http://127.0.0.1:{port}/cgi-bin/webhook/send?key={WECOM_KEY}"
    w, _ = overdue_world(engine, tmp_path, webhook_url=hook, cases=1, outbox_cfg={"max_attempts": 1})
    caplog.set_level(logging.INFO, logger="workflow")
    deliver_pending(w.services, T0)
    rows = [r for r in alert_rows(engine) if r["channel"] == "webhook"]
    assert rows and all(r["status"] == "failed" and "key=***" in r["last_error"] for r in rows)
    assert all(WECOM_KEY not in r["last_error"] for r in rows)
    assert "outbox" in caplog.text and WECOM_KEY not in caplog.text
    runner = CliRunner()
    for args in (["--json", "outbox", "list"], ["outbox", "list", "--status", "failed"]):
        listed = runner.invoke(cli, ["--db", db_url, *args])
        assert listed.exit_code == 0 and "key=***" in listed.output, listed.output
        assert WECOM_KEY not in listed.output and "7xxx" not in listed.output
    with write(engine) as conn:  # a row recorded before errors were redacted is shown redacted too
        conn.execute(outbox.update().where(outbox.c.id == rows[0]["id"]).values(last_error=f"HTTP 404 / {hook}"))
    listed = json.loads(runner.invoke(cli, ["--db", db_url, "--json", "outbox", "list"]).output)
    assert WECOM_KEY not in json.dumps(listed, ensure_ascii=False)


def settings_file(tmp_path, channels: dict) -> str:
    path = tmp_path / "settings.yaml"
    path.write_text(yaml.safe_dump({"channels": channels}, allow_unicode=True), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", [["outbox", "deliver"], ["scheduler", "--once", "--quiet"]])
def test_it_refuses_to_start_a_webhook_channel_with_an_empty_secret(engine, db_url, tmp_path, command):
    w, _ = overdue_world(engine, tmp_path, cases=1)
    hook = f"http://127.0.0.1:{free_port()}/robot/send?access_token=dd-secret-token"
    before = [(r["status"], r["attempts"]) for r in alert_rows(engine)]
    bad = settings_file(tmp_path, {"default": "webhook", "webhook": {"url": hook, "secret": ""}})
    res = CliRunner().invoke(cli, ["--db", db_url, "--config", bad, *command])
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2, res.output
    message = str(res.exception)
    assert "empty secret" in message and "unsigned: true" in message and "\n" not in message
    assert "dd-secret-token" not in message
    assert [(r["status"], r["attempts"]) for r in alert_rows(engine)] == before  # nothing sent or recorded
    unsigned = settings_file(tmp_path, {"default": "webhook", "webhook": {"url": hook, "unsigned": True}})
    assert CliRunner().invoke(cli, ["--db", db_url, "--config", unsigned, *command]).exit_code == 0


def test_the_start_check_covers_the_channels_users_prefer_and_messages_wait_on(engine, tmp_path):
    from workflow.errors import ValidationError
    from workflow.outbox.delivery import channels_in_use, check_channels

    w, _ = overdue_world(engine, tmp_path, cases=1)
    w.services.settings["channels"] = {**w.services.settings["channels"], "default": "file",
                                       "webhook": {"url": "", "secret": ""}}  # fmt: skip
    # the clerk prefers smtp; the supervisor's and head's alerts wait on the webhook channel
    assert channels_in_use(w.services) == ["file", "smtp", "webhook"]
    with pytest.raises(ValidationError, match=r"channels\.webhook\.secret"):
        check_channels(w.services)
    with write(engine) as conn:
        conn.execute(outbox.update().values(status="sent"))
        Repository(conn).add_user(w.head, addresses={"prefer": "wecom"})
    assert channels_in_use(w.services) == ["file", "smtp", "wecom"]
    with pytest.raises(ValidationError, match=r"channels\.webhook\.secret"):
        check_channels(w.services)
    w.services.settings["channels"]["webhook"]["unsigned"] = True
    assert check_channels(w.services) == ["file", "smtp", "wecom"]
