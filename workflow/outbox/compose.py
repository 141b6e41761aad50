"""Step 2 of the outbox's delivery (see ``workflow.outbox.delivery``): what a claimed row says when it is sent.

A row stores a template name and a small context; the full context is built here at send time, from
that snapshot plus the case, clock and people as they are now, and rendered into the message a
channel sends. Only reads: nothing here writes to the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from workflow.outbox.recipients import address_for
from workflow.outbox.webhooks import webhook_contexts
from workflow.store.db import read
from workflow.store.models import agency, alert, app_user, clock, disclosure_case
from workflow.templating import template_level

if TYPE_CHECKING:
    from workflow.outbox.channels import OutgoingMessage
    from workflow.runtime import Runtime


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
    conn: Connection, services: Runtime, rows: list[dict[str, Any]]
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
            # an alert made late (after downtime, or delivered days later) must not announce a due
            # date that has already passed as coming
            "past": due < as_of,
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


def message_contexts(services: Runtime, rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Template contexts by outbox id, in one read transaction. Also fills in ``row["address"]``
    where the row was queued without one (set-based queueing looks the address up only now)."""
    users = {r["recipient_user_id"] for r in rows if r.get("recipient_user_id")}
    with read(services.db) as conn:
        alerts = _alert_contexts(conn, services, rows)
        alerts.update(webhook_contexts(conn, services, rows))
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
    from workflow.outbox.channels import OutgoingMessage
    from workflow.templating import render_message

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
        # a webhook subscription's delivery carries its payload and secret to its channel
        extra={"outbox_id": row["id"], **({"webhook": context["webhook"]} if "webhook" in context else {})},
    )


__all__ = ["compose", "message_contexts", "signed_working_days"]
