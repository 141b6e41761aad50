"""The caller of an API request: the user of the bearer token, with the user's scope now.

Only ``Authorization: Bearer …`` is read (never the session cookie): a browser does not send the
header by itself, so the API needs no CSRF token and no Origin check. An intake token (a website's
form) is answered 403 everywhere but ``POST /intake/applications`` (:func:`intake_caller`), and that
endpoint answers any other token 403.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from workflow.accounts.tokens import INTAKE_ROLE, TokenUser, authenticate, touch
from workflow.store.db import read, write
from workflow.web.api.errors import ApiError
from workflow.web.scope import Scope, visible_agencies

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="disclosure"'}


@dataclass(frozen=True)
class Caller:
    token: TokenUser
    scope: Scope

    @property
    def user_name(self) -> str:
        return self.token.user_name

    @property
    def user_id(self) -> int:
        return self.token.user_id

    @property
    def intake(self) -> bool:
        """An intake token, or a token of a user holding the intake role (defence in depth)."""
        return self.token.intake_agency_id is not None or any(INTAKE_ROLE in r for r in self.scope.roles.values())


def caller(request: Request) -> Caller:
    """The token's user and scope; else 401 (missing, unknown, revoked or expired token), and 403 for
    an intake token."""
    who = bearer(request)
    if who.intake:
        raise ApiError(403, "forbidden", "网上申请接入令牌只能提交网上申请 / an intake token may only POST "
                       "/intake/applications")
    return who


def intake_caller(request: Request) -> Caller:
    """The intake token's user; 403 for any other token."""
    who = bearer(request)
    if who.token.intake_agency_id is None:
        raise ApiError(403, "forbidden", "只有网上申请接入令牌可以提交网上申请 / only an intake token (disclosure "
                       "token create --intake AGENCY) may submit online applications")
    return who


def bearer(request: Request) -> Caller:
    """The token's user and scope, whatever the token; else 401."""
    if "\x00" in request.url.path or "%00" in request.url.query:
        # no value of this API holds a NUL, and PostgreSQL refuses one in text: answered before any query
        raise ApiError(422, "validation_failed", "请求含有 NUL 字符 / the request contains a NUL character")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "需要接口令牌 / an 'Authorization: Bearer <token>' header is required",
                       headers=CHALLENGE)
    db = request.app.state.services.db
    with read(db) as conn:
        who = authenticate(conn, token.strip())
        scope = visible_agencies(conn, who.user_id) if who is not None else None
    if who is None or scope is None:
        raise ApiError(401, "unauthorized", "令牌无效、已过期或已撤销 / the token is unknown, expired or revoked",
                       headers={"WWW-Authenticate": 'Bearer realm="disclosure", error="invalid_token"'})
    wait = request.app.state.rate.wait_for(who.token_id)
    if wait:
        raise ApiError(429, "rate_limited", f"请求过于频繁，请 {wait} 秒后重试 / too many requests with this token; "
                       f"retry after {wait} s", headers={"Retry-After": str(wait)})
    if who.stale_use:
        with write(db) as conn:
            touch(conn, who)
    return Caller(who, scope)
