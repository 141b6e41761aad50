"""The last days for reconsideration and suit, counted from the service of a letter by the law in
force then (definitions/remedies), with a last day on a rest day moved to the next working day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from helpers import make_world

from workflow.clocks.calendar import default_calendar
from workflow.definitions.remedies import default_remedies, load_remedies
from workflow.errors import DefinitionError
from workflow.letter_index import letters_index
from workflow.paths import definitions_dir
from workflow.views.remedies import last_day, service_deadlines

RULES = default_remedies()
CAL = default_calendar()
SETTINGS = {
    "reconsideration_body": "上海市人民政府",
    "reconsideration_department": "上海市司法局",
    "court": "上海市黄浦区人民法院",
    "payment_instructions": "请通过政务服务平台在线缴纳",
}


def reply_served(on: date, outcome: str | None = "unavailable_not_held") -> dict[str, dict]:
    found = service_deadlines(RULES, CAL, {"kind": "reply", "served_on": on}, outcome)
    return {d["period"]: d for d in found}


def test_it_gives_60_days_for_reconsideration_under_the_1999_law_and_rolls_a_holiday_to_the_next_working_day():
    d = reply_served(date(2023, 8, 2))["reconsideration"]
    # 2023-08-02 + 60 days = 2023-10-01 (National Day); Saturday 2023-10-07 was a make-up working day
    assert (d["nominal"], d["last_day"], d["rolled"]) == ("2023-10-01", "2023-10-07", True)
    assert d["article"] == "《中华人民共和国行政复议法》（1999年）第九条第一款"
    assert "第四十条" in " ".join(d["counting_articles"])


def test_it_gives_60_days_under_the_2023_law_from_2024_and_rolls_the_labour_day_holiday():
    d = reply_served(date(2024, 3, 4))["reconsideration"]
    assert (d["nominal"], d["last_day"]) == ("2024-05-03", "2024-05-06")
    assert d["rolled_because"] == "劳动节"
    assert d["article"] == "《中华人民共和国行政复议法》（2023年修订）第二十条第一款"
    assert "第八十八条" in " ".join(d["counting_articles"])


def test_it_gives_3_months_to_sue_under_the_1989_law_ending_on_the_corresponding_day():
    d = reply_served(date(2014, 12, 1))["litigation_direct"]
    assert d["length"] == "3个月" and d["article"] == "《中华人民共和国行政诉讼法》（1989年）第三十九条"
    assert (d["nominal"], d["last_day"]) == ("2015-03-01", "2015-03-02")  # a Sunday, moved to Monday


def test_it_gives_6_months_to_sue_from_2015_05_01_and_the_month_end_when_there_is_no_corresponding_day():
    d = reply_served(date(2019, 8, 31))["litigation_direct"]
    assert d["length"] == "6个月" and "（2014年修正）第四十六条" in d["article"]
    assert d["nominal"] == "2020-02-29" and d["last_day"] == "2020-03-02"  # leap-year month end, a Saturday
    assert d["transition"] is None


def test_a_3_month_period_still_running_on_2015_05_01_becomes_6_months_by_the_transitional_rule():
    d = reply_served(date(2015, 3, 10))["litigation_direct"]
    assert (d["length"], d["last_day"]) == ("6个月", "2015-09-10")
    assert "法释〔2015〕9号" in d["transition"]
    ran_out = reply_served(date(2015, 1, 20))["litigation_direct"]  # ended 2015-04-20, before the new law
    assert (ran_out["length"], ran_out["last_day"], ran_out["transition"]) == ("3个月", "2015-04-20", None)


def test_a_refusal_served_from_2024_has_no_direct_suit_it_goes_to_reconsideration_first():
    d = reply_served(date(2024, 3, 4), "withheld_state_secret")["litigation_direct"]
    assert d["available"] is False and d["last_day"] is None
    assert "第二十三条" in d["reconsideration_first"]
    assert reply_served(date(2023, 12, 29), "withheld_state_secret")["litigation_direct"]["available"] is True
    assert reply_served(date(2024, 3, 4), "disclosed")["litigation_direct"]["available"] is True


def test_a_withdrawal_letter_names_no_remedies_and_gets_no_deadlines():
    assert reply_served(date(2024, 3, 4), "closed_other") == {}


def test_the_15_days_after_a_reconsideration_decision_roll_past_the_spring_festival():
    period = RULES.periods["litigation_after_reconsideration"]
    d = last_day(period, date(2025, 1, 20), CAL)
    assert (d["nominal"], d["last_day"], d["article"]) == (
        "2025-02-04",
        "2025-02-05",
        "《中华人民共和国行政诉讼法》（2014年修正）第四十五条",
    )
    old = last_day(period, date(2012, 4, 16), CAL)
    assert (
        old["article"] == "《中华人民共和国行政诉讼法》（1989年）第三十八条第二款"
        and old["last_day"] == "2012-05-02"
    )


def test_the_outcomes_that_go_to_reconsideration_first_and_those_without_remedies_match_the_letters():
    outcomes = letters_index()["regimes"]["GIR2019"]["letters"]["reply"]["outcomes"]
    era = RULES.periods["litigation_direct"].era_on(date(2024, 1, 1))
    assert era.first_outcomes == {o for o, e in outcomes.items() if e.get("refusal_14_16")}
    assert RULES.without_remedies == {o for o, e in outcomes.items() if e.get("remedies") is False}


def test_a_period_with_both_days_and_months_is_refused_naming_the_file_and_key(tmp_path: Path):
    (tmp_path / "remedies").mkdir()
    (tmp_path / "vocabulary.yaml").write_text(
        (definitions_dir() / "vocabulary.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    raw = yaml.safe_load((definitions_dir() / "remedies" / "periods.yaml").read_text(encoding="utf-8"))
    raw["periods"]["reconsideration"]["eras"][0]["months"] = 2
    (tmp_path / "remedies" / "periods.yaml").write_text(
        yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(
        DefinitionError,
        match=r"periods.yaml: periods.reconsideration.eras\[0\]: exactly one of days or months",
    ):
        load_remedies(tmp_path)


# -- on the case page, from the service and decisions recorded (both stores) ----------------------


def test_the_case_page_shows_the_remedies_of_a_served_reply_and_after_a_reconsideration_decision(engine):
    from workflow.store.db import read
    from workflow.store.repository import Repository
    from workflow.views.case_page import case_view

    w = make_world(engine, today=date(2025, 3, 1), agency_settings=SETTINGS)
    case_no = w.register(on=date(2024, 2, 19))
    w.fire(case_no, "accept", date(2024, 2, 19))
    w.fire(case_no, "decide", date(2024, 2, 26), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2024, 2, 28))
    w.fire(
        case_no, "record_delivery", date(2024, 3, 5), letter="reply", served_on="2024-03-04", method="post"
    )
    w.fire(case_no, "record_proceeding", date(2024, 4, 1), kind="reconsideration", filed="2024-04-01")
    with read(engine) as conn:
        pid = Repository(conn).proceedings(w.case(case_no)["id"])[0]["id"]
    w.fire(
        case_no, "decide_proceeding", date(2025, 1, 22), proceeding=pid, result="upheld", decided="2025-01-20"
    )
    with read(engine) as conn:
        view = case_view(w.registry, Repository(conn), case_no, calendar=w.services.calendar)
    (served,) = view["services"]
    by_period = {d["period"]: d["last_day"] for d in served["deadlines"]}
    assert by_period == {"reconsideration": "2024-05-06", "litigation_direct": "2024-09-04"}
    (proc,) = view["proceedings"]
    assert [(d["period"], d["last_day"]) for d in proc["deadlines"]] == [
        ("litigation_after_reconsideration", "2025-02-05")
    ]


def test_the_case_page_of_a_2014_case_counts_3_months_by_the_1989_law(engine):
    from workflow.store.db import read
    from workflow.store.repository import Repository
    from workflow.views.case_page import case_view

    w = make_world(engine, today=date(2015, 1, 10), agency_settings=SETTINGS)
    case_no = w.register(on=date(2014, 11, 3))
    assert w.case(case_no)["definition_name"] == "GIR2008"
    w.fire(case_no, "accept", date(2014, 11, 3))
    w.fire(case_no, "decide", date(2014, 11, 10), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2014, 11, 12))
    w.fire(case_no, "record_delivery", date(2014, 12, 2), served_on="2014-12-01", method="post")
    with read(engine) as conn:
        (served,) = case_view(w.registry, Repository(conn), case_no, calendar=w.services.calendar)["services"]
    d = {x["period"]: x for x in served["deadlines"]}
    assert (d["litigation_direct"]["length"], d["litigation_direct"]["last_day"]) == ("3个月", "2015-03-02")
    assert d["reconsideration"]["last_day"] == "2015-01-30"
