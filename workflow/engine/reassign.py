"""Reassigning a case to another clerk of its agency (改派经办人): an act of supervision, not a step of
the lifecycle, so it is the same under every definition and version.

It is recorded like a transition: one audit event ``reassign`` in the case's hash chain (state
unchanged; the previous clerk, the new one and the reason in its data), under the case's version
check, by a supervisor or the head of the case's agency or of an agency above it; a case no clerk has
been given (an online application) may also be taken by a clerk of its agency for themself. The new
clerk must hold the clerk role at the case's agency. A concluded case keeps the clerk who concluded it.
Replaying a history (repin, ``audit verify``) keeps the state such an event found, as for every
event outside the lifecycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workflow.definitions.model import Vocabulary
from workflow.engine import messages as say
from workflow.errors import TransitionError, ValidationError
from workflow.store.repository import Actor, Repository

REASSIGN_EVENT = "reassign"
REASSIGN_ROLES = ("supervisor", "head")
CLERK_ROLE = "clerk"
MAX_REASON = 500


@dataclass(frozen=True)
class ReassignResult:
    case_no: str
    previous: str | None
    clerk: str
    seq: int
    version: int


def may_take(case: dict[str, Any], roles: frozenset[str]) -> bool:
    """Whether a user holding ``roles`` at the case's agency may take the case for themself (领取):
    a clerk, while the case is open and no clerk has been given it (an online application)."""
    return case["clerk_id"] is None and case["concluded_on"] is None and CLERK_ROLE in roles


def check_reassign(repo: Repository, vocabulary: Vocabulary, case: dict[str, Any], actor: Actor,
                   clerk: str) -> tuple[str, int, str | None]:
    """``(the actor's role, the new clerk's id, the previous clerk's name)``, or why not."""
    role = next((r for r in REASSIGN_ROLES if r in actor.roles), None)
    if role is None and clerk == actor.name and may_take(case, actor.roles):
        role = CLERK_ROLE
    agency_code = repo.agency_row(case["agency_id"])["code"]
    if role is None:
        raise TransitionError(say.role_required(
            actor.name, agency_code, REASSIGN_EVENT, "改派经办人",
            [f"{r}（{vocabulary.label('roles', r)}）" for r in REASSIGN_ROLES], actor.roles))
    if case["concluded_on"] is not None:
        raise TransitionError(say.reassign_concluded(case["case_no"], case["concluded_on"]))
    new = repo.actor(clerk, case["agency_id"])
    if CLERK_ROLE not in repo.roles_held_at(new.id, case["agency_id"]):
        raise ValidationError(say.reassign_not_a_clerk(clerk, agency_code))
    previous = repo.user_row(case["clerk_id"])["name"] if case["clerk_id"] else None
    if previous == clerk:
        raise ValidationError(say.reassign_same_clerk(case["case_no"], clerk))
    return role, new.id, previous
