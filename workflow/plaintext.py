"""What a stored text may contain: no control characters (NUL, escape, the C1 set) in one-line
values, and only tab and line feed in multi-line ones. A control character in a name or subject would
reach letters, e-mails and terminals (an escape sequence repaints a clerk's screen) and PostgreSQL
refuses NUL outright; refusing them at the input keeps both stores alike."""

from __future__ import annotations

import re

# Unicode's Cc: the C0 set, DEL and the C1 set
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_BUT_TAB_AND_LF = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def normalise_line_breaks(text: str) -> str:
    """CR LF (web forms, Windows files) and lone CR as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def control_character_problem(text: str, *, multiline: bool = False) -> str | None:
    """One line naming the first control character of ``text`` and what is allowed, else None."""
    found = (_CONTROL_BUT_TAB_AND_LF if multiline else _CONTROL).search(text)
    if found is None:
        return None
    code, position = f"U+{ord(found.group()):04X}", found.start() + 1
    what = "只允许制表符和换行 / only tab and line feed are allowed" if multiline else \
        "单行文本不允许控制字符 / no control characters in a one-line value"
    return f"第 {position} 个字符是控制字符 {code} / control character {code} at position {position}; {what}"


def length_problem(text: str, max_length: int | None) -> str | None:
    if max_length is not None and len(text) > max_length:
        return f"超过 {max_length} 个字符（{len(text)}）/ longer than {max_length} characters ({len(text)})"
    return None
