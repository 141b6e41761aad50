"""Server-side sessions: the cookie carries a signed random token, the row is keyed by its SHA-256.

A fresh token at every sign-in (no session fixation); the idle timeout ends a session that has not
been used for ``idle`` and the sign-in page then says why; sign-out and disabling a user end it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from itsdangerous import BadSignature, Signer
from sqlalchemy import Connection, select, update

from workflow.accounts.users import log_security, utcnow
from workflow.store.models import app_user, web_session
from workflow.store.repository import aware

# last_seen_at is written at most this often (a page view is then a read, not a write)
TOUCH_EVERY = timedelta(seconds=20)


@dataclass(frozen=True)
class Session:
    id: str
    user_id: int
    user_name: str
    display_name: str
    csrf_token: str


def _key(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class SessionStore:
    def __init__(self, secret_key: str, idle: timedelta) -> None:
        self.signer = Signer(secret_key, salt="disclosure.web.session")
        self.idle = idle

    def start(self, conn: Connection, user_id: int) -> tuple[str, Session]:
        """A new session; returns the cookie value and the session."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        csrf = secrets.token_urlsafe(32)
        conn.execute(web_session.insert().values(id=_key(token), user_id=user_id, csrf_token=csrf, created_at=now,
                                                 last_seen_at=now))
        user = conn.execute(select(app_user.c.name, app_user.c.display_name)
                            .where(app_user.c.id == user_id)).mappings().one()
        return (self.signer.sign(token).decode("ascii"),
                Session(_key(token), user_id, user["name"], user["display_name"] or user["name"], csrf))

    def token_of(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            return self.signer.unsign(cookie.encode("ascii")).decode("ascii")
        except (BadSignature, UnicodeError):
            return None

    def resume(self, conn: Connection, cookie: str | None, remote: str | None = None) -> tuple[Session | None, str | None]:
        """The live session of a cookie, or (None, why): why is "idle" when it timed out, else None."""
        token = self.token_of(cookie)
        if token is None:
            return None, None
        row = conn.execute(
            select(web_session, app_user.c.name, app_user.c.display_name, app_user.c.disabled)
            .join(app_user, app_user.c.id == web_session.c.user_id)
            .where(web_session.c.id == _key(token))).mappings().first()
        if row is None or row["ended_at"] is not None or row["disabled"]:
            return None, None
        now = utcnow()
        if now - aware(row["last_seen_at"]) > self.idle:
            conn.execute(update(web_session).where(web_session.c.id == row["id"]).values(ended_at=now))
            log_security(conn, "idle_timeout", row["name"], remote=remote, at=now)
            return None, "idle"
        if now - aware(row["last_seen_at"]) > TOUCH_EVERY:
            conn.execute(update(web_session).where(web_session.c.id == row["id"]).values(last_seen_at=now))
        return Session(row["id"], row["user_id"], row["name"], row["display_name"] or row["name"],
                       row["csrf_token"]), None

    def end(self, conn: Connection, session: Session, remote: str | None = None) -> None:
        conn.execute(update(web_session).where(web_session.c.id == session.id).values(ended_at=utcnow()))
        log_security(conn, "sign_out", session.user_name, remote=remote)
