"""The audit trail: a hash chain per case, append-only in the database itself, and tampering found.
Both stores."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from helpers import FILING_SETTINGS, World, make_world
from sqlalchemy import Date, DateTime, Engine, text
from sqlalchemy.exc import DBAPIError

from workflow.app import Services
from workflow.engine.audit import GENESIS, canonical_json, event_hash, verify_chains
from workflow.engine.audit_anchor import current_anchor
from workflow.engine.audit_replay import ReplaySetting
from workflow.engine.audit_verify import verify_audit
from workflow.store.db import is_sqlite, make_engine, read, upgrade, write
from workflow.store.models import metadata
from workflow.store.repository import Repository

TODAY = date(2026, 11, 25)


def populate(w: World) -> list[str]:
    """Three cases with 1, 4 and 6 events."""
    a = w.register(on=date(2026, 3, 2))
    b = w.register(on=date(2026, 3, 2))
    w.fire(b, "accept", date(2026, 3, 2))
    w.fire(b, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    w.fire(b, "record_opinion", date(2026, 3, 6), party_name="甲公司", opinion="agree")
    # made online and answered by email: the website form and the sent mail are the file (no scan to attach)
    c = w.register(on=date(2026, 3, 2), channel="online", submitted=None, confirmed=date(2026, 3, 2))
    w.fire(c, "accept", date(2026, 3, 2))
    w.fire(c, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(c, "sign_off", date(2026, 3, 5))
    w.fire(c, "record_delivery", date(2026, 3, 6), method="email")
    w.fire(c, "archive", date(2026, 3, 9), file_no="WS-3")
    return [a, b, c]


def chains(engine: Engine):
    with read(engine) as conn:
        return verify_chains(Repository(conn).event_chains())


def full_check(engine: Engine):
    with read(engine) as conn:
        return verify_audit(conn)


def raw(engine: Engine, sql: str, **params) -> None:
    with write(engine) as conn:
        conn.execute(text(sql), params)


def drop_guard(engine: Engine, action: str) -> None:
    """Remove the append-only trigger, as an attacker with database rights could."""
    if is_sqlite(engine):
        raw(engine, f"DROP TRIGGER case_event_no_{action}")
    else:  # one PostgreSQL trigger refuses both UPDATE and DELETE
        raw(engine, "DROP TRIGGER case_event_no_update ON case_event")


def event_id(engine: Engine, case_no: str, seq: int) -> int:
    with read(engine) as conn:
        return conn.execute(
            text(
                "SELECT e.id FROM case_event e JOIN disclosure_case c ON c.id = e.case_id "
                "WHERE c.case_no = :c AND e.seq = :s"
            ),
            {"c": case_no, "s": seq},
        ).scalar_one()


@pytest.fixture
def world(engine) -> World:
    return make_world(engine, today=TODAY, agency_settings=FILING_SETTINGS)


def test_chain_verifies(world):
    a, b, c = populate(world)
    assert chains(world.engine) == (3, 11, [])
    report = full_check(world.engine)
    assert report.ok and (report.cases, report.events) == (3, 11)
    events = world.events(c)
    assert events[0]["prev_hash"] == GENESIS
    assert all(
        later["prev_hash"] == earlier["hash"] for earlier, later in zip(events, events[1:], strict=False)
    )
    assert len({e["hash"] for e in events}) == len(events)
    # the hash covers what the event says: recompute one by hand
    e = events[2]
    assert e["hash"] == event_hash(
        case_no=c,
        seq=3,
        actor=e["actor"],
        role=e["role"],
        trigger="decide",
        from_state="in_review",
        to_state="awaiting_signoff",
        effective_on=date(2026, 3, 4),
        recorded_at=e["recorded_at"],
        data=e["data"],
        late=False,
        prev_hash=events[1]["hash"],
    )
    assert json.loads(e["data"])["outcome"] == "unavailable_not_held"
    assert e["data"] == canonical_json(json.loads(e["data"]))


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE case_event SET data = '{}' WHERE id = :id",
        "UPDATE case_event SET late = NOT late WHERE id = :id",
        "DELETE FROM case_event WHERE id = :id",
    ],
)
def test_the_database_refuses_update_and_delete(world, statement):
    _, b, _ = populate(world)
    target = event_id(world.engine, b, 2)
    before = world.events(b)
    with pytest.raises(DBAPIError, match="append-only"):
        raw(world.engine, statement, id=target)
    assert world.events(b) == before
    assert chains(world.engine) == (3, 11, [])


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # SQLite has no TRUNCATE
def test_postgresql_refuses_truncate(world):
    populate(world)
    with pytest.raises(DBAPIError, match="append-only"):
        raw(world.engine, "TRUNCATE case_event CASCADE")
    assert chains(world.engine)[1] == 11


def test_altered_event_is_named(world):
    a, b, c = populate(world)
    drop_guard(world.engine, "update")
    forged = json.loads(world.events(b)[2]["data"])
    forged["party_name"] = "乙公司"
    raw(
        world.engine,
        "UPDATE case_event SET data = :d WHERE id = :id",
        d=canonical_json(forged),
        id=event_id(world.engine, b, 3),
    )
    cases, count, broken = chains(world.engine)
    assert (cases, count) == (3, 11)
    assert [(x.case_no, x.seq) for x in broken] == [(b, 3)]
    assert "altered" in broken[0].problem
    assert str(broken[0]).startswith(f"{b} 第3条事件")
    assert [(x.case_no, x.seq) for x in full_check(world.engine).broken] == [(b, 3)]


def test_changed_effective_date_is_named(world):
    _, _, c = populate(world)
    drop_guard(world.engine, "update")
    raw(
        world.engine,
        "UPDATE case_event SET effective_on = :d WHERE id = :id",
        d=date(2026, 3, 4),
        id=event_id(world.engine, c, 4),
    )  # the reply "signed off" a day earlier
    assert [(x.case_no, x.seq) for x in chains(world.engine)[2]] == [(c, 4)]


def forge(world, case_no: str, event, **changes) -> None:
    """Rewrite an event's data as someone who can write to the database would, and recompute its
    hash so that the event itself still looks sound."""
    drop_guard(world.engine, "update")
    data = canonical_json({**json.loads(event["data"]), **changes})
    fields = {k: event[k] for k in ("seq", "actor", "role", "trigger", "from_state", "to_state", "effective_on",
                                    "recorded_at", "late", "prev_hash")}
    digest = event_hash(case_no=case_no, data=data, **fields)
    raw(world.engine, "UPDATE case_event SET data = :d, hash = :h WHERE id = :id", d=data, h=digest, id=event["id"])


def test_rehashed_forgery_breaks_the_next_link(world):
    """Whoever rewrites an event and recomputes its hash still breaks the link to the next event."""
    _, b, _ = populate(world)
    forge(world, b, world.events(b)[1], note="补记")
    broken = chains(world.engine)[2]
    assert [(x.case_no, x.seq) for x in broken] == [(b, 3)]
    assert "prev_hash" in broken[0].problem


def test_deleted_middle_event_is_caught(world):
    a, b, c = populate(world)
    drop_guard(world.engine, "delete")
    raw(world.engine, "DELETE FROM case_event WHERE id = :id", id=event_id(world.engine, c, 3))
    cases, count, broken = chains(world.engine)
    assert (cases, count) == (3, 10)
    # the first broken link: event 4 follows event 2
    assert [(x.case_no, x.seq) for x in broken] == [(c, 4)]
    assert "expected 3, found 4" in broken[0].problem


def test_deleted_last_event_is_caught_by_the_full_check(world):
    """verify_chains alone cannot see a trail cut short; the case row's tail can."""
    a, b, c = populate(world)
    drop_guard(world.engine, "delete")
    raw(world.engine, "DELETE FROM case_event WHERE id = :id", id=event_id(world.engine, c, 6))
    raw(world.engine, "DELETE FROM case_event WHERE id = :id", id=event_id(world.engine, a, 1))
    assert chains(world.engine)[2] == []  # what is left of each chain is consistent
    report = full_check(world.engine)
    assert not report.ok
    assert [(x.case_no, x.seq) for x in report.broken] == [(a, 1), (c, 6)]
    assert "no audit events" in report.broken[0].problem
    assert "events 6..6 are missing" in report.broken[1].problem
    with read(world.engine) as conn:
        assert verify_audit(conn, b).ok
        assert [x.seq for x in verify_audit(conn, c).broken] == [6]


def test_replaced_last_event_is_caught_by_the_full_check(world):
    _, b, _ = populate(world)
    forge(world, b, world.events(b)[-1], opinion="object")
    assert chains(world.engine)[2] == []
    broken = full_check(world.engine).broken
    assert [(x.case_no, x.seq) for x in broken] == [(b, 4)]
    assert "replaced" in broken[0].problem


def test_chain_continues_across_later_transitions(world):
    """The chain read back from the case row (last_event_hash) is the one the next event extends."""
    _, b, _ = populate(world)
    tail = world.case(b)["last_event_hash"]
    world.fire(b, "extend", date(2026, 3, 9), days=5, reason="r")
    assert world.events(b)[-1]["prev_hash"] == tail
    assert full_check(world.engine).ok


def _hash_of_canonical_fields(**f) -> str:
    """The event hash as documented: SHA-256 of the canonical JSON of the event's fields."""
    import hashlib

    payload = json.dumps({
        "case_no": f["case_no"], "seq": f["seq"], "actor": f["actor"], "role": f["role"], "trigger": f["trigger"],
        "from": f["from_state"], "to": f["to_state"], "effective": f["effective_on"].isoformat(),
        "recorded_at": f["recorded_at"], "data": f["data"], "late": bool(f["late"]), "prev": f["prev_hash"],
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


ODD_TEXT = ['引号"与\\反斜杠', "tab\there\nnewline\r\x00\x1f\x7f", "\u2028\u2029", "😀", "", "/<>&'"]


@pytest.mark.parametrize("odd", ODD_TEXT)
@pytest.mark.parametrize("late", [False, True, 0, 1, "", "reason"])
def test_event_hash_is_the_hash_of_the_canonical_fields(odd, late):
    fields = {"case_no": f"BJ-2026-0001{odd}", "seq": 12345678901234567890, "actor": odd or "clerk", "role": "clerk",
              "trigger": "decide", "from_state": None if late else odd, "to_state": "deciding",
              "effective_on": date(2026, 3, 4), "recorded_at": "2026-03-17T00:00:00.000001+00:00",
              "data": canonical_json({"reason": odd, "days": 10, "on": date(2026, 3, 9)}), "late": late,
              "prev_hash": GENESIS}
    assert event_hash(**fields) == _hash_of_canonical_fields(**fields)


# --- chains written before the event hash lost its hand-written JSON ---------------------------

FIXTURE = json.loads((Path(__file__).parent.parent / "fixtures" / "audit_chain.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("vector", FIXTURE["vectors"], ids=lambda v: f"{v['case_no']}-{v['seq']}")
def test_event_hash_is_the_hash_written_before(vector):
    """tests/fixtures/make_audit_chain.py recorded these hashes with the earlier code."""
    fields = {k: v for k, v in vector.items() if k != "hash"}
    fields["effective_on"] = date.fromisoformat(fields["effective_on"])
    assert event_hash(**fields) == vector["hash"]


def _typed(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """A fixture row for an insert: only the columns the table has, dates and times parsed back."""
    table = metadata.tables[table_name]
    out = {}
    for name, value in row.items():
        if name not in table.c:
            continue
        kind = table.c[name].type
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def upgrade_to(engine: Engine, revision: str) -> None:
    """The schema as an earlier release left it."""
    from alembic import command
    from alembic.config import Config

    import workflow.store.db

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(workflow.store.db.__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def test_a_chain_written_before_verifies(db_url):
    """The rows of a database the earlier engine wrote, inserted as they are into the schema of then
    and migrated (the global chain is back-filled), pass ``audit verify``: every chain, the global
    one, and each case row against its replayed events."""
    engine = make_engine(db_url)
    upgrade_to(engine, "0008_report_sections")
    with write(engine) as conn:
        for name, rows in FIXTURE["tables"].items():
            conn.execute(metadata.tables[name].insert(), [_typed(name, r) for r in rows])
    upgrade(engine)
    events = FIXTURE["tables"]["case_event"]
    assert any(e["late"] for e in events) and any(e["from_state"] is None for e in events)
    services = Services.for_db(engine, today=lambda: TODAY)
    with read(engine) as conn:
        report = verify_audit(conn)
        replayed = verify_audit(conn, replay=ReplaySetting(services.registry, services.calendar,
                                                           services.target_offset))
        anchor = current_anchor(conn)
    assert report.ok, str(report)
    assert (report.cases, report.events) == (3, len(events))
    # each case row is what its events replay to; the fixture keeps no clock rows, so only those differ
    differences = [d for b in replayed.broken for d in b.problem.partition(": ")[2].split("; ")]
    assert len(replayed.broken) == 3 and differences
    assert all(d.startswith("clock ") and ": row none, events " in d for d in differences), differences
    assert anchor.count == len(events)
    with read(engine) as conn:
        assert [e["hash"] for e in Repository(conn).event_chains()] == [
            e["hash"] for e in sorted(events, key=lambda e: (e["case_id"], e["seq"]))]
        # numbered in the order they were written
        assert [e["id"] for e in sorted(Repository(conn).event_chains(), key=lambda e: e["global_seq"])] == sorted(
            e["id"] for e in events)
    # the engine extends the back-filled chain
    if not is_sqlite(engine):  # the rows came with their ids: move the id sequence past them
        raw(engine, "SELECT setval(pg_get_serial_sequence('case_event', 'id'), (SELECT max(id) FROM case_event))")
    with write(engine) as conn:  # the fixture keeps no roles
        repo = Repository(conn)
        repo.grant_role(repo.add_user("clerk_lzyj"), repo.agency_id("lzyj"), "clerk")
    services.cases.fire("罗应急-2026-0003", "accept", "clerk_lzyj", date(2026, 3, 3))
    with read(engine) as conn:
        assert verify_audit(conn, anchors=[anchor]).ok
    engine.dispose()
