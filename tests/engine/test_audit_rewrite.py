"""The audit trail against someone who can write to the database (issue 13, item 2): the global
chain, anchors kept outside the database, no REPLACE past the append-only guards, and each case row
checked against its replayed events. Both stores."""

from __future__ import annotations

import json
from datetime import date

import pytest
from audit_tamper import all_events, drop_guards, raw, rechain, rewrite
from helpers import FILING_SETTINGS, World, make_world
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from workflow.engine.audit import canonical_json
from workflow.engine.audit_anchor import Anchor, current_anchor
from workflow.engine.audit_replay import ReplaySetting
from workflow.engine.audit_verify import AuditReport, verify_audit
from workflow.store.db import read, write
from workflow.store.models import metadata

TODAY = date(2026, 11, 25)


def populate(w: World) -> list[str]:
    """Three cases: registered; consulted; decided (not held), signed off, delivered and archived."""
    a = w.register(on=date(2026, 3, 2))
    b = w.register(on=date(2026, 3, 2))
    w.fire(b, "accept", date(2026, 3, 2))
    w.fire(b, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    # made online and answered by email: nothing to attach before archiving
    c = w.register(on=date(2026, 3, 2), channel="online", submitted=None, confirmed=date(2026, 3, 2))
    w.fire(c, "accept", date(2026, 3, 2))
    w.fire(c, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(c, "sign_off", date(2026, 3, 5))
    w.fire(c, "record_delivery", date(2026, 3, 6), method="email")
    w.fire(a, "accept", date(2026, 3, 9))  # the chains of a and c interleave in the global one
    return [a, b, c]


@pytest.fixture
def world(engine) -> World:
    return make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)


def check(w: World, anchors: list[Anchor] = ()) -> AuditReport:
    setting = ReplaySetting(w.services.registry, w.services.calendar, w.services.target_offset)
    with read(w.engine) as conn:
        return verify_audit(conn, anchors=anchors, replay=setting)


def anchor(w: World) -> Anchor:
    with read(w.engine) as conn:
        return current_anchor(conn)


# --- no REPLACE past the guards -------------------------------------------------------------------


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("verb", ["INSERT OR REPLACE", "REPLACE"])
def test_sqlite_refuses_an_insert_that_would_replace_an_event(world, verb):
    _, _, c = populate(world)
    before = all_events(world.engine)
    row = next(e for e in before if e["case_no"] == c and e["seq"] == 3)
    columns = [col.name for col in metadata.tables["case_event"].columns]
    forged = {**row, "data": canonical_json({**json.loads(row["data"]), "outcome": "disclosed"})}
    with pytest.raises(DBAPIError, match="append-only"):
        raw(world.engine, f"{verb} INTO case_event ({', '.join(columns)}) VALUES ({', '.join(':' + k for k in columns)})",
            {k: forged[k] for k in columns})
    with pytest.raises(DBAPIError, match="append-only"):  # another id, the same (case, seq)
        raw(world.engine, f"{verb} INTO case_event ({', '.join(columns[1:])}) "
                          f"VALUES ({', '.join(':' + k for k in columns[1:])})", {k: forged[k] for k in columns[1:]})
    assert all_events(world.engine) == before
    assert check(world).ok


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("table", ["security_log", "report_entry"])
def test_sqlite_refuses_replace_into_the_other_append_only_tables(world, table):
    populate(world)
    with write(world.engine) as conn:
        user = conn.execute(text("SELECT id FROM app_user LIMIT 1")).scalar_one()
        agency = conn.execute(text("SELECT id FROM agency LIMIT 1")).scalar_one()
        if table == "security_log":
            conn.execute(text("INSERT INTO security_log (id, at, kind, user_name) VALUES (1, '2026-03-02', 'sign_in', 'x')"))
        else:
            conn.execute(text("INSERT INTO report_entry (id, agency_id, year, kind, entry_key, version, body, "
                              "entered_by, role, entered_at) VALUES (1, :a, 2026, 'text', '1', 1, '原文', :u, "
                              "'supervisor', '2026-03-02')"), {"a": agency, "u": user})
    statement = ("INSERT OR REPLACE INTO security_log (id, at, kind, user_name) VALUES (1, '2026-03-02', 'sign_in', 'y')"
                 if table == "security_log" else
                 "INSERT OR REPLACE INTO report_entry (id, agency_id, year, kind, entry_key, version, body, entered_by, "
                 "role, entered_at) VALUES (1, :a, 2026, 'text', '1', 1, '改写', :u, 'supervisor', '2026-03-02')")
    with pytest.raises(DBAPIError, match="append-only"):
        raw(world.engine, statement, {"a": agency, "u": user})


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite refuses it as above
def test_postgresql_refuses_on_conflict_do_update(world):
    _, _, c = populate(world)
    before = all_events(world.engine)
    with pytest.raises(DBAPIError, match="append-only"):
        raw(world.engine, "INSERT INTO case_event (id, case_id, seq, actor, role, trigger, to_state, effective_on, "
                          "recorded_at, data, late, prev_hash, hash) SELECT id, case_id, seq, actor, role, trigger, "
                          "to_state, effective_on, recorded_at, '{}', late, prev_hash, hash FROM case_event "
                          "ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data")
    assert all_events(world.engine) == before


# --- a rewrite with every hash recomputed -----------------------------------------------------------


def test_every_event_is_linked_into_one_global_chain(world):
    populate(world)
    events = all_events(world.engine)
    assert [e["global_seq"] for e in events] == list(range(1, 11))
    assert [e["case_no"] for e in events][-1] == events[0]["case_no"]  # the order they were written
    head = anchor(world)
    assert (head.count, head.digest) == (10, events[-1]["global_hash"])
    assert check(world, [head]).ok


def rewritten_decision_is_caught(world: World, route: str) -> None:
    _, _, c = populate(world)
    before = anchor(world)
    drop_guards(world.engine)
    if route == "replace":  # only the REPLACE guard is gone: UPDATE and DELETE are still refused
        for action in ("UPDATE", "DELETE"):
            raw(world.engine, f"CREATE TRIGGER case_event_no_{action.lower()} BEFORE {action} ON case_event "
                              "BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END")
    # "not held" becomes "withheld as a state secret": a decision that takes the same way through
    # the lifecycle, so that the replay, too, finds the rewritten history consistent
    rewrite(world, c, 3, route, outcome="withheld_state_secret", basis="withheld")
    assert world.case(c)["outcome"] == "withheld_state_secret"
    assert check(world).ok  # the rewrite is consistent in itself: chains, head and replay
    report = check(world, [before])
    assert not report.ok
    assert report.chain == [f"日志未延续锚点 {before.at} / the log does not extend the anchor of {before.at}: its "
                            "event 10 has another digest (history up to it was rewritten)"]


def test_a_decision_rewritten_with_every_hash_recomputed_is_caught_by_the_anchor(world):
    rewritten_decision_is_caught(world, "update")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_decision_replaced_with_every_hash_recomputed_is_caught_by_the_anchor(world):
    """The INSERT OR REPLACE route, once its guard is dropped too."""
    rewritten_decision_is_caught(world, "replace")


def test_a_later_anchor_after_the_rewrite_does_not_hide_an_earlier_one(world):
    _, b, _ = populate(world)
    first = anchor(world)
    world.fire(b, "record_opinion", date(2026, 3, 10), party_name="甲公司", opinion="agree")
    assert check(world, [first, anchor(world)]).ok  # the log extends both
    drop_guards(world.engine)
    rewrite(world, b, 3, party_name="乙公司")
    report = check(world, [first, anchor(world)])
    assert len(report.chain) == 1 and first.at in report.chain[0]


def delete_case(engine: Engine, case_no: str) -> None:
    """Remove a case and every row that refers to it, its events included."""
    with write(engine) as conn:
        case_id = conn.execute(text("SELECT id FROM disclosure_case WHERE case_no = :c"), {"c": case_no}).scalar_one()
        for table in reversed(metadata.sorted_tables):
            if "case_id" in table.c:
                conn.execute(table.delete().where(table.c.case_id == case_id))
        conn.execute(text("DELETE FROM disclosure_case WHERE id = :i"), {"i": case_id})


def test_a_deleted_case_leaves_a_gap_in_the_global_chain(world):
    _, b, _ = populate(world)
    drop_guards(world.engine)
    delete_case(world.engine, b)
    report = check(world)
    assert report.broken == []  # every remaining case is whole
    assert len(report.chain) == 1 and "global chain gap" in report.chain[0]


def test_a_deleted_case_with_the_chain_recomputed_is_caught_by_the_anchor(world):
    _, b, _ = populate(world)
    before = anchor(world)
    drop_guards(world.engine)
    delete_case(world.engine, b)
    rechain(world.engine, all_events(world.engine), "update")
    assert check(world).ok
    assert "records 10 events, the log has 7: events were removed" in check(world, [before]).chain[0]
    for on in (date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 12)):  # the log grows past the anchor again
        world.register(on=on)
    report = check(world, [before])
    assert len(report.chain) == 1 and "does not extend the anchor" in report.chain[0]


def test_events_removed_from_the_end_are_caught_by_the_head_and_the_anchor(world):
    a, _, _ = populate(world)
    before = anchor(world)
    drop_guards(world.engine)
    raw(world.engine, "DELETE FROM case_event WHERE global_seq = 10")
    raw(world.engine, "UPDATE disclosure_case SET last_event_seq = 1, last_event_hash = "
                      "(SELECT hash FROM case_event e WHERE e.case_id = disclosure_case.id AND e.seq = 1), "
                      "state = 'received' WHERE case_no = :c", {"c": a})
    assert check(world).chain == ["总链链头与事件不符 / the head records 10 events, the chain has 9: events at its "
                                  "end were removed"]
    raw(world.engine, "UPDATE audit_head SET event_count = 9, head_hash = "
                      "(SELECT global_hash FROM case_event WHERE global_seq = 9)")
    report = check(world)
    assert report.chain == []  # the chain is whole again; the clocks the removed event moved are not
    assert [(x.case_no, x.seq) for x in report.broken] == [(a, 1)] and "clock correction_notice" in str(report)
    assert "records 10 events, the log has 9" in check(world, [before]).chain[0]


# --- the case row against its replayed events -------------------------------------------------------


@pytest.mark.parametrize(("column", "value"), [("outcome", "'disclosed'"), ("basis", "NULL"),
                                               ("state", "'in_review'"), ("concluded_on", "NULL"),
                                               ("delivered_on", "NULL")])
def test_a_case_row_changed_without_an_event_is_caught_by_the_replay(world, column, value):
    """``UPDATE disclosure_case SET outcome = 'disclosed'`` changes the annual report and touches no event."""
    _, _, c = populate(world)
    before = anchor(world)
    raw(world.engine, f"UPDATE disclosure_case SET {column} = {value} WHERE case_no = :c", {"c": c})
    report = check(world, [before])
    assert report.chain == []  # no event was touched
    assert [(x.case_no, x.seq) for x in report.broken] == [(c, 5)]
    assert f"{column}: row " in report.broken[0].problem


def test_a_moved_due_date_is_caught_by_the_replay(world):
    _, b, _ = populate(world)
    due = world.clock(b, "reply").due_on
    raw(world.engine, "UPDATE clock SET due_on = :d WHERE kind = 'reply' AND case_id = "
                      "(SELECT id FROM disclosure_case WHERE case_no = :c)", {"d": date(2026, 12, 31), "c": b})
    broken = check(world).broken
    assert [(x.case_no, x.seq) for x in broken] == [(b, 3)]
    assert f"clock reply: row paused 2026-12-31, events paused {due}" in broken[0].problem


def test_an_intact_office_replays_clean(world):
    """Every kind of row effect and clock of the populated cases agrees with the replay."""
    a, b, c = populate(world)
    world.fire(b, "extend", date(2026, 3, 10), days=10, reason="需调取档案")
    world.fire(c, "archive", date(2026, 3, 11), file_no="WS-3")
    report = check(world, [anchor(world)])
    assert report.ok, str(report)
    assert (report.cases, report.events, report.anchors) == (3, 12, 1)
