"""What a case's file holds, read for the archive checklist (:mod:`workflow.definitions.checklist`).

One read over the case's events, the letters the system made, the services recorded and the kinds
of the files attached: the engine's ``file_complete`` guard, the case page and the archive package
all judge the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from workflow.definitions.checklist import FactEvent, FactService, FileFacts
from workflow.store.attachments import attachments_of
from workflow.store.models import letter

if TYPE_CHECKING:
    from workflow.store.repository import Repository


def attachment_kinds(repo: Repository, case_id: int) -> frozenset[str]:
    """The kinds of the files attached to the case (the one place the checklist learns them)."""
    return frozenset(a.kind for a in attachments_of(repo, case_id))


def file_facts(repo: Repository, case: dict[str, Any]) -> FileFacts:
    """The facts of ``case`` (a case row: ``id``, ``channel``, ``outcome``)."""
    case_id = case["id"]
    return FileFacts(
        channel=case["channel"],
        outcome=case["outcome"],
        events=tuple(FactEvent(e["seq"], e["trigger"], e["effective_on"]) for e in repo.events(case_id)),
        letters=frozenset(
            repo.conn.execute(select(letter.c.kind).where(letter.c.case_id == case_id).distinct()).scalars()
        ),
        services=tuple(FactService(s["kind"], s["event_seq"], s["method"]) for s in repo.services(case_id)),
        attachment_kinds=attachment_kinds(repo, case_id),
    )
