"""The global audit chain: every event, of whatever case, also commits to the event before it in
the whole database.

Each case's own chain (``workflow.engine.audit``) proves a case's trail is whole, but not that the
case exists at all, nor that a trail was not rewritten and re-hashed. The global chain numbers every
event ``1, 2, 3, …`` in the order it was written and links it to the one before::

    global_hash(n) = SHA-256("n|global_hash(n-1)|hash of event n")       global_hash(0) = 64 zeros

so the head digest with its count (an *anchor*, kept outside the database) fixes every event up to
it: a deleted case leaves a gap, and a history rewritten with every hash recomputed ends in another
digest at that count.

**Serialisation contract.** The head (count, digest) lives in the one row of ``audit_head``. A
writer reads it ``FOR UPDATE``, appends its events and stores the new head, all in its own
transaction; on PostgreSQL a concurrent writer waits on that row lock until the first commits and
then reads the head it left, so the chain never forks (READ COMMITTED re-reads the locked row). On
SQLite the write lock of ``BEGIN IMMEDIATE`` already serialises writers. The unique index on
``case_event.global_seq`` is the backstop: a fork could not be committed. The lock is taken as the
event is appended, late in the transition, and held until commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, select, update

from workflow.errors import ConflictError
from workflow.store.models import audit_head
from workflow.store.prepared import Prepared

CHAIN_START = "0" * 64
HEAD_ID = 1

HEAD_FOR_UPDATE = Prepared(select(audit_head.c.event_count, audit_head.c.head_hash)
                           .where(audit_head.c.id == HEAD_ID).with_for_update())
HEAD = select(audit_head.c.event_count, audit_head.c.head_hash).where(audit_head.c.id == HEAD_ID)
SET_HEAD = Prepared(update(audit_head).where(audit_head.c.id == HEAD_ID).values(
    event_count=bindparam("n"), head_hash=bindparam("h")))


def link_hash(n: int, prev: str, event_hash: str) -> str:
    """The global link of the ``n``-th event. Anchors are checked against it: never change it
    (migration 0009 keeps a copy for its back-fill)."""
    return hashlib.sha256(f"{n}|{prev}|{event_hash}".encode("ascii")).hexdigest()


def extend(conn: Connection, event_hashes: Sequence[str]) -> list[tuple[int, str]]:
    """Take the head (locked until the caller's transaction ends), link ``event_hashes`` to it in
    order and store the new head; returns each event's ``(global_seq, global_hash)``."""
    head = HEAD_FOR_UPDATE.tuples(conn, {})
    if not head:
        raise ConflictError("审计总链的链头缺失，未写入任何数据 / the audit_head row is missing (the database was "
                            "altered outside the engine); run `disclosure audit verify`; nothing was written")
    n, prev = head[0]
    links = []
    for digest in event_hashes:
        n += 1
        prev = link_hash(n, prev, digest)
        links.append((n, prev))
    SET_HEAD.execute(conn, {"n": n, "h": prev}).close()
    return links


def head(conn: Connection) -> tuple[int, str] | None:
    """The stored head: (events in the chain, digest of the last), or None when the row is missing."""
    row = conn.execute(HEAD).first()
    return None if row is None else (int(row[0]), str(row[1]))
