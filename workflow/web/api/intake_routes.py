"""Online intake for a government website (在线申请) and the applicant's status lookup.

``POST /intake/applications`` (an intake token only) registers an online application at the token's
agency: the channel is ``online`` and the date of receipt is the date the website confirmed the
application (Art. 31(二)), ``data.confirmed``, not after today. The answer (201) carries the case
number and a 查询码, shown this once: it is stored hashed, so the ``Idempotency-Key`` replay of a
registration answers the same case with a *new* 查询码 (the former one stops working).

``GET /intake/status?case_no=…&code=…`` needs no token and says only: the date of receipt, the
state's label, the reply's due date and whether the agency has concluded the application. An
unknown case, a case registered otherwise and a wrong code get the same 404; each counts against
the client address's budget of wrong codes (``web.intake_wrong_codes_per_hour``), then 429.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy import and_, select
from starlette.concurrency import run_in_threadpool

from workflow.accounts.intake import case_with_code, keep_code, renew_code
from workflow.accounts.users import log_security
from workflow.definitions.model import Definition, FieldDef
from workflow.engine.hooks import Transition
from workflow.errors import DisclosureError
from workflow.isotext import parse_day
from workflow.store.db import read, write
from workflow.store.models import agency, clock, disclosure_case
from workflow.web.api import BASE
from workflow.web.api.auth import Caller, intake_caller
from workflow.web.api.encode import answer
from workflow.web.api.errors import ApiError, from_domain, invalid
from workflow.web.api.idempotency import HEADER, Pending, checked_key, fingerprint, once
from workflow.web.api.validation import body_object, data_object, field_errors, storable
from workflow.web.api.write_routes import json_body

router = APIRouter()
CHANNEL = "online"
RECEIPT_FIELD = "confirmed"  # the online channel's date of receipt (vocabulary: channels.online.receipt_from)
SET_BY_TOKEN = ("agency", "channel")  # the token says where; the route says how
NOT_ONLINE = ("signed_for",)  # a date of receipt of another channel
CODE_KEY = "query_code"
NOT_FOUND = "没有这件申请，或查询码不对 / no application with this case number and query code"
REPLY_CLOCK = {"kind": "reply", "party": ""}
LIVE = ("running", "paused")


def intake_fields(definition: Definition) -> dict[str, FieldDef]:
    """The register trigger's fields that an applicant gives online, the website's date required."""
    fields = definition.all_fields(definition.register)
    out = {n: f for n, f in fields.items() if n not in SET_BY_TOKEN + NOT_ONLINE}
    out[RECEIPT_FIELD] = dataclasses.replace(
        out[RECEIPT_FIELD],
        required=True,
        help="网站确认收到申请的日期（第三十一条第（二）项） / the date the website "
        "confirmed receipt (Art. 31(2)); not after today",
    )
    return out


@router.post("/intake/applications")
async def submit_application(request: Request, who: Caller = Depends(intake_caller)) -> JSONResponse:
    """网上申请: register an online application at the token's agency; 201 with its case number and 查询码."""
    payload = await json_body(request)
    key = checked_key(request.headers.get(HEADER))
    print_ = fingerprint("POST", "/intake/applications", payload)
    services = request.app.state.services
    return await run_in_threadpool(
        once,
        services.db,
        who.user_id,
        key,
        print_,
        lambda pending: _register(request, who, payload, pending),
        _renewed(services),
    )


def _renewed(services: Any) -> Any:
    def renew(body: Any) -> Any:
        if isinstance(body, dict) and body.get("case_no"):
            with write(services.db) as conn:
                body = {**body, CODE_KEY: renew_code(conn, body["case_no"])}
        return body

    return renew


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return parse_day(str(value)) if value is not None else None
    except ValueError:
        return None


def _register(request: Request, who: Caller, payload: Any, pending: Pending) -> None:
    services = request.app.state.services
    body = body_object(payload)
    unknown = sorted(set(body) - {"data"})
    if unknown:
        raise invalid(
            {
                name: f"未知字段 {name}，申请内容放在 data 中 / unknown member {name}; the application goes in "
                "data"
                for name in unknown
            }
        )
    data = data_object(body)
    today = services.today()
    definition = services.registry.for_received(today)
    fields = intake_fields(definition)
    errors = field_errors("register", fields, data, today)
    received = _day(data.get(RECEIPT_FIELD))
    if f"data.{RECEIPT_FIELD}" not in errors and received is not None and received > today:
        errors[f"data.{RECEIPT_FIELD}"] = (
            f"网站确认日期 {received} 晚于今天 {today} / {RECEIPT_FIELD} must not be after today ({today})"
        )
    if errors:
        raise invalid(errors)
    with read(services.db) as conn:
        agency_code = conn.execute(
            select(agency.c.code).where(agency.c.id == who.token.intake_agency_id)
        ).scalar_one()
    data = {**data, "agency": agency_code, "channel": CHANNEL}

    def registered(transition: Transition) -> tuple[int, Any, dict[str, str]]:
        case_no = transition.case["case_no"]
        code = keep_code(transition.repo.conn, transition.case["id"], who.token.token_id)
        return (
            201,
            {
                "case_no": case_no,
                CODE_KEY: code,
                "received": received,
                "status": f"{BASE}/intake/status?case_no={quote(case_no, safe='')}",
            },
            {},
        )

    def audit(transition: Transition) -> None:
        remote = request.client.host if request.client else None
        log_security(
            transition.repo.conn,
            "api_write",
            who.user_name,
            remote=remote,
            detail=f"intake token {who.token.token_id} ({who.token.token_name}): register "
            f"{transition.case['case_no']}",
        )

    pending.answer = registered
    pending.audit = audit
    pending.kept = lambda kept: {**kept, CODE_KEY: None}  # the code is shown once: a replay makes a new one
    try:
        result = services.cases.register(who.user_name, data, today)
    except DisclosureError as exc:
        raise from_domain(exc, {f"data.{n}": f for n, f in fields.items()}) from None
    services.make_letters(result.case_no)


@router.get("/intake/status")
def application_status(request: Request, case_no: str, code: str) -> JSONResponse:
    """申请进度: the public status of an online application, for its case number and 查询码."""
    budget = request.app.state.wrong_codes
    address = request.client.host if request.client else "unknown"
    wait = budget.wait_for(address)
    if wait:
        raise ApiError(
            429,
            "rate_limited",
            f"查询码错误次数过多，请 {wait} 秒后重试 / too many wrong query codes from "
            f"this address; retry after {wait} s",
            headers={"Retry-After": str(wait)},
        )
    services = request.app.state.services
    found = None
    if storable(case_no) and storable(code) and len(case_no) <= 64:
        with read(services.db) as conn:
            case_id = case_with_code(conn, case_no, code)
            found = _public_status(services, conn, case_id) if case_id is not None else None
    if found is None:
        budget.failed(address)
        if storable(case_no) and len(case_no) <= 64:
            with write(services.db) as conn:
                log_security(conn, "intake_code_failed", "-", remote=address, detail=f"status of {case_no}")
        raise ApiError(404, "not_found", NOT_FOUND, headers={"Cache-Control": "no-store"})
    return answer(found, headers={"Cache-Control": "no-store"})


def _public_status(services: Any, conn: Any, case_id: int) -> dict[str, Any]:
    """The four things the applicant may see, and nothing else."""
    reply = clock.alias("reply")
    row = (
        conn.execute(
            select(
                disclosure_case.c.received_on,
                disclosure_case.c.state,
                disclosure_case.c.concluded_on,
                disclosure_case.c.definition_name,
                disclosure_case.c.definition_version,
                reply.c.status,
                reply.c.due_on,
            )
            .outerjoin(
                reply,
                and_(
                    reply.c.case_id == disclosure_case.c.id,
                    reply.c.kind == REPLY_CLOCK["kind"],
                    reply.c.party == REPLY_CLOCK["party"],
                ),
            )
            .where(disclosure_case.c.id == case_id)
        )
        .mappings()
        .first()
    )
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    return {
        "received": row["received_on"],
        "state_label": definition.states[row["state"]].label,
        "due": row["due_on"] if row["status"] in LIVE else None,
        "replied": row["concluded_on"] is not None,
    }
