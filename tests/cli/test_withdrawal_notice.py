"""The notice for a withdrawn application records what the applicant did, in plain words, and has no
remedies paragraph: a withdrawal decides nothing the applicant could contest."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli


@pytest.fixture
def w(engine):
    return make_world(engine, today=date(2026, 3, 20),
                      agency_settings={"reconsideration_body": "某市人民政府"})


def notice(w, case_no: str, *args: str) -> list[str]:
    url = w.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["--db", url, "letter", case_no, "reply", *args])
    assert result.exit_code == 0, result.output
    return [line.strip("\u3000") for line in result.output.splitlines()]


def test_the_withdrawal_notice_says_when_and_how_and_offers_no_remedies(w):
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "withdraw", date(2026, 3, 5), how="书面撤回")
    lines = notice(w, case_no)
    assert "政府信息公开申请终止处理告知书" in lines
    assert "2026年3月5日，您以书面方式撤回了该申请。本机关据此终止处理您的该项政府信息公开申请。" in lines
    assert lines[lines.index("特此告知。") + 2] == "测试机关sjj"
    text = "\n".join(lines)
    assert "行政复议" not in text and "行政诉讼" not in text and "不服" not in text


def test_a_withdrawal_without_its_manner_still_gives_its_day_even_when_printed_later(w):
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "withdraw", date(2026, 3, 6))
    lines = notice(w, case_no, "--fresh", "--on", "2026-03-19")
    assert "2026年3月6日，您撤回了该申请。本机关据此终止处理您的该项政府信息公开申请。" in lines
    assert lines[-1] == "2026年3月19日"


def test_other_replies_keep_their_remedies(w):
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 3))
    w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    assert "行政复议" in "\n".join(notice(w, case_no, "--fresh", "--on", "2026-03-04"))
