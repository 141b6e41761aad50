"""The lengths the definitions declare (``max_length``) are the lengths of the columns the values
land in, so the engine refuses a long value with one line before PostgreSQL would (SQLite would keep
it): the same answer on both stores."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import String

from workflow.definitions.parse import BOUNDED_TYPES
from workflow.definitions.registry import default_registry
from workflow.engine.fields import validate_fields
from workflow.errors import ValidationError
from workflow.store.models import agency, clock, disclosure_case, proceeding

# a trigger field stored in a column other than the case's column of the same name
STORED_IN = {"agency": agency.c.code, "party_name": clock.c.party, "body": proceeding.c.body}


def column_of(name: str):  # noqa: ANN201 - a Column or None
    return STORED_IN.get(name, disclosure_case.c.get(name))


DEFINITIONS = sorted(default_registry().definitions.values(), key=lambda d: (d.name, d.version))


@pytest.mark.parametrize("definition", DEFINITIONS, ids=lambda d: f"{d.name}-{d.version}")
def test_every_field_stored_in_a_bounded_column_declares_its_length(definition):
    sections = {"register": definition.register.fields,
                **{name: trigger.fields for name, trigger in definition.triggers.items()}}
    for where, fields in sections.items():
        for name, field in fields.items():
            column = column_of(name)
            if field.type in BOUNDED_TYPES and column is not None and isinstance(column.type, String) \
                    and column.type.length:
                assert field.max_length == column.type.length, f"{definition.name}-{definition.version} {where}.{name}"


def test_a_name_one_character_over_is_refused_and_one_at_the_limit_passes():
    fields = default_registry().for_received(date(2026, 11, 2)).register.fields
    assert validate_fields("register", {"applicant_name": fields["applicant_name"]},
                           {"applicant_name": "名" * 200}, date(2026, 11, 2))
    with pytest.raises(ValidationError, match="longer than 200"):
        validate_fields("register", {"applicant_name": fields["applicant_name"]},
                        {"applicant_name": "名" * 201}, date(2026, 11, 2))


@pytest.mark.parametrize(("kind", "value", "allowed"), [
    ("string", "张\t三", False), ("string", "张\x00三", False), ("string", "张\u200b三", True),
    ("text", "第一行\n\t第二行", True), ("text", "第一行\r\n第二行", True), ("text", "a\x1b[2Jb", False),
    ("text", "a\x7fb", False), ("text", "a\x9bb", False),
])
def test_control_characters_pass_only_as_tab_and_line_feed_in_multi_line_text(kind, value, allowed):
    from workflow.definitions.model import FieldDef

    field = FieldDef(name="x", type=kind, label="某字段")
    if allowed:
        assert validate_fields("t", {"x": field}, {"x": value}, date(2026, 11, 2))["x"] == value.replace("\r\n", "\n")
    else:
        with pytest.raises(ValidationError, match="control character"):
            validate_fields("t", {"x": field}, {"x": value}, date(2026, 11, 2))
