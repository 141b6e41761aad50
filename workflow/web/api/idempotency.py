"""``Idempotency-Key`` on every POST: a retry with the same key and body gets the first answer and
writes nothing; the same key with another body is refused (422).

The key, the answer and the security-log line of the write are written by a transition hook
(:class:`KeepAnswer`) *inside the engine's transaction*: the write and its key commit together or
not at all. Two copies of one request sent at once cannot both write: the second one's insert of
the same (user, key) waits for the first and fails on the unique key, its transition rolls back,
and it answers with the first one's answer. A refusal (4xx) writes no key, so that a corrected
request may use the key again. Keys are per user (two users may happen to choose the same key).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from workflow.accounts.users import utcnow
from workflow.engine.hooks import Transition
from workflow.store.db import read
from workflow.store.models import api_idempotency
from workflow.web.api.encode import answer
from workflow.web.api.errors import ApiError

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
KEPT_HEADERS = ("location", "etag")
MAX_KEY = 200

Audit = Callable[[Transition], None]  # writes the security-log line through the transition's repository
# status, body and headers of the answer, built from the transition inside its transaction
Answer = Callable[[Transition], tuple[int, Any, dict[str, str]]]


@dataclass
class Pending:
    """The API write running in this context: what the hook writes with its transition."""

    user_id: int
    key: str | None
    fingerprint: str
    answer: Answer | None = None
    audit: Audit | None = None
    response: JSONResponse | None = None
    # what of the answer's body is kept for a retry (default: all); a secret shown once is left out
    kept: Callable[[Any], Any] | None = None


PENDING: ContextVar[Pending | None] = ContextVar("disclosure_api_pending", default=None)


class KeepAnswer:
    """The transition hook of the API: in the transition's transaction, the write's security-log line
    and (with a key) the key and the answer. Other transitions (forms, the command line) pass by."""

    def __call__(self, transition: Transition) -> None:
        pending = PENDING.get()
        if pending is None or pending.answer is None or pending.response is not None:
            return
        status, body, headers = pending.answer(transition)
        response = answer(body, status, headers)
        conn = transition.repo.conn
        if pending.audit is not None:
            pending.audit(transition)
        if pending.key is not None:
            stored = answer(pending.kept(body), status, headers) if pending.kept else response
            kept = {"status": status, "body": bytes(stored.body).decode("utf-8"),
                    "headers": {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}}
            conn.execute(api_idempotency.insert().values(
                user_id=pending.user_id, idem_key=pending.key, fingerprint=pending.fingerprint, status=status,
                response=json.dumps(kept, ensure_ascii=False), created_at=utcnow()))
        pending.response = response


def install(hooks: list[Any]) -> None:
    """Add the hook to the application's transition hooks once (several apps may share services)."""
    if not any(isinstance(h, KeepAnswer) for h in hooks):
        hooks.append(KeepAnswer())


def fingerprint(method: str, path: str, payload: Any) -> str:
    """The request as far as a retry must repeat it: method, path and the body's JSON value."""
    # ASCII escapes: a body holding a lone surrogate still has a fingerprint (and is refused later)
    text = json.dumps([method, path, payload], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def checked_key(raw: str | None) -> str | None:
    if raw is None:
        return None
    key = raw.strip()
    if not key or len(key) > MAX_KEY or not key.isprintable():
        raise ApiError(422, "validation_failed", f"Idempotency-Key 应为 1–{MAX_KEY} 个可打印字符 / the "
                       f"Idempotency-Key must be 1..{MAX_KEY} printable characters", field=HEADER)
    return key


def once(db: Engine, user_id: int, key: str | None, fingerprint_: str,
         work: Callable[[Pending], None], refresh: Callable[[Any], Any] | None = None) -> JSONResponse:
    """``work(pending)`` once per (user, key): it sets ``pending.answer`` and ``pending.audit`` and
    runs the engine, whose transaction the hook completes; the answer, or the first one's (passed
    through ``refresh`` when the first one's body was kept without a secret)."""
    if key is not None:
        kept = _kept(db, user_id, key)
        if kept is not None:
            return _replay(kept, fingerprint_, refresh)
    pending = Pending(user_id, key, fingerprint_)
    token = PENDING.set(pending)
    try:
        work(pending)
    except IntegrityError:
        kept = _kept(db, user_id, key) if key is not None else None
        if kept is None:
            raise
        return _replay(kept, fingerprint_, refresh)  # a copy of this request committed first
    finally:
        PENDING.reset(token)
    if pending.response is None:  # pragma: no cover - every write route ends in a transition
        raise RuntimeError("the write ran no transition")
    return pending.response


def _kept(db: Engine, user_id: int, key: str) -> Any:
    with read(db) as conn:
        return conn.execute(select(api_idempotency).where(api_idempotency.c.user_id == user_id,
                                                          api_idempotency.c.idem_key == key)).mappings().first()


def _replay(row: Any, fingerprint_: str, refresh: Callable[[Any], Any] | None = None) -> JSONResponse:
    if row["fingerprint"] != fingerprint_:
        raise ApiError(422, "idempotency_key_reused", "该 Idempotency-Key 已用于另一请求 / this Idempotency-Key was "
                       "used with another request body or path", field=HEADER)
    kept = json.loads(row["response"])
    body = json.loads(kept["body"])
    return JSONResponse(refresh(body) if refresh else body, status_code=kept["status"],
                        headers={**kept["headers"], REPLAYED: "true"})
