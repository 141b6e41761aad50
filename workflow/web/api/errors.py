"""The one shape of every error body of the API, and the mapping of domain errors onto it.

``{"code": "...", "message": {"zh": "...", "en": "..."}, "field": "name" | null, "errors": [...]}``:
``code`` is stable for programs, ``message`` is for people (Chinese first), ``field`` names the input
at fault, and ``errors`` holds one entry of the same shape per field when several are wrong. A 412
adds ``current_version``. No body ever carries a stack trace.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from fastapi.responses import JSONResponse

from workflow.errors import ConflictError, DisclosureError, NotFoundError


def bilingual(message: str) -> dict[str, str]:
    """A domain message (``中文 / English``) as its two halves; a one-language message fills both."""
    zh, sep, en = message.partition(" / ")
    return {"zh": zh.strip(), "en": en.strip() if sep else zh.strip()}


def entry(code: str, message: str | dict[str, str], field: str | None = None) -> dict[str, Any]:
    return {"code": code, "message": bilingual(message) if isinstance(message, str) else message, "field": field}


class ApiError(Exception):
    """An answer other than success: the status, the body's code and message, and headers."""

    def __init__(self, status: int, code: str, message: str | dict[str, str], *, field: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: Mapping[str, str] | None = None,
                 **extra: Any) -> None:
        super().__init__(code)
        self.status = status
        self.body = {**entry(code, message, field), "errors": errors or [], **extra}
        self.headers = dict(headers or {})

    def response(self) -> JSONResponse:
        return JSONResponse(self.body, status_code=self.status, headers=self.headers)


def invalid(errors: dict[str, str]) -> ApiError:
    """422 with one entry per field (``errors``: field -> the engine's message)."""
    entries = [entry("invalid", message, name) for name, message in errors.items()]
    first = entries[0] if len(entries) == 1 else None
    message = first["message"] if first else {"zh": f"{len(entries)} 个字段有误",
                                              "en": f"{len(entries)} fields are invalid"}
    return ApiError(422, "validation_failed", message, field=first["field"] if first else None, errors=entries)


def place(message: str, fields: Mapping[str, Any]) -> str | None:
    """The field a domain message names, by its code or its label (as the forms place it); a key
    ``data.outcome`` is named by ``outcome``."""
    for key, f in fields.items():
        name = key.rpartition(".")[2]
        label = getattr(f, "label", "")
        if re.search(rf"(?<![A-Za-z_]){re.escape(name)}(?![A-Za-z_])", message) or (label and label in message):
            return key
    return None


def from_domain(exc: DisclosureError, fields: Mapping[str, Any]) -> ApiError:
    """A refusal of the engine: 404, 409 for a concurrent writer, else 422 on the field it names."""
    message = str(exc)
    if isinstance(exc, NotFoundError):
        return not_found(message)
    if isinstance(exc, ConflictError):
        return ApiError(409, "conflict", message)
    name = place(message, fields)
    return ApiError(422, "refused", message, field=name, errors=[entry("refused", message, name)])


def not_found(message: str = "未找到 / not found") -> ApiError:
    return ApiError(404, "not_found", message)
