"""Steps 1 and 3 of the outbox's delivery (the contract is in ``workflow.outbox.delivery``): claiming due rows,
and recording what became of them, with the retry backoff.

Both are the only writes delivery makes, each one short transaction that the caller opens
(``workflow.store.db.write``). The claim fences the record: a row is recorded only while it is still
``sending`` with the ``claimed_until`` this worker set, so a worker whose claim expired and was taken
over cannot overwrite the new claimer's outcome.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select, update

from workflow.privacy import redact_credentials
from workflow.store.models import outbox

# the logger of ``workflow.outbox.delivery``, where these records were written before the split
log = logging.getLogger("workflow.outbox.delivery")


@dataclass(frozen=True)
class OutboxSettings:
    max_attempts: int = 8
    base_delay_seconds: float = 30.0
    max_delay_seconds: float = 3600.0
    claim_seconds: float = 300.0
    batch_size: int = 100
    poll_seconds: float = 60.0

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> OutboxSettings:
        raw = dict(settings.get("outbox") or {})
        given = {
            f.name: type(getattr(cls, f.name))(raw[f.name])
            for f in fields(cls)
            if raw.get(f.name) is not None
        }
        return cls(**given)


@dataclass
class DeliveryResult:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    lost_claims: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def backoff_seconds(attempts_before: int, cfg: OutboxSettings, rng: random.Random | None = None) -> float:
    """``min(max_delay, base * 2**attempts_before)`` times a jitter in [0.5, 1.5)."""
    exp = min(max(attempts_before, 0), 40)
    delay = min(cfg.max_delay_seconds, cfg.base_delay_seconds * (2**exp))
    return delay * (0.5 + (rng or random).random())


def claim_batch(conn: Connection, now: datetime, limit: int, cfg: OutboxSettings) -> list[dict[str, Any]]:
    """Set up to ``limit`` due rows (pending and due, or sending past their claim) to ``sending`` with
    ``claimed_until = now + claim_seconds``, and return them. ``FOR UPDATE SKIP LOCKED`` keeps
    concurrent PostgreSQL claimers on disjoint rows; on SQLite the write transaction serialises them."""
    until = now + timedelta(seconds=cfg.claim_seconds)
    due = (
        select(outbox.c.id)
        .where(outbox.c.status == "pending", outbox.c.next_attempt_at <= now)
        .order_by(outbox.c.next_attempt_at, outbox.c.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(conn.execute(due).scalars())
    stale_rows: list[Any] = []
    if len(ids) < limit:
        stale = (
            select(outbox.c.id, outbox.c.attempts)
            .where(outbox.c.status == "sending", outbox.c.claimed_until < now)
            .order_by(outbox.c.claimed_until, outbox.c.id)
            .limit(limit - len(ids))
            .with_for_update(skip_locked=True)
        )
        stale_rows = list(conn.execute(stale))
    if stale_rows:
        # the worker that claimed these died (or hung) mid-send: that attempt counts, outcome unknown
        dead = [r.id for r in stale_rows if r.attempts + 1 >= cfg.max_attempts]
        retry = [r.id for r in stale_rows if r.attempts + 1 < cfg.max_attempts]
        note = "认领超时（发送进程中断）/ claim expired: the sending worker stopped"
        if dead:
            conn.execute(
                update(outbox)
                .where(outbox.c.id.in_(dead))
                .values(status="failed", attempts=outbox.c.attempts + 1, claimed_until=None, last_error=note)
            )
        if retry:
            conn.execute(
                update(outbox)
                .where(outbox.c.id.in_(retry))
                .values(attempts=outbox.c.attempts + 1, last_error=note)
            )
            ids += retry
    if not ids:
        return []
    conn.execute(update(outbox).where(outbox.c.id.in_(ids)).values(status="sending", claimed_until=until))
    rows = conn.execute(select(outbox).where(outbox.c.id.in_(ids)).order_by(outbox.c.id)).mappings()
    return [dict(r) for r in rows]


def record_outcomes(
    conn: Connection,
    outcomes: list[tuple[dict[str, Any], str, str | None]],
    now: datetime,
    cfg: OutboxSettings,
    rng: random.Random | None,
    result: DeliveryResult,
) -> None:
    """Write each ``(row, sent|retry|failed, error)`` back to its row while the claim is still ours,
    counting into ``result`` (a lost claim counts as ``lost_claims`` and changes nothing)."""
    for row, outcome, error in outcomes:
        mine = update(outbox).where(
            outbox.c.id == row["id"],
            outbox.c.status == "sending",
            outbox.c.claimed_until == row["claimed_until"],
        )
        values: dict[str, Any] = {"claimed_until": None}
        if outcome == "sent":
            values.update(status="sent", sent_at=now)
        else:
            status = "pending" if outcome == "retry" else "failed"
            # a webhook's URL is its credential: it never reaches the table, nor the log below
            error = redact_credentials(error)[:2000]
            values.update(status=status, attempts=row["attempts"] + 1, last_error=error)
            if outcome == "retry":
                delay = backoff_seconds(row["attempts"], cfg, rng)
                values["next_attempt_at"] = now + timedelta(seconds=delay)
        if conn.execute(mine.values(**values)).rowcount != 1:
            result.lost_claims += 1
            log.warning("outbox %s: claim lost before recording %s", row["id"], outcome)
            continue
        if outcome != "sent":
            level = logging.WARNING if outcome == "failed" else logging.INFO
            log.log(level, "outbox %s (%s): %s: %s", row["id"], row["channel"], outcome, values["last_error"])
        counter = {"sent": "sent", "retry": "retried", "failed": "failed"}[outcome]
        setattr(result, counter, getattr(result, counter) + 1)


__all__ = ["DeliveryResult", "OutboxSettings", "backoff_seconds", "claim_batch", "record_outcomes"]
