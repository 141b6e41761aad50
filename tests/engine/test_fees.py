"""Fees by 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）: the amount is computed from the
tariff in definitions/fees (by volume: the pages; by count: the applicant's applications to the
agency in the calendar month), never typed; none before 2021-01-01; the payment matches the amount
due; a reduction or waiver keeps its ground. GIR2008 charges Art. 27's cost fees and pauses nothing.
Both stores."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from helpers import VALID_ID_NUMBER, World, make_world

from workflow.errors import TransitionError, ValidationError

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # a Monday


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY)


def in_review(w: World, on: date = R, **register) -> str:
    case_no = w.register(on=on, **register)
    w.fire(case_no, "accept", on)
    return case_no


def fee_data(w: World, case_no: str) -> dict:
    (event,) = [e for e in w.events(case_no) if e["trigger"] == "notify_fee"]
    return json.loads(event["data"])


# --- in force from 2021-01-01 ----------------------------------------------------------------


def test_it_refuses_a_fee_notice_before_the_measures_came_into_force(w):
    case_no = in_review(w, on=date(2020, 12, 21))
    with pytest.raises(TransitionError, match=r"政府信息公开信息处理费管理办法.*自2021-01-01起施行") as info:
        w.fire(case_no, "notify_fee", date(2020, 12, 31), charge_method="by_volume", pages=338)
    assert "\n" not in str(info.value)
    assert w.state(case_no) == "in_review" and w.fee_notices(case_no) == []
    w.fire(case_no, "notify_fee", date(2021, 1, 4), charge_method="by_volume", pages=338)
    assert w.fee_notices(case_no)[0]["amount"] == Decimal("8220.00")


# --- by volume: the pages, excess-progressive (Art. 3, Art. 5) -------------------------------------


@pytest.mark.parametrize(("pages", "amount"), [
    (30, "0.00"),      # 30 pages or fewer: free
    (31, "10.00"),     # the 31st page at 10 元
    (100, "700.00"),   # 70 × 10
    (101, "720.00"),   # 700 + the 101st page at 20 元
    (200, "2700.00"),  # 700 + 100 × 20
    (201, "2740.00"),  # 2,700 + the 201st page at 40 元
    (338, "8220.00"),  # 700 + 2,000 + 138 × 40
])
def test_a_fee_by_volume_is_computed_from_the_pages(w, pages, amount):
    case_no = in_review(w)
    w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=pages)
    (notice,) = w.fee_notices(case_no)
    assert (notice["basis"], notice["quantity"], notice["amount"]) == ("per_page", pages, Decimal(amount))
    data = fee_data(w, case_no)
    assert data["amount"] == amount and data["fee_standard"].endswith("第五条")
    assert sum(line["units"] for line in data["fee_lines"]) == pages


def test_the_bands_of_338_pages_are_recorded_with_the_notice(w):
    case_no = in_review(w)
    w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=338)
    lines = [(x["first"], x["last"], x["units"], x["rate"], x["amount"]) for x in fee_data(w, case_no)["fee_lines"]]
    assert lines == [(1, 30, 30, "0", "0"), (31, 100, 70, "10", "700"), (101, 200, 100, "20", "2000"),
                     (201, 338, 138, "40", "5520")]


def test_a_fee_by_volume_needs_the_pages_and_a_fee_by_count_takes_none(w):
    case_no = in_review(w)
    with pytest.raises(TransitionError, match=r"按量计收须填写 pages.*第五条"):
        w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume")
    with pytest.raises(TransitionError, match="pages does not apply to charge method by_count"):
        w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_count", pages=40)
    assert w.fee_notices(case_no) == []


# --- by count: the applicant's applications in the month (Art. 4) --------------------------------


def test_a_fee_by_count_charges_the_rate_of_the_applications_place_in_the_month(w):
    """The 10th application of the month is free, the 11th and the 30th cost 100 元, the 31st 200 元,
    the 41st 300 元: each application pays the rate of the band its ordinal falls in (Art. 4), not
    the sum of the month's (Art. 3: 超额累进, never charged twice)."""
    same = {"id_number": VALID_ID_NUMBER, "applicant_name": "李四"}
    w.register(on=date(2026, 2, 27), **same)  # the month before: not counted
    w.register(on=R, applicant_name="李四")  # no ID number: not the same applicant as the one with it
    cases = [w.register(on=date(2026, 3, 2 + n // 10), **same) for n in range(41)]
    expected = {10: "0.00", 11: "100.00", 30: "100.00", 31: "200.00", 41: "300.00"}
    for nth, amount in expected.items():
        case_no = cases[nth - 1]
        w.fire(case_no, "accept", date(2026, 3, 9))
        w.fire(case_no, "notify_fee", date(2026, 3, 9), charge_method="by_count")
        (notice,) = w.fee_notices(case_no)
        assert (notice["basis"], notice["quantity"], notice["amount"]) == ("per_application", nth, Decimal(amount)), nth
        data = fee_data(w, case_no)
        assert data["fee_month"] == "2026-03" and data["fee_standard"].endswith("第四条")


def test_without_an_id_number_the_applicant_is_matched_by_name_and_type(w):
    firm = {"applicant_type": "commercial_enterprise", "applicant_name": "某某咨询有限公司"}
    w.register(on=R, applicant_type="legal_service_org", applicant_name="某某咨询有限公司")  # another type
    cases = [w.register(on=R, **firm) for _ in range(11)]
    w.fire(cases[-1], "accept", R)
    w.fire(cases[-1], "notify_fee", date(2026, 3, 3), charge_method="by_count")
    assert w.fee_notices(cases[-1])[0]["quantity"] == 11
    assert w.fee_notices(cases[-1])[0]["amount"] == Decimal("100.00")


# --- how to pay: the agency's setting --------------------------------------------------------------


def test_it_refuses_a_fee_notice_when_the_agency_has_not_said_how_to_pay(engine):
    w = make_world(engine, today=TODAY, agency_settings={})
    case_no = in_review(w)
    with pytest.raises(TransitionError, match=r"agency sjj has no setting payment_instructions.*agency set sjj "
                                              r"--payment-instructions"):
        w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=338)
    assert w.state(case_no) == "in_review" and w.fee_notices(case_no) == []


# --- payment, reduction, waiver --------------------------------------------------------------------


def awaiting_fee(w: World, pages: int = 338) -> str:
    case_no = in_review(w)
    w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=pages)
    return case_no


def test_a_payment_must_be_the_amount_due(w):
    case_no = awaiting_fee(w)
    with pytest.raises(TransitionError, match=r"amount must be the amount due, 8220.00"):
        w.fire(case_no, "record_payment", date(2026, 3, 10), amount="8000")
    assert w.state(case_no) == "awaiting_fee" and w.fee_notices(case_no)[0]["paid_on"] is None
    w.fire(case_no, "record_payment", date(2026, 3, 10), amount="8220")
    assert w.fee_notices(case_no)[0]["paid_amount"] == Decimal("8220.00")


def test_a_reduction_keeps_its_ground_and_the_payment_then_matches_it(w):
    case_no = awaiting_fee(w)
    with pytest.raises(TransitionError, match="a reduction must leave less than the amount due"):
        w.fire(case_no, "reduce_fee", date(2026, 3, 5), amount="8220", reason="经济困难")
    w.fire(case_no, "reduce_fee", date(2026, 3, 5), amount="4110", reason="申请人系低保户，减半收取")
    assert w.state(case_no) == "awaiting_fee" and w.clock(case_no, "reply").status == "paused"
    (notice,) = w.fee_notices(case_no)
    assert (notice["amount"], notice["reduced_amount"], notice["waiver_ground"]) == (
        Decimal("8220.00"), Decimal("4110.00"), "申请人系低保户，减半收取")
    with pytest.raises(TransitionError, match="amount due, 4110.00"):
        w.fire(case_no, "record_payment", date(2026, 3, 10), amount="8220")
    w.fire(case_no, "record_payment", date(2026, 3, 10), amount="4110")
    assert w.state(case_no) == "in_review"


def test_a_waiver_keeps_its_ground(w):
    case_no = awaiting_fee(w)
    w.fire(case_no, "waive_fee", date(2026, 3, 5), reason="申请人确有经济困难")
    (notice,) = w.fee_notices(case_no)
    assert (notice["waived_on"], notice["waiver_ground"]) == (date(2026, 3, 5), "申请人确有经济困难")


# --- 2008: Art. 27's cost fees ---------------------------------------------------------------------


def test_a_2008_fee_is_the_cost_typed_and_pauses_nothing(w):
    case_no = in_review(w, on=date(2014, 3, 3))
    assert w.case(case_no)["definition_name"] == "GIR2008"
    due = w.clock(case_no, "reply").due_on
    with pytest.raises(ValidationError, match="未知字段 charge_method, pages / unknown field"):
        w.fire(case_no, "notify_fee", date(2014, 3, 4), charge_method="by_volume", pages=40)
    w.fire(case_no, "notify_fee", date(2014, 3, 4), amount="25.50", cost_items="复制31页，每页0.5元；邮寄费10元")
    (notice,) = w.fee_notices(case_no)
    assert (notice["basis"], notice["amount"]) == ("cost_recovery", Decimal("25.50"))
    assert w.clock(case_no, "reply").status == "running" and w.clock(case_no, "reply").due_on == due
    assert w.clock(case_no, "fee_payment") is None


def test_an_organisation_is_matched_by_its_unified_social_credit_code(w):
    """The same code under two names is one applicant; the same name with another code is not."""
    code = "91110108551385082Q"
    firm = {"applicant_type": "commercial_enterprise", "credit_code": code}
    w.register(on=R, applicant_type="commercial_enterprise", applicant_name="某某科技有限公司",
               credit_code="91440300708461136T")
    cases = [w.register(on=R, applicant_name="某某科技有限公司", **firm) for _ in range(10)]
    cases.append(w.register(on=R, applicant_name="某某科技有限公司北京分公司", **firm))
    w.fire(cases[-1], "accept", R)
    w.fire(cases[-1], "notify_fee", date(2026, 3, 3), charge_method="by_count")
    assert (w.fee_notices(cases[-1])[0]["quantity"], w.fee_notices(cases[-1])[0]["amount"]) == (11, Decimal("100.00"))


def test_a_credit_code_with_a_wrong_check_character_is_refused(w):
    with pytest.raises(ValidationError, match="check character should be Q, not X"):
        w.register(on=R, applicant_type="commercial_enterprise", applicant_name="某某科技有限公司",
                   credit_code="91110108551385082X")
