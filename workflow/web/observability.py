"""``/metrics`` (Prometheus text format) and the timing of every request by its route template.

Who may read ``/metrics``: with ``web.metrics_token`` set, a request bearing it
(``Authorization: Bearer …``, what Prometheus's ``authorization`` setting sends); without one, only
this host (a Prometheus beside the server, or a reverse proxy that does not forward the path).
"""

from __future__ import annotations

import hmac
import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workflow.operations.metrics import CONTENT_TYPE_LATEST, Metrics, exposition

LOOPBACK = {"127.0.0.1", "::1", "localhost"}

router = APIRouter()


@router.get("/metrics")
def metrics_view(request: Request) -> Response:
    token = request.app.state.web.metrics_token
    if token:
        offered = request.headers.get("authorization", "")
        if not hmac.compare_digest(offered.encode(), f"Bearer {token}".encode()):
            return PlainTextResponse("需要指标令牌 / a metrics token is required (Authorization: Bearer …)\n",
                                     status_code=401, headers={"WWW-Authenticate": "Bearer"})
    elif request.client is None or request.client.host not in LOOPBACK:
        return PlainTextResponse("仅本机可读取；或设置 web.metrics_token / only this host may read metrics "
                                 "unless web.metrics_token is set\n", status_code=403)
    return Response(exposition(request.app.state.metrics), media_type=CONTENT_TYPE_LATEST)


class RequestTimer:
    """ASGI middleware: each request's duration under its route template (``/cases/{case_no}``)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), {"code": 500}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self.metrics.observe_request(scope["method"], _template(scope), status["code"],
                                         time.perf_counter() - started)


def _template(scope: dict[str, Any]) -> str:
    route = scope.get("route")
    return str(getattr(route, "path", None) or "unmatched")
