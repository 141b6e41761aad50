"""The daily audit anchor: the global chain's head, sent to the supervisors and appended to a file
outside the database (``audit.anchor_file``), so that ``disclosure audit verify --anchor FILE``
can later prove the log still extends it (:mod:`workflow.engine.audit_anchor`).

Every day, working day or not (events are written on any day). One message per supervisor, keyed
``anchor:<date>:<user id>``: a second run the same day queues nothing. The file gets the anchor
unless its last line already is the current head (a second run with no new events adds nothing, a
run after new events adds the newer anchor, which only protects more). The file is written after
the transaction that queued the messages committed.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from workflow.engine.audit_anchor import Anchor, current_anchor, parse_anchors
from workflow.outbox.recipients import queue_to_user
from workflow.scheduling.digest import Fence, _job_run
from workflow.store.models import user_role
from workflow.store.repository import utcnow

if TYPE_CHECKING:
    from workflow.runtime import Runtime

log = logging.getLogger(__name__)

ANCHOR_TEMPLATE = "audit_anchor"


def anchor_file(services: Runtime) -> Path | None:
    value = (services.settings.get("audit") or {}).get("anchor_file")
    return Path(str(value)) if value else None


def append_if_new(path: Path, anchor: Anchor) -> bool:
    """Append ``anchor`` to the file unless its last anchor has the same count and digest."""
    if path.exists():
        known = parse_anchors(path.read_text(encoding="utf-8"), str(path))
        if known and (known[-1].count, known[-1].digest) == (anchor.count, anchor.digest):
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(f"{anchor}\n")
    return True


def queue_anchor(services: Runtime, today: date | None = None, *, fence: Fence | None = None,
                 holder: str = "manual", now: datetime | None = None) -> int:
    """Send today's anchor to every supervisor and append it to the anchor file; returns the messages
    queued."""
    today = today or services.today()
    path = anchor_file(services)
    with _job_run(services, "anchor", today, fence=fence, holder=holder, now=now or utcnow()) as run:
        anchor = current_anchor(run.conn, now)
        supervisors = sorted(set(run.conn.execute(
            select(user_role.c.user_id).where(user_role.c.role == "supervisor")).scalars()))
        for user_id in supervisors:
            user = run.repo.user_row(user_id)
            if user is None:
                continue
            context = {"today": today, "at": anchor.at, "events": anchor.count, "head": anchor.digest,
                       "line": str(anchor), "anchor_file": str(path) if path else "",
                       "recipient_name": user.get("display_name") or user["name"]}
            run.queued += queue_to_user(run.repo, services.settings, user, key=f"anchor:{today.isoformat()}:{user_id}",
                                        kind="anchor", template=ANCHOR_TEMPLATE, context=context)
    if path is not None:
        append_if_new(path, anchor)
    log.info("audit anchor %s: %d queued", anchor, run.queued)
    return run.queued
