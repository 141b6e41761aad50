"""The global chain checked whole, and anchors: the chain's head written down outside the database.

An anchor is one line, ``<UTC time> events=<count> head=<digest>`` (``disclosure audit anchor``;
the scheduler appends one a day to the anchor file and sends it to the supervisors). The log
*extends* an anchor when its global chain, recomputed from the first event, has that digest at
that count: since each link commits to the one before, no event up to the anchor can have been
changed, removed or added, even by someone who recomputed every hash afterwards. What an anchor
cannot protect is the part of the log written after it, hence one a day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select

from workflow.errors import ValidationError
from workflow.store import audit_chain
from workflow.store.models import case_event, disclosure_case

_LINE = re.compile(r"(?P<at>\S+)\s+events=(?P<count>\d+)\s+head=(?P<digest>[0-9a-f]{64})")


@dataclass(frozen=True)
class Anchor:
    at: str  # when it was taken (ISO-8601 UTC)
    count: int  # events in the global chain then
    digest: str  # the global hash of the last of them

    def __str__(self) -> str:
        return f"{self.at} events={self.count} head={self.digest}"


def current_anchor(conn: Connection, now: datetime | None = None) -> Anchor:
    """The head of the global chain as stored now (what ``audit verify`` checks it against)."""
    head = audit_chain.head(conn) or (0, audit_chain.CHAIN_START)
    at = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Anchor(at, head[0], head[1])


def parse_anchors(text: str, source: str) -> list[Anchor]:
    """The anchors of an anchor file (blank lines and ``#`` comments skipped); a line that is not one
    is refused with its number."""
    anchors = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.fullmatch(line)
        if m is None:
            raise ValidationError(f"锚点文件 {source} 第{number}行格式不符 / {source} line {number} is not an anchor; "
                                  "expected `<time> events=<count> head=<64 hex digits>` (disclosure audit anchor)")
        anchors.append(Anchor(m["at"], int(m["count"]), m["digest"]))
    return anchors


def _links(conn: Connection) -> Iterable[tuple[int, str | None, str, str, int]]:
    """(global_seq, global_hash, event hash, case number, seq) of every chained event, in chain order."""
    stmt = (select(case_event.c.global_seq, case_event.c.global_hash, case_event.c.hash,
                   disclosure_case.c.case_no, case_event.c.seq)
            .outerjoin(disclosure_case, disclosure_case.c.id == case_event.c.case_id)
            .where(case_event.c.global_seq.is_not(None)).order_by(case_event.c.global_seq))
    for row in conn.execution_options(yield_per=5000).execute(stmt):
        yield row[0], row[1], row[2], row[3] or "?", row[4]


def verify_global_chain(conn: Connection, anchors: Sequence[Anchor] = ()) -> list[str]:
    """What is wrong with the global chain, its head and the anchors (one line each; [] when whole)."""
    problems: list[str] = []
    wanted = {a.count for a in anchors}
    at_anchor: dict[int, str] = {}
    n, prev, broken = 0, audit_chain.CHAIN_START, False
    for global_seq, global_hash, digest, case_no, seq in _links(conn):
        if broken:
            continue
        where = f"{case_no} 第{seq}条事件"
        if global_seq != n + 1:
            problems.append(f"总链序号不连续 / global chain gap at {where}: expected {n + 1}, found {global_seq} "
                            "(events were removed)")
            broken = True
            continue
        n, prev = global_seq, audit_chain.link_hash(global_seq, prev, digest)
        if prev != global_hash:
            problems.append(f"总链第{n}环不符 / global link {n} ({where}) does not match its event or the link "
                            "before it (altered)")
            broken = True
            continue
        if n in wanted:
            at_anchor[n] = prev
    outside = conn.execute(select(func.count()).select_from(case_event)
                           .where(case_event.c.global_seq.is_(None))).scalar_one()
    if outside:
        problems.append(f"{outside} 条事件不在总链中 / {outside} events are outside the global chain (written "
                        "outside the engine)")
    if not broken:
        head = audit_chain.head(conn)
        if head is None:
            problems.append("总链链头缺失 / the audit_head row is missing")
        elif head != (n, prev):
            problems.append(f"总链链头与事件不符 / the head records {head[0]} events, the chain has {n}: "
                            + ("events at its end were removed" if head[0] > n else "the head was altered"))
    for anchor in anchors:
        if anchor.count == 0:
            continue
        if anchor.count > n and not broken:
            problems.append(f"锚点 {anchor.at} 记录 {anchor.count} 条事件，现仅 {n} 条 / the anchor of {anchor.at} "
                            f"records {anchor.count} events, the log has {n}: events were removed")
        elif anchor.count in at_anchor and at_anchor[anchor.count] != anchor.digest:
            problems.append(f"日志未延续锚点 {anchor.at} / the log does not extend the anchor of {anchor.at}: its "
                            f"event {anchor.count} has another digest (history up to it was rewritten)")
    return problems
