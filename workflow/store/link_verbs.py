"""The repository's verbs for repeat applications and conversions to proactive disclosure: the same
applicant's earlier applications (suggested links), the links the clerk confirmed (重复申请, 条例
Art. 36 item (六)) and the record that released information was then published proactively (Art. 44).
Mixed into :class:`workflow.store.repository.Repository`; the connection is the repository's."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, insert, or_, select

from workflow.store.models import case_link, disclosure_case, proactive_conversion

# what a suggestion or a link shows of the other case
_CASE_COLUMNS = ("id", "case_no", "subject", "received_on", "concluded_on", "state", "outcome")


def same_applicant(case: dict[str, Any]) -> ColumnElement[bool]:
    """The applications of the applicant of ``case``: by ID number or unified social credit code when
    the case has one, else by name and applicant type among the applications with neither (the rule
    the fee by count counts by)."""
    c = disclosure_case.c
    if case["id_number"]:
        return c.id_number == case["id_number"]
    if case["credit_code"]:
        return c.credit_code == case["credit_code"]
    return and_(
        c.id_number.is_(None),
        c.credit_code.is_(None),
        c.applicant_name == case["applicant_name"],
        c.applicant_type == case["applicant_type"],
    )


class LinkVerbs:
    conn: Connection

    def earlier_applications(self, case_id: int, limit: int = 200) -> list[dict[str, Any]]:
        """The same applicant's applications to the same agency received before this one (the same
        day: registered before it), newest first."""
        c = disclosure_case.c
        case = (
            self.conn.execute(
                select(
                    c.id,
                    c.agency_id,
                    c.received_on,
                    c.applicant_type,
                    c.applicant_name,
                    c.id_number,
                    c.credit_code,
                ).where(c.id == case_id)
            )
            .mappings()
            .one()
        )
        earlier = or_(
            c.received_on < case["received_on"], and_(c.received_on == case["received_on"], c.id < case_id)
        )
        stmt = (
            select(*(getattr(c, n) for n in _CASE_COLUMNS))
            .where(c.agency_id == case["agency_id"], same_applicant(case), earlier)
            .order_by(c.received_on.desc(), c.id.desc())
            .limit(limit)
        )
        return [dict(r) for r in self.conn.execute(stmt).mappings()]

    def link_cases(
        self, case_id: int, linked_case_id: int, kind: str, *, similarity: int | None, recorded_seq: int
    ) -> None:
        self.conn.execute(
            insert(case_link).values(
                case_id=case_id,
                linked_case_id=linked_case_id,
                kind=kind,
                similarity=similarity,
                recorded_seq=recorded_seq,
            )
        )

    def case_links(self, case_id: int) -> list[dict[str, Any]]:
        """The links confirmed on this case (``direction`` earlier) and on later cases to it (later)."""
        c = disclosure_case.c
        out = []
        for direction, mine, other in (
            ("earlier", case_link.c.case_id, case_link.c.linked_case_id),
            ("later", case_link.c.linked_case_id, case_link.c.case_id),
        ):
            stmt = (
                select(
                    case_link.c.kind,
                    case_link.c.similarity,
                    case_link.c.recorded_seq,
                    *(getattr(c, n).label(f"other_{n}") for n in _CASE_COLUMNS),
                )
                .join(disclosure_case, c.id == other)
                .where(mine == case_id)
                .order_by(case_link.c.id)
            )
            out += [{**dict(r), "direction": direction} for r in self.conn.execute(stmt).mappings()]
        return out

    def record_proactive(
        self,
        case: dict[str, Any],
        published_on: date,
        *,
        location: str | None,
        ground: str | None,
        recorded_seq: int,
    ) -> None:
        self.conn.execute(
            insert(proactive_conversion).values(
                case_id=case["id"],
                agency_id=case["agency_id"],
                published_on=published_on,
                location=location,
                ground=ground,
                recorded_seq=recorded_seq,
            )
        )

    def proactive_conversion(self, case_id: int) -> dict[str, Any] | None:
        row = self.conn.execute(
            select(proactive_conversion).where(proactive_conversion.c.case_id == case_id)
        ).first()
        return dict(row._mapping) if row else None
