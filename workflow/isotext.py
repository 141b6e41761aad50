"""Dates and UTC timestamps as ISO text, the form every stored, hashed and printed date takes.

Standard library only: the audit module and the SQLite readers import it without SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime


def iso_or_none(day: date | None) -> str | None:
    """``day.isoformat()`` of a date that may be missing (an open clock's end, an unconcluded case)."""
    return None if day is None else day.isoformat()


def utc_iso(moment: datetime) -> str:
    """An event's ``recorded_at``: always with microseconds, so that the text (which is hashed) has
    one length and sorts in time order."""
    return moment.isoformat(timespec="microseconds")
