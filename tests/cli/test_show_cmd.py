"""``disclosure show`` prints what a clerk needs: labels, not codes; the reply's 文号; proceedings with their ids."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.definitions.registry import default_registry

R = date(2026, 3, 2)


def test_it_prints_labels_the_reply_number_and_proceedings(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", R, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", R)
    w.fire(case_no, "record_proceeding", date(2026, 4, 1), kind="reconsideration", filed="2026-04-01",
           body="区人民政府")
    url = w.engine.url.render_as_string(hide_password=False)
    shown = CliRunner().invoke(cli, ["--db", url, "show", case_no])
    assert shown.exit_code == 0, shown.output
    text = shown.output
    vocab = default_registry().vocabulary
    assert f"答复依据: {vocab.label('bases', 'not_exist')}" in text and "not_exist" not in text
    case = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "show", case_no]).output)
    assert f"答复文号: {case['letter_no']}" in text
    (proceeding,) = case["proceedings"]
    pending = vocab.label("proceeding_results", "pending")
    assert f"行政复议（编号 {proceeding['id']}）: 2026-04-01 区人民政府  结果: {pending}" in text
    assert f"签发答复  待签发 → 已答复  {w.head}（{vocab.label('roles', 'head')}）" in text
    assert "sign_off" not in text and "awaiting_signoff" not in text


def test_it_prints_the_last_days_for_reconsideration_and_suit_from_the_service_and_a_decision(engine):
    w = make_world(engine, today=date(2025, 3, 1), agency_settings={"reconsideration_body": "区人民政府"})
    case_no = w.register(on=date(2024, 2, 19))
    w.fire(case_no, "accept", date(2024, 2, 19))
    w.fire(case_no, "decide", date(2024, 2, 20), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2024, 2, 21))
    w.fire(case_no, "record_delivery", date(2024, 3, 5), served_on="2024-03-04", method="post")
    w.fire(case_no, "record_proceeding", date(2024, 4, 1), kind="reconsideration", filed="2024-04-01")
    pid = w.proceedings(case_no)[0]["id"]
    w.fire(case_no, "decide_proceeding", date(2025, 1, 22), proceeding=pid, result="upheld", decided="2025-01-20")
    url = w.engine.url.render_as_string(hide_password=False)
    text = CliRunner().invoke(cli, ["--db", url, "show", case_no]).output
    assert ("救济期限 · 申请行政复议：60日，最后一日 2024-05-06（《中华人民共和国行政复议法》（2023年修订）第二十条第一款）"
            "；2024-05-03 为劳动节，顺延") in text
    assert "救济期限 · 直接提起行政诉讼：6个月，最后一日 2024-09-04" in text
    assert "救济期限 · 复议后提起行政诉讼：15日，最后一日 2025-02-05" in text
    case = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "show", case_no]).output)
    assert case["services"][0]["deadlines"][0]["last_day"] == "2024-05-06"


def test_register_names_the_same_applicants_similar_earlier_application_and_show_lists_it(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    earlier = w.register(on=R, subject="2025年度本机关行政许可决定书目录")
    url = w.engine.url.render_as_string(hide_password=False)
    args = ["--db", url, "register", "--as", w.clerk, "--agency", w.agency, "--channel", "in_person",
            "--submitted", "2026-04-01", "--on", "2026-04-01", "--applicant-type", "natural_person",
            "--applicant-name", "张三", "--subject", "2025年本机关行政许可决定书目录"]
    made = CliRunner().invoke(cli, args)
    assert made.exit_code == 0, made.output
    case_no = made.stdout.strip()  # stdout keeps only the case number for scripts
    assert f"possible repeat of {earlier}（2026-03-02，相似度 91%）" in made.stderr
    assert f"link_repeat --set earlier={earlier}" in made.stderr
    shown = CliRunner().invoke(cli, ["--db", url, "show", case_no]).output
    assert f"可能为重复申请: {earlier}（2026-03-02，相似度 91%）" in shown
