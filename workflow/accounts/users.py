"""Users' passwords, disabling, listing, the security log and signing in (lockout included)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, func, select, update

from workflow.errors import NotFoundError, ValidationError
from workflow.store.models import agency, app_user, security_log, user_role, web_session

_HASHER = PasswordHasher()
# verified against when the user does not exist, so that a wrong name takes as long as a wrong password
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
MIN_PASSWORD_LENGTH = 8


def utcnow() -> datetime:
    return datetime.now(UTC)


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(f"密码至少 {MIN_PASSWORD_LENGTH} 个字符 / the password needs at least "
                              f"{MIN_PASSWORD_LENGTH} characters")
    return _HASHER.hash(password)


def log_security(conn: Connection, kind: str, user_name: str, *, remote: str | None = None,
                 detail: str | None = None, at: datetime | None = None) -> None:
    conn.execute(security_log.insert().values(at=at or utcnow(), kind=kind, user_name=user_name[:100],
                                              remote=remote, detail=detail))


def set_password(conn: Connection, name: str, password_hash: str, *, via: str) -> None:
    """Store a user's password hash (from :func:`hash_password`) and log it; ``via`` says where from."""
    if not conn.execute(update(app_user).where(app_user.c.name == name).values(password_hash=password_hash)).rowcount:
        raise NotFoundError(f"用户不存在 / unknown user {name!r}")
    log_security(conn, "password_set", name, detail=via)


def disable_user(conn: Connection, name: str, *, via: str) -> None:
    """The user can no longer sign in, and their open sessions end now."""
    user_id = conn.execute(select(app_user.c.id).where(app_user.c.name == name)).scalar()
    if user_id is None:
        raise NotFoundError(f"用户不存在 / unknown user {name!r}")
    now = utcnow()
    conn.execute(update(app_user).where(app_user.c.id == user_id).values(disabled=True))
    conn.execute(update(web_session).where(web_session.c.user_id == user_id, web_session.c.ended_at.is_(None))
                 .values(ended_at=now))
    log_security(conn, "user_disabled", name, detail=via, at=now)


def list_users(conn: Connection) -> list[dict]:
    """Every user with their roles (``agency code:role``) and whether they can sign in; never the hash."""
    users = conn.execute(select(app_user.c.id, app_user.c.name, app_user.c.display_name, app_user.c.email,
                                app_user.c.disabled, app_user.c.password_hash.is_not(None).label("has_password"))
                         .order_by(app_user.c.name)).mappings().all()
    roles: dict[int, list[str]] = {}
    for r in conn.execute(select(user_role.c.user_id, user_role.c.role, agency.c.code)
                          .join(agency, agency.c.id == user_role.c.agency_id)
                          .order_by(agency.c.code, user_role.c.role)).mappings():
        roles.setdefault(r["user_id"], []).append(f"{r['code']}:{r['role']}")
    return [{"name": u["name"], "display_name": u["display_name"], "email": u["email"],
             "disabled": bool(u["disabled"]), "has_password": bool(u["has_password"]),
             "roles": roles.get(u["id"], [])} for u in users]


@dataclass(frozen=True)
class SignInResult:
    user_id: int | None
    problem: str | None  # None on success; else "bad" or "locked"


def recent_failures(conn: Connection, name: str, since: datetime) -> int:
    """Failures since ``since`` and since the user's last successful sign-in."""
    last_ok = conn.execute(select(func.max(security_log.c.at)).where(
        security_log.c.user_name == name, security_log.c.kind == "sign_in")).scalar()
    if last_ok is not None:
        last_ok = last_ok if last_ok.tzinfo else last_ok.replace(tzinfo=UTC)
        since = max(since, last_ok)
    return int(conn.execute(select(func.count()).select_from(security_log).where(
        security_log.c.user_name == name, security_log.c.kind == "sign_in_failed",
        security_log.c.at > since)).scalar_one())


def check_sign_in(conn: Connection, name: str, password: str, *, failures: int, window: timedelta,
                  remote: str | None = None) -> SignInResult:
    """Verify a password, log the attempt; locked after ``failures`` failures within ``window``."""
    now = utcnow()
    name = name.strip()[:100]
    if recent_failures(conn, name, now - window) >= failures:
        log_security(conn, "locked_out", name, remote=remote, detail="sign-in refused while locked", at=now)
        return SignInResult(None, "locked")
    row = conn.execute(select(app_user.c.id, app_user.c.password_hash, app_user.c.disabled)
                       .where(app_user.c.name == name)).mappings().first()
    ok = False
    try:
        ok = _HASHER.verify(row["password_hash"] if row and row["password_hash"] else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        ok = False
    if ok and row is not None and row["password_hash"] and not row["disabled"]:
        log_security(conn, "sign_in", name, remote=remote, at=now)
        return SignInResult(int(row["id"]), None)
    log_security(conn, "sign_in_failed", name, remote=remote, at=now,
                 detail="disabled" if row is not None and row["disabled"] else None)
    if recent_failures(conn, name, now - window) >= failures:
        log_security(conn, "locked_out", name, remote=remote, detail=f"{failures} failures", at=now)
        return SignInResult(None, "locked")
    return SignInResult(None, "bad")
