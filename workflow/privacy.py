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

Credentials follow the same rule in every list, error and log line (:func:`redact_credentials`): a
webhook's URL is its password (WeCom ``?key=``, DingTalk ``?access_token=``, a token in the path),
so what is shown of a URL is its scheme, host and the plain parts of its path.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

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


REDACTED = "***"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")
# a credential named outside a URL (an error that quotes only the path and query of one)
_NAMED = re.compile(
    r"(?i)\b(key|access_token|token|secret|sign|signature|password|passwd|apikey|api_key)=([^&\s'\"<>]+)"
)
# a path segment that reads as a token: long, letters mixed with digits (Feishu, Slack, Teams hooks)
_TOKEN_SEGMENT = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{16,}$")


def _redact_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return REDACTED
    netloc = host + (f":{port}" if port else "")
    if parts.username or parts.password:
        netloc = f"{REDACTED}@{netloc}"
    path = "/".join(REDACTED if _TOKEN_SEGMENT.match(seg) else seg for seg in parts.path.split("/"))
    query = "&".join(
        f"{pair.partition('=')[0]}={REDACTED}" if "=" in pair else pair for pair in parts.query.split("&") if pair
    )
    fragment = REDACTED if parts.fragment else ""
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


def redact_credentials(value: object) -> str:
    """``value`` as text with the credentials of every URL in it masked: the user and password, each
    query value (``?key=***&access_token=***``), path segments that look like tokens and the
    fragment; and ``key=…``, ``access_token=…``, ``sign=…`` and the like wherever else they appear."""
    text = _text(value)
    if not text:
        return text
    text = _URL.sub(lambda m: _redact_url(m.group(0)), text)
    return _NAMED.sub(lambda m: f"{m.group(1)}={REDACTED}" if m.group(2) != REDACTED else m.group(0), text)


# an 18-character resident ID number, a mainland mobile number: not inside a longer run of digits
_ID_NUMBER_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def mask_personal_text(value: object) -> str:
    """Free text (a log message) with every ID number and mobile number in it masked as the lists
    mask them; names cannot be found in free text, so log messages name cases, never applicants."""
    text = _ID_NUMBER_IN_TEXT.sub(lambda m: mask_id_number(m.group(0)), _text(value))
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), text)
