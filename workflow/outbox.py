"""The outbox: messages queued inside business transactions, delivered later, retried with backoff.

A row is queued in the same transaction as the fact it reports (an alert, a transition, a digest),
so a message exists if and only if its fact was committed. Delivery is *at least once*:

1. **claim** (one short write transaction): rows that are ``pending`` and due
   (``next_attempt_at <= now``), or stuck in ``sending`` past ``claimed_until`` (the worker that
   claimed them died), are set to ``sending`` with ``claimed_until = now + claim_seconds``.
   PostgreSQL selects them ``FOR UPDATE SKIP LOCKED`` so concurrent workers take disjoint rows;
   SQLite's ``BEGIN IMMEDIATE`` write transaction serialises the claimers.
2. **send**, outside any transaction, through the row's channel (``workflow.notify.channels``),
   rendering the stored template with the stored context at this moment. The message carries the
   row's idempotency key (SMTP ``Message-ID``, webhook ``Idempotency-Key``, the file's name), so a
   receiver can recognise a repeat after an unclear failure.
3. **record** (one write transaction): ``sent`` with ``sent_at``; or, on a retryable
   ``DeliveryError``, ``attempts + 1`` and ``next_attempt_at = now + min(max_delay, base * 2**n)``
   times a random jitter in [0.5, 1.5) (n = attempts before this one); after ``max_attempts``, or at
   once for a permanent error (no address, template error), ``failed`` with ``last_error``. The
   record only applies while the claim is still ours (same ``claimed_until``).

``disclosure outbox retry ID`` puts a failed row back to ``pending`` with its attempts reset.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, String, cast, func, literal, literal_column, select, update
from sqlalchemy.sql.elements import ColumnElement

from workflow.errors import NotFoundError, ValidationError
from workflow.store.db import read, write
from workflow.store.models import agency, alert, app_user, clock, disclosure_case, outbox
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from workflow.notify.channels import Channel, OutgoingMessage
    from workflow.service import Services

log = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "failed")
Fence = Callable[[Connection], None]


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands timestamps back naive (they are stored in UTC): make them aware."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# -- settings -------------------------------------------------------------------------------------


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


def backoff_seconds(attempts_before: int, cfg: OutboxSettings, rng: random.Random | None = None) -> float:
    """``min(max_delay, base * 2**attempts_before)`` times a jitter in [0.5, 1.5)."""
    exp = min(max(attempts_before, 0), 40)
    delay = min(cfg.max_delay_seconds, cfg.base_delay_seconds * (2**exp))
    return delay * (0.5 + (rng or random).random())


# -- recipients -----------------------------------------------------------------------------------


def default_channel(settings: Mapping[str, Any]) -> str:
    return str((settings.get("channels") or {}).get("default") or "file")


def address_for(user: Mapping[str, Any], channel: str) -> str | None:
    """The user's address on ``channel``: e-mail for smtp and file, else ``addresses[channel]``."""
    if channel in ("smtp", "file"):
        return user.get("email") or None
    return (user.get("addresses") or {}).get(channel) or None


def recipient_channel(user: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[str, str | None]:
    """``(channel, address)``: ``addresses.prefer`` if the user set one, else ``channels.default``."""
    channel = (user.get("addresses") or {}).get("prefer") or default_channel(settings)
    return str(channel), address_for(user, str(channel))


def recipient_sql(settings: Mapping[str, Any]) -> ColumnElement:
    """The channel rule of :func:`recipient_channel` as SQL over ``app_user`` (set-based queueing).

    The address is left NULL by set-based queueing and looked up at delivery time
    (:func:`address_for`), so a corrected e-mail address reaches the messages still waiting."""
    prefer = app_user.c.addresses["prefer"].as_string()
    return func.coalesce(func.nullif(prefer, ""), literal(default_channel(settings), String))


def json_object_sql(dialect: str, pairs: list[tuple[str, ColumnElement]]) -> ColumnElement:
    """A JSON object built in SQL (SQLite ``json_object``, PostgreSQL ``json_build_object``)."""
    args: list[Any] = []
    for key, value in pairs:
        args += [literal_column("'" + key.replace("'", "''") + "'"), value]
    if dialect == "postgresql":
        return func.json_build_object(*args)
    return func.json_object(*args)


def concat_sql(*parts: str | ColumnElement) -> ColumnElement:
    """``'a' || x || ...`` with integers cast to text (same SQL on SQLite and PostgreSQL)."""
    out: ColumnElement | None = None
    for p in parts:
        e = literal(p, String) if isinstance(p, str) else cast(p, String)
        out = e if out is None else out + e
    assert out is not None
    return out


# -- delivery -------------------------------------------------------------------------------------


@dataclass
class DeliveryResult:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    lost_claims: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _claim(conn: Connection, now: datetime, limit: int, cfg: OutboxSettings) -> list[dict[str, Any]]:
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


def template_level(level: str) -> str:
    """The message's level for a stored alert level: ``before_due_3`` → ``before_due``,
    ``overdue_2`` → ``overdue_repeat``; others unchanged."""
    if level.startswith("before_due"):
        return "before_due"
    if level.startswith("overdue_") and level[len("overdue_") :].isdigit():
        return "overdue_repeat"
    return level


def signed_working_days(cal: Any, as_of: date, due: date) -> int:
    """Working days left from ``as_of`` to ``due`` (0 on the day, negative once overdue)."""
    if due >= as_of:
        return cal.working_days_in(as_of, due)
    return -cal.working_days_in(due, as_of)


def _d(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _alert_contexts(
    conn: Connection, services: Services, rows: list[dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    """Full template contexts for alert rows, from their stored snapshot plus the case as it is now."""
    by_alert: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        if r["kind"] == "alert" and isinstance(r.get("context"), dict) and r["context"].get("alert_id"):
            by_alert.setdefault(int(r["context"]["alert_id"]), []).append(r)
    if not by_alert:
        return {}
    clerk = app_user.alias("clerk")
    q = (
        select(
            alert.c.id,
            alert.c.level,
            alert.c.due_on,
            alert.c.created_on,
            clock.c.kind,
            clock.c.party,
            clock.c.target_on,
            clock.c.provisional,
            disclosure_case.c.case_no,
            disclosure_case.c.applicant_name,
            disclosure_case.c.applicant_type,
            disclosure_case.c.state,
            disclosure_case.c.subject,
            disclosure_case.c.definition_name,
            disclosure_case.c.definition_version,
            agency.c.name.label("agency_name"),
            func.coalesce(clerk.c.display_name, clerk.c.name).label("clerk_name"),
        )
        .join(clock, clock.c.id == alert.c.clock_id)
        .join(disclosure_case, disclosure_case.c.id == alert.c.case_id)
        .join(agency, agency.c.id == disclosure_case.c.agency_id)
        .outerjoin(clerk, clerk.c.id == disclosure_case.c.clerk_id)
        .where(alert.c.id.in_(list(by_alert)))
    )
    cal = services.calendar
    out: dict[int, dict[str, Any]] = {}
    for a in conn.execute(q).mappings():
        snap = by_alert[a["id"]][0]["context"]
        due = _d(snap.get("due")) or a["due_on"]
        as_of = _d(snap.get("as_of")) or a["created_on"]
        target = _d(snap.get("target")) if "target" in snap else a["target_on"]
        provisional = bool(snap.get("provisional", a["provisional"]))
        try:
            definition = services.registry.get(a["definition_name"], a["definition_version"])
            label = definition.clocks[a["kind"]]["label"]
        except Exception:  # noqa: BLE001 - a label is cosmetic
            label = a["kind"]
        left = signed_working_days(cal, as_of, due)
        clock_ctx = {
            "kind": a["kind"],
            "label": label,
            "party": a["party"] or None,
            "due": due,
            "target": target,
            "provisional": provisional,
        }
        full = {
            **snap,
            "level": template_level(a["level"]),
            "alert_level": a["level"],
            "today": as_of,
            "case_no": a["case_no"],
            "agency_name": a["agency_name"],
            "clerk_name": a["clerk_name"],
            "case": {
                "case_no": a["case_no"],
                "applicant_name": a["applicant_name"],
                "applicant_type": a["applicant_type"],
                "state": a["state"],
                "subject": a["subject"],
            },
            "clock": clock_ctx,
            "clock_kind": a["kind"],
            "clock_label": label,
            "due": due,
            "target": target,
            "provisional": provisional,
            "working_days_left": left,
            "working_days_overdue": max(0, -left),
        }
        for row in by_alert[a["id"]]:
            out[row["id"]] = dict(full)
    return out


def _contexts(services: Services, rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    users = {r["recipient_user_id"] for r in rows if r.get("recipient_user_id")}
    with read(services.engine) as conn:
        alerts = _alert_contexts(conn, services, rows)
        found = conn.execute(select(app_user).where(app_user.c.id.in_(users))).mappings() if users else []
        people = {u["id"]: dict(u) for u in found}
    out: dict[int, dict[str, Any]] = {}
    for r in rows:
        ctx = dict(alerts.get(r["id"]) or (r.get("context") or {}))
        user = people.get(r.get("recipient_user_id"))
        if user is not None:
            ctx.setdefault("recipient_name", user.get("display_name") or user["name"])
            if not r.get("address"):
                r["address"] = address_for(user, r["channel"])
        out[r["id"]] = ctx
    return out


def compose(row: Mapping[str, Any], context: dict[str, Any]) -> OutgoingMessage:
    """Render the row's template with ``context`` into the message a channel sends."""
    from workflow.notify.channels import OutgoingMessage
    from workflow.notify.templating import render_message

    rendered = render_message(row["template"], context)
    case_no = context.get("case_no") or (context.get("case") or {}).get("case_no")
    return OutgoingMessage(
        idempotency_key=row["idempotency_key"],
        to=row.get("address"),
        subject=rendered.subject or row.get("subject") or "",
        text=rendered.text,
        html=rendered.html,
        kind=row["kind"],
        case_no=case_no,
        extra={"outbox_id": row["id"]},
    )


class ChannelCache(dict):
    """Channels by name, built from the settings on first use."""

    def __init__(self, settings: Mapping[str, Any], given: Mapping[str, Channel] | None = None) -> None:
        super().__init__(given or {})
        self.settings = settings

    def get_channel(self, name: str) -> Channel:
        if name not in self:
            from workflow.notify.channels import channel_from_settings

            self[name] = channel_from_settings(name, dict(self.settings))
        return self[name]


def deliver_pending(
    services: Services,
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
    from workflow.notify.channels import DeliveryError

    cfg = OutboxSettings.from_settings(services.settings)
    now = now or utcnow()
    with write(services.engine) as conn:
        if fence is not None:
            fence(conn)
        rows = _claim(conn, now, limit or cfg.batch_size, cfg)
    result = DeliveryResult(claimed=len(rows))
    if not rows:
        return result
    cache = channels if isinstance(channels, ChannelCache) else ChannelCache(services.settings, channels)
    try:
        contexts = _contexts(services, rows)
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
    with write(services.engine) as conn:
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
                values.update(status=status, attempts=row["attempts"] + 1, last_error=(error or "")[:2000])
                if outcome == "retry":
                    delay = backoff_seconds(row["attempts"], cfg, rng)
                    values["next_attempt_at"] = now + timedelta(seconds=delay)
            if conn.execute(mine.values(**values)).rowcount != 1:
                result.lost_claims += 1
                log.warning("outbox %s: claim lost before recording %s", row["id"], outcome)
                continue
            counter = {"sent": "sent", "retry": "retried", "failed": "failed"}[outcome]
            setattr(result, counter, getattr(result, counter) + 1)
    return result


def deliver_all(
    services: Services, now: datetime | None = None, *, max_batches: int = 1000, **kwargs: Any
) -> DeliveryResult:
    """Deliver batches until nothing due is left (or ``max_batches``)."""
    total = DeliveryResult()
    for _ in range(max_batches):
        r = deliver_pending(services, now, **kwargs)
        for k, v in r.as_dict().items():
            setattr(total, k, getattr(total, k) + v)
        if r.claimed == 0:
            break
    return total


# -- listing and manual retry ---------------------------------------------------------------------


def list_messages(services: Services, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
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
    with read(services.engine) as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
    for r in rows:
        for k in ("next_attempt_at", "sent_at", "created_at"):
            r[k] = as_utc(r[k])
    return rows


def count_by_status(services: Services) -> dict[str, int]:
    with read(services.engine) as conn:
        return {
            s: n for s, n in conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status))
        }


def retry_message(services: Services, outbox_id: int, now: datetime | None = None) -> dict[str, Any]:
    """Put a failed message back in the queue (attempts reset); refuses any other status."""
    now = now or utcnow()
    with write(services.engine) as conn:
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


__all__ = [
    "DeliveryResult",
    "OutboxSettings",
    "address_for",
    "backoff_seconds",
    "compose",
    "count_by_status",
    "deliver_all",
    "deliver_pending",
    "list_messages",
    "recipient_channel",
    "recipient_sql",
    "retry_message",
    "signed_working_days",
    "template_level",
]
