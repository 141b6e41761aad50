"""What the parts below the application need of it, as a protocol: the database, the settings, the
loaded definitions, the working-day calendar and today's date.

The parts (views, outbox, letters, deadlines, importer, scheduling) take a ``Runtime`` and never
import :mod:`workflow.app`, which implements it and sits above them all. It may import the
definitions, clocks and store packages for their types only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from workflow.clocks.calendar import WorkCalendar
    from workflow.definitions.model import Registry


class Runtime(Protocol):
    db: Engine
    settings: dict[str, Any]
    registry: Registry

    @property
    def calendar(self) -> WorkCalendar: ...

    @property
    def target_offset(self) -> int: ...

    @property
    def time_zone(self) -> str: ...

    def today(self) -> date: ...

    def reload_calendar(self) -> WorkCalendar: ...
