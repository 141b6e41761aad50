"""Logging for the long-running processes (scheduler, web): readable lines or JSON lines.

``logging.format: json`` in the settings gives one JSON object per line: ``time`` (UTC, ISO 8601),
``level``, ``logger``, ``message`` and, when the code that logged passed them as ``extra``,
``case_no`` and ``user`` in their own fields. Every message passes the one privacy module, so an ID
number or phone number that reaches a log is masked as it is in the lists.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from workflow.privacy import mask_personal_text, redact_credentials

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FIELDS = ("case_no", "user")


class MaskingFormatter(logging.Formatter):
    """The readable line, with personal data and credentials masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_credentials(mask_personal_text(super().format(record)))


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + self.formatException(record.exc_info)
        event: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": redact_credentials(mask_personal_text(message)),
        }
        for name in FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                event[name] = str(value)
        return json.dumps(event, ensure_ascii=False)


def formatter_for(settings: dict[str, Any]) -> logging.Formatter:
    kind = str((settings.get("logging") or {}).get("format") or "text")
    return JsonFormatter() if kind == "json" else MaskingFormatter(TEXT_FORMAT)


def configure_logging(settings: dict[str, Any], level: int, stream: Any) -> None:
    """The root logger writes to ``stream`` in the configured format (replacing earlier handlers)."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter_for(settings))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def uvicorn_log_config(settings: dict[str, Any], level: str) -> dict[str, Any]:
    """uvicorn's ``log_config``: its own and the access loggers through the same formatter."""
    factory = "json" if str((settings.get("logging") or {}).get("format") or "text") == "json" else "text"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": f"{__name__}.JsonFormatter"},
            "text": {"()": f"{__name__}.MaskingFormatter", "fmt": TEXT_FORMAT},
        },
        "handlers": {"default": {"class": "logging.StreamHandler", "formatter": factory,
                                 "stream": "ext://sys.stderr"}},
        "loggers": {
            "": {"handlers": ["default"], "level": level.upper()},
            "uvicorn": {"handlers": [], "level": level.upper(), "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level.upper(), "propagate": True},
            "uvicorn.access": {"handlers": [], "level": level.upper(), "propagate": True},
        },
    }
