"""The registration's part of the case row: the date of receipt by the channel's rule (Art. 31) and the
columns the registration fields land in.

Registration (``CaseEngine.register``), its amendment (:mod:`workflow.engine.amend`) and the replay
of a trail (:mod:`workflow.engine.replay`) all derive the date of receipt here, so that the three
agree on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from workflow.definitions.model import TriggerDef, Vocabulary
from workflow.engine import messages as say
from workflow.errors import ValidationError

# a registration field whose column has another name (a date column ends in _on)
_COLUMNS = {"submitted": "submitted_on", "signed_for": "signed_for_on", "confirmed": "confirmed_on"}
# kept masked in the audit trail (CaseEngine._MASKED_IN_EVENTS): the trail cannot say their value
MASKED_FIELDS = ("id_number", "phone")


def column(field: str) -> str:
    """The case-row column a registration field is stored in."""
    return _COLUMNS.get(field, field)


def receipt_date(vocabulary: Vocabulary, channel: str, dates: Mapping[str, date | None]) -> date:
    """The date of receipt by the channel's rule (Art. 31); refuses dates that do not fit it."""
    entry = vocabulary.get("channels", channel)
    if entry is None:
        raise ValidationError(say.unknown_channel(channel, vocabulary.codes("channels")), field="channel")
    field_name = entry.extra["receipt_from"]
    # every channel records when the application was submitted; the other dates of receipt
    # (signed for, confirmed) belong to the channels whose rule reads them (rules.md §3)
    allowed = dict.fromkeys(("submitted", field_name))
    for code in vocabulary.codes("channels"):
        other = vocabulary.get("channels", code).extra["receipt_from"]
        if other not in allowed and dates.get(other) is not None:
            raise ValidationError(
                say.channel_takes_no_date(channel, entry.label, other, allowed), field=other
            )
    received = dates.get(field_name)
    if received is None:
        raise ValidationError(say.channel_needs_date(channel, entry.label, field_name), field=field_name)
    submitted = dates.get("submitted")
    for other in ("signed_for", "confirmed"):
        if submitted and dates.get(other) and dates[other] < submitted:
            raise ValidationError(say.date_before_submitted(other, dates[other], submitted), field=other)
    return received


def date_fields(register: TriggerDef) -> list[str]:
    """The registration's date fields: the channel's dates, one of which is the date of receipt."""
    return [name for name, f in register.fields.items() if f.type == "date"]


def row_receipt(vocabulary: Vocabulary, register: TriggerDef, row: Mapping[str, Any]) -> date:
    """The date of receipt a case row's channel and dates give."""
    return receipt_date(vocabulary, row["channel"], {f: row.get(column(f)) for f in date_fields(register)})


def registration_row(
    vocabulary: Vocabulary, register: TriggerDef, values: Mapping[str, Any]
) -> dict[str, Any]:
    """The case-row columns a registration's values set, the date of receipt included; the fields the
    trail keeps masked are left out (a replay cannot know them)."""
    row = {
        column(name): values.get(name)
        for name in register.fields
        if name not in MASKED_FIELDS and name != "agency"
    }
    row["received_on"] = row_receipt(vocabulary, register, row)
    return row
