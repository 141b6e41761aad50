"""The request budget per token: over it, 429 with Retry-After; other tokens are not held back."""

from __future__ import annotations

from webtools import ORIGIN

from workflow.web.api.ratelimit import RateLimiter
from workflow.web.app import create_app


def test_over_the_budget_a_token_gets_429_with_retry_after_and_another_token_does_not(api):
    from fastapi.testclient import TestClient

    w = api.world
    app = create_app(w.services, {"secret_key": "test-secret", "api_rate_per_minute": 3})
    _, first = api.token(w.clerk)
    _, second = api.token(w.clerk)
    with TestClient(app, base_url=ORIGIN) as c:
        answers = [c.get("/api/v1/cases", headers={"Authorization": f"Bearer {first}"}).status_code for _ in range(4)]
        limited = c.get("/api/v1/cases", headers={"Authorization": f"Bearer {first}"})
        other = c.get("/api/v1/cases", headers={"Authorization": f"Bearer {second}"})
    assert answers == [200, 200, 200, 429]
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
    assert limited.json()["code"] == "rate_limited" and other.status_code == 200


def test_the_budget_refills_evenly():
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one a second
    assert [limiter.wait_for(1) for _ in range(60)] == [0] * 60
    assert limiter.wait_for(1) == 1
    now[0] += 1.0
    assert limiter.wait_for(1) == 0 and limiter.wait_for(1) == 1


def test_a_budget_of_zero_is_no_limit():
    limiter = RateLimiter(0)
    assert all(limiter.wait_for(1) == 0 for _ in range(1000))
