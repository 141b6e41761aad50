"""Dates and UTC timestamps as ISO text, the form every stored, hashed and printed date takes.

Standard library only: the audit module and the SQLite readers import it without SQLAlchemy.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def iso_or_none(day: date | None) -> str | None:
    """``day.isoformat()`` of a date that may be missing (an open clock's end, an unconcluded case)."""
    return None if day is None else day.isoformat()


def utc_iso(moment: datetime) -> str:
    """An event's ``recorded_at``: always with microseconds, so that the text (which is hashed) has
    one length and sorts in time order."""
    return moment.isoformat(timespec="microseconds")


def parse_day(text: str) -> date:
    """The date ``text`` names as YYYY-MM-DD. A ValueError says which is wrong: the form, or a
    date that does not exist (2026-02-30 is written right but February 2026 has 28 days)."""
    m = _ISO_DAY.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"日期格式应为 YYYY-MM-DD / expected YYYY-MM-DD, got {text!r}")
    year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise ValueError(f"日期不存在：没有{month}月 / {text} is not a date: there is no month {month}")
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days or year < 1:
        raise ValueError(f"日期不存在：{year}年{month}月只有{days}天 / {text} is not a date: "
                         f"{calendar.month_name[month]} {year} has {days} days")
    return date(year, month, day)
