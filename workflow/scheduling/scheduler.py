"""The scheduler: one active process per database, chosen by a lease row, running the timed jobs.

Jobs (APScheduler 3 ``BackgroundScheduler``, watched by the main thread until a stop signal; time
zone Asia/Shanghai; jobs defined in code and kept in memory: there is no persistent job store, the
database itself says what is due):

* ``sweep``: the deadline sweep (``workflow.scheduling.sweep``) every ``alerts.sweep_every_minutes``, once at
  start and again whenever this process becomes the leader;
* ``outbox``: every ``outbox.poll_seconds`` (60), the letters transitions owe are made
  (``workflow.letters.worker``) and then the queued messages delivered (``workflow.outbox.delivery``);
* ``daily``: at ``alerts.digest_time`` (08:30) the supervisors' digest and the annual-report
  reminders (``workflow.scheduling.digest``), working days only, and the audit anchor
  (``workflow.scheduling.anchor``), every day; also on becoming leader when that time has
  passed today (their idempotency keys make a second run a no-op);
* ``renew`` every ``lease_seconds / 3`` while leader, ``poll`` every ``scheduler.poll_seconds``
  (default ``lease_seconds / 10``) while standby.

Concurrency contract
--------------------

Leadership, renewal, fencing and clock skew are the lease's part (``workflow.scheduling.lease``);
failover, idempotence and delivery rest on how the jobs use it:

- **Failover.** A leader that dies (even by ``kill -9``) stops renewing; its lease expires at most
  ``lease_seconds`` after its last renewal, and a standby polling every ``poll_seconds`` takes over
  within ``lease_seconds + poll_seconds`` of the death, with a new fencing token. A clean shutdown
  releases the lease at once. A leader *frozen* inside a job's transaction holds the lease row's
  lock; on PostgreSQL the server ends that session after one lease period
  (``end_abandoned_transactions``), so the standby takes over within about two. SQLite cannot:
  there a frozen writer holds the database's write lock until it is killed or resumes.
- **Idempotence.** A job that dies half-way rolls back; the next leader's sweep computes what is due
  from the database as of today, so downtime or a takeover never skips an alert and never creates
  one twice (the unique (clock, level, due date) constraint, the outbox idempotency keys).
- **Delivery** is at least once: the outbox claim is fenced; sending happens outside the
  transaction; a message claimed by a worker that died is claimed again after ``claimed_until``.
  The idempotency key travels with every message so a receiver can drop a repeat.
- **Letters** are made exactly once without the fence: taking a letter request deletes it in the
  transaction that stores its letters, so a second worker (or a leader that lost its lease) finds
  nothing to take.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, time
from time import sleep
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from workflow.scheduling.lease import (
    DEFAULT_LEASE_NAME,
    Lease,
    LeaseLost,
    default_holder,
    end_abandoned_transactions,
)
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
STOP_POLL_SECONDS = 0.5


def _parse_time(value: Any, default: time) -> time:
    if not value:
        return default
    if isinstance(value, time):
        return value
    if isinstance(value, int):  # YAML reads 08:30 unquoted as sexagesimal minutes
        return time(value // 60 % 24, value % 60)
    hour, minute = (int(x) for x in str(value).split(":")[:2])
    return time(hour, minute)


class Scheduler:
    """The jobs, the lease and the APScheduler wiring of one scheduler process."""

    def __init__(
        self,
        services: Runtime,
        *,
        holder: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        lease_seconds: float | None = None,
        poll_seconds: float | None = None,
        sweep_minutes: float | None = None,
    ) -> None:
        cfg = dict(services.settings.get("scheduler") or {})
        alerts = dict(services.settings.get("alerts") or {})
        self.services = services
        self.clock = clock
        self.holder = holder or default_holder()
        self.lease_seconds = float(lease_seconds or cfg.get("lease_seconds", 30))
        poll = float(poll_seconds or cfg.get("poll_seconds") or max(self.lease_seconds / 10, 0.2))
        self.poll_seconds = min(poll, self.lease_seconds / 3)
        self.sweep_minutes = float(sweep_minutes or alerts.get("sweep_every_minutes", 15))
        self.digest_time = _parse_time(alerts.get("digest_time"), time(8, 30))
        from workflow.outbox.claim import OutboxSettings

        self.outbox_seconds = OutboxSettings.from_settings(services.settings).poll_seconds
        end_abandoned_transactions(services.db, self.lease_seconds)
        self.lease = Lease(
            services.db,
            self.holder,
            self.lease_seconds,
            name=str(cfg.get("lease_name", DEFAULT_LEASE_NAME)),
            clock=clock,
        )
        self.tz = ZoneInfo(services.time_zone)
        self._aps: BackgroundScheduler | None = None
        self._lock = threading.Lock()
        self._delivering = threading.Lock()
        self._renewed_at: datetime | None = None

    # -- leadership -------------------------------------------------------------------------------

    @property
    def is_leader(self) -> bool:
        return self.lease.held

    def heartbeat(self) -> bool:
        """Renew while leader, try to acquire while standby; returns whether we lead afterwards."""
        with self._lock:
            was = self.lease.held
            try:
                now_leader = self.lease.renew() if was else self.lease.acquire()
            except Exception as exc:  # noqa: BLE001 - the database is away: try again next time
                log.warning("%s: lease %s failed: %s", self.holder, "renewal" if was else "poll", exc)
                return self.lease.held
        if now_leader and not was:
            log.info("%s: became the leader (token %s)", self.holder, self.lease.token)
            self._on_leadership()
        elif was and not now_leader:
            log.warning("%s: lost the lease; now standby", self.holder)
        return now_leader

    def _on_leadership(self) -> None:
        """Catch up at once: sweep, deliver, and today's digest if its time has passed."""
        if self._aps is None or not self._aps.running:
            return
        now = datetime.now(self.tz)
        for job_id in ("sweep", "outbox"):
            self._aps.modify_job(job_id, next_run_time=now)
        if self._daily_due():
            self._aps.modify_job("daily_catchup", next_run_time=now)

    def _daily_due(self) -> bool:
        return self.clock().astimezone(self.tz).time() >= self.digest_time

    def _fenced(self, name: str, fn: Callable[[], Any]) -> Any:
        if not self.lease.held:
            return None
        try:
            return fn()
        except LeaseLost as exc:
            log.warning("%s: %s aborted, nothing written: %s", self.holder, name, exc)
            return None

    # -- jobs ---------------------------------------------------------------------------------------

    def run_sweep(self) -> Any:
        from workflow.scheduling.sweep import sweep

        return self._fenced(
            "sweep",
            lambda: sweep(
                self.services,
                self.services.today(),
                holder=self.holder,
                fence=self.lease.fence,
                clock_fn=self.clock,
            ),
        )

    def run_outbox(self, max_batches: int = 100) -> Any:
        """Make the owed letters, then deliver. A poll that comes while a long delivery still runs
        returns at once: that delivery takes what is queued meanwhile in its next batch. (Left to
        APScheduler's ``max_instances`` the skipped poll would be a warning every poll_seconds.)"""
        from workflow.letters.worker import make_requested_letters
        from workflow.outbox.delivery import deliver_all

        def letters_then_delivery() -> Any:
            make_requested_letters(self.services)  # their notices go out in the same run
            return deliver_all(self.services, self.clock(), fence=self.lease.fence, max_batches=max_batches)

        if not self._delivering.acquire(blocking=False):
            log.debug("%s: outbox poll skipped, the previous delivery is still running", self.holder)
            return None
        try:
            return self._fenced("outbox", letters_then_delivery)
        finally:
            self._delivering.release()

    def run_daily(self) -> Any:
        from workflow.scheduling.anchor import queue_anchor
        from workflow.scheduling.digest import queue_digests, queue_report_reminders

        today = self.services.today()

        def all_three() -> tuple[int, int, int]:
            return (
                queue_digests(
                    self.services, today, fence=self.lease.fence, holder=self.holder, now=self.clock()
                ),
                queue_report_reminders(
                    self.services, today, fence=self.lease.fence, holder=self.holder, now=self.clock()
                ),
                queue_anchor(self.services, today, fence=self.lease.fence, holder=self.holder, now=self.clock()),
            )

        return self._fenced("daily", all_three)

    def run_daily_catchup(self) -> Any:
        return self.run_daily() if self._daily_due() else None

    def tick(self) -> bool:
        """One synchronous round (``disclosure scheduler --once``, tests): lease, sweep, daily jobs if
        their time has passed, deliver. Returns whether this process led the round."""
        if not self.heartbeat():
            return False
        self.run_sweep()
        self.run_daily_catchup()
        self.run_outbox()
        return self.lease.held

    # -- APScheduler ----------------------------------------------------------------------------------

    def build(self) -> BackgroundScheduler:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.memory import MemoryJobStore
        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        aps = BackgroundScheduler(
            timezone=self.tz,
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(4)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )
        now = datetime.now(self.tz)
        aps.add_job(
            self._lease_job,
            IntervalTrigger(seconds=min(self.lease_seconds / 3, self.poll_seconds), timezone=self.tz),
            id="lease",
            name="lease",
        )
        aps.add_job(
            self.run_sweep,
            IntervalTrigger(seconds=self.sweep_minutes * 60, timezone=self.tz),
            id="sweep",
            name="deadline sweep",
            next_run_time=now,
        )
        aps.add_job(
            self.run_outbox,
            IntervalTrigger(seconds=self.outbox_seconds, timezone=self.tz),
            id="outbox",
            name="outbox delivery",
            next_run_time=now,
            # the polls that come while one delivers return at once (run_outbox); room for a few in
            # flight keeps APScheduler from warning that it skipped one
            max_instances=3,
        )
        aps.add_job(
            self.run_daily,
            CronTrigger(hour=self.digest_time.hour, minute=self.digest_time.minute, timezone=self.tz),
            id="daily",
            name="digest and report reminders",
            misfire_grace_time=6 * 3600,
        )
        aps.add_job(
            self.run_daily_catchup,
            id="daily_catchup",
            name="digest catch-up",
            next_run_time=now,
            trigger=IntervalTrigger(days=1, timezone=self.tz),
        )
        self._aps = aps
        return aps

    def _lease_job(self) -> None:
        """Renew every lease/3 while leader; poll every poll_seconds while standby."""
        last = self._renewed_at
        if self.lease.held and last and (self.clock() - last).total_seconds() < self.lease_seconds / 3:
            return
        if self.heartbeat() and self.lease.held:
            self._renewed_at = self.clock()

    def start(self) -> None:
        """Run until SIGTERM / SIGINT; then let the running jobs finish and release the lease.

        The signal handler only records the signal; this thread sees it within
        ``STOP_POLL_SECONDS`` and shuts APScheduler down. Shutting down inside the handler hung the
        process: Python runs a handler on the main thread between any two of its bytecodes, and the
        main thread may then hold the thread pool's lock that shutting down waits for."""
        received: list[int] = []
        for sig in STOP_SIGNALS:  # before the lease is taken: a stop from then on gives it back
            with contextlib.suppress(ValueError):  # not the main thread (tests)
                signal.signal(sig, lambda signum, _frame: received.append(signum))
        try:
            self.heartbeat()
            aps = self.build()
            if self.is_leader:
                log.info("%s: leader at start (token %s)", self.holder, self.lease.token)
                self._renewed_at = self.clock()
            else:
                log.info("%s: standby; polling every %.1fs", self.holder, self.poll_seconds)
            aps.start()
            while aps.running and not received:
                sleep(STOP_POLL_SECONDS)
            if received:
                log.info("%s: signal %s, stopping", self.holder, received[0])
        finally:
            self.stop()

    def stop(self) -> None:
        if self._aps is not None and self._aps.running:
            self._aps.shutdown(wait=True)
        try:
            self.lease.release()
        except Exception as exc:  # noqa: BLE001
            log.warning("%s: could not release the lease: %s", self.holder, exc)


__all__ = ["Lease", "LeaseLost", "Scheduler", "default_holder"]
