"""``/api/docs``: the interactive documentation, its assets served from the package (no CDN), its one
inline script allowed by hash and nothing else loosened."""

from __future__ import annotations

import re
from pathlib import Path

import workflow.web
from workflow.web.api.docs import SWAGGER_UI_VERSION

ASSET_DIR = Path(workflow.web.__file__).parent / "static" / "swagger-ui"


def _references(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html) + re.findall(r"url: '([^']+)'", html)


def test_the_docs_page_loads_without_a_token_and_references_only_this_site(api):
    response = api.anonymous().get("/api/docs")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    refs = _references(response.text)
    assert "/api/v1/openapi.json" in refs and "/static/swagger-ui/swagger-ui-bundle.js" in refs
    assert all(r.startswith("/") and not r.startswith("//") for r in refs), refs
    assert "http://" not in response.text and "https://" not in response.text


def test_every_asset_it_references_is_served_from_the_package(api):
    client = api.anonymous()
    refs = [r for r in _references(client.get("/api/docs").text) if r.startswith("/static/")]
    types = {".js": "javascript", ".css": "text/css", ".png": "image/png"}
    for ref in refs:
        served = client.get(ref)
        assert served.status_code == 200 and types[Path(ref).suffix] in served.headers["content-type"], ref
        assert served.content == (ASSET_DIR / Path(ref).name).read_bytes()


def test_the_vendored_assets_keep_their_licence_and_version_beside_them():
    assert "Apache License" in (ASSET_DIR / "LICENSE").read_text()
    assert f"swagger-ui-dist {SWAGGER_UI_VERSION}" in (ASSET_DIR / "README.md").read_text()


def test_only_its_own_inline_script_is_allowed_and_by_hash(api):
    response = api.anonymous().get("/api/docs")
    policy = response.headers["content-security-policy"]
    scripts = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert scripts[0] == "'self'" and len(scripts) == 2 and scripts[1].startswith("'sha256-")
    assert "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    other = api.anonymous().get("/signin").headers["content-security-policy"]
    assert "sha256" not in other
