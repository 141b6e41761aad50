"""The health checks: /healthz (the process) and /readyz (database reachable, migrations current)."""

from __future__ import annotations


def test_healthz_answers_without_sign_in(web):
    response = web.client().get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_readyz_says_ready_on_a_current_database(web):
    response = web.client().get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "ready"


def test_readyz_says_not_ready_when_the_schema_is_behind(web):
    web.app.state.head_revision = "9999_future"
    response = web.client().get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "migrations pending"


def test_static_assets_are_served_from_this_site(web):
    response = web.client().get("/static/htmx.min.js")
    assert response.status_code == 200 and "htmx" in response.text[:200]
