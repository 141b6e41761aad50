"""Request guards: the signed-in user, CSRF tokens, the Origin check, response headers.

The acting user is always the session's user: no handler reads a user name from the request.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from itsdangerous import BadSignature, Signer
from starlette.datastructures import FormData
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from workflow.store.db import read, write
from workflow.web.scope import Scope as CaseScope
from workflow.web.scope import visible_agencies
from workflow.web.sessions import Session

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
CSRF_HEADER = "x-csrf-token"
PRE_COOKIE = "disclosure_pre"  # the sign-in form's CSRF token, before there is a session
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


class SignInRequired(Exception):
    def __init__(self, why: str | None = None) -> None:
        super().__init__(why or "")
        self.why = why


@dataclass(frozen=True)
class Current:
    session: Session
    scope: CaseScope

    @property
    def user_name(self) -> str:
        return self.session.user_name


def remote_of(request: Request) -> str | None:
    return request.client.host if request.client else None


def current_user(request: Request) -> Current:
    """The signed-in user and their scope; else SignInRequired (redirect to the sign-in page)."""
    state = request.app.state
    cookie = request.cookies.get(state.web.cookie_name)
    if not cookie:
        raise SignInRequired()
    with write(state.services.db) as conn:
        session, why = state.sessions.resume(conn, cookie, remote_of(request))
    if session is None:
        raise SignInRequired(why)
    with read(state.services.db) as conn:
        scope = visible_agencies(conn, session.user_id)
    return Current(session, scope)


async def posted_form(request: Request) -> FormData:
    return await request.form()


def csrf_checked(request: Request, form: FormData = Depends(posted_form),
                 who: Current = Depends(current_user)) -> tuple[Current, FormData]:
    """The user and the form of an unsafe request whose CSRF token (field or HTMX header) matches."""
    sent = str(form.get("csrf_token") or request.headers.get(CSRF_HEADER) or "")
    if not sent or not secrets.compare_digest(sent, who.session.csrf_token):
        raise HTTPException(403, "CSRF 校验失败，请刷新页面后重试")
    return who, form


def pre_signer(secret: str) -> Signer:
    return Signer(secret, salt="disclosure.web.pre")


def pre_token(request: Request) -> tuple[str, str | None]:
    """The sign-in form's token and, when it is new, the cookie value to set."""
    signer = pre_signer(request.app.state.web.secret_key)
    cookie = request.cookies.get(PRE_COOKIE)
    if cookie:
        try:
            return signer.unsign(cookie.encode("ascii")).decode("ascii"), None
        except (BadSignature, UnicodeError):
            pass
    token = secrets.token_urlsafe(24)
    return token, signer.sign(token).decode("ascii")


def check_pre_token(request: Request, form: FormData) -> None:
    cookie = request.cookies.get(PRE_COOKIE) or ""
    try:
        expected = pre_signer(request.app.state.web.secret_key).unsign(cookie.encode("ascii")).decode("ascii")
    except (BadSignature, UnicodeError):
        expected = ""
    sent = str(form.get("csrf_token") or "")
    if not expected or not sent or not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "CSRF 校验失败，请刷新页面后重试")


def sign_in_url(path: str, why: str | None = None) -> str:
    url = "/signin?next=" + quote(path, safe="/")
    return url + (f"&why={why}" if why else "")


class OriginGuard:
    """Every unsafe request must come from a page of this site (Origin, else Referer): else 403."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # the JSON API reads no cookie (a bearer token only), so a cross-site request cannot act there
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS and not scope["path"].startswith("/api/"):
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            host = headers.get("host", "")
            own = {f"http://{host}", f"https://{host}"}
            origin = headers.get("origin")
            referer = headers.get("referer", "")
            allowed = origin in own if origin else any(referer == o or referer.startswith(o + "/") for o in own)
            if not allowed:
                await PlainTextResponse("403 来源校验失败 / cross-origin request refused", status_code=403)(
                    scope, receive, send)
                return
        await self.app(scope, receive, _with_headers(send, scope.get("path", "").startswith("/static/")))


def _with_headers(send: Send, static: bool = False) -> Send:
    async def wrapped(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {k.lower() for k, _ in headers}
            for k, v in ((b"content-security-policy", CSP), (b"x-frame-options", "DENY"),
                         (b"x-content-type-options", "nosniff"), (b"referrer-policy", "same-origin"),
                         (b"cache-control", "no-store")):
                if k not in names and not (static and k == b"cache-control"):
                    headers.append((k, v.encode("latin-1")))
            message = {**message, "headers": headers}
        await send(message)

    return wrapped
