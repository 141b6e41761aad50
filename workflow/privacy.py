"""Masking personal data (rules.md §8), the one rule for every list, alert, report and log line.

- A natural person's name keeps its first character (the family name) and masks every other one
  with ``*``: 张三 → 张*, 欧阳娜娜 → 欧***; a one-character name is masked whole (张 → *), since
  keeping it would keep all of it.
- The name of a legal person or other organisation (any ``applicant_type`` other than
  ``natural_person``) is not personal data and is shown in full. A name whose applicant type is
  not known is masked, as the cautious reading.
- An ID number keeps its first 4 (the region) and last 4 characters: 3713**********1234; one of 8
  characters or fewer is masked whole.
- A phone number keeps its first 3 and last 4 characters: 138****5678, 021*****5678; one too short
  for that (under 8) keeps its last 2 only (4 or fewer: masked whole).

Only the case row and the letters themselves carry personal data in full.
"""

from __future__ import annotations

NATURAL_PERSON = "natural_person"


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def is_personal_name(applicant_type: str | None) -> bool:
    """Whether an applicant's name is personal data: a natural person's, or one of unknown type."""
    return not applicant_type or applicant_type == NATURAL_PERSON


def mask_name(value: object, applicant_type: str | None = None) -> str:
    """张三 → 张*, 张 → *; an organisation's name (``applicant_type`` given, not a natural person) as it is."""
    name = _text(value)
    if not name or not is_personal_name(applicant_type):
        return name
    return "*" if len(name) == 1 else name[0] + "*" * (len(name) - 1)


def mask_id_number(value: object) -> str:
    """3713**********1234: the region and the last four characters."""
    number = _text(value)
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_phone(value: object) -> str:
    """138****5678: the first three and last four characters."""
    phone = _text(value)
    if len(phone) <= 4:
        return "*" * len(phone)
    if len(phone) < 8:
        return "*" * (len(phone) - 2) + phone[-2:]
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
