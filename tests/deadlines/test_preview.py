"""Before a holiday notice is loaded, ``preview_year`` says which due dates it would move: the same
moves ``load_year`` then makes, and nothing written meanwhile."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from helpers import make_world
from sqlalchemy import func, select

from workflow.clocks.calendar_sources import parse_year_file
from workflow.deadlines.recompute import load_year, preview_year
from workflow.store.db import read
from workflow.store.models import calendar_year, case_event

FIXTURE_2027 = Path(__file__).resolve().parents[1] / "fixtures" / "calendar-2027.yaml"


def test_the_preview_lists_the_moves_the_load_then_makes_and_writes_nothing(engine):
    w = make_world(engine, today=date(2026, 12, 15))
    stays = w.register(on=date(2026, 12, 10))
    moves = w.register(on=date(2026, 12, 10))
    w.fire(moves, "accept", date(2026, 12, 11))
    w.fire(moves, "extend", date(2026, 12, 14), days=20, reason="申请内容涉及大量历史档案")
    spec = parse_year_file(FIXTURE_2027)
    with read(engine) as conn:
        events_before = conn.execute(select(func.count()).select_from(case_event)).scalar_one()

    preview = preview_year(w.services, spec)

    with read(engine) as conn:
        assert conn.execute(select(func.count()).select_from(case_event)).scalar_one() == events_before
        assert conn.execute(select(func.count()).select_from(calendar_year)).scalar_one() == 0
    assert [(m["case_no"], m["old_due"], m["new_due"], m["days"]) for m in preview] == [
        (moves, date(2027, 2, 9), date(2027, 2, 4), -5)]
    assert stays not in {m["case_no"] for m in preview}
    loaded = load_year(w.services, spec)
    assert [(m["case_no"], m["old_due"], m["new_due"]) for m in loaded.recompute.moves] == [
        (m["case_no"], m["old_due"].isoformat(), m["new_due"].isoformat()) for m in preview]
