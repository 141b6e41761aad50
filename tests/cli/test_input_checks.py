"""What a clerk types is checked before anything is written: the applicant's phone number and e-mail
address, the dates of receipt a channel does not use, and fee amounts within the bounds the
definitions declare. Each refusal is one line naming the field, exit 2."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world
from sqlalchemy import func, select

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.store.db import read
from workflow.store.models import disclosure_case


@pytest.fixture
def w(engine):
    return make_world(engine, today=date(2026, 3, 20))


def invoke(w, *args: str):
    url = w.engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["--db", url, *args])


def register(w, *extra: str):
    return invoke(w, "register", "--as", w.clerk, "--agency", w.agency, "--applicant-type", "natural_person",
                  "--applicant-name", "李四", "--subject", "某项目环评批复", "--on", "2026-03-03", *extra)


def cases(w) -> int:
    with read(w.engine) as conn:
        return conn.execute(select(func.count()).select_from(disclosure_case)).scalar_one()


def refused(result, field: str, *words: str) -> None:
    error = result.exception
    assert isinstance(error, CliError) and error.exit_code == 2 and error.field == field, result.output
    assert "\n" not in str(error) and all(word in str(error) for word in words)


IN_PERSON = ("--channel", "in_person", "--submitted", "2026-03-02")


@pytest.mark.parametrize(("option", "value"), [
    ("--phone", "138"), ("--phone", "电话13800138000"), ("--phone", "13800138000/13900139000"),
    ("--email", "zhangsan"), ("--email", "zhang@san"), ("--email", "a@b.cn, c@d.cn"),
])
def test_it_refuses_a_contact_detail_that_is_not_one(w, option, value):
    field = option.removeprefix("--")
    refused(register(w, *IN_PERSON, option, value), field, field, "格式无效")
    assert cases(w) == 0


def test_it_keeps_good_contact_details_in_their_half_width_form(w):
    result = register(w, *IN_PERSON, "--phone", "０５３９－８１２３４５６ 转 801", "--email", "Zhang.San@Example.gov.cn")
    assert result.exit_code == 0, result.output
    with read(w.engine) as conn:
        row = conn.execute(select(disclosure_case.c.phone, disclosure_case.c.email)).one()
    assert (row.phone, row.email) == ("0539-8123456 转 801", "Zhang.San@Example.gov.cn")


@pytest.mark.parametrize(("channel", "dates", "unused", "allowed"), [
    ("online", ("--submitted", "2026-03-02", "--confirmed", "2026-03-03", "--signed-for", "2026-03-03"),
     "signed_for", "submitted, confirmed"),
    ("in_person", ("--submitted", "2026-03-02", "--confirmed", "2026-03-02"), "confirmed", "submitted"),
    ("post_signed", ("--submitted", "2026-03-01", "--signed-for", "2026-03-02", "--confirmed", "2026-03-03"),
     "confirmed", "submitted, signed_for"),
])
def test_it_refuses_a_date_of_receipt_the_channel_does_not_use(w, channel, dates, unused, allowed):
    refused(register(w, "--channel", channel, *dates), unused, f"takes no {unused} date; allowed: {allowed}")
    assert cases(w) == 0


def test_a_channel_takes_its_own_dates(w):
    result = register(w, "--channel", "post_signed", "--submitted", "2026-03-01", "--signed-for", "2026-03-02")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(("trigger", "field", "value", "words"), [
    ("record_payment", "amount", "-1", ("at least 0",)),
    ("record_payment", "amount", "1000000.01", ("at most 1000000",)),
    ("record_payment", "amount", "NaN", ("expects an amount",)),
    ("notify_fee", "pages", "100001", ("at most 100000",)),
])
def test_it_refuses_a_fee_out_of_bounds(w, trigger, field, value, words):
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 3))
    if trigger == "record_payment":
        w.fire(case_no, "notify_fee", date(2026, 3, 4), charge_method="by_volume", pages=40)
    before = w.snapshot(case_no)
    sets = {"notify_fee": {"charge_method": "by_volume", "pages": "40"}, "record_payment": {"amount": "100"}}[trigger]
    args = [arg for key, v in {**sets, field: value}.items() for arg in ("--set", f"{key}={v}")]
    result = invoke(w, "fire", case_no, trigger, "--as", w.clerk, "--on", "2026-03-05", *args)
    refused(result, field, *words)
    assert w.snapshot(case_no) == before
