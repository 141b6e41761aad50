"""Case numbers as people type them: 「罗应急－2026－0001」, 「罗应急-2026-1」 or just 「2026-0001」.

A case number is ``<prefix>-<year>-<number, four digits>`` (the engine's register). What a clerk
types or pastes from a Word letter may carry full-width digits and dashes, other dash characters,
spaces, or no prefix at all. :func:`normalise_case_no` gives the canonical spelling;
:func:`resolve_case_no` also fills in the prefix when exactly one case with that year and number
is visible.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

from workflow.errors import ValidationError

# U+FF01..U+FF5E are the full-width forms of ASCII "!".."~", at a fixed offset
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# what Word, an input method or a PDF puts where a hyphen was typed
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\u30fc\u2500"}
_PREFIXLESS = re.compile(r"^(\d{4})-(\d{1,6})$")
_NUMBERED = re.compile(r"^(.+)-(\d{4})-(\d{1,6})$")


class CaseNumberReader(Protocol):
    def case_numbers_ending(self, suffix: str, agency_ids: Collection[int] | None) -> list[str]: ...


def normalise_case_no(text: str) -> str:
    """``text`` with ASCII digits and hyphens, no spaces, the number padded to four digits."""
    value = "".join(text.translate(_FULL_WIDTH).translate(_DASHES).split())
    if (m := _PREFIXLESS.match(value)) is not None:
        return f"{m[1]}-{int(m[2]):04d}"
    if (m := _NUMBERED.match(value)) is not None:
        return f"{m[1]}-{m[2]}-{int(m[3]):04d}"
    return value


def lacks_prefix(value: str) -> bool:
    """Whether a normalised case number is only ``<year>-<number>``."""
    return _PREFIXLESS.match(value) is not None


def resolve_case_no(reader: CaseNumberReader, text: str, agency_ids: Collection[int] | None = None) -> str:
    """The case number ``text`` means: normalised, and a number without its prefix completed when
    exactly one case of ``agency_ids`` (None: any agency) has that year and number. Anything else is
    returned normalised, for the caller's lookup to report as unknown."""
    value = normalise_case_no(text)
    if not lacks_prefix(value):
        return value
    found = reader.case_numbers_ending(f"-{value}", agency_ids)
    if len(found) > 1:
        raise ValidationError(f"案件编号 {value} 不唯一，请写明前缀 / case number {value} is ambiguous without its "
                              f"prefix: {', '.join(sorted(found))}")
    return found[0] if found else value
