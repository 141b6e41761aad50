"""Deadlines as an office reads them: ``explain`` says how each due date of a case came about and
counts compliance over a year; ``recompute`` (with ``recompute_case`` and ``fingerprints``) moves
open deadlines when an official holiday notice is loaded and notifies their clerks (``preview_year``
says beforehand which would move); ``on_time`` defines the on-time rate once, for the report,
``compliance`` and ``supervision`` (the supervisor's figures, overdue list, alerts and charts of the
year). It works on the
database, so it sits above ``clocks`` and ``store``, and may import ``outbox`` for the notices and
anything else below it.
"""
