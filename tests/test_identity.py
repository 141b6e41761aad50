"""Personal data (rules.md §8): the GB 11643 check of resident ID numbers, and no full ID number or
phone number in the audit trail (the masking rule itself: tests/test_privacy.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import make_world
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from workflow.engine.audit import verify_chains
from workflow.errors import ValidationError
from workflow.identity import id_check_digit, id_number_problem
from workflow.store.db import read
from workflow.store.models import case_event, clock_event, outbox
from workflow.store.repository import Repository


def reference_check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 as GB 11643 states it: weights 2^(i-1) mod 11, check = (12 - S mod 11) mod 11."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # the standard's own example, check character X
        "440524188001010014",  # the other example of GB 11643-1999
        "110101199003074477",
        "310104200002290014",  # born on a 29 February
    ],
)
def test_valid_numbers(number):
    assert id_number_problem(number) is None
    assert id_check_digit(number[:17]) == number[17] == reference_check_digit(number[:17])


def test_lower_case_x_is_accepted():
    assert id_number_problem("11010519491231002x") is None


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_matches_the_standard(first17):
    assert id_check_digit(first17) == reference_check_digit(first17)


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("110105194912310021", "check digit should be X, not 1"),
        ("440524188001010015", "check digit should be 4, not 5"),
        ("11010519491231002Y", "17 digits and a check character"),
        ("310104199902290013", "birth date 19990229"),  # 1999 was not a leap year
        ("110105194913310027", "birth date 19491331"),
        ("110105194900310020", "birth date 19490031"),
        ("11010519491231002", "17 digits"),  # 17 characters
        ("11010519491231002XX", "17 digits"),  # 19
        ("110105491231002", "17 digits"),  # the old 15-digit numbers are not accepted
        ("", "17 digits"),
    ],
)
def test_invalid_numbers(number, fragment):
    problem = id_number_problem(number)
    assert problem is not None and fragment in problem


def test_birth_date_is_checked_before_the_check_digit():
    first17 = "31010419990229001"
    number = first17 + id_check_digit(first17)  # a right check digit over a wrong date
    assert "birth date" in id_number_problem(number)


def test_id_numbers_never_appear_unmasked_in_the_audit_trail(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    number, phone = "110101199003074477", "13812345678"
    case_no = w.register(on=date(2026, 3, 2), id_number=number, phone=phone, address="上海市徐汇区某路1号")
    w.fire(case_no, "accept", date(2026, 3, 2), note="申请人身份证已核验")
    case = w.case(case_no)
    assert (case["id_number"], case["phone"]) == (number, phone)  # the case page may show it
    with read(engine) as conn:
        events = [dict(r) for r in conn.execute(select(case_event)).mappings()]
        ledger = [dict(r) for r in conn.execute(select(clock_event)).mappings()]
        messages = [dict(r) for r in conn.execute(select(outbox)).mappings()]
        cases, count, broken = verify_chains(Repository(conn).event_chains())
    register = json.loads(events[0]["data"])
    assert register["id_number"] == "1101**********4477"
    assert register["phone"] == "138****5678"
    everything = json.dumps([events, ledger, messages], default=str, ensure_ascii=False)
    assert number not in everything and phone not in everything
    assert number[6:14] not in everything  # not even the birth date
    assert (cases, count, broken) == (1, 2, [])  # the masked data is what is hashed


def test_invalid_id_number_is_refused_through_the_engine(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    with pytest.raises(ValidationError, match="check digit"):
        w.register(on=date(2026, 3, 2), id_number="110101199003074478")
    assert w.snapshot()["cases"] == 0
