"""API tokens (``Authorization: Bearer …``): created on the command line, used by the web's JSON API.

A token is printed once and stored as its SHA-256 only. It acts as its user, with the user's roles
and scope as they are at each request; it stops working at once when it is revoked, when it expires
or when its user is disabled. Creating and revoking are written to the security log.

An *intake token* (``disclosure token create --intake AGENCY``) belongs to a government website's
online-application form: it acts as the agency's intake user (``intake-<agency>``, role ``intake``
there and nowhere else, no password) and the API lets it do one thing, register online applications
at that agency.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Connection, select, update

from workflow.accounts.users import log_security, utcnow
from workflow.errors import NotFoundError, ValidationError
from workflow.store.models import agency, api_token, app_user, user_role
from workflow.store.repository import Repository, aware

PREFIX = "dsc_"  # lets secret scanners and people recognise a token of this system
TOUCH_EVERY = timedelta(seconds=60)  # last_used_at is written at most this often
MAX_EXPIRES_DAYS = 3650
INTAKE_ROLE = "intake"


@dataclass(frozen=True)
class TokenUser:
    """Who a valid token acts as."""

    token_id: int
    token_name: str
    user_id: int
    user_name: str
    stale_use: bool = False  # last_used_at is older than TOUCH_EVERY
    intake_agency_id: int | None = None  # an intake token: it may only register at this agency
    roles: tuple[tuple[int, str], ...] = ()  # (agency id, role) the user holds, read with the token


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def intake_user_name(agency_code: str) -> str:
    return f"intake-{agency_code}"


def create_intake_token(conn: Connection, agency_code: str, *, name: str | None = None,
                        expires_days: int | None = None, via: str = "cli") -> tuple[int, str, str]:
    """A new intake token of ``agency_code``: its id, the token (shown once) and the intake user's name.
    The agency's intake user is made on first use; a user of that name holding any other role is refused."""
    repo = Repository(conn)
    agency_id = repo.agency_id(agency_code)
    user_name = intake_user_name(agency_code)
    held = set(conn.execute(select(user_role.c.role).join(app_user, app_user.c.id == user_role.c.user_id)
                            .where(app_user.c.name == user_name)).scalars())
    if held - {INTAKE_ROLE}:
        raise ValidationError(f"用户 {user_name} 已有其他角色，不能用作网上申请接入 / user {user_name!r} holds other "
                              f"roles ({', '.join(sorted(held))}); an intake user may hold only {INTAKE_ROLE}")
    agency_name = conn.execute(select(agency.c.name).where(agency.c.id == agency_id)).scalar_one()
    user_id = repo.add_user(user_name, display_name=f"网上申请（{agency_name}）"[:100])
    repo.grant_role(user_id, agency_id, INTAKE_ROLE)
    token_id, token = create_token(conn, user_name, name=name or f"{agency_code}-门户网站", expires_days=expires_days,
                                   via=via, intake_agency_id=agency_id)
    return token_id, token, user_name


def create_token(conn: Connection, user_name: str, *, name: str | None = None, expires_days: int | None = None,
                 via: str = "cli", intake_agency_id: int | None = None) -> tuple[int, str]:
    """A new token of ``user_name``: its id and the token itself (shown once, never stored)."""
    row = conn.execute(select(app_user.c.id, app_user.c.disabled).where(app_user.c.name == user_name)).first()
    if row is None:
        raise NotFoundError(f"用户不存在 / unknown user {user_name!r}")
    if row.disabled:
        raise ValidationError(f"用户 {user_name} 已停用，不能创建令牌 / user {user_name!r} is disabled")
    if intake_agency_id is None and INTAKE_ROLE in set(conn.execute(
            select(user_role.c.role).where(user_role.c.user_id == row.id)).scalars()):
        raise ValidationError(f"用户 {user_name} 是网上申请接入用户，请用 token create --intake 机关代码 / user "
                              f"{user_name!r} is an intake user: use token create --intake AGENCY")
    if expires_days is not None and not 1 <= expires_days <= MAX_EXPIRES_DAYS:
        raise ValidationError(f"有效期应为 1–{MAX_EXPIRES_DAYS} 天 / --expires must be 1..{MAX_EXPIRES_DAYS} days, "
                              f"got {expires_days}")
    label = (name or "").strip()[:100] or f"{user_name}-token"
    token = PREFIX + secrets.token_urlsafe(32)
    now = utcnow()
    token_id = conn.execute(api_token.insert().values(
        user_id=row.id, name=label, token_hash=token_hash(token), created_at=now, intake_agency_id=intake_agency_id,
        expires_at=now + timedelta(days=expires_days) if expires_days else None)).inserted_primary_key[0]
    kind = f"intake token at agency {intake_agency_id}" if intake_agency_id else "token"
    log_security(conn, "token_created", user_name, detail=f"{kind} {token_id} ({label}) via {via}", at=now)
    return int(token_id), token


def list_tokens(conn: Connection, user_name: str | None = None) -> list[dict]:
    """Every token (or one user's) with its state; never the token nor its hash."""
    stmt = (select(api_token.c.id, api_token.c.name, app_user.c.name.label("user"), api_token.c.created_at,
                   api_token.c.expires_at, api_token.c.revoked_at, api_token.c.last_used_at,
                   agency.c.code.label("intake_agency"))
            .join(app_user, app_user.c.id == api_token.c.user_id)
            .outerjoin(agency, agency.c.id == api_token.c.intake_agency_id).order_by(api_token.c.id))
    if user_name:
        stmt = stmt.where(app_user.c.name == user_name)
    now = utcnow()
    out = []
    for r in conn.execute(stmt).mappings():
        expires, revoked = aware(r["expires_at"]), aware(r["revoked_at"])
        status = "revoked" if revoked else ("expired" if expires and expires <= now else "active")
        out.append({"id": r["id"], "name": r["name"], "user": r["user"], "status": status,
                    "created_at": aware(r["created_at"]), "expires_at": expires, "revoked_at": revoked,
                    "last_used_at": aware(r["last_used_at"]), "intake_agency": r["intake_agency"]})
    return out


def revoke_token(conn: Connection, token_id: int, *, via: str = "cli") -> dict:
    """Revoke a token now; revoking a revoked token is refused (it says when it was revoked)."""
    row = conn.execute(select(api_token.c.id, api_token.c.name, api_token.c.revoked_at, app_user.c.name.label("user"))
                       .join(app_user, app_user.c.id == api_token.c.user_id)
                       .where(api_token.c.id == token_id)).mappings().first()
    if row is None:
        raise NotFoundError(f"令牌不存在 / no token with id {token_id}")
    if row["revoked_at"] is not None:
        raise ValidationError(f"令牌 {token_id} 已于 {aware(row['revoked_at']):%Y-%m-%d %H:%M} 撤销 / "
                              f"token {token_id} is already revoked")
    now = utcnow()
    conn.execute(update(api_token).where(api_token.c.id == token_id).values(revoked_at=now))
    log_security(conn, "token_revoked", row["user"], detail=f"token {token_id} ({row['name']}) via {via}", at=now)
    return {"id": token_id, "name": row["name"], "user": row["user"], "revoked_at": now}


def authenticate(conn: Connection, token: str) -> TokenUser | None:
    """The user a token acts as, or None when it is unknown, revoked, expired or its user disabled;
    it only reads (see :func:`touch`). The user's roles come in the same query (a row per role), so
    that a request's caller costs one round trip."""
    if not token.startswith(PREFIX) or len(token) > 200:
        return None
    rows = conn.execute(select(api_token.c.id, api_token.c.name, api_token.c.user_id, api_token.c.expires_at,
                               api_token.c.revoked_at, api_token.c.last_used_at, api_token.c.intake_agency_id,
                               app_user.c.name.label("user"),
                               app_user.c.disabled, user_role.c.agency_id, user_role.c.role)
                        .join(app_user, app_user.c.id == api_token.c.user_id)
                        .outerjoin(user_role, user_role.c.user_id == api_token.c.user_id)
                        .where(api_token.c.token_hash == token_hash(token))).mappings().all()
    now = utcnow()
    row = rows[0] if rows else None
    if row is None or row["revoked_at"] is not None or row["disabled"]:
        return None
    expires = aware(row["expires_at"])
    if expires is not None and expires <= now:
        return None
    last = aware(row["last_used_at"])
    roles = tuple((int(r["agency_id"]), r["role"]) for r in rows if r["role"] is not None)
    return TokenUser(int(row["id"]), row["name"], int(row["user_id"]), row["user"],
                     stale_use=last is None or now - last > TOUCH_EVERY, intake_agency_id=row["intake_agency_id"],
                     roles=roles)


def touch(conn: Connection, who: TokenUser) -> None:
    """Record that the token was used now (asked only when ``stale_use``: a read stays a read)."""
    conn.execute(update(api_token).where(api_token.c.id == who.token_id).values(last_used_at=utcnow()))
