"""Scope: the one function that says which agencies' cases a user may see and act on.

A user sees the cases of every agency where they hold a role (but ``intake``); a supervisor also sees the agencies
below that agency. Every query of the web application (queue, case page, letters, counts) filters
by :func:`visible_agencies`; a case outside it is answered 404, never 403 (no existence oracle).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from workflow.accounts.tokens import INTAKE_ROLE
from workflow.errors import NotFoundError
from workflow.store.models import agency, disclosure_case, user_role
from workflow.store.repository import Repository

WATCHING_ROLES = frozenset({"supervisor", "head"})


@dataclass(frozen=True)
class Scope:
    agency_ids: frozenset[int]
    roles: dict[int, frozenset[str]]  # agency id -> roles held there (not inherited)

    def roles_at(self, agency_id: int) -> frozenset[str]:
        return self.roles.get(agency_id, frozenset())

    def can_register_at(self) -> list[int]:
        return sorted(a for a, rs in self.roles.items() if "clerk" in rs)

    def administers(self) -> bool:
        """Whether the user runs the installation somewhere (the admin role)."""
        return any("admin" in rs for rs in self.roles.values())

    def watches(self) -> bool:
        """Whether the user supervises (督办): a supervisor or the head of some agency."""
        return any(rs & WATCHING_ROLES for rs in self.roles.values())


def visible_agencies(conn: Connection, user_id: int) -> Scope:
    roles: dict[int, set[str]] = {}
    for agency_id, role in conn.execute(select(user_role.c.agency_id, user_role.c.role)
                                        .where(user_role.c.user_id == user_id)):
        roles.setdefault(agency_id, set()).add(role)
    # the intake role (a website's form) registers and sees nothing: it makes no agency visible
    visible: set[int] = {a for a, held in roles.items() if held - {INTAKE_ROLE}}
    repo = Repository(conn)
    for agency_id, held in roles.items():
        if "supervisor" in held:
            visible.update(repo.agency_subtree(agency_id))
    return Scope(frozenset(visible), {a: frozenset(r) for a, r in roles.items()})


def case_in_scope(conn: Connection, scope: Scope, case_no: str) -> dict:
    """The case row, or NotFoundError when it does not exist or lies outside the scope."""
    row = conn.execute(select(disclosure_case.c.id, disclosure_case.c.agency_id)
                       .where(disclosure_case.c.case_no == case_no)).first()
    if row is None or row.agency_id not in scope.agency_ids:
        raise NotFoundError(f"案件不存在 / no such case {case_no}")
    return Repository(conn).load_case(case_no)


def agencies_in_scope(conn: Connection, scope: Scope) -> list[dict]:
    rows = conn.execute(select(agency.c.id, agency.c.code, agency.c.name)
                        .where(agency.c.id.in_(sorted(scope.agency_ids))).order_by(agency.c.code)).mappings()
    return [dict(r) for r in rows]
