"""An agency's webhooks: subscribed on the command line, queued in the outbox with the transition
(registered, state changed) or the sweep's alert (due soon, overdue), delivered to a local HTTP server
signed with the subscription's secret, retried with backoff, without personal data. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

import pytest
from click.testing import CliRunner
from helpers import make_world
from local_servers import HookReceiver
from sqlalchemy import select

from workflow.cli import cli, main
from workflow.outbox.delivery import deliver_all, deliver_pending
from workflow.outbox.signing import verify
from workflow.outbox.webhooks import add_webhook, list_webhooks, remove_webhook
from workflow.scheduling.sweep import sweep
from workflow.settings import load_settings
from workflow.store.db import read, write
from workflow.store.models import outbox, security_log
from workflow.store.repository import Repository

SECRET = "a-secret-of-the-receiver-0123"
RECEIVED = date(2026, 3, 2)  # due 2026-03-30
T0 = datetime(2026, 3, 31, 1, 0, tzinfo=UTC)


def _world(engine, tmp_path):
    settings = load_settings()
    settings["channels"] = {
        **settings["channels"],
        "default": "file",
        "file": {"folder": str(tmp_path / "mail")},
    }
    return make_world(engine, today=RECEIVED, settings=settings)


def _subscribe(w, url: str, *events: str, agency: str | None = None) -> int:
    with write(w.engine) as conn:
        return add_webhook(
            conn, w.registry.vocabulary, agency or w.agency, url, list(events), SECRET, via="test"
        )["id"]


def _hook_rows(w) -> list[dict]:
    with read(w.engine) as conn:
        rows = conn.execute(select(outbox).where(outbox.c.kind == "webhook").order_by(outbox.c.id)).mappings()
        return [dict(r) for r in rows]


def _delivered(hook: HookReceiver) -> list[dict]:
    return [json.loads(body) for _, body in hook.requests]


def test_a_registration_is_delivered_signed_with_the_subscriptions_secret_and_no_personal_data(
    engine, tmp_path
):
    w = _world(engine, tmp_path)
    with HookReceiver() as hook:
        webhook_id = _subscribe(w, hook.url, "registered")
        case_no = w.register(on=RECEIVED, applicant_name="王小明")
        result = deliver_all(w.services)
        assert result.failed == 0
        [(headers, body)] = hook.requests
    verify(headers, body, SECRET, max_age_seconds=300)  # raises if the signature or its time is wrong
    payload = json.loads(body)
    assert payload == {
        "event": "registered",
        "event_label": "已登记",
        "case_no": case_no,
        "state": "received",
        "state_label": "已登记",
        "due": w.clock(case_no, "reply").due_on.isoformat(),
        "occurred_at": payload["occurred_at"],
        "key": f"webhook:{webhook_id}:{case_no}:1",
    }
    assert headers["Idempotency-Key"] == payload["key"] and payload["occurred_at"].startswith("20")
    assert "王" not in body.decode("utf-8")


def test_a_state_change_is_delivered_to_its_subscribers_only(engine, tmp_path):
    w = _world(engine, tmp_path)
    with HookReceiver() as hook:
        _subscribe(w, hook.url, "state_changed")
        case_no = w.register(on=RECEIVED)
        assert _hook_rows(w) == []  # subscribed to state changes only
        w.fire(case_no, "accept", RECEIVED)
        deliver_all(w.services)
    [payload] = _delivered(hook)
    assert (payload["event"], payload["state"], payload["state_label"]) == (
        "state_changed",
        "in_review",
        "审核办理中",
    )


def test_another_agencys_subscription_hears_nothing_of_this_agencys_cases(engine, tmp_path):
    w = _world(engine, tmp_path)
    with write(w.engine) as conn:
        Repository(conn).add_agency("other", "另一机关", "OTH")
    _subscribe(w, "http://127.0.0.1:9/hook", agency="other")
    w.register(on=RECEIVED)
    assert _hook_rows(w) == []


def test_a_failed_delivery_is_retried_with_backoff_and_signed_again(engine, tmp_path):
    w = _world(engine, tmp_path)
    with HookReceiver([500]) as hook:
        _subscribe(w, hook.url, "registered")
        w.register(on=RECEIVED)
        now = datetime.now(UTC)
        first = deliver_pending(w.services, now, rng=random.Random(1))
        [row] = _hook_rows(w)
        assert (first.retried, row["status"], row["attempts"]) == (1, "pending", 1)
        assert "HTTP 500" in row["last_error"]
        wait = (row["next_attempt_at"].replace(tzinfo=UTC) - now).total_seconds()
        assert 15 <= wait <= 45  # the outbox's backoff: base 30 s times a jitter in [0.5, 1.5)
        assert deliver_pending(w.services, now + timedelta(seconds=5)).claimed == 0
        second = deliver_pending(w.services, now + timedelta(seconds=60))
        assert second.sent == 1 and _hook_rows(w)[0]["status"] == "sent"
    assert len(hook.requests) == 2
    keys = {headers["Idempotency-Key"] for headers, _ in hook.requests}
    assert len(keys) == 1
    for headers, body in hook.requests:
        verify(headers, body, SECRET, max_age_seconds=300)


def test_a_removed_subscription_fails_its_waiting_deliveries_without_sending(engine, tmp_path):
    w = _world(engine, tmp_path)
    with HookReceiver() as hook:
        webhook_id = _subscribe(w, hook.url)
        w.register(on=RECEIVED)
        with write(w.engine) as conn:
            remove_webhook(conn, webhook_id, via="test")
        result = deliver_all(w.services)
    assert hook.requests == [] and result.failed == 1
    assert "removed" in _hook_rows(w)[0]["last_error"]


def test_the_sweep_raises_due_soon_then_overdue_once_each(engine, tmp_path):
    w = _world(engine, tmp_path)
    case_no = w.register(on=RECEIVED)
    w.fire(case_no, "accept", RECEIVED)
    with HookReceiver() as hook:
        _subscribe(w, hook.url, "due_soon", "overdue")
        w.today = date(2026, 3, 25)  # three working days before 03-30
        sweep(w.services, w.today, clock_fn=lambda: T0 - timedelta(days=6))
        sweep(w.services, w.today, clock_fn=lambda: T0 - timedelta(days=6, hours=-1))  # again: nothing new
        w.today = date(2026, 3, 31)
        sweep(w.services, w.today, clock_fn=lambda: T0)
        deliver_all(w.services)
    events = [(p["event"], p["event_label"], p["due"]) for p in _delivered(hook)]
    assert sorted(events) == [("due_soon", "即将到期", "2026-03-30"), ("overdue", "已逾期", "2026-03-30")]
    assert all(p["case_no"] == case_no and p["state_label"] == "审核办理中" for p in _delivered(hook))


def _run(db_url: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db_url, "--json", "webhook", *args])


def test_webhook_add_list_remove_on_the_command_line(engine, db_url, tmp_path):
    w = _world(engine, tmp_path)
    added = _run(
        db_url, "add", w.agency, "https://portal.example.gov.cn/hook", "--events", "registered,overdue"
    )
    assert added.exit_code == 0, added.output
    made = json.loads(added.output)
    assert made["events"] == ["registered", "overdue"] and len(made["secret"]) >= 32  # made when not given
    listed = _run(db_url, "list", "--agency", w.agency)
    assert made["secret"] not in listed.output
    assert [(h["id"], h["events"]) for h in json.loads(listed.output)] == [
        (made["id"], ["overdue", "registered"])
    ]
    assert _run(db_url, "remove", str(made["id"])).exit_code == 0
    with read(w.engine) as conn:
        assert list_webhooks(conn) == []
        kinds = list(
            conn.execute(select(security_log.c.kind).where(security_log.c.kind.like("webhook_%"))).scalars()
        )
    assert kinds == ["webhook_added", "webhook_removed"]


def test_webhook_add_refuses_an_unknown_event_a_bad_url_or_a_short_secret_with_exit_code_2(
    engine, db_url, tmp_path, monkeypatch, capsys
):
    w = _world(engine, tmp_path)
    for args, words in (
        (["https://a.example/h", "--events", "deleted"], "events must be among"),
        (["ftp://a.example/h"], "http(s)"),
        (["https://a.example/h", "--secret", "short"], "at least 16"),
    ):
        monkeypatch.setattr("sys.argv", ["disclosure", "--db", db_url, "webhook", "add", w.agency, *args])
        with pytest.raises(SystemExit) as done:
            main()
        assert done.value.code == 2 and words in capsys.readouterr().err
    with read(w.engine) as conn:
        assert list_webhooks(conn) == []
