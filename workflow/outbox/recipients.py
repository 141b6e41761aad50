"""Who an outbox message goes to and on which channel: per message in Python, and as SQL for set-based
queueing (``INSERT .. SELECT`` from the sweep), with the SQL pieces such queueing needs.

Both forms apply the same rule (``addresses.prefer``, else ``channels.default``), so a message
queued one row at a time and one queued in bulk reach the same channel. Set-based queueing leaves the
address NULL; delivery looks it up with :func:`address_for` (``workflow.outbox.compose``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import String, cast, func, literal, literal_column
from sqlalchemy.sql.elements import ColumnElement

from workflow.store.models import app_user


class Enqueuer(Protocol):
    def enqueue(self, **row: Any) -> bool: ...


def queue_to_user(repo: Enqueuer, settings: Mapping[str, Any], user: Mapping[str, Any], *, key: str, kind: str,
                  template: str, context: dict[str, Any], case_id: int | None = None,
                  subject: str | None = None) -> bool:
    """Queue one message to ``user`` on their channel; False when ``key`` was queued before."""
    channel, address = recipient_channel(user, settings)
    row: dict[str, Any] = {"key": key, "kind": kind, "channel": channel, "template": template, "context": context,
                           "recipient_user_id": user["id"], "address": address}
    if case_id is not None:
        row["case_id"] = case_id
    if subject is not None:
        row["subject"] = subject
    return repo.enqueue(**row)


def default_channel(settings: Mapping[str, Any]) -> str:
    return str((settings.get("channels") or {}).get("default") or "file")


def address_for(user: Mapping[str, Any], channel: str) -> str | None:
    """The user's address on ``channel``: e-mail for smtp and file, else ``addresses[channel]``."""
    if channel in ("smtp", "file"):
        return user.get("email") or None
    return (user.get("addresses") or {}).get(channel) or None


def recipient_channel(user: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[str, str | None]:
    """``(channel, address)``: ``addresses.prefer`` if the user set one, else ``channels.default``."""
    channel = (user.get("addresses") or {}).get("prefer") or default_channel(settings)
    return str(channel), address_for(user, str(channel))


def recipient_sql(settings: Mapping[str, Any]) -> ColumnElement:
    """The channel rule of :func:`recipient_channel` as SQL over ``app_user`` (set-based queueing).

    The address is left NULL by set-based queueing and looked up at delivery time
    (:func:`address_for`), so a corrected e-mail address reaches the messages still waiting."""
    prefer = app_user.c.addresses["prefer"].as_string()
    return func.coalesce(func.nullif(prefer, ""), literal(default_channel(settings), String))


def json_object_sql(dialect: str, pairs: list[tuple[str, ColumnElement]]) -> ColumnElement:
    """A JSON object built in SQL (SQLite ``json_object``, PostgreSQL ``json_build_object``)."""
    args: list[Any] = []
    for key, value in pairs:
        args += [literal_column("'" + key.replace("'", "''") + "'"), value]
    if dialect == "postgresql":
        return func.json_build_object(*args)
    return func.json_object(*args)


def concat_sql(*parts: str | ColumnElement) -> ColumnElement:
    """``'a' || x || ...`` with integers cast to text (same SQL on SQLite and PostgreSQL)."""
    out: ColumnElement | None = None
    for p in parts:
        e = literal(p, String) if isinstance(p, str) else cast(p, String)
        out = e if out is None else out + e
    assert out is not None
    return out


__all__ = [
    "address_for",
    "concat_sql",
    "default_channel",
    "json_object_sql",
    "recipient_channel",
    "recipient_sql",
]
