"""Repeat applications (重复申请, 条例 Art. 36 item (六)) and conversions to proactive disclosure (Art. 44):
the case page suggests the same applicant's earlier applications with a similar subject, the clerk
confirms one (an audited trigger), ``declined_repeat`` needs that link, and the head records that
released information was published proactively, which the annual report counts in its year."""

from __future__ import annotations

import json
from datetime import date

import pytest
from helpers import VALID_ID_NUMBER, make_world

from workflow.errors import TransitionError
from workflow.report import export
from workflow.report import service as report_service
from workflow.store.db import read
from workflow.store.repository import Repository
from workflow.views.case_page import case_view
from workflow.views.repeats import similarity

SETTINGS = {"reconsideration_body": "上海市人民政府", "payment_instructions": "请通过政务服务平台在线缴纳"}
SUBJECT = "2025年度本机关行政许可决定书目录"


@pytest.fixture
def w(engine):
    return make_world(engine, today=date(2026, 11, 25), agency_settings=SETTINGS)


def answered(w, on: date, **who) -> str:
    case_no = w.register(on=on, **who)
    w.fire(case_no, "accept", on)
    w.fire(case_no, "decide", on, outcome="disclosed", basis="provided")
    w.fire(case_no, "clear_review", on)
    w.fire(case_no, "sign_off", on)
    return case_no


def page(w, case_no: str) -> dict:
    with read(w.engine) as conn:
        return case_view(w.registry, Repository(conn), case_no, calendar=w.services.calendar)


def test_similarity_is_the_share_of_two_character_pieces_in_common_after_normalising():
    assert (
        similarity("2025年度行政许可决定书目录", "２０２５年度 行政许可决定书目录。") == 100
    )  # full width, spaces, stops
    assert similarity("2025年度行政许可决定书目录", "2025年行政许可决定书目录") == 89
    assert similarity("某项目环评批复", "本局2025年部门预算") == 0


def test_registration_suggests_the_same_applicants_earlier_applications_on_a_similar_subject(w):
    earlier = answered(w, date(2026, 3, 2), id_number=VALID_ID_NUMBER, subject=SUBJECT)
    answered(
        w, date(2026, 3, 3), id_number=VALID_ID_NUMBER, subject="本局2025年部门预算及三公经费"
    )  # other subject
    answered(w, date(2026, 3, 4), applicant_name="李四", subject=SUBJECT)  # another applicant, same subject
    case_no = w.register(
        on=date(2026, 4, 1),
        id_number=VALID_ID_NUMBER,
        applicant_name="张三（代）",
        subject="2025年本机关行政许可决定书目录",
    )
    (suggested,) = page(w, case_no)["repeat_suggestions"]
    assert (suggested["case_no"], suggested["outcome"], suggested["received"]) == (
        earlier,
        "disclosed",
        "2026-03-02",
    )
    assert suggested["similarity"] == similarity(SUBJECT, "2025年本机关行政许可决定书目录") >= 60


def test_declined_repeat_is_refused_without_a_confirmed_link_and_accepted_after_it(w):
    earlier = answered(w, date(2026, 3, 2), subject=SUBJECT)
    case_no = w.register(on=date(2026, 4, 1), subject=SUBJECT)
    w.fire(case_no, "accept", date(2026, 4, 1))
    before = w.snapshot(case_no)
    with pytest.raises(
        TransitionError,
        match="declined_repeat 须先执行 link_repeat（确认重复申请关联）（第三十六条第（六）项）",
    ):
        w.fire(case_no, "decide", date(2026, 4, 2), outcome="declined_repeat", basis="repeat")
    assert w.snapshot(case_no) == before
    w.fire(
        case_no, "link_repeat", date(2026, 4, 2), earlier=earlier.replace("-", "－")
    )  # as typed from a letter
    w.fire(case_no, "decide", date(2026, 4, 2), outcome="declined_repeat", basis="repeat")
    assert w.case(case_no)["outcome"] == "declined_repeat"
    link_event = next(e for e in w.events(case_no) if e["trigger"] == "link_repeat")
    assert json.loads(link_event["data"])["earlier"] == earlier.replace(
        "-", "－"
    )  # what the clerk entered, audited
    view = page(w, case_no)
    (link,) = view["links"]
    assert (link["case_no"], link["direction"], link["similarity"], link["recorded_seq"]) == (
        earlier,
        "earlier",
        100,
        link_event["seq"],
    )
    assert view["repeat_suggestions"] == []  # linked, and concluded now
    assert [(x["case_no"], x["direction"]) for x in page(w, earlier)["links"]] == [(case_no, "later")]


def test_a_link_is_refused_to_another_applicants_case_an_unanswered_one_or_twice(w):
    others = answered(w, date(2026, 3, 2), applicant_name="李四", subject=SUBJECT)
    open_one = w.register(on=date(2026, 3, 3), subject=SUBJECT)
    mine = answered(w, date(2026, 3, 4), subject=SUBJECT)
    case_no = w.register(on=date(2026, 4, 1), subject=SUBJECT)
    with pytest.raises(TransitionError, match=f"{others} 不是同一申请人此前向本机关提出的申请"):
        w.fire(case_no, "link_repeat", date(2026, 4, 1), earlier=others)
    with pytest.raises(TransitionError, match=f"{open_one} 尚未作出答复"):
        w.fire(case_no, "link_repeat", date(2026, 4, 1), earlier=open_one)
    w.fire(case_no, "link_repeat", date(2026, 4, 1), earlier=mine)
    with pytest.raises(TransitionError, match=f"已与 {mine} 关联"):
        w.fire(case_no, "link_repeat", date(2026, 4, 1), earlier=mine)
    with pytest.raises(TransitionError, match="不是同一申请人"):  # a later application is no earlier one
        w.fire(open_one, "link_repeat", date(2026, 4, 1), earlier=case_no)


def test_only_the_head_converts_a_released_reply_to_proactive_disclosure_once(w):
    case_no = answered(w, date(2026, 3, 2))
    definition = w.definition(case_no)
    assert "convert_to_proactive" not in w.services.cases.allowed_triggers(
        definition, "replied", frozenset({"clerk"})
    )
    assert "convert_to_proactive" in w.services.cases.allowed_triggers(
        definition, "replied", frozenset({"head"})
    )
    with pytest.raises(TransitionError, match="晚于|after"):
        w.fire(case_no, "convert_to_proactive", date(2026, 3, 10), published="2026-03-11")
    w.fire(
        case_no,
        "convert_to_proactive",
        date(2026, 3, 10),
        published="2026-03-09",
        location="门户网站",
        ground="several_applicants",
    )
    assert page(w, case_no)["proactive"] == {
        "published": "2026-03-09",
        "location": "门户网站",
        "ground": "several_applicants",
        "ground_label": "多个申请人就相同政府信息提出申请（第四十四条第一款）",
    }
    with pytest.raises(TransitionError):
        w.fire(case_no, "convert_to_proactive", date(2026, 3, 12), published="2026-03-12")


def test_a_reply_that_released_nothing_cannot_be_converted(w):
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 2))
    w.fire(case_no, "decide", date(2026, 3, 3), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 4))
    with pytest.raises(TransitionError, match="convert_to_proactive"):
        w.fire(case_no, "convert_to_proactive", date(2026, 3, 10), published="2026-03-09")


def test_the_annual_report_counts_the_conversions_published_in_its_year_in_section_two(w):
    for received, published in (
        (date(2025, 12, 1), date(2025, 12, 30)),
        (date(2025, 12, 2), date(2026, 1, 5)),
        (date(2026, 2, 2), date(2026, 2, 20)),
    ):
        case_no = answered(w, received)
        w.fire(case_no, "convert_to_proactive", published, published=published.isoformat())
    for year, n in ((2025, 1), (2026, 2)):
        md = export.render(report_service.generate(w.engine, year=year, agency=w.agency), "md")
        two = md[md.index("## 二、主动公开政府信息情况") : md.index("## 三、")]
        assert (
            f"将依申请公开的政府信息转为主动公开{n}件（《中华人民共和国政府信息公开条例》第四十四条）" in two
        )
    md = export.render(report_service.generate(w.engine, year=2024, agency=w.agency), "md")
    assert "无依申请公开转为主动公开的政府信息" in md
