"""JSON values of the API: ISO dates, amounts as numbers, and the ETag of a case version."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from fastapi.responses import JSONResponse

MEDIA = "application/json"


def plain(value: Any) -> Any:
    """``value`` with dates as ISO text and amounts as numbers, all the way down."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def answer(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(plain(payload), status_code=status, headers=headers)


def etag(version: int) -> str:
    return f'"{version}"'


def version_of(if_match: str) -> int | None:
    """The case version an ``If-Match`` names (``"3"``, ``W/"3"`` or ``3``), or None if it names none."""
    text = if_match.strip()
    if text.startswith("W/"):
        text = text[2:]
    text = text.strip('"')
    return int(text) if text.isdigit() and len(text) < 10 else None
