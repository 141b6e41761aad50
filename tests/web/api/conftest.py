"""Fixtures of the API tests: ``api.client(name)`` is an HTTP client carrying a fresh bearer token of
``name`` (created as ``disclosure token create`` does); ``api.anonymous()`` carries none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from helpers import World
from webtools import ORIGIN

from workflow.accounts.tokens import create_token
from workflow.store.db import write


@dataclass
class ApiClient:
    http: TestClient
    token: str
    token_id: int

    def get(self, url: str, **kw: Any) -> Any:
        return self.http.get(url, **kw)

    def post(self, url: str, body: Any = None, *, key: str | None = None, if_match: Any = None, **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}) or {})
        if key is not None:
            headers["Idempotency-Key"] = key
        if if_match is not None:
            headers["If-Match"] = f'"{if_match}"' if isinstance(if_match, int) else str(if_match)
        return self.http.post(url, json=body, headers=headers, **kw)


@dataclass
class Api:
    world: World
    app: Any
    clients: list[TestClient]

    def token(self, name: str, **kw: Any) -> tuple[int, str]:
        with write(self.world.engine) as conn:
            return create_token(conn, name, via="test", **kw)

    def client(self, name: str, **kw: Any) -> ApiClient:
        token_id, token = self.token(name, **kw)
        return ApiClient(self._http({"Authorization": f"Bearer {token}"}), token, token_id)

    def anonymous(self, headers: dict[str, str] | None = None) -> TestClient:
        return self._http(headers or {})

    def _http(self, headers: dict[str, str]) -> TestClient:
        c = TestClient(self.app, base_url=ORIGIN, follow_redirects=False, headers=headers,
                       raise_server_exceptions=False)
        self.clients.append(c)
        return c


@pytest.fixture
def api(web):
    made = Api(web.world, web.app, [])
    yield made
    for c in made.clients:
        c.close()
