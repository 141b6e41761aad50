"""The outbox: messages queued inside business transactions, delivered later, retried with backoff.

A row is queued in the same transaction as the fact it reports (an alert, a transition, a digest),
so a message exists if and only if its fact was committed. Delivery is *at least once*:

1. **claim** (one short write transaction): rows that are ``pending`` and due
   (``next_attempt_at <= now``), or stuck in ``sending`` past ``claimed_until`` (the worker that
   claimed them died), are set to ``sending`` with ``claimed_until = now + claim_seconds``.
   PostgreSQL selects them ``FOR UPDATE SKIP LOCKED`` so concurrent workers take disjoint rows;
   SQLite's ``BEGIN IMMEDIATE`` write transaction serialises the claimers.
2. **send**, outside any transaction, through the row's channel (``workflow.outbox.channels``),
   rendering the stored template with the stored context at this moment. The message carries the
   row's idempotency key (SMTP ``Message-ID``, webhook ``Idempotency-Key``, the file's name), so a
   receiver can recognise a repeat after an unclear failure.
3. **record** (one write transaction): ``sent`` with ``sent_at``; or, on a retryable
   ``DeliveryError``, ``attempts + 1`` and ``next_attempt_at = now + min(max_delay, base * 2**n)``
   times a random jitter in [0.5, 1.5) (n = attempts before this one); after ``max_attempts``, or at
   once for a permanent error (no address, template error), ``failed`` with ``last_error``. The
   record only applies while the claim is still ours (same ``claimed_until``).

``disclosure outbox retry ID`` puts a failed row back to ``pending`` with its attempts reset.

The steps live in their own modules: claiming and recording, with the backoff, in
``workflow.outbox.claim``; building the context and rendering the message in ``workflow.outbox.compose``;
choosing the recipient's channel and address in ``workflow.outbox.recipients``. This module runs them
in order and keeps the operators' views of the queue; importers keep importing from here.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select, update

from workflow.errors import NotFoundError, ValidationError
from workflow.outbox.claim import (
    DeliveryResult,
    OutboxSettings,
    record_outcomes,
)
from workflow.outbox.claim import claim_batch as _claim  # the name tests import
from workflow.outbox.compose import compose, message_contexts
from workflow.privacy import redact_credentials
from workflow.store.db import read, write
from workflow.store.models import app_user, disclosure_case, outbox
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from workflow.outbox.channels import Channel
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "failed")
Fence = Callable[[Connection], None]


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands timestamps back naive (they are stored in UTC): make them aware."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- delivery -------------------------------------------------------------------------------------


class ChannelCache(dict):
    """Channels by name, built from the settings on first use."""

    def __init__(self, settings: Mapping[str, Any], given: Mapping[str, Channel] | None = None) -> None:
        super().__init__(given or {})
        self.settings = settings

    def get_channel(self, name: str) -> Channel:
        if name not in self:
            from workflow.outbox.channels import channel_from_settings

            self[name] = channel_from_settings(name, dict(self.settings))
        return self[name]


def channels_in_use(services: Runtime) -> list[str]:
    """The configured channels delivery would open: the default, every section with a URL, and those
    that waiting messages or users' preferences name (a name with no section fails its messages one
    by one, as before: it does not stop the other channels)."""
    from workflow.outbox.recipients import default_channel

    sections = {n: sec for n, sec in dict(services.settings.get("channels") or {}).items() if isinstance(sec, dict)}
    names = {default_channel(services.settings)} | {n for n, sec in sections.items() if sec.get("url")}
    waiting = select(outbox.c.channel).where(outbox.c.status.in_(("pending", "sending"))).distinct()
    preferred = select(app_user.c.addresses["prefer"].as_string()).distinct()
    with read(services.db) as conn:
        named = set(conn.execute(waiting).scalars()) | set(conn.execute(preferred).scalars())
    derived = {"wecom", "dingtalk"} if "webhook" in sections else set()  # robots share the webhook section
    names |= {n for n in named if n in sections or n in derived}
    return sorted(names)


def check_channels(services: Runtime) -> list[str]:
    """Open every channel in use, as delivery would, before a scheduler or a delivery run starts: a
    channel that cannot work (a webhook with an empty secret not declared ``unsigned``, an unknown
    type, a bad setting) is one clear error now rather than a failed message per attempt later."""
    from workflow.outbox.channels import DeliveryError, channel_from_settings

    names = channels_in_use(services)
    for name in names:
        try:
            channel_from_settings(name, dict(services.settings))
        except DeliveryError as exc:
            raise ValidationError(redact_credentials(str(exc))) from None
    return names


def deliver_pending(
    services: Runtime,
    now: datetime | None = None,
    limit: int | None = None,
    *,
    channels: Mapping[str, Channel] | None = None,
    rng: random.Random | None = None,
    fence: Fence | None = None,
) -> DeliveryResult:
    """Claim, send and record one batch of due messages; returns what happened to them.

    ``now`` is injectable (tests, catch-up); ``channels`` replaces the configured channels by name;
    ``fence`` runs first inside the claim transaction (the scheduler's lease check).
    """
    from workflow.outbox.channels import DeliveryError

    cfg = OutboxSettings.from_settings(services.settings)
    now = now or utcnow()
    with write(services.db) as conn:
        if fence is not None:
            fence(conn)
        rows = _claim(conn, now, limit or cfg.batch_size, cfg)
    result = DeliveryResult(claimed=len(rows))
    if not rows:
        return result
    cache = channels if isinstance(channels, ChannelCache) else ChannelCache(services.settings, channels)
    try:
        contexts = message_contexts(services, rows)
    except Exception as exc:  # noqa: BLE001 - the database went away: give the claims back later
        log.warning("outbox: cannot build contexts (%s); claims expire and are retried", exc)
        return result
    outcomes: list[tuple[dict[str, Any], str, str | None]] = []  # (row, sent|retry|failed, error)
    for row in rows:
        try:
            message = compose(row, contexts[row["id"]])
        except Exception as exc:  # noqa: BLE001 - a template error cannot be fixed by retrying
            outcomes.append((row, "failed", f"模板渲染失败 / render failed: {type(exc).__name__}: {exc}"))
            continue
        try:
            cache.get_channel(row["channel"]).send(message)
            outcomes.append((row, "sent", None))
        except DeliveryError as exc:
            permanent = not exc.retryable or row["attempts"] + 1 >= cfg.max_attempts
            outcomes.append((row, "failed" if permanent else "retry", str(exc)))
        except Exception as exc:  # noqa: BLE001 - an unexpected channel bug: retry like a transient error
            permanent = row["attempts"] + 1 >= cfg.max_attempts
            outcomes.append((row, "failed" if permanent else "retry", f"{type(exc).__name__}: {exc}"))
    with write(services.db) as conn:
        record_outcomes(conn, outcomes, now, cfg, rng, result)
    return result


def deliver_all(
    services: Runtime, now: datetime | None = None, *, max_batches: int = 1000, **kwargs: Any
) -> DeliveryResult:
    """Deliver batches until nothing due is left (or ``max_batches``). The outbox only delivers: a
    caller that wants the notices of letters owed sent in the same run makes the letters first."""
    total = DeliveryResult()
    for _ in range(max_batches):
        r = deliver_pending(services, now, **kwargs)
        for k, v in r.as_dict().items():
            setattr(total, k, getattr(total, k) + v)
        if r.claimed == 0:
            break
    return total


# -- listing and manual retry ---------------------------------------------------------------------


def list_messages(services: Runtime, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    if status is not None and status not in STATUSES:
        raise ValidationError(f"状态无效 {status!r} / status must be one of: {', '.join(STATUSES)}")
    q = (
        select(
            outbox.c.id,
            outbox.c.idempotency_key,
            outbox.c.kind,
            outbox.c.template,
            outbox.c.channel,
            outbox.c.address,
            outbox.c.status,
            outbox.c.attempts,
            outbox.c.next_attempt_at,
            outbox.c.sent_at,
            outbox.c.last_error,
            outbox.c.created_at,
            disclosure_case.c.case_no,
            func.coalesce(app_user.c.display_name, app_user.c.name).label("recipient"),
        )
        .outerjoin(disclosure_case, disclosure_case.c.id == outbox.c.case_id)
        .outerjoin(app_user, app_user.c.id == outbox.c.recipient_user_id)
        .order_by(outbox.c.id.desc())
        .limit(limit)
    )
    if status is not None:
        q = q.where(outbox.c.status == status)
    with read(services.db) as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
    for r in rows:
        for k in ("next_attempt_at", "sent_at", "created_at"):
            r[k] = as_utc(r[k])
        # rows recorded before errors were redacted, and webhook addresses, show no credentials
        r["address"] = redact_credentials(r["address"]) or None
        r["last_error"] = redact_credentials(r["last_error"]) or None
    return rows


def count_by_status(services: Runtime) -> dict[str, int]:
    with read(services.db) as conn:
        return {
            s: n for s, n in conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status))
        }


def retry_message(services: Runtime, outbox_id: int, now: datetime | None = None) -> dict[str, Any]:
    """Put a failed message back in the queue (attempts reset); refuses any other status."""
    now = now or utcnow()
    with write(services.db) as conn:
        row = conn.execute(select(outbox.c.id, outbox.c.status).where(outbox.c.id == outbox_id)).first()
        if row is None:
            raise NotFoundError(f"消息不存在 / no outbox message with id {outbox_id}")
        if row.status != "failed":
            raise ValidationError(
                f"消息 {outbox_id} 状态为 {row.status}，只能重试发送失败（failed）的消息 / "
                f"only failed messages can be retried"
            )
        conn.execute(
            update(outbox)
            .where(outbox.c.id == outbox_id, outbox.c.status == "failed")
            .values(status="pending", attempts=0, next_attempt_at=now, claimed_until=None)
        )
    return {"id": outbox_id, "status": "pending", "attempts": 0, "next_attempt_at": now}
