"""Verify the whole audit trail: every case's hash chain, and that the chain ends where the case says.

``workflow.engine.audit.verify_chains`` walks the events and finds an altered event, a gap in the
sequence or a broken link. What it cannot see from the events alone is a trail cut short: with
the last event(s) of a case deleted, the remaining chain is still perfect. The case row keeps the
tail of its chain (``last_event_seq``, ``last_event_hash``, written in the same transaction as
the event), so comparing the two catches a truncated trail, a re-hashed last event, and a case
with no events at all.

The whole database is checked further: the global chain over all events and the anchors given
(:mod:`workflow.engine.audit_anchor`: a deleted case, a re-hashed history), and, with a
``ReplaySetting``, each case row against its replayed events (:mod:`workflow.engine.audit_replay`);
with a blob store, each attached file against the event that recorded it
(:mod:`workflow.engine.audit_attachments`: a file changed or missing in the store).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from workflow.engine.audit import BrokenLink, verify_chains
from workflow.engine.audit_anchor import Anchor, verify_global_chain
from workflow.engine.audit_attachments import verify_attachments
from workflow.engine.audit_replay import ReplaySetting, row_mismatches
from workflow.store.blobs import BlobStore
from workflow.store.models import disclosure_case
from workflow.store.repository import Repository


@dataclass(frozen=True)
class AuditReport:
    cases: int
    events: int
    broken: list[BrokenLink] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)  # the global chain's and the anchors' problems
    anchors: int = 0  # anchors checked
    attachments: int = 0  # attached files re-hashed

    @property
    def ok(self) -> bool:
        return not self.broken and not self.chain

    def __str__(self) -> str:
        if self.ok:
            return f"审计链完整 / audit trail intact: {self.cases} cases, {self.events} events"
        return "; ".join([*self.chain, *(str(b) for b in self.broken)])


def _tails(events: Iterable[dict[str, Any]], into: dict[str, tuple[int, str]]) -> Iterator[dict[str, Any]]:
    """Pass the events through, remembering each case's last (seq, hash)."""
    for ev in events:
        into[ev["case_no"]] = (ev["seq"], ev["hash"])
        yield ev


def verify_audit(conn: Connection, case_no: str | None = None, *, anchors: Sequence[Anchor] = (),
                 replay: ReplaySetting | None = None, blobs: BlobStore | None = None) -> AuditReport:
    """The first broken link of every case whose trail is damaged (all cases, or one); with
    ``replay``, the cases whose row is not what their events say; with ``blobs``, the attachments
    whose file or row is not what their event recorded; for the whole database, what is wrong with
    the global chain and the ``anchors``."""
    repo = Repository(conn)
    case_id = repo.load_case(case_no)["id"] if case_no else None
    tails: dict[str, tuple[int, str]] = {}
    _, count, broken = verify_chains(_tails(repo.event_chains(case_id), tails))
    damaged = {b.case_no for b in broken}
    stmt = select(
        disclosure_case.c.case_no, disclosure_case.c.last_event_seq, disclosure_case.c.last_event_hash
    )
    if case_id is not None:
        stmt = stmt.where(disclosure_case.c.id == case_id)
    cases = 0
    for row in conn.execute(stmt.order_by(disclosure_case.c.id)).mappings():
        cases += 1
        if row["case_no"] in damaged:
            continue
        tail = tails.get(row["case_no"])
        if tail is None:
            broken.append(
                BrokenLink(row["case_no"], 1, "案件没有任何审计事件 / the case has no audit events")
            )
        elif tail != (row["last_event_seq"], row["last_event_hash"]):
            last, recorded = tail[0], row["last_event_seq"]
            if last < recorded:
                seq, what = last + 1, f"events {last + 1}..{recorded} are missing"
            elif last > recorded:
                seq, what = recorded + 1, f"events after {recorded} were added outside the engine"
            else:
                seq, what = last, "the last event was replaced"
            broken.append(
                BrokenLink(
                    row["case_no"],
                    seq,
                    f"审计链末端与案件记录不符 / the trail ends at event {last}, the case records {recorded}: {what}",
                )
            )
    if replay is not None:
        broken += row_mismatches(conn, replay, case_id, {b.case_no for b in broken})
    attachments = 0
    if blobs is not None:
        attachments, problems = verify_attachments(conn, blobs, case_id)
        broken += problems
    broken.sort(key=lambda b: b.case_no)
    chain = verify_global_chain(conn, anchors) if case_id is None else []
    return AuditReport(cases, count, broken, chain, len(anchors), attachments)
