"""``notifications/letters.yaml``, read once, and the reply's 文号 drawn from it: what the engine needs
of the letters (``sign_off`` numbers the reply) without importing the template machinery."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from workflow.errors import ValidationError
from workflow.paths import notifications_dir

INDEX_FILE = "letters.yaml"


@lru_cache(maxsize=1)
def letters_index() -> dict[str, Any]:
    """The parsed notifications/letters.yaml, its remedies eras sorted oldest first."""
    with open(notifications_dir() / INDEX_FILE, encoding="utf-8") as fh:
        index = yaml.safe_load(fh)
    index["remedies"]["eras"].sort(key=lambda era: str(era["from"]))  # ISO dates sort as text
    return index


def letter_number(agency: dict[str, Any], *, year: int, seq: int) -> str:
    """The 文号 from the agency's ``letter_no_pattern`` (``{prefix}``, ``{year}``, ``{seq}``)."""
    settings = agency.get("settings") or {}
    pattern = settings.get("letter_no_pattern") or letters_index()["defaults"]["letter_no_pattern"]
    prefix = agency.get("prefix") or settings.get("prefix") or ""
    try:
        return pattern.format(prefix=prefix, year=year, seq=seq)
    except (KeyError, IndexError, ValueError) as exc:
        raise ValidationError(f"文号格式无效 / letter_no_pattern {pattern!r}: {exc}") from exc
