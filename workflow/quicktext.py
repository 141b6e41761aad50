"""Text of values written on every transition, by shorter routes with the same result: JSON by the
C encoder directly, dates and UTC timestamps in ISO form.

Standard library only: the audit module and the SQLite readers import it without SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from json.encoder import c_make_encoder, encode_basestring, encode_basestring_ascii  # type: ignore[attr-defined]
from typing import Any


def one_shot_encoder(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode`` by a shorter route: the C encoder that ``encode`` builds for every call,
    built here directly (a third less time for a clock spec; several per transition). The same
    text and the same errors: the same C encoder with the same options, and a fresh set of
    markers for each call, as ``iterencode`` gives it. Without the C module (or for an encoder
    that overrides ``encode`` or ``iterencode``), ``encoder.encode`` itself."""
    if (c_make_encoder is None or encoder.indent is not None or type(encoder).encode is not json.JSONEncoder.encode
            or type(encoder).iterencode is not json.JSONEncoder.iterencode):
        return encoder.encode
    options = (encoder.default, encode_basestring_ascii if encoder.ensure_ascii else encode_basestring, None,
               encoder.key_separator, encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan)
    make, join, check_circular = c_make_encoder, "".join, encoder.check_circular

    def encode(value: Any) -> str:
        if not value and (value.__class__ is dict or value.__class__ is list):
            return "{}" if value.__class__ is dict else "[]"  # what every option set writes for them
        return join(make({} if check_circular else None, *options)(value, 0))

    # c_make_encoder is the json module's private helper: should a later Python change how it is
    # called, this falls back to the public route instead of failing on the first transition
    probe = {"申请": [1, 2.5, None, True, "x\n"], "b": {"c": ""}}
    try:
        if encode(probe) != encoder.encode(probe):
            return encoder.encode
    except Exception:  # noqa: BLE001 - any failure of the private route means: use the public one
        return encoder.encode
    return encode


_ISO_DATES: dict[date, str] = {}


def iso_date(day: date) -> str:
    """``day.isoformat()``; an exact ``date``'s text is remembered (a transition writes about ten
    dates, of a handful of distinct days; formatting one costs four dictionary lookups)."""
    if day.__class__ is not date:
        return day.isoformat()
    text = _ISO_DATES.get(day)
    if text is None:
        if len(_ISO_DATES) >= 20_000:  # some fifty years of days: bounded, whatever the dates written
            _ISO_DATES.clear()
        text = _ISO_DATES[day] = day.isoformat()
    return text


def iso_or_none(day: date | None) -> str | None:
    """``iso_date`` of a date that may be missing (an open clock's end, an unconcluded case)."""
    return None if day is None else iso_date(day)


_UTC_ISO = "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00"


def utc_iso(moment: datetime) -> str:
    """``moment.isoformat(timespec="microseconds")`` for a datetime in UTC: the same text by one
    ``%`` (isoformat parses its keyword and formats the offset on every call)."""
    if moment.__class__ is not datetime or moment.tzinfo is not UTC:
        return moment.isoformat(timespec="microseconds")
    return _UTC_ISO % (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second,
                       moment.microsecond)
