"""Tampering with the audit trail as someone who can write to the database would: drop the guards,
rewrite events with every hash recomputed (by UPDATE or SQLite's INSERT OR REPLACE), rebuild the
global chain and its head. Shared by tests/engine and tests/cli."""

from __future__ import annotations

import json
from typing import Any

from helpers import World
from sqlalchemy import Engine, select, text

from workflow.engine.audit import canonical_json, event_hash
from workflow.store import audit_chain
from workflow.store.db import is_sqlite, read, write
from workflow.store.models import case_event, disclosure_case, metadata

HASHED = ("seq", "actor", "role", "trigger", "from_state", "to_state", "effective_on", "recorded_at", "data",
          "late", "prev_hash")


def raw(engine: Engine, sql: str, params: Any = None) -> None:
    with write(engine) as conn:
        conn.execute(text(sql), params or {})


def drop_guards(engine: Engine) -> None:
    """Remove the append-only triggers, as someone with database rights could."""
    if is_sqlite(engine):
        for name in ("no_update", "no_delete", "no_replace"):
            raw(engine, f"DROP TRIGGER case_event_{name}")
    else:  # one PostgreSQL trigger refuses both UPDATE and DELETE
        raw(engine, "DROP TRIGGER case_event_no_update ON case_event")


def all_events(engine: Engine) -> list[dict[str, Any]]:
    with read(engine) as conn:
        rows = conn.execute(select(case_event, disclosure_case.c.case_no)
                            .join(disclosure_case, disclosure_case.c.id == case_event.c.case_id)
                            .order_by(case_event.c.global_seq)).mappings()
        return [dict(r) for r in rows]


def store_rows(engine: Engine, rows: list[dict[str, Any]], route: str) -> None:
    """Write rewritten event rows back: by UPDATE, or by SQLite's INSERT OR REPLACE of the whole row."""
    columns = [c.name for c in metadata.tables["case_event"].columns]
    with write(engine) as conn:
        for row in rows:
            values = {k: row[k] for k in columns}
            if route == "replace":
                conn.execute(text(f"INSERT OR REPLACE INTO case_event ({', '.join(columns)}) "
                                  f"VALUES ({', '.join(':' + k for k in columns)})"), values)
            else:
                conn.execute(text(f"UPDATE case_event SET {', '.join(f'{k} = :{k}' for k in columns if k != 'id')} "
                                  "WHERE id = :id"), values)


def rechain(engine: Engine, events: list[dict[str, Any]], route: str) -> None:
    """Recompute every global link over ``events`` (in chain order, renumbered) and the stored head."""
    n, prev = 0, audit_chain.CHAIN_START
    for ev in events:
        n += 1
        prev = audit_chain.link_hash(n, prev, ev["hash"])
        ev["global_seq"], ev["global_hash"] = n, prev
    store_rows(engine, events, route)
    raw(engine, "UPDATE audit_head SET event_count = :n, head_hash = :h", {"n": n, "h": prev})


def rewrite(w: World, case_no: str, seq: int, route: str = "update", **changes: Any) -> None:
    """Rewrite an event's data and recompute everything a verifier checks: the case's hashes from that
    event on, the case row's tail and the columns the event sets, the global chain and its head."""
    events = all_events(w.engine)
    prev = None
    for ev in [e for e in events if e["case_no"] == case_no]:
        if ev["seq"] == seq:
            ev["data"] = canonical_json({**json.loads(ev["data"]), **changes})
        if ev["seq"] >= seq:
            ev["prev_hash"] = prev if prev is not None else ev["prev_hash"]
            ev["hash"] = event_hash(case_no=case_no, **{k: ev[k] for k in HASHED})
        prev = ev["hash"]
    rechain(w.engine, events, route)
    columns = ["last_event_hash = :h", *(f"{k} = :{k}" for k in changes if k in ("outcome", "basis"))]
    raw(w.engine, f"UPDATE disclosure_case SET {', '.join(columns)} WHERE case_no = :c",
        {"h": prev, "c": case_no, **changes})
