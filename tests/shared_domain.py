"""Where the shared domain notes are (``../shared/domain`` beside the project): the deadline vectors,
the published STCSM table. A plain module, so that tests import it by a name no conftest shadows."""

from __future__ import annotations

from pathlib import Path

SHARED_DOMAIN = Path(__file__).resolve().parents[1].parent / "shared" / "domain"
