"""The agency's own parts of the annual report, entered on the web: the text of the sections that take
one (一, 五, 六 in the 2021 format) and section 二's counts of Art. 20 items. The same writes as
``disclosure report section set`` / ``items set``: versioned, append-only, with who and when, and
only for the layout's entry roles at the agency. Only what changed is written.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

from workflow.errors import DisclosureError, ValidationError
from workflow.report.entries import latest, parse_value, plain, set_items, set_text
from workflow.web.routes_reports import choice_for, query_of
from workflow.web.security import Current, csrf_checked, current_user

router = APIRouter()


def _page(request: Request, who: Current, choice: dict[str, Any], *, values: dict[str, str] | None = None,
          errors: dict[str, str] | None = None, status: int = 200, saved: str | None = None) -> HTMLResponse:
    state = request.app.state
    layout, entries = latest(state.services.db, agency=choice["agency"]["code"], year=choice["year"])
    current = {f"text:{n}": entries.texts.get(n, "") for n in layout.text_sections}
    current |= {f"item:{k}": plain(v) for k, v in entries.values.items()}
    sections = [s for s in layout.sections if s.number in layout.text_sections]
    groups = []
    if layout.items is not None:
        for g in layout.items.groups:
            groups.append({"title": g.title, "columns": g.columns,
                           "rows": [(code, label) for code, label in g.items]})
    return state.templates.TemplateResponse(request, "report_entries.html", {
        "who": who, "choice": choice, "query": query_of(choice), "sections": sections, "groups": groups,
        "values": {**current, **(values or {})}, "errors": errors or {}, "saved": saved,
        "item_label": layout.items.label if layout.items else ""}, status_code=status)


@router.get("/reports/entries", response_class=HTMLResponse)
def entries_view(request: Request, who: Current = Depends(current_user)) -> HTMLResponse:
    choice = choice_for(request, who, subordinates_allowed=False)
    return _page(request, who, choice, saved=request.query_params.get("saved"))


@router.post("/reports/entries", response_class=HTMLResponse)
def entries_save(request: Request, checked: tuple[Current, FormData] = Depends(csrf_checked)) -> Response:
    who, form = checked
    choice = choice_for(request, who, subordinates_allowed=False)
    engine = request.app.state.services.db
    layout, entries = latest(engine, agency=choice["agency"]["code"], year=choice["year"])
    posted = {k: str(v) for k, v in form.items() if k.startswith(("text:", "item:"))}
    errors: dict[str, str] = {}
    texts: dict[str, str | None] = {}
    for number in layout.text_sections:
        text = posted.get(f"text:{number}", "").strip()
        if text != entries.texts.get(number, "").strip():
            texts[number] = text or None
    items: dict[str, str] = {}
    for key, _group, _label, column in (layout.items.cells() if layout.items else []):
        raw = posted.get(f"item:{key}", "").strip()
        try:
            value = parse_value(column, key, raw)
        except ValidationError as exc:
            errors[f"item:{key}"] = str(exc).split(" / ")[0]
            continue
        if value != entries.values.get(key):
            items[key] = raw
    if errors:
        return _page(request, who, choice, values=posted, errors=errors, status=422)
    actor = who.session.user_name
    try:
        for number, text in texts.items():
            set_text(engine, agency=choice["agency"]["code"], year=choice["year"], section=number, text=text,
                     actor=actor)
        if items:
            set_items(engine, agency=choice["agency"]["code"], year=choice["year"], values=items, actor=actor)
    except ValidationError as exc:
        raise HTTPException(403, str(exc).split(" / ")[0]) from exc
    except DisclosureError as exc:
        return _page(request, who, choice, values=posted, errors={"general": str(exc)}, status=409)
    changed = len(texts) + len(items)
    return RedirectResponse(f"/reports/entries?{query_of(choice)}&saved={changed}", status_code=303)
