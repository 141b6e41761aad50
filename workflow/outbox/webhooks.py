"""Webhooks out: an agency subscribes a URL to case events, delivered through the outbox.

The events are the vocabulary's ``webhook_events``: ``registered`` and ``state_changed`` are queued
by :class:`WebhookHook`, a transition hook, in the transition's own transaction (the application
wires it; the engine never imports this module); ``due_soon`` and ``overdue`` are queued by the
deadline sweep with the alerts that raise them (``workflow.scheduling.sweep_sql``). A delivery is an
outbox row on the ``subscription`` channel, so retries, backoff, claims and the idempotency key come
from the outbox. Each request is signed as the alert webhooks are (``workflow.outbox.signing``), with
the subscription's own secret, read when the row is sent: a removed subscription's rows fail.

The JSON body: ``event``, ``event_label``, ``case_no``, ``state`` and ``state_label``, ``due`` (the
reply's due date), ``occurred_at`` and ``key`` (the idempotency key); no personal data at all.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, select

from workflow.accounts.users import log_security
from workflow.definitions.model import Vocabulary
from workflow.engine.hooks import Transition
from workflow.errors import NotFoundError, ValidationError
from workflow.outbox.channels import SUBSCRIPTION_CHANNEL
from workflow.privacy import redact_credentials
from workflow.store.models import agency, clock, disclosure_case, webhook, webhook_event
from workflow.store.repository import Repository, utcnow

if TYPE_CHECKING:
    from workflow.runtime import Runtime

CHANNEL = SUBSCRIPTION_CHANNEL  # outbox.channel of a webhook delivery
KIND = "webhook"
TEMPLATE = "webhook_event"
EVENTS = "webhook_events"  # the vocabulary list
LIVE = ("running", "paused")
MAX_URL = 300  # outbox.address
MIN_SECRET = 16


# -- subscriptions --------------------------------------------------------------------------------


def _checked_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or len(url) > MAX_URL
        or any(c.isspace() for c in url)
    ):
        raise ValidationError(
            f"Webhook 地址无效 / the URL must be http(s)://host/… of at most {MAX_URL} characters, "
            f"got {redact_credentials(url)!r}"
        )
    return url


def _checked_events(vocabulary: Vocabulary, events: list[str]) -> list[str]:
    known = vocabulary.codes(EVENTS)
    wanted = [e.strip() for item in events for e in item.split(",") if e.strip()] or list(known)
    unknown = [e for e in wanted if e not in known]
    if unknown:
        raise ValidationError(f"事件无效 {', '.join(unknown)} / events must be among: {', '.join(known)}")
    return list(dict.fromkeys(wanted))


def add_webhook(
    conn: Connection,
    vocabulary: Vocabulary,
    agency_code: str,
    url: str,
    events: list[str],
    secret: str | None = None,
    *,
    via: str = "cli",
) -> dict[str, Any]:
    """Subscribe ``url`` to ``events`` (all of them when none are named) of the agency's cases; the
    secret (made when not given) is returned: the receiver needs it to check the signature."""
    agency_id = Repository(conn).agency_id(agency_code)
    url, wanted = _checked_url(url), _checked_events(vocabulary, events)
    if secret is not None and len(secret) < MIN_SECRET:
        raise ValidationError(
            f"签名密钥至少 {MIN_SECRET} 个字符 / --secret needs at least {MIN_SECRET} characters"
        )
    secret = secret or secrets.token_urlsafe(32)
    webhook_id = conn.execute(
        webhook.insert().values(agency_id=agency_id, url=url, secret=secret, created_at=utcnow())
    ).inserted_primary_key[0]
    conn.execute(webhook_event.insert(), [{"webhook_id": webhook_id, "event": e} for e in wanted])
    log_security(
        conn,
        "webhook_added",
        f"agency:{agency_code}",
        detail=f"webhook {webhook_id} {redact_credentials(url)} ({', '.join(wanted)}) via {via}",
    )
    return {"id": int(webhook_id), "agency": agency_code, "url": url, "events": wanted, "secret": secret}


def list_webhooks(conn: Connection, agency_code: str | None = None) -> list[dict[str, Any]]:
    """The subscriptions (of one agency, or all) with their events; never the secret."""
    stmt = (
        select(webhook.c.id, webhook.c.url, webhook.c.created_at, agency.c.code.label("agency"))
        .join(agency, agency.c.id == webhook.c.agency_id)
        .order_by(webhook.c.id)
    )
    if agency_code:
        stmt = stmt.where(webhook.c.agency_id == Repository(conn).agency_id(agency_code))
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    events: dict[int, list[str]] = {}
    for wid, event in conn.execute(
        select(webhook_event.c.webhook_id, webhook_event.c.event).where(
            webhook_event.c.webhook_id.in_([r["id"] for r in rows])
        )
    ):
        events.setdefault(wid, []).append(event)
    return [
        {**r, "url": redact_credentials(r["url"]), "events": sorted(events.get(r["id"], []))} for r in rows
    ]


def remove_webhook(conn: Connection, webhook_id: int, *, via: str = "cli") -> dict[str, Any]:
    row = conn.execute(
        select(webhook.c.url, agency.c.code)
        .join(agency, agency.c.id == webhook.c.agency_id)
        .where(webhook.c.id == webhook_id)
    ).first()
    if row is None:
        raise NotFoundError(f"Webhook 不存在 / no webhook with id {webhook_id}")
    conn.execute(delete(webhook_event).where(webhook_event.c.webhook_id == webhook_id))
    conn.execute(delete(webhook).where(webhook.c.id == webhook_id))
    log_security(conn, "webhook_removed", f"agency:{row.code}", detail=f"webhook {webhook_id} via {via}")
    return {"id": webhook_id, "agency": row.code, "url": redact_credentials(row.url)}


def subscribers(conn: Connection, agency_id: int, event: str) -> list[tuple[int, str]]:
    """``(webhook id, url)`` of the agency's subscriptions to ``event``."""
    rows = conn.execute(
        select(webhook.c.id, webhook.c.url)
        .join(webhook_event, webhook_event.c.webhook_id == webhook.c.id)
        .where(webhook.c.agency_id == agency_id, webhook_event.c.event == event)
    )
    return [(int(r.id), r.url) for r in rows]


def alert_events(vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Event -> the alert levels (as ``template_level`` names them) that raise it."""
    return {
        c.code: tuple(c.extra.get("alert_levels") or ())
        for c in vocabulary.lists[EVENTS]
        if c.extra.get("alert_levels")
    }


# -- queueing on a transition --------------------------------------------------------------------


class WebhookHook:
    """Queues ``registered`` and ``state_changed`` deliveries in the transition's transaction."""

    def __call__(self, transition: Transition) -> None:
        event = transition.event
        name = (
            "registered"
            if event.from_state is None
            else ("state_changed" if event.to_state != event.from_state else None)
        )
        if name is None:
            return
        repo = transition.repo
        found = subscribers(repo.conn, transition.case["agency_id"], name)
        if not found:
            return
        case_no = transition.case["case_no"]
        context = {
            "event": name,
            "case_no": case_no,
            "seq": event.seq,
            "state": event.to_state,
            "from_state": event.from_state,
            "due": _reply_due(transition),
            "occurred_at": event.recorded_at,
        }
        for webhook_id, url in found:
            repo.enqueue(
                key=f"webhook:{webhook_id}:{case_no}:{event.seq}",
                kind=KIND,
                channel=CHANNEL,
                template=TEMPLATE,
                context={**context, "webhook_id": webhook_id},
                case_id=transition.case["id"],
                address=url,
            )


def _reply_due(transition: Transition) -> date | None:
    if transition.clocks is not None:
        return next(
            (c.due_on for c in transition.clocks if c.kind == "reply" and not c.party and c.status in LIVE),
            None,
        )
    return transition.repo.conn.execute(
        select(clock.c.due_on).where(
            clock.c.case_id == transition.case["id"],
            clock.c.kind == "reply",
            clock.c.party == "",
            clock.c.status.in_(LIVE),
        )
    ).scalar()


# -- delivery ------------------------------------------------------------------------------------


def webhook_contexts(
    conn: Connection, services: Runtime, rows: list[dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    """For each webhook row: its payload and the subscription's secret (None once it was removed)."""
    mine = [r for r in rows if r["kind"] == KIND and isinstance(r.get("context"), dict)]
    if not mine:
        return {}
    ids = {int(r["context"]["webhook_id"]) for r in mine}
    secret_of = dict(conn.execute(select(webhook.c.id, webhook.c.secret).where(webhook.c.id.in_(ids))).all())
    cases = {
        r.id: r
        for r in conn.execute(
            select(
                disclosure_case.c.id, disclosure_case.c.definition_name, disclosure_case.c.definition_version
            ).where(disclosure_case.c.id.in_({r["case_id"] for r in mine}))
        )
    }
    labels = {c.code: c.label for c in services.registry.vocabulary.lists[EVENTS]}
    out = {}
    for r in mine:
        ctx = r["context"]
        case = cases[r["case_id"]]
        states = services.registry.get(case.definition_name, case.definition_version).states
        state = ctx.get("state")
        payload = {
            "event": ctx["event"],
            "event_label": labels.get(ctx["event"], ctx["event"]),
            "case_no": ctx["case_no"],
            "state": state,
            "state_label": states[state].label if state in states else state,
            "due": _iso(ctx.get("due")),
            "occurred_at": _iso(ctx.get("occurred_at") or r["created_at"]),
        }
        out[r["id"]] = {
            **ctx,
            **payload,
            "webhook": {"secret": secret_of.get(int(ctx["webhook_id"])), "payload": payload},
        }
    return out


def _iso(value: Any) -> str | None:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value) if value else None


__all__ = [
    "CHANNEL",
    "WebhookHook",
    "add_webhook",
    "alert_events",
    "list_webhooks",
    "remove_webhook",
    "webhook_contexts",
]
