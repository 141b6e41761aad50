"""The scheduler lease: one leader per database, and the fencing token that stops a former leader.

:class:`Lease` is the row ``scheduler_lease(name)`` seen from one holder. ``workflow.scheduling.scheduler``
drives it (acquire while standby, renew while leader, release on shutdown) and hands
:meth:`Lease.fence` to every job as the first statement of its write transaction.

Concurrency contract (the lease's part; failover, idempotence and delivery: ``workflow.scheduling.scheduler``)
-------------------------------------------------------------------------------------------------

- **One leader per database.** The row ``scheduler_lease(name)`` names the holder, its expiry and a
  fencing token. *Acquire* is one write transaction: ``UPDATE .. SET holder = me, expires_at = now +
  lease, fencing_token = fencing_token + 1 (unless I already hold it) WHERE name = ? AND (expires_at <
  now OR holder = me)``, or an ``INSERT .. ON CONFLICT DO NOTHING`` of the first row. PostgreSQL
  re-checks the WHERE clause on the locked row, SQLite runs the transaction under its write lock,
  so two standbys can never both win.
- **Renewal** (every lease/3) extends ``expires_at`` only while holder and token are still ours. A
  leader that fails to renew (it lost the row) stops being leader; if the database is unreachable it
  keeps trying, and its writes are refused by the fencing check below anyway.
- **Fencing.** Every job writes in one transaction that *starts* by renewing the lease for (holder,
  token) and aborts (``LeaseLost``, nothing written) when that matches no row. The renewal locks the
  lease row (PostgreSQL) or holds the database write lock (SQLite) until the job commits, so no
  other process can take over in the middle of a job: a paused or partitioned former leader ("zombie")
  that wakes up after a takeover finds a new token and writes nothing. Sweeps are therefore never
  concurrent; each is recorded in ``sweep_run`` with its holder and start and finish times.
- **Clocks.** Lease times come from this process's clock (``now``); the hosts running schedulers must
  keep their clocks within a small fraction of ``lease_seconds`` (NTP). Keep ``lease_seconds`` above
  the longest sweep (a million open cases: about ten seconds on SQLite) so that a busy leader is not
  taken for dead.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, case, select, update
from sqlalchemy.dialects import postgresql, sqlite

from workflow.store.db import read, write
from workflow.store.models import scheduler_lease
from workflow.store.repository import utcnow

DEFAULT_LEASE_NAME = "scheduler"


class LeaseLost(RuntimeError):
    """This process no longer holds the lease (or never did): the job wrote nothing."""


def default_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Lease:
    """The scheduler lease row, seen from one holder."""

    def __init__(
        self,
        engine: Engine,
        holder: str,
        seconds: float,
        *,
        name: str = DEFAULT_LEASE_NAME,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine, self.holder, self.seconds, self.name, self.clock = (
            engine,
            holder,
            float(seconds),
            name,
            clock,
        )
        self.token: int | None = None

    @property
    def held(self) -> bool:
        return self.token is not None

    def _expiry(self) -> tuple[datetime, datetime]:
        now = self.clock()
        return now, now + timedelta(seconds=self.seconds)

    def acquire(self) -> bool:
        """Take the lease if it is free, expired or already ours; True when we hold it afterwards."""
        with write(self.engine) as conn:
            now, expires = self._expiry()
            t = scheduler_lease
            took = (
                conn.execute(
                    update(t)
                    .where(t.c.name == self.name, (t.c.expires_at < now) | (t.c.holder == self.holder))
                    .values(
                        holder=self.holder,
                        expires_at=expires,
                        fencing_token=case(
                            (t.c.holder == self.holder, t.c.fencing_token), else_=t.c.fencing_token + 1
                        ),
                    )
                ).rowcount
                == 1
            )
            if not took:
                ins = (
                    (postgresql if conn.dialect.name == "postgresql" else sqlite)
                    .insert(t)
                    .values(name=self.name, holder=self.holder, expires_at=expires, fencing_token=1)
                )
                took = (
                    conn.execute(
                        ins.on_conflict_do_nothing(index_elements=["name"]).execution_options(
                            preserve_rowcount=True
                        )
                    ).rowcount
                    or 0
                ) == 1
            if took:
                self.token = int(
                    conn.execute(select(t.c.fencing_token).where(t.c.name == self.name)).scalar_one()
                )
            else:
                self.token = None
        return took

    def _extend(self, conn: Connection) -> bool:
        if self.token is None:
            return False
        _, expires = self._expiry()
        t = scheduler_lease
        return (
            conn.execute(
                update(t)
                .where(t.c.name == self.name, t.c.holder == self.holder, t.c.fencing_token == self.token)
                .values(expires_at=expires)
            ).rowcount
            == 1
        )

    def renew(self) -> bool:
        """Extend our lease; False (and no longer held) when someone else has taken it."""
        with write(self.engine) as conn:
            ok = self._extend(conn)
        if not ok:
            self.token = None
        return ok

    def fence(self, conn: Connection) -> None:
        """The first statement of every job's write transaction: renew (holder, token) or abort."""
        if not self._extend(conn):
            token, self.token = self.token, None
            raise LeaseLost(f"lease {self.name!r} is not held by {self.holder} (token {token})")

    def release(self) -> None:
        """Give the lease up at once (clean shutdown), so a standby takes over without waiting."""
        if self.token is None:
            return
        t = scheduler_lease
        with write(self.engine) as conn:
            conn.execute(
                update(t)
                .where(t.c.name == self.name, t.c.holder == self.holder, t.c.fencing_token == self.token)
                .values(expires_at=self.clock() - timedelta(seconds=1))
            )
        self.token = None

    @staticmethod
    def current(engine: Engine, name: str = DEFAULT_LEASE_NAME) -> dict[str, Any] | None:
        with read(engine) as conn:
            row = (
                conn.execute(select(scheduler_lease).where(scheduler_lease.c.name == name)).mappings().first()
            )
        return dict(row) if row else None


__all__ = ["DEFAULT_LEASE_NAME", "Lease", "LeaseLost", "default_holder"]


def end_abandoned_transactions(engine: Engine, lease_seconds: float) -> None:
    """PostgreSQL: have the server end a session that sits in a transaction longer than the lease.

    Every job's transaction starts by renewing the lease row (``Lease.fence``), so it holds that
    row's lock until it commits. A leader frozen inside one (SIGSTOP, a paused VM) would keep the
    lock, and a standby's ``acquire`` would wait on it for ever: no failover. With this setting the
    server ends the frozen session once it has been idle in its transaction for one lease period,
    which rolls it back and frees the row; the frozen process finds its connection gone when it
    wakes, and its next job fails its fence. SQLite has no server to do this: a process frozen
    inside a write transaction holds the database's write lock, so nobody can write (the standby's
    takeover included) until that process is killed or resumes.
    """
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import event

    milliseconds = max(1000, round(lease_seconds * 1000))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET idle_in_transaction_session_timeout = {milliseconds}")
        dbapi_conn.commit()  # a SET inside a transaction that is rolled back would be undone

    engine.dispose()  # connections opened before this point lack the setting
