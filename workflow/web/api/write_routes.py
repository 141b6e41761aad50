"""The write endpoints: register (``POST /cases``) and fire a trigger (``POST /cases/{no}/events``).

Both check the body field by field in the engine's words before the engine runs (422, one entry per
field), take an ``Idempotency-Key``, act as the token's user (the audit event names that user) and
log the write with the token in the security log. Firing needs the case version in ``If-Match``:
missing → 428, stale → 412 with the current version, a writer in between → 409.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, select
from starlette.concurrency import run_in_threadpool

from workflow.accounts.users import log_security
from workflow.definitions.model import AMEND_DUE_DATES
from workflow.engine import messages as say
from workflow.engine.hooks import Transition
from workflow.errors import ConflictError, DisclosureError
from workflow.store.db import read
from workflow.store.models import agency
from workflow.views.case_page import case_view
from workflow.web.api.auth import Caller, caller
from workflow.web.api.encode import etag, version_of
from workflow.web.api.errors import ApiError, from_domain, invalid
from workflow.web.api.idempotency import HEADER, Audit, Pending, checked_key, fingerprint, once
from workflow.web.api.read_routes import case_path
from workflow.web.api.validation import body_object, data_object, effective_on, field_errors
from workflow.web.scope import case_in_scope

router = APIRouter()
RECEIPT_DATES = ("submitted", "signed_for", "confirmed")


class _Label:
    def __init__(self, label: str) -> None:
        self.label = label


EFFECTIVE = {"effective_on": _Label("办理日期")}


async def json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ApiError(400, "bad_json", "请求体不是有效的 JSON / the body is not valid JSON") from None


def security_audit(request: Request, who: Caller, what: Callable[[Transition], str]) -> Audit:
    """The security-log line of a write: the user, the token (id and name) and what it did."""
    remote = request.client.host if request.client else None

    def log(transition: Transition) -> None:
        log_security(transition.repo.conn, "api_write", who.user_name, remote=remote,
                     detail=f"token {who.token.token_id} ({who.token.token_name}): {what(transition)}")

    return log


@router.post("/cases")
async def register_case(request: Request, who: Caller = Depends(caller)) -> JSONResponse:
    """登记: register an application; 201 with ``Location`` and the new case (``show --json`` shape)."""
    payload = await json_body(request)
    key = checked_key(request.headers.get(HEADER))
    print_ = fingerprint("POST", "/cases", payload)
    services = request.app.state.services
    return await run_in_threadpool(once, services.db, who.user_id, key, print_,
                                   lambda conn, pending: _register(request, who, payload, conn, pending))


def _register(request: Request, who: Caller, payload: Any, conn: Connection, pending: Pending) -> Callable[[], None]:
    services = request.app.state.services
    body = body_object(payload)
    data = data_object(body)
    today = services.today()
    effective, effective_error = effective_on(body, today)
    definition = services.registry.for_received(today)
    fields = definition.all_fields(definition.register)
    errors = field_errors("register", fields, data, effective or today)
    if effective_error:
        errors["effective_on"] = effective_error
    allowed = set(conn.execute(select(agency.c.code).where(agency.c.id.in_(who.scope.can_register_at()))).scalars())
    if "data.agency" not in errors and data.get("agency") not in allowed:
        errors["data.agency"] = (f"只能在您担任登记人员的机关登记: {', '.join(sorted(allowed)) or '无'} / "
                                 f"agency must be one where you hold the clerk role")
    channels = {c.code: c for c in services.registry.vocabulary.lists["channels"]}
    channel = channels.get(str(data.get("channel")))
    receipt_field = channel.extra.get("receipt_from") if channel else None
    if channel and receipt_field not in data and f"data.{receipt_field}" not in errors:
        # the date the channel counts from (Art. 31) is placed on that date's field, not on the channel
        errors[f"data.{receipt_field}"] = say.channel_needs_date(channel.code, channel.label, receipt_field)
    if errors:
        raise invalid(errors)
    data = {k: v for k, v in data.items() if k not in RECEIPT_DATES or k in ("submitted", receipt_field)}

    def registered(transition: Transition) -> tuple[int, Any, dict[str, str]]:
        case_no = transition.case["case_no"]
        view = case_view(services.registry, transition.repo, case_no, calendar=services.calendar,
                         repeat_min_similarity=services.case_settings["repeat_min_similarity"])
        return 201, view, {"Location": case_path(case_no), "ETag": etag(view["version"])}

    pending.answer = registered
    pending.audit = security_audit(request, who, lambda t: f"register {t.case['case_no']}")

    def act() -> None:
        try:
            result = services.cases.register(who.user_name, data, effective)
        except DisclosureError as exc:
            raise from_domain(exc, {**{f"data.{n}": f for n, f in fields.items()}, **EFFECTIVE}) from None
        services.make_letters(result.case_no)

    return act


@router.post("/cases/{case_no}/events")
async def fire_event(request: Request, case_no: str, who: Caller = Depends(caller)) -> JSONResponse:
    """办理: fire ``{"trigger", "effective_on", "data"}`` on the version in ``If-Match``; 201 with the event."""
    payload = await json_body(request)
    key = checked_key(request.headers.get(HEADER))
    print_ = fingerprint("POST", f"/cases/{case_no}/events", payload)
    services = request.app.state.services
    return await run_in_threadpool(once, services.db, who.user_id, key, print_,
                                   lambda conn, pending: _fire(request, who, case_no, payload, conn, pending))


def _fire(request: Request, who: Caller, case_no: str, payload: Any, conn: Connection,
          pending: Pending) -> Callable[[], None]:
    services = request.app.state.services
    row = case_in_scope(conn, who.scope, case_no)
    body = body_object(payload)
    raw_match = request.headers.get("if-match")
    if raw_match is None:
        raise ApiError(428, "precondition_required", "须在 If-Match 中给出案件版本（GET 案件的 ETag） / If-Match with the "
                       "case version (the ETag of GET /cases/{case_no}) is required", field="If-Match",
                       current_version=row["version"], headers={"ETag": etag(row["version"])})
    expected = version_of(raw_match)
    if expected is None or expected != row["version"]:
        raise ApiError(412, "precondition_failed", f"案件 {case_no} 已是第 {row['version']} 版，请重新读取 / the case "
                       f"is at version {row['version']}, not {raw_match}; read it again", field="If-Match",
                       current_version=row["version"], headers={"ETag": etag(row["version"])})
    trigger = body.get("trigger")
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    allowed = services.cases.allowed_triggers(definition, row["state"], who.scope.roles_at(row["agency_id"]))
    if not isinstance(trigger, str) or trigger not in allowed:
        state_label = definition.states[row["state"]].label
        raise invalid({"trigger": f"{case_no} 处于“{state_label}”，您现在可执行: {'、'.join(allowed) or '无'} / "
                                  f"trigger must be one you may fire now: {', '.join(allowed) or '(none)'}"})
    data = data_object(body)
    today = services.today()
    effective, effective_error = effective_on(body, today)
    fields = definition.all_fields(definition.triggers[trigger])
    errors = field_errors(trigger, fields, data, effective or today)
    if effective_error:
        errors["effective_on"] = effective_error
    if errors:
        raise invalid(errors)

    def fired(transition: Transition) -> tuple[int, Any, dict[str, str]]:
        event = transition.event
        version = transition.case["version"] + 1  # the row as read for the write, moved one version on
        to_label = definition.states[event.to_state].label if event.to_state in definition.states else None
        body = {"case_no": case_no, "seq": event.seq, "trigger": trigger,
                "trigger_label": definition.triggers[trigger].label, "from": event.from_state, "to": event.to_state,
                "to_label": to_label, "effective": event.effective_on, "late": event.late, "version": version}
        moved = json.loads(event.data).get(AMEND_DUE_DATES)
        if moved:  # an amended date of receipt: the due dates it moved, as the command line names them
            body["due_dates"] = moved
        return 201, body, {"Location": f"{case_path(case_no)}/events/{event.seq}", "ETag": etag(version)}

    pending.answer = fired
    pending.audit = security_audit(request, who, lambda t: f"fire {trigger} on {case_no} (event {t.event.seq})")

    def act() -> None:
        try:
            services.cases.fire(case_no, trigger, who.user_name, effective, data, expected_version=expected)
        except ConflictError as exc:
            with read(services.db) as conn:
                current = case_in_scope(conn, who.scope, case_no)["version"]
            raise ApiError(409, "conflict", str(exc), current_version=current,
                           headers={"ETag": etag(current)}) from None
        except DisclosureError as exc:
            raise from_domain(exc, {**{f"data.{n}": f for n, f in fields.items()}, **EFFECTIVE}) from None
        services.make_letters(case_no)

    return act
