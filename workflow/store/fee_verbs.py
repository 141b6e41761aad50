"""The repository's verbs for fees: fee notices (opened, reduced, paid or waived) and the count of an
applicant's applications in a month that a fee by count rests on. Mixed into
:class:`workflow.store.repository.Repository`; the connection is the repository's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, func, insert, or_, select, update

from workflow.store.link_verbs import same_applicant
from workflow.store.models import disclosure_case, fee_notice


class FeeVerbs:
    conn: Connection

    def open_fee_notice(self, case: dict[str, Any], sent_on: date, received_on: date, basis: str, quantity: int,
                        amount: Decimal) -> None:
        self.conn.execute(insert(fee_notice).values(case_id=case["id"], agency_id=case["agency_id"], sent_on=sent_on,
                                                    received_on=received_on, basis=basis, quantity=quantity,
                                                    amount=amount))

    def _open_fee_id(self, case_id: int) -> int | None:
        return self.conn.execute(select(fee_notice.c.id).where(
            fee_notice.c.case_id == case_id, fee_notice.c.paid_on.is_(None), fee_notice.c.waived_on.is_(None)
        ).order_by(fee_notice.c.id.desc())).scalar()

    def pending_fee_notice(self, case_id: int) -> dict[str, Any] | None:
        """The case's fee notice not yet paid or waived, with ``due``: the amount notified, or the
        amount after a reduction."""
        fee_id = self._open_fee_id(case_id)
        if fee_id is None:
            return None
        row = dict(self.conn.execute(select(fee_notice).where(fee_notice.c.id == fee_id)).mappings().one())
        row["due"] = row["reduced_amount"] if row["reduced_amount"] is not None else row["amount"]
        return row

    def settle_fee_notice(self, case_id: int, on: date, *, paid_amount: Decimal | None = None, waived: bool = False,
                          ground: str | None = None) -> None:
        fee_id = self._open_fee_id(case_id)
        if fee_id is None:
            return
        values: dict[str, Any] = {"paid_on": on, "paid_amount": paid_amount}
        if waived:
            values = {"waived_on": on, "waiver_ground": ground}
        self.conn.execute(update(fee_notice).where(fee_notice.c.id == fee_id).values(**values))

    def reduce_fee_notice(self, case_id: int, amount: Decimal, ground: str) -> None:
        fee_id = self._open_fee_id(case_id)
        if fee_id is not None:
            self.conn.execute(update(fee_notice).where(fee_notice.c.id == fee_id)
                              .values(reduced_amount=amount, waiver_ground=ground))

    def applications_in_month(self, case_id: int) -> int:
        """The case's ordinal among the applicant's applications to its agency received in the same
        calendar month, itself included: the same applicant by ID number or unified social credit code
        when the case has one, else by name and applicant type among the applications with neither.
        Applications received the same day count in the order they were registered."""
        c = disclosure_case.c
        case = self.conn.execute(select(c.id, c.agency_id, c.received_on, c.applicant_type, c.applicant_name,
                                        c.id_number, c.credit_code).where(c.id == case_id)).mappings().one()
        received: date = case["received_on"]
        same = same_applicant(case)
        earlier = or_(c.received_on < received, and_(c.received_on == received, c.id <= case["id"]))
        return int(self.conn.execute(select(func.count()).select_from(disclosure_case).where(
            c.agency_id == case["agency_id"], c.received_on >= received.replace(day=1), earlier, same)).scalar_one())
