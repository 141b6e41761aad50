"""The API sub-application, mounted at ``/api/v1`` by ``workflow.web.app.create_app``: its routes and
the handlers that give every error the one JSON shape (never an HTML page, never a stack trace)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from workflow.errors import DisclosureError
from workflow.web.api import attachment_routes, intake_routes, letter_routes, read_routes, write_routes
from workflow.web.api.errors import ApiError, from_domain
from workflow.web.api.idempotency import install
from workflow.web.api.openapi import openapi_document
from workflow.web.api.ratelimit import FailureBudget, RateLimiter

log = logging.getLogger(__name__)
HTTP_CODES = {404: ("not_found", "未找到 / not found"), 405: ("method_not_allowed", "不支持该方法 / method not allowed")}


def create_api(services: Any, web: Any) -> FastAPI:
    api = FastAPI(title="政府信息公开申请办理系统 API", version="1", docs_url=None, redoc_url=None, openapi_url=None)
    api.state.services = services
    api.state.web = web
    api.state.rate = RateLimiter(web.api_rate_per_minute)
    api.state.wrong_codes = FailureBudget(web.intake_wrong_codes_per_hour)
    install(services.hooks)  # the API's writes keep their key and log line in the transition's transaction
    api.include_router(read_routes.router)
    api.include_router(write_routes.router)
    api.include_router(letter_routes.router)
    api.include_router(attachment_routes.router)
    api.include_router(intake_routes.router)

    @api.get("/openapi.json", include_in_schema=False)
    def openapi() -> JSONResponse:
        if not hasattr(api.state, "openapi"):  # the definitions are loaded once: built on first ask
            api.state.openapi = openapi_document(services.registry, services.today())
        return JSONResponse(api.state.openapi)

    @api.exception_handler(ApiError)
    def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @api.exception_handler(DisclosureError)
    def _domain(request: Request, exc: DisclosureError) -> JSONResponse:
        return from_domain(exc, {}).response()

    @api.exception_handler(HTTPException)
    def _http(request: Request, exc: HTTPException) -> JSONResponse:
        code, message = HTTP_CODES.get(exc.status_code, ("bad_request", "请求无效 / bad request"))
        return ApiError(exc.status_code, code, message, headers=exc.headers).response()

    @api.exception_handler(RequestValidationError)
    def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        entries = [{"code": "invalid", "message": {"zh": "参数无效", "en": str(e.get("msg", "invalid"))},
                    "field": ".".join(str(p) for p in e.get("loc", ())[1:]) or None} for e in exc.errors()]
        return ApiError(422, "validation_failed", "参数无效 / invalid parameters",
                        field=entries[0]["field"] if len(entries) == 1 else None, errors=entries).response()

    @api.exception_handler(Exception)
    def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.error("API %s %s failed", request.method, request.url.path, exc_info=exc)
        return ApiError(500, "internal", "服务器内部错误，已记录 / internal error; it has been logged").response()

    return api
