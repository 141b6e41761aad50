"""Alerts made late speak of the past as past: a sweep after downtime makes the look-ahead alerts it
missed, and none of them may announce a due date that has already passed as coming."""

from __future__ import annotations

from datetime import date

from helpers import make_world
from sqlalchemy import select

from workflow.outbox.compose import compose, message_contexts
from workflow.scheduling.sweep import sweep
from workflow.store.db import read
from workflow.store.models import outbox

R = date(2026, 3, 2)  # reply due 2026-03-30, a Monday


def test_alerts_made_after_the_due_date_never_say_it_is_coming(engine):
    w = make_world(engine, today=date(2026, 4, 2))
    # every missed level gets its message, not only the most serious one
    w.services.settings = {**w.services.settings,
                           "alerts": {**w.services.settings["alerts"], "message_superseded": True}}
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    sweep(w.services, date(2026, 4, 2))  # the first sweep in a month: every missed level at once
    with read(engine) as conn:
        rows = [dict(r) for r in conn.execute(select(outbox).where(outbox.c.kind == "alert")).mappings()]
    contexts = message_contexts(w.services, rows)
    texts = {(row["template"], row["context"]["level"]): compose(row, contexts[row["id"]]).text for row in rows}
    assert {level for _, level in texts} >= {"before_due_3", "internal_target", "due_today", "overdue"}
    for text in texts.values():
        assert "将于" not in text and "今日（" not in text and "0个工作日" not in text
        assert "已于2026年3月30日届满" in text
