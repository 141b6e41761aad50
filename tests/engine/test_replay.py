"""The replay that ``case repin`` decides with is faithful: every case of a demo year, replayed under
the version it was recorded under, fits and gives back the clocks the engine wrote for it."""

from __future__ import annotations

from datetime import date

import pytest

from workflow.app import Services
from workflow.demo.year import run_demo
from workflow.engine.machine import LifecycleMachine
from workflow.engine.replay import Versions, replay_history
from workflow.settings import load_settings
from workflow.store.db import make_engine, read, upgrade
from workflow.store.models import disclosure_case
from workflow.store.repository import Repository

CLOCK_FACTS = ("status", "started_on", "due_on", "target_on", "ended_on", "provisional", "breached")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('replay') / 'demo.db'}")
    upgrade(engine)
    services = Services.for_db(engine, load_settings(), today=lambda: date(2026, 3, 2))
    run_demo(services, year=2025, cases=80, recent=4, seed=11)
    yield services
    engine.dispose()


def test_every_case_replayed_under_its_own_version_fits_and_gives_back_its_clocks(demo):
    services = demo
    checked, triggers = 0, set()
    with read(services.db) as conn:
        repo = Repository(conn)
        for case_no in conn.execute(disclosure_case.select().with_only_columns(disclosure_case.c.case_no)).scalars():
            case = repo.load_case(case_no)
            definition = services.registry.get(case["definition_name"], case["definition_version"])
            events = repo.events(case["id"])
            triggers.update(e["trigger"] for e in events)
            replay = replay_history(
                Versions(definition, LifecycleMachine(definition), definition, services.registry.vocabulary),
                case, events, {"id_number": case["id_number"], "phone": case["phone"]},
                calendar=services.calendar, target_offset=services.target_offset, conn=conn)
            assert replay.misfit is None, (case_no, replay.misfit)
            assert replay.state == case["state"]
            stored = {(c.kind, c.party): tuple(getattr(c, k) for k in CLOCK_FACTS) for c in repo.load_clocks(case["id"])}
            derived = {key: tuple(getattr(c, k) for k in CLOCK_FACTS) for key, c in replay.clocks.clocks.items()}
            assert derived == stored, case_no
            checked += 1
    assert checked == 84
    # the demo's year goes the long and the short ways: what the replay had to get right
    assert {"request_correction", "receive_correction", "consult", "record_opinion", "notify_fee", "record_payment",
            "extend", "decide", "sign_off", "record_proceeding"} <= triggers
