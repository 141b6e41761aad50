"""The application's services, wired once: database, settings, definitions, calendar, engine.

The one module that wires the parts together. The delivery layers (command line, web) and the demo
build one ``Services`` and call the verbs on it; the parts below take it as a ``workflow.runtime.Runtime``
and never import this module. The case engine gets only what it needs (database, definitions,
calendar, today, the transition hooks). Hooks run after each transition *inside* its transaction (so
the rows they write commit or roll back with it): the letter hook records the letters a transition
owes, which ``make_letters`` makes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select

from workflow.definitions.model import Registry
from workflow.definitions.registry import default_registry
from workflow.engine.hooks import TransitionHook
from workflow.letters.issuing import LetterHook
from workflow.outbox.webhooks import WebhookHook
from workflow.store.db import read
from workflow.store.models import calendar_year

if TYPE_CHECKING:
    from workflow.clocks.calendar import WorkCalendar
    from workflow.engine.attachments import CaseFiles
    from workflow.engine.cases import CaseEngine
    from workflow.store.blobs import BlobStore


class Services:
    def __init__(self, db: Engine, settings: dict[str, Any], registry: Registry | None = None,
                 today: Callable[[], date] | None = None) -> None:
        self.db = db
        self.settings = settings
        self.registry = registry or default_registry()
        self._today = today
        # the letters a trigger's definition lists are owed in the transition's transaction, made after
        # the agencies' webhooks (registered, state changed) are queued in the outbox the same way
        self.hooks: list[TransitionHook] = [LetterHook(self), WebhookHook()]
        self._calendar: WorkCalendar | None = None

    @classmethod
    def for_db(cls, db: Engine, settings: dict[str, Any] | None = None, **kwargs: Any) -> Services:
        if settings is None:
            from workflow.settings import load_settings

            settings = load_settings()
        return cls(db, settings, **kwargs)

    # -- time and calendar --------------------------------------------------------------------

    @property
    def time_zone(self) -> str:
        return str(self.settings.get("time_zone", "Asia/Shanghai"))

    def today(self) -> date:
        if self._today is not None:
            return self._today()
        from workflow.engine.cases import today_in

        return today_in(self.time_zone)

    @property
    def target_offset(self) -> int:
        return int(self.settings.get("deadlines", {}).get("internal_target_working_days", 1))

    @property
    def case_settings(self) -> dict[str, Any]:
        """The ``cases:`` settings the definitions' guards name (defaults as in settings_schema.CaseSettings)."""
        cases = self.settings.get("cases") or {}
        return {"amend_window_days": int(cases.get("amend_window_days", 30))}

    @property
    def calendar(self) -> WorkCalendar:
        """Package data, then the override files in config/, then the years loaded into the database."""
        if self._calendar is None:
            self._calendar = self.load_calendar()
        return self._calendar

    def load_calendar(self) -> WorkCalendar:
        from workflow.clocks.calendar import load_calendar
        from workflow.clocks.calendar_sources import YearSpec

        with read(self.db) as conn:
            rows = conn.execute(select(calendar_year.c.spec)).scalars().all()
        overrides = {spec.year: spec for spec in (YearSpec.from_json(r) for r in rows)}
        return load_calendar(overrides=overrides or None)

    def reload_calendar(self) -> WorkCalendar:
        self._calendar = None
        return self.calendar

    # -- engine and hooks -----------------------------------------------------------------------

    @functools.cached_property
    def cases(self) -> CaseEngine:
        from workflow.engine.cases import CaseEngine

        return CaseEngine(self.db, self.registry, calendar=lambda: self.calendar, target_offset=self.target_offset,
                          today=self.today, hooks=self.hooks, settings=self.case_settings)

    @functools.cached_property
    def blobs(self) -> BlobStore:
        """Where attached files are kept (``attachments.store``: a folder, or an S3 bucket)."""
        from workflow.store.blobs import blob_store

        return blob_store(self.settings, self.db.url.render_as_string(hide_password=False))

    @functools.cached_property
    def attachments(self) -> CaseFiles:
        from workflow.engine.attachments import AttachmentLimits, CaseFiles

        return CaseFiles(self.db, self.registry, lambda: self.blobs, AttachmentLimits.from_settings(self.settings),
                         self.hooks)

    def make_letters(self, case_no: str | None = None) -> Any:
        """Make the letters that transitions owe (of one case, or all); returns a ``LetterRun``."""
        from workflow.letters.worker import make_letters_of_case, make_requested_letters

        return make_requested_letters(self) if case_no is None else make_letters_of_case(self, case_no)
