"""The query parameters of ``GET /cases``: the queue's tabs and filters, the cursor and the page size."""

from __future__ import annotations

from typing import Any

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
