"""The fee notice (收费通知书) as the clerk prints it: under the 2020 measures it states the standard
applied, the pages or the application's place in the month, the amount, how to pay (the agency's
setting, without which neither the notice nor the step can be made) and the 20 working days; under
the 2008 Regulations it is Art. 27's cost-fee notice, made when the trigger fires. Both stores."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from docx import Document
from helpers import PAYMENT_INSTRUCTIONS, VALID_ID_NUMBER, World, make_world
from sqlalchemy import select, update

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.store.db import read, write
from workflow.store.models import agency, letter
from workflow.store.repository import Repository

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)


def invoke(w: World, *args: str):  # noqa: ANN201
    return CliRunner().invoke(cli, ["--db", w.engine.url.render_as_string(hide_password=False), *args])


def fee_letters(w: World, case_no: str) -> list[str]:
    with read(w.engine) as conn:
        case_id = Repository(conn).load_case(case_no)["id"]
        rows = conn.execute(select(letter.c.body_text).where(letter.c.case_id == case_id, letter.c.kind == "fee_notice"))
        return list(rows.scalars())


def docx_text(w: World, case_no: str, folder: Path) -> list[str]:
    """The paragraphs of the .docx ``disclosure letter`` writes."""
    path = folder / "fee_notice.docx"
    res = invoke(w, "letter", case_no, "fee_notice", "--format", "docx", "--output", str(path))
    assert res.exit_code == 0, res.output
    return [p.text for p in Document(io.BytesIO(path.read_bytes())).paragraphs if p.text.strip()]


def test_the_notice_by_volume_states_the_bands_the_amount_how_to_pay_and_the_window(engine, tmp_path):
    w = make_world(engine, today=TODAY)
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=338)
    (text,) = fee_letters(w, case_no)
    pay_by = w.clock(case_no, "fee_payment").due_on
    assert "按量计收（《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第五条）" in text
    assert "您申请的政府信息共338页" in text
    assert "第1—30页，共30页：30页以下（含30页）的，不收费；" in text
    assert "第31—100页，共70页：31—100页（含100页）的部分，10元/页，70页×10.00元=700.00元；" in text
    assert "第101—200页，共100页：101—200页（含200页）的部分，20元/页，100页×20.00元=2,000.00元；" in text
    assert "第201—338页，共138页：200页以上的部分，40元/页，138页×40.00元=5,520.00元。" in text
    assert "收费金额合计：8,220.00元。" in text
    assert (f"请您自收到本通知次日起二十个工作日内（即{pay_by.year}年{pay_by.month}月{pay_by.day}日前）"
            f"按照以下方式缴纳：{PAYMENT_INSTRUCTIONS}。") in text
    assert "不计算在答复期限内" in text
    printed = docx_text(w, case_no, tmp_path)
    assert printed[1:2] == ["政府信息公开信息处理费收费通知书"] and "收费金额合计：8,220.00元。" in printed


def test_the_notice_by_count_states_the_applications_place_in_the_month_and_its_standard(engine):
    w = make_world(engine, today=TODAY)
    cases = [w.register(on=R, id_number=VALID_ID_NUMBER) for _ in range(31)]
    w.fire(cases[-1], "accept", R)
    w.fire(cases[-1], "notify_fee", date(2026, 3, 3), charge_method="by_count")
    (text,) = fee_letters(w, cases[-1])
    assert "按件计收（《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第四条）" in text
    assert "本申请是您于2026年3月向本机关提出的第31件政府信息公开申请" in text
    assert "适用标准：同一申请人一个自然月内累计申请31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。" in text
    assert "本件收费200.00元" in text and "收费金额合计：200.00元" in text


def test_without_payment_instructions_the_step_and_the_letter_are_refused_naming_the_setting(engine):
    w = make_world(engine, today=TODAY, agency_settings={})
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    res = invoke(w, "fire", case_no, "notify_fee", "--as", w.clerk, "--on", "2026-03-03",
                 "--set", "charge_method=by_volume", "--set", "pages=338")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "agency sjj has no setting payment_instructions" in str(res.exception)
    assert "\n" not in str(res.exception) and w.state(case_no) == "in_review"
    # a notice made earlier cannot be printed again once the setting is gone
    assert invoke(w, "agency", "set", "sjj", "--payment-instructions", PAYMENT_INSTRUCTIONS).exit_code == 0
    w.fire(case_no, "notify_fee", date(2026, 3, 3), charge_method="by_volume", pages=338)
    with write(w.engine) as conn:
        conn.execute(update(agency).where(agency.c.code == "sjj").values(settings={}))
    res = invoke(w, "letter", case_no, "fee_notice", "--fresh")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "agency sjj has no setting payment_instructions" in str(res.exception)
    assert "--payment-instructions" in str(res.exception)


def test_the_2008_notice_is_made_in_art_27s_words_without_the_2021_terms(engine):
    w = make_world(engine, today=TODAY)
    case_no = w.register(on=date(2014, 3, 3))
    w.fire(case_no, "accept", date(2014, 3, 3))
    w.fire(case_no, "notify_fee", date(2014, 3, 4), amount="25.50", cost_items="复制31页，每页0.5元；邮寄费10元")
    (text,) = fee_letters(w, case_no)
    assert "政府信息公开收费通知书" in text
    assert "《中华人民共和国政府信息公开条例》第二十七条" in text
    assert "除可以收取检索、复制、邮寄等成本费用外，不得收取其他费用" in text
    assert "应收取检索、复制、邮寄等成本费用25.50元（复制31页，每页0.5元；邮寄费10元）" in text
    assert f"请您按照以下方式缴纳：{PAYMENT_INSTRUCTIONS}。" in text
    for later in ("信息处理费", "按件计收", "按量计收", "二十个工作日", "视为放弃申请", "不计算在答复期限内", "国办函"):
        assert later not in text, later
