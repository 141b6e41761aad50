"""The resident ID number check (GB 11643). Masking is ``workflow.privacy``."""

from __future__ import annotations

import re
from datetime import date

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_PATTERN = re.compile(r"^\d{17}[\dX]$")


def id_check_digit(first17: str) -> str:
    return _CHECK[sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def id_number_problem(value: str) -> str | None:
    """None when ``value`` is a valid 18-character ID number, else what is wrong with it (Chinese first)."""
    v = value.strip().upper()
    if not _PATTERN.match(v):
        return "身份证号码应为18位（17位数字加1位数字或X） / an ID number has 17 digits and a check character"
    try:
        date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return f"身份证号码中的出生日期无效 / the birth date {v[6:14]} in the ID number is not a date"
    expected = id_check_digit(v[:17])
    if v[17] != expected:
        return f"身份证号码校验位错误 / check digit should be {expected}, not {v[17]}"
    return None


def normalise_id_number(value: str) -> str:
    return value.strip().upper()
