"""``create_app(services, settings)``: the FastAPI application, its state, error pages and health checks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import text
from starlette.exceptions import HTTPException

from workflow.app import Services
from workflow.errors import NotFoundError
from workflow.operations.metrics import Metrics
from workflow.store.db import current_revision, known_revisions
from workflow.web import (
    observability,
    routes_attachments,
    routes_auth,
    routes_bulk,
    routes_calendar,
    routes_case,
    routes_export,
    routes_queue,
    routes_register,
    routes_report_entries,
    routes_reports,
    routes_supervision,
)
from workflow.web.api import BASE as API_BASE
from workflow.web.api.app import create_api
from workflow.web.config import WebSettings
from workflow.web.security import OriginGuard, SignInRequired, sign_in_url
from workflow.web.sessions import SessionStore

HERE = Path(__file__).parent


def create_app(services: Services, settings: WebSettings | dict[str, Any] | None = None) -> FastAPI:
    web = settings if isinstance(settings, WebSettings) else WebSettings.from_settings(
        services.settings, **(settings or {}))
    app = FastAPI(title="政府信息公开申请办理系统", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.services = services
    app.state.web = web
    app.state.sessions = SessionStore(web.secret_key, timedelta(minutes=web.idle_minutes))
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["vocab"] = services.registry.vocabulary
    app.state.templates = templates
    app.state.head_revision = known_revisions()[-1]
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (routes_auth, routes_queue, routes_export, routes_supervision, routes_reports, routes_case,
                   routes_report_entries, routes_register, routes_calendar, routes_bulk, routes_attachments,
                   observability):
        app.include_router(module.router)
    lease_seconds = float((services.settings.get("scheduler") or {}).get("lease_seconds", 30))
    app.state.metrics = Metrics(services.db, services.today, lease_seconds)
    app.mount(API_BASE, create_api(services, web))

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz() -> JSONResponse:
        try:
            with services.db.connect() as conn:
                conn.execute(text("SELECT 1"))
            revision = current_revision(services.db)
        except Exception as exc:  # noqa: BLE001 - any failure to reach the database is "not ready"
            return JSONResponse({"status": "unavailable", "error": type(exc).__name__}, status_code=503)
        if revision != app.state.head_revision:
            return JSONResponse({"status": "migrations pending", "revision": revision,
                                 "head": app.state.head_revision}, status_code=503)
        return JSONResponse({"status": "ready", "revision": revision})

    @app.exception_handler(SignInRequired)
    def _sign_in(request: Request, exc: SignInRequired) -> Response:
        target = sign_in_url(request.url.path if request.method == "GET" else "/", exc.why)
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.exception_handler(NotFoundError)
    def _not_found(request: Request, exc: NotFoundError) -> HTMLResponse:
        return error_page(request, 404, "未找到", "没有这件案件，或您无权查看。")

    @app.exception_handler(HTTPException)
    def _http(request: Request, exc: HTTPException) -> HTMLResponse:
        titles = {403: "禁止访问", 404: "未找到", 405: "方法不允许"}
        return error_page(request, exc.status_code, titles.get(exc.status_code, "请求错误"), str(exc.detail))

    app.add_middleware(OriginGuard)
    app.add_middleware(observability.RequestTimer, metrics=app.state.metrics)
    return app


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"title": title, "message": message, "who": None},
                                      status_code=status)
