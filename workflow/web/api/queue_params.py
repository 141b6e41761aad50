"""The query parameters of ``GET /cases``: the queue's tabs and filters, the cursor and the page size
(the cursor and page size also of ``GET /calendar/due``)."""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Any

from fastapi import Request

from workflow.web.queue import TABS

MAX_LIMIT = 200


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


QUEUE_PARAMETERS = [
    _query("tab", {"type": "string", "enum": list(TABS)}, "分类 / tab: " + "，".join(f"{k} {v}" for k, v in TABS.items())),
    _query("state", {"type": "string"}, "状态 / state"),
    _query("clerk", {"type": "string"}, "经办人用户名 / clerk's user name"),
    _query("channel", {"type": "string"}, "申请方式 / channel"),
    _query("received_from", {"type": "string", "format": "date"}, "收到日期（起） / received from"),
    _query("received_to", {"type": "string", "format": "date"}, "收到日期（止） / received to"),
    _query("q", {"type": "string", "maxLength": 100}, "案件编号、申请人或内容 / case number, applicant or subject"),
    _query("cursor", {"type": "string"}, "上一页返回的 next / the previous page's next"),
    _query("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}, "每页条数 / page size"),
]
PAGE_PARAMETERS = QUEUE_PARAMETERS[-2:]


def encode_cursor(raw: str | None) -> str | None:
    return base64.urlsafe_b64encode(raw.encode("ascii")).decode("ascii").rstrip("=") if raw else None


def _decode_cursor(text: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode("ascii")
        due, case_id = raw.split("|", 1)
        date.fromisoformat(due)
        int(case_id)
    except (ValueError, binascii.Error, UnicodeError):
        return None
    return raw


def page_of(request: Request, errors: dict[str, str]) -> tuple[str | None, int]:
    """The queue's keyset cursor and the page size asked for; a bad one adds its entry to ``errors``."""
    after = None
    cursor = request.query_params.get("cursor")
    if cursor:
        after = _decode_cursor(cursor)
        if after is None:
            errors["cursor"] = "分页游标无效 / the cursor is not one this API returned"
    raw_limit = request.query_params.get("limit") or str(request.app.state.web.page_size)
    limit = int(raw_limit) if raw_limit.isdigit() else 0
    if not 1 <= limit <= MAX_LIMIT:
        errors["limit"] = f"每页条数应为 1–{MAX_LIMIT} / limit must be 1..{MAX_LIMIT}"
    return after, limit
