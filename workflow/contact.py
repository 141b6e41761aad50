"""The applicant's contact details: what a phone number and an e-mail address must look like.

Each check returns None for a good value, else one line saying what is wrong and what is allowed
(Chinese first); :func:`normalise_contact` gives the form that is stored (full-width characters made
half-width, surrounding spaces dropped). Masking is ``workflow.privacy``.
"""

from __future__ import annotations

import re
import unicodedata

# digits with the separators people write (+86 138 0013 8000, (0539) 812-3456), then an optional
# extension: 0539-8123456 转 801, ext. 801, x801
_PHONE = re.compile(r"\+?[0-9(][0-9 ()\-]*[0-9](?:\s*(?:转|ext\.?|x)\s*[0-9]{1,6})?", re.IGNORECASE)
_EXTENSION = re.compile(r"(?:转|ext\.?|x)\s*[0-9]+$", re.IGNORECASE)
PHONE_DIGITS = (7, 18)  # a local number without area code has 7; +86, area code, number, extension 18
# one address, ASCII or internationalised: local part, "@", a domain of at least two labels
_EMAIL = re.compile(r"[^\s@<>()\[\]\\,;:\"]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}")
EMAIL_LENGTH = 254  # RFC 5321's limit on a forward path


def normalise_contact(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def phone_problem(value: str) -> str | None:
    v = normalise_contact(value)
    digits = sum(c.isdigit() for c in _EXTENSION.sub("", v))
    low, high = PHONE_DIGITS
    if not _PHONE.fullmatch(v) or not low <= digits <= high:
        return (f"电话号码格式无效，应为 {low}–{high} 位数字，可含 +、-、空格、括号及分机（如 0539-8123456 转 801）"
                f" / not a phone number: {low} to {high} digits with + - ( ) or spaces, an extension after 转 or ext")
    return None


def email_problem(value: str) -> str | None:
    v = normalise_contact(value)
    if len(v) > EMAIL_LENGTH or not _EMAIL.fullmatch(v):
        return ("电子邮箱格式无效，应如 name@example.com / not an e-mail address: one address such as "
                "name@example.com")
    return None
