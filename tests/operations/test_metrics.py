"""The figures ``/metrics`` serves are read from the database at scrape time, per agency and trigger."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from helpers import make_world
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert

from workflow.operations.metrics import Metrics, exposition
from workflow.scheduling.lease import Lease
from workflow.store.db import make_engine, write
from workflow.store.models import outbox, sweep_run


def samples(metrics: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = exposition(metrics).decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_it_counts_open_and_overdue_cases_per_agency(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    w.register(on=date(2026, 9, 1))  # its 20 working days ran out in October
    w.register(on=date(2026, 11, 20))
    concluded = w.register(on=date(2026, 11, 2))
    w.fire(concluded, "withdraw", on=date(2026, 11, 3))
    found = samples(Metrics(engine, lambda: w.today))
    assert found[("disclosure_cases_open", (("agency", "sjj"),))] == 2
    assert found[("disclosure_cases_overdue", (("agency", "sjj"),))] == 1
    assert found[("disclosure_database_up", ())] == 1


def test_it_counts_events_by_trigger(engine):
    w = make_world(engine)
    for _ in range(3):
        w.register()
    found = samples(Metrics(engine, lambda: w.today))
    assert found[("disclosure_events_total", (("trigger", "register"),))] == 3


def test_it_shows_the_outbox_by_channel_and_status_and_the_scheduler_lease(engine):
    now = datetime.now(UTC)
    with write(engine) as conn:
        conn.execute(insert(outbox), [
            {"idempotency_key": f"k{i}", "kind": "alert", "channel": channel, "template": "t", "context": {},
             "status": status, "next_attempt_at": now, "created_at": now}
            for i, (channel, status) in enumerate([("smtp", "failed"), ("smtp", "sent"), ("wecom", "pending")])])
        conn.execute(insert(sweep_run).values(job="sweep", business_date=date(2026, 11, 25), holder="h",
                                              started_at=now - timedelta(seconds=4), finished_at=now))
    assert Lease(engine, "host-a:1", 30).acquire()
    found = samples(Metrics(engine, date.today, lease_seconds=30))
    assert found[("disclosure_outbox_messages", (("channel", "smtp"), ("status", "failed")))] == 1
    assert found[("disclosure_outbox_messages", (("channel", "wecom"), ("status", "pending")))] == 1
    assert abs(found[("disclosure_job_last_duration_seconds", (("job", "sweep"),))] - 4) < 0.01
    renewed = found[("disclosure_scheduler_lease_renewed_timestamp_seconds", (("holder", "host-a:1"),))]
    assert abs(renewed - now.timestamp()) < 60


def test_a_scrape_answers_when_the_database_does_not(tmp_path):
    gone = make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none")
    found = samples(Metrics(gone, date.today))
    assert found[("disclosure_database_up", ())] == 0


def test_request_latency_is_labelled_by_route_template_not_by_case_number(engine):
    metrics = Metrics(engine, date.today)
    metrics.observe_request("GET", "/cases/{case_no}", 200, 0.02)
    found = samples(metrics)
    key = ("disclosure_http_request_duration_seconds_count",
           (("method", "GET"), ("route", "/cases/{case_no}"), ("status", "200")))
    assert found[key] == 1
