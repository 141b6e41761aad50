"""``/api/docs``: the interactive documentation of ``/api/v1`` (Swagger UI), with its script, style and
icon served from the package (``workflow/web/static/swagger-ui``, swagger-ui-dist as vendored there),
so that it works on a network without the internet and loads nothing from a CDN.

The page is FastAPI's own Swagger UI page. Its one inline script (which starts Swagger UI on the
document) is allowed by its SHA-256 in this page's Content-Security-Policy; every other page keeps
the application's policy of scripts from the site only.
"""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

from workflow.web.api import BASE
from workflow.web.security import CSP

router = APIRouter()
SWAGGER_UI_VERSION = "5.36.0"  # swagger-ui-dist, see workflow/web/static/swagger-ui/README.md
ASSETS = "/static/swagger-ui"
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_page() -> HTMLResponse:
    page = get_swagger_ui_html(
        openapi_url=f"{BASE}/openapi.json",
        title="政府信息公开申请办理系统 API 文档 / API documentation",
        swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
        swagger_ui_parameters={"persistAuthorization": False, "tryItOutEnabled": False},
    )
    html = bytes(page.body).decode("utf-8")
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in INLINE_SCRIPT.findall(html)
    )
    policy = CSP.replace("script-src 'self'", f"script-src 'self' {hashes}", 1)
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs() -> HTMLResponse:
    return docs_page()
