"""``Idempotency-Key`` on every POST: a retry with the same key and body gets the first answer and
writes nothing; the same key with another body is refused (422).

The key is reserved (a row with no answer yet) before the work starts, so that two copies of one
request sent at once cannot both write: the second is told the first is still running (409). A
successful answer is kept with the key (in the transaction that logs the write); an error releases
the key, so that a corrected request may use it again. Keys are per user (two users may happen to choose the same key).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from fastapi.responses import JSONResponse
from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.exc import IntegrityError

from workflow.accounts.users import utcnow
from workflow.store.db import read, write
from workflow.store.models import api_idempotency
from workflow.web.api.errors import ApiError

HEADER = "Idempotency-Key"
REPLAYED = "Idempotent-Replayed"
KEPT_HEADERS = ("location", "etag")
MAX_KEY = 200


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


Audit = Callable[[Connection], None]


def once(db: Engine, user_id: int, key: str | None, fingerprint_: str,
         work: Callable[[], tuple[JSONResponse, Audit]]) -> JSONResponse:
    """``work()`` once per (user, key): its answer, or the answer it gave the first time. ``work``
    returns its answer and what to log of it, written in one transaction with the kept answer."""
    if key is None:
        response, audit = work()
        with write(db) as conn:
            audit(conn)
        return response
    for _ in range(3):  # a key released between our insert and our read is tried again
        try:
            with write(db) as conn:
                conn.execute(api_idempotency.insert().values(user_id=user_id, idem_key=key, fingerprint=fingerprint_,
                                                             created_at=utcnow()))
            break
        except IntegrityError:
            with read(db) as conn:
                row = conn.execute(select(api_idempotency).where(api_idempotency.c.user_id == user_id,
                                                                 api_idempotency.c.idem_key == key)).mappings().first()
            if row is None:
                continue
            return _replay(row, fingerprint_)
    else:  # pragma: no cover - three releases in a row
        raise ApiError(409, "idempotency_in_progress", "同一 Idempotency-Key 的请求正在处理 / a request with this "
                       "Idempotency-Key is in progress", field=HEADER)
    try:
        response, audit = work()
    except BaseException:
        _release(db, user_id, key)
        raise
    kept = {"status": response.status_code, "body": bytes(response.body).decode("utf-8"),
            "headers": {k: v for k, v in response.headers.items() if k in KEPT_HEADERS}}
    with write(db) as conn:
        audit(conn)
        conn.execute(update(api_idempotency).where(api_idempotency.c.user_id == user_id,
                                                   api_idempotency.c.idem_key == key)
                     .values(status=response.status_code, response=json.dumps(kept, ensure_ascii=False)))
    return response


def _replay(row: Any, fingerprint_: str) -> JSONResponse:
    if row["fingerprint"] != fingerprint_:
        raise ApiError(422, "idempotency_key_reused", "该 Idempotency-Key 已用于另一请求 / this Idempotency-Key was "
                       "used with another request body or path", field=HEADER)
    if row["status"] is None:
        raise ApiError(409, "idempotency_in_progress", "同一 Idempotency-Key 的请求正在处理 / a request with this "
                       "Idempotency-Key is in progress; retry later", field=HEADER, headers={"Retry-After": "1"})
    kept = json.loads(row["response"])
    return JSONResponse(json.loads(kept["body"]), status_code=kept["status"],
                        headers={**kept["headers"], REPLAYED: "true"})


def _release(db: Engine, user_id: int, key: str) -> None:
    with write(db) as conn:
        conn.execute(delete(api_idempotency).where(api_idempotency.c.user_id == user_id,
                                                   api_idempotency.c.idem_key == key,
                                                   api_idempotency.c.status.is_(None)))
