"""Text for a terminal: stored values made safe to print, and columns that line up with Chinese.

A stored value (an applicant's name, a subject) can hold what a terminal would obey: ANSI escape
sequences (colours, cursor moves, a retitled window), other control characters, and the Unicode
bidirectional overrides that make a line read differently from what it holds. ``clean`` removes
them; every human-readable output of the command line prints stored values through it.
"""

from __future__ import annotations

import re
import unicodedata

# CSI and OSC sequences, and any other ESC-introduced pair
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
# embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069), and the marks U+200E/U+200F, U+061C
_BIDI = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C])


def clean(value: object) -> str:
    """``value`` as text without escape sequences, control characters (tab and newline become
    spaces) or bidirectional controls."""
    text = _ESCAPES.sub("", str(value)).translate(_BIDI)
    return "".join(" " if c in "\t\n\r" else c for c in text if c in "\t\n\r" or unicodedata.category(c) != "Cc")


def width(text: str) -> int:
    """Terminal columns of ``text``: two for a wide (Chinese) character, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(value: object, columns: int) -> str:
    """``value`` cleaned and padded to ``columns`` terminal columns (never cut: a case number or a
    date must stay whole)."""
    text = clean(value)
    return text + " " * max(0, columns - width(text))
