"""The resident ID number check (GB 11643) and the unified social credit code check (GB 32100).
Masking is ``workflow.privacy``."""

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


# GB 32100-2015: 18 characters of this set (no I, O, S, V, Z), the last a check character
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CODE_PATTERN = re.compile(f"^[{_CODE_CHARS}]{{18}}$")


def credit_code_problem(value: str) -> str | None:
    """None when ``value`` is a valid unified social credit code, else what is wrong with it."""
    v = value.strip().upper()
    if not _CODE_PATTERN.match(v):
        return ("统一社会信用代码应为18位数字或大写字母（不含I、O、S、V、Z） / a unified social credit code has 18 "
                "digits or capital letters other than I, O, S, V, Z")
    total = sum(_CODE_CHARS.index(ch) * w for ch, w in zip(v[:17], _CODE_WEIGHTS, strict=True))
    expected = _CODE_CHARS[(31 - total % 31) % 31]
    if v[17] != expected:
        return f"统一社会信用代码校验位错误 / check character should be {expected}, not {v[17]}"
    return None
