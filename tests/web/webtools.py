"""Helpers of the web tests: passwords, a second agency, a client that signs in through the form.

``WebClient.post`` sends the session's CSRF token and this site's Origin, as a browser would;
``csrf=False`` or ``origin=None``/another origin leave them out to test the refusals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from helpers import World
from sqlalchemy import update

from workflow.store.db import write
from workflow.store.models import app_user
from workflow.store.repository import Repository

PASSWORD = "correct horse battery"
ORIGIN = "http://testserver"
TODAY = date(2026, 11, 25)
_HASH = PasswordHasher().hash(PASSWORD)  # hashed once: argon2 is slow on purpose


def set_password(world: World, *names: str) -> None:
    with write(world.engine) as conn:
        for name in names:
            conn.execute(update(app_user).where(app_user.c.name == name).values(password_hash=_HASH))


def add_agency_b(world: World) -> str:
    """A second agency (code ``other``, prefix ``OTH``) with its own clerk ``clerk_other``."""
    with write(world.engine) as conn:
        repo = Repository(conn)
        agency_id = repo.add_agency("other", "另一机关", "OTH")
        repo.grant_role(repo.add_user("clerk_other", display_name="孙丽"), agency_id, "clerk")
    set_password(world, "clerk_other")
    return "clerk_other"


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "the page has no CSRF token"
    return m.group(1)


class WebClient:
    def __init__(self, client: TestClient) -> None:
        self.http = client
        self.csrf = ""

    def get(self, url: str, **kw: Any) -> Any:
        return self.http.get(url, **kw)

    def post(self, url: str, data: dict[str, Any] | None = None, *, csrf: bool = True, origin: str | None = ORIGIN,
             **kw: Any) -> Any:
        headers = dict(kw.pop("headers", {}) or {})
        if origin:
            headers["Origin"] = origin
        body = dict(data or {})
        if csrf:
            body.setdefault("csrf_token", self.csrf)
        return self.http.post(url, data=body, headers=headers, **kw)

    def sign_in(self, name: str, password: str = PASSWORD) -> Any:
        page = self.http.get("/signin")
        response = self.http.post("/signin", data={"csrf_token": csrf_of(page.text), "username": name,
                                                   "password": password, "next": "/"},
                                  headers={"Origin": ORIGIN})
        if response.status_code == 303:
            self.csrf = csrf_of(self.http.get("/").text)
        return response


@dataclass
class Web:
    world: World
    app: Any
    make_client: Callable[[], WebClient]

    def client(self, name: str | None = None) -> WebClient:
        c = self.make_client()
        if name:
            assert c.sign_in(name).status_code == 303
        return c


