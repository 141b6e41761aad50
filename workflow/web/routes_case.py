"""The case page, the trigger forms and the letters (docx download, html view)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from workflow.engine.registration import column
from workflow.errors import ConflictError, DisclosureError, NotFoundError
from workflow.letters.archive_package import build_package
from workflow.letters.issuing import letter_for_case
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.web.attachment_context import attachment_context
from workflow.web.case_context import allowed_for, case_context
from workflow.web.forms import field_errors, form_fields, parse_effective, place_error
from workflow.web.scope import case_in_scope
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def case_url(case_no: str) -> str:
    return "/cases/" + quote(case_no, safe="")


@router.get("/cases/{case_no}", response_class=HTMLResponse)
def case_page(request: Request, case_no: str, who: Current = Depends(current_user)) -> HTMLResponse:
    return case_page_response(request, who, case_no)


def case_page_response(request: Request, who: Current, case_no: str, *, extra: dict[str, Any] | None = None,
                       status: int = 200) -> HTMLResponse:
    """The case page (``extra``: what a refused form on it needs to show)."""
    state = request.app.state
    with read(state.services.db) as conn:
        ctx = case_context(state.services, conn, who.scope, case_no)
        ctx.update(attachment_context(state.services, conn, who.session.user_name, ctx["row"], ctx["timeline"]))
    done = request.query_params.get("done")
    fresh = [x for x in ctx["letters"] if done and str(x["event_seq"]) == done]
    return state.templates.TemplateResponse(request, "case.html", {
        **ctx, "who": who, "fresh_letters": fresh, "done": done, "case_url": case_url(case_no), **(extra or {})},
        status_code=status)


def _trigger_or_404(request: Request, who: Current, case_no: str, trigger: str) -> tuple[dict, Any, Any]:
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        last = Repository(conn).events(row["id"])[-1]
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    allowed = allowed_for(services, definition, row["state"], who.scope.roles_at(row["agency_id"]))
    if trigger not in allowed:
        raise NotFoundError(f"{case_no}: 当前不能执行 {trigger}")
    return {**row, "last_actor": last["actor"], "last_recorded_at": last["recorded_at"]}, definition, \
        definition.triggers[trigger]


def _form(request: Request, who: Current, row: dict, definition: Any, trig: Any, *, values: dict[str, str],
          errors: dict[str, str], general: str | None = None, conflict: str | None = None,
          status: int = 200) -> HTMLResponse:
    state = request.app.state
    fields = form_fields(state.services.registry.vocabulary, definition.all_fields(trig))
    return state.templates.TemplateResponse(request, "trigger_form.html", {
        "who": who, "case": row, "definition": definition, "trigger": trig, "fields": fields, "values": values,
        "errors": errors, "general": general, "conflict": conflict, "case_url": case_url(row["case_no"]),
        "state_label": definition.states[row["state"]].label,
    }, status_code=status)


@router.get("/cases/{case_no}/do/{trigger}", response_class=HTMLResponse)
def trigger_form(request: Request, case_no: str, trigger: str, who: Current = Depends(current_user)) -> HTMLResponse:
    row, definition, trig = _trigger_or_404(request, who, case_no, trigger)
    values = {"effective": request.app.state.services.today().isoformat(), "version": str(row["version"])}
    # an amendment opens on the registration as it is: the clerk changes what is wrong, the engine
    # records only what differs (a field emptied is left as it is)
    values.update({n: str(row[column(n)]) for n in trig.amends if row.get(column(n)) is not None})
    # a link may fill in a field (e.g. the earlier case of a suggested repeat); the clerk still submits it
    fields = definition.all_fields(trig)
    values.update({k: v for k, v in request.query_params.items() if k in fields})
    return _form(request, who, row, definition, trig, values=values, errors={})


@router.post("/cases/{case_no}/do/{trigger}")
def fire_trigger(request: Request, case_no: str, trigger: str,
                 checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    services = request.app.state.services
    row, definition, trig = _trigger_or_404(request, who, case_no, trigger)
    fields = definition.all_fields(trig)
    values = {k: str(v) for k, v in form.items() if k != "csrf_token" and isinstance(v, str)}
    data = {k: v.strip() for k, v in values.items() if k in fields and v.strip()}
    today = services.today()
    effective, effective_error = parse_effective(values.get("effective"), today)
    errors = field_errors(trigger, fields, data, effective or today)
    if effective_error:
        errors["effective"] = effective_error
    try:
        version = int(values.get("version", ""))
    except ValueError:
        version = None
    if version is None:
        return _form(request, who, row, definition, trig, values=values, errors=errors, status=400,
                     general="表单缺少案件版本，请重新打开此表单。")
    if errors:
        return _form(request, who, row, definition, trig, values=values, errors=errors, status=400)
    try:
        result = services.cases.fire(case_no, trigger, who.user_name, effective, data, expected_version=version)
    except ConflictError:
        fresh, definition, _ = _reload(request, who, case_no)
        message = (f"此案件已被 {fresh['last_actor']} 于 {fresh['last_recorded_at'][:19].replace('T', ' ')} 修改"
                   f"（现为“{definition.states[fresh['state']].label}”），您的操作未保存。已载入最新内容，请核对后重新提交。")
        if trigger not in allowed_for(services, definition, fresh["state"], who.scope.roles_at(fresh["agency_id"])):
            message += "该操作在当前状态下已不可执行。"
        values["version"] = str(fresh["version"])
        return _form(request, who, fresh, definition, trig, values=values, errors={}, conflict=message, status=409)
    except DisclosureError as exc:
        name, message = place_error(exc, {**fields, "effective": _Label("办理日期")})
        return _form(request, who, row, definition, trig, values=values, status=400,
                     errors={name: message} if name else {}, general=None if name else message)
    services.make_letters(case_no)
    return RedirectResponse(f"{case_url(case_no)}?done={result.seq}", status_code=303)


class _Label:
    def __init__(self, label: str) -> None:
        self.label = label


def _reload(request: Request, who: Current, case_no: str) -> tuple[dict, Any, None]:
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        last = Repository(conn).events(row["id"])[-1]
    definition = services.registry.get(row["definition_name"], row["definition_version"])
    return {**row, "last_actor": last["actor"], "last_recorded_at": last["recorded_at"]}, definition, None


def _letter(request: Request, who: Current, case_no: str, letter_id: int) -> Any:
    services = request.app.state.services
    with read(services.db) as conn:
        row = case_in_scope(conn, who.scope, case_no)
        repo = Repository(conn)
        stored = [s for s in repo.letters(row["id"]) if s["id"] == letter_id]
        if not stored:
            raise NotFoundError(f"{case_no}: 没有编号为 {letter_id} 的文书")
        return letter_for_case(services, repo, case_no, stored[0]["kind"], letter_id=letter_id)


@router.get("/cases/{case_no}/letters/{letter_id}.docx")
def letter_docx(request: Request, case_no: str, letter_id: int, who: Current = Depends(current_user)) -> Response:
    doc = _letter(request, who, case_no, letter_id)
    name = f"{doc.case_no}-{doc.title}-{letter_id}.docx"
    return Response(doc.docx(), media_type=DOCX, headers={
        "Content-Disposition": f"attachment; filename=\"letter-{letter_id}.docx\"; filename*=UTF-8''{quote(name)}"})


@router.get("/cases/{case_no}/letters/{letter_id}.html", response_class=HTMLResponse)
def letter_html(request: Request, case_no: str, letter_id: int, who: Current = Depends(current_user)) -> HTMLResponse:
    return HTMLResponse(_letter(request, who, case_no, letter_id).html)




@router.get("/cases/{case_no}/archive-package.zip")
def archive_package(request: Request, case_no: str, who: Current = Depends(current_user)) -> Response:
    """The case's archive package (案卷包): its files, letters, index and manifest of hashes."""
    services = request.app.state.services
    with read(services.db) as conn:
        case_in_scope(conn, who.scope, case_no)
        data = build_package(services, Repository(conn), case_no, services.attachments.content)
    name = f"{case_no}-案卷.zip"
    return Response(data, media_type="application/zip", headers={
        "Content-Disposition": f"attachment; filename=\"archive-package.zip\"; filename*=UTF-8''{quote(name)}"})
