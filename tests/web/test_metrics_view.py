"""/metrics: Prometheus text for a bearer of the metrics token, or for this host when none is set."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webtools import ORIGIN

from workflow.web.app import create_app


def client(world, host: str = "testclient", **web) -> TestClient:
    app = create_app(world.services, {"secret_key": "s", **web})
    return TestClient(app, base_url=ORIGIN, client=(host, 50000))


def test_it_serves_this_host_without_a_token(world):
    response = client(world, host="127.0.0.1").get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert "disclosure_cases_open" in response.text


def test_it_refuses_another_host_when_no_token_is_set(world):
    response = client(world, host="10.1.2.3").get("/metrics")
    assert response.status_code == 403
    assert "metrics_token" in response.text


def test_it_requires_the_token_when_one_is_set(world):
    web = client(world, host="127.0.0.1", metrics_token="tok-123")
    assert web.get("/metrics").status_code == 401
    assert web.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    response = web.get("/metrics", headers={"Authorization": "Bearer tok-123"})
    assert response.status_code == 200 and "disclosure_database_up 1.0" in response.text


def test_it_times_requests_by_route_template(world):
    case_no = world.register()
    web = client(world, host="127.0.0.1")
    web.get(f"/cases/{case_no}")
    web.get("/healthz")
    text = web.get("/metrics").text
    assert 'route="/cases/{case_no}"' in text
    assert 'route="/healthz",status="200"' in text
    assert case_no not in text
