"""Prometheus metrics: what the web application and the scheduler serve at ``/metrics``.

The figures about the work (open and overdue cases per agency, events per trigger, the outbox per
channel and status, the scheduler lease, the last run of each job) are read from the database at
scrape time, so every process that serves them, on any host, gives the same answer and nothing is
lost when a process restarts. Only request latency is measured in the process that served the
request (one histogram per route template, so case numbers never become labels).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import Engine, and_, func, select

from workflow.store.db import read
from workflow.store.models import (
    agency,
    case_event,
    clock,
    disclosure_case,
    outbox,
    scheduler_lease,
    sweep_run,
)

__all__ = ["CONTENT_TYPE_LATEST", "DatabaseCollector", "Metrics", "exposition"]


class DatabaseCollector(Collector):
    """The work's figures, read from the database on every scrape."""

    def __init__(self, db: Engine, today: Callable[[], date], lease_seconds: float = 30.0) -> None:
        self.db, self.today, self.lease_seconds = db, today, lease_seconds

    def collect(self) -> Iterator[Any]:
        up = GaugeMetricFamily("disclosure_database_up", "1 when the database answered this scrape")
        try:
            with read(self.db) as conn:
                families = list(self._families(conn))
        except Exception:  # noqa: BLE001 - a scrape must answer; the gauge says the database did not
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        yield from families

    def _families(self, conn: Any) -> Iterator[Any]:
        today = self.today()
        open_cases = GaugeMetricFamily("disclosure_cases_open", "Applications not yet concluded", labels=["agency"])
        for code, n in conn.execute(select(agency.c.code, func.count()).select_from(
                disclosure_case.join(agency)).where(disclosure_case.c.concluded_on.is_(None)).group_by(agency.c.code)):
            open_cases.add_metric([code], n)
        yield open_cases

        overdue = GaugeMetricFamily("disclosure_cases_overdue",
                                    "Open applications whose running reply clock is past its due date",
                                    labels=["agency"])
        reply = and_(clock.c.case_id == disclosure_case.c.id, clock.c.kind == "reply", clock.c.party == "")
        for code, n in conn.execute(
                select(agency.c.code, func.count()).select_from(disclosure_case.join(agency).join(clock, reply))
                .where(disclosure_case.c.concluded_on.is_(None), clock.c.status == "running", clock.c.due_on < today)
                .group_by(agency.c.code)):
            overdue.add_metric([code], n)
        yield overdue

        events = CounterMetricFamily("disclosure_events", "Recorded case events (registrations and transitions) "
                                     "by trigger", labels=["trigger"])
        for trigger, n in conn.execute(select(case_event.c.trigger, func.count()).group_by(case_event.c.trigger)):
            events.add_metric([trigger], n)
        yield events

        messages = GaugeMetricFamily("disclosure_outbox_messages", "Outbox messages by channel and status",
                                     labels=["channel", "status"])
        for channel, status, n in conn.execute(select(outbox.c.channel, outbox.c.status, func.count())
                                               .group_by(outbox.c.channel, outbox.c.status)):
            messages.add_metric([channel, status], n)
        yield messages

        expires = GaugeMetricFamily("disclosure_scheduler_lease_expires_timestamp_seconds",
                                    "When the scheduler lease runs out unless renewed", labels=["holder"])
        renewed = GaugeMetricFamily("disclosure_scheduler_lease_renewed_timestamp_seconds",
                                    "When the lease holder last renewed", labels=["holder"])
        for holder, until in conn.execute(select(scheduler_lease.c.holder, scheduler_lease.c.expires_at)):
            moment = _timestamp(until)
            expires.add_metric([holder], moment)
            renewed.add_metric([holder], moment - self.lease_seconds)
        yield expires
        yield renewed

        duration = GaugeMetricFamily("disclosure_job_last_duration_seconds",
                                     "How long the last finished run of each scheduled job took", labels=["job"])
        finished = GaugeMetricFamily("disclosure_job_last_finished_timestamp_seconds",
                                     "When each scheduled job last finished", labels=["job"])
        latest = (select(sweep_run.c.job, func.max(sweep_run.c.id).label("id"))
                  .where(sweep_run.c.finished_at.is_not(None)).group_by(sweep_run.c.job).subquery())
        for job, started, ended in conn.execute(
                select(sweep_run.c.job, sweep_run.c.started_at, sweep_run.c.finished_at)
                .join(latest, latest.c.id == sweep_run.c.id)):
            duration.add_metric([job], max(0.0, _timestamp(ended) - _timestamp(started)))
            finished.add_metric([job], _timestamp(ended))
        yield duration
        yield finished


def _timestamp(moment: datetime) -> float:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


class Metrics:
    """One process's registry: the database figures, and request latency when it serves the web."""

    def __init__(self, db: Engine, today: Callable[[], date], lease_seconds: float = 30.0) -> None:
        self.registry = CollectorRegistry()
        self.registry.register(DatabaseCollector(db, today, lease_seconds))
        self.request_seconds = Histogram(
            "disclosure_http_request_duration_seconds", "Web request latency by route template",
            ["method", "route", "status"], registry=self.registry,
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.request_seconds.labels(method, route, str(status)).observe(seconds)


def exposition(metrics: Metrics) -> bytes:
    """The Prometheus text format of everything ``metrics`` knows."""
    return generate_latest(metrics.registry)
