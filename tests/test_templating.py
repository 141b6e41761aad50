"""The sandboxed template environment, its filters and the supervisor-side messages."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
import yaml
from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError

from workflow import templating
from workflow.paths import notifications_dir
from workflow.privacy import mask_id_number as mask_id
from workflow.privacy import mask_name, mask_phone
from workflow.templating import (
    cn_date,
    environment,
    make_environment,
    message_kinds,
    render,
    render_memo,
    render_message,
    template_reads,
    wd_left,
    yuan,
)

ID_NUMBER = "371302199001011234"
PHONE = "13812345678"
LEVELS = [
    "before_due",
    "internal_target",
    "due_today",
    "overdue",
    "overdue_repeat",
    "correction_notice_closing",
    "consultation_overdue",
    "fee_window_over",
    "correction_period_over",
    "provisional_due",
]


def case(**over):
    base = {
        "case_no": "SHFG-2026-0007",
        "applicant_name": "张三丰",
        "applicant_type": "natural_person",
        "id_number": ID_NUMBER,
        "phone": PHONE,
        "state": "in_review",
        "subject": "2025年度财政预算执行情况",
    }
    return {**base, **over}


def alert_context(level="before_due", **over):
    ctx = {
        "level": level,
        "case": case(),
        "clock": {
            "kind": "reply",
            "due": date(2026, 3, 27),
            "target": date(2026, 3, 26),
            "provisional": False,
        },
        "today": date(2026, 3, 2),
        "working_days_left": 3,
    }
    ctx.update(over)
    return ctx


# --------------------------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    "value, expected",
    [
        (date(2026, 3, 2), "2026年3月2日"),
        ("2026-03-02", "2026年3月2日"),
        ("2026-12-31T08:00:00+08:00", "2026年12月31日"),
        (datetime(2024, 1, 1, 9, 30), "2024年1月1日"),
        (None, ""),
    ],
)
def test_cn_date(value, expected):
    assert cn_date(value) == expected


def test_cn_date_rejects_garbage():
    with pytest.raises(ValueError):
        cn_date("next tuesday")


@pytest.mark.parametrize(
    "value, expected",
    [
        (100, "100.00元"),
        ("1200", "1,200.00元"),
        (Decimal("0.005"), "0.01元"),
        (1234567.891, "1,234,567.89元"),
    ],
)
def test_yuan(value, expected):
    assert yuan(value) == expected


def test_masks():
    assert mask_id(ID_NUMBER) == "3713**********1234"
    assert mask_id("12345") == "*****"
    assert mask_phone(PHONE) == "138****5678"
    assert mask_phone("021-12345678") == "021*****5678"
    assert mask_name("张三丰") == "张**"
    assert mask_name("李四") == "李*"
    assert mask_name("上海某某律师事务所", "legal_service_org") == "上海某某律师事务所"
    assert mask_id(None) == mask_phone("") == mask_name(None) == ""


def test_working_days_left_words():
    assert wd_left(3) == "剩余3个工作日"
    assert wd_left(0) == "今日到期"
    assert wd_left(-2) == "已逾期2个工作日"


def test_filters_available_in_templates():
    env = environment()
    out = env.from_string(
        "{{ d|cn_date }} {{ a|yuan }} {{ i|mask_id }} {{ p|mask_phone }} {{ s|label('states') }} {{ x|label('states') }}"
    ).render(d="2026-03-02", a=50, i=ID_NUMBER, p=PHONE, s="awaiting_fee", x="no_such_state")
    assert out == "2026年3月2日 50.00元 3713**********1234 138****5678 待缴费 no_such_state"


# --------------------------------------------------------------------------------------------- environment


def test_environment_is_sandboxed_and_strict():
    env = environment()
    assert isinstance(env, templating.SandboxedEnvironment)
    with pytest.raises(SecurityError):
        env.from_string("{{ ''.__class__.__mro__ }}").render()
    with pytest.raises(SecurityError):
        env.from_string("{{ x.__class__.__subclasses__() }}").render(x=1)
    with pytest.raises(SecurityError):  # the context cannot be changed from a template
        env.from_string("{{ rows.append(1) }}").render(rows=[])
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.from_string("{{ missing|default('默认') }}").render() == "默认"


def test_autoescape_only_for_html_templates(tmp_path):
    (tmp_path / "x.html.j2").write_text("<p>{{ v }}</p>", encoding="utf-8")
    (tmp_path / "x.txt.j2").write_text("{{ v }}", encoding="utf-8")
    env = make_environment(tmp_path)
    assert env.get_template("x.html.j2").render(v="<script>") == "<p>&lt;script&gt;</p>"
    assert env.get_template("x.txt.j2").render(v="<script>") == "<script>"


def test_the_environment_resolves_globals_like_jinja():
    """Template globals are a flat copy (faster to copy into each render): same names, same values."""
    env = environment()
    assert env.from_string("{{ range(3)|list }}{{ dict(a=1).a }}").render() == "[0, 1, 2]1"
    assert env.from_string("{{ range }}").render(range="上下文优先") == "上下文优先"
    assert env.from_string("{{ x }}", globals={"x": "模板的"}).render() == "模板的"


# --------------------------------------------------------------------------------------------- reads and memo


def test_template_reads_of_the_shipped_letter_parts():
    env = environment()
    contact = template_reads(env.get_template("letters/_contact.txt.j2"))
    assert contact is not None and contact.names == ("settings",)
    assert contact.attrs["settings"] == {"contact", "phone", "address"}
    remedies = template_reads(env.get_template("letters/remedies.txt.j2"))
    assert remedies is not None and remedies.names == ("remedies", "settings")
    frame = template_reads(env.get_template("letters/frame.html.j2"))
    assert frame is not None and frame.attrs["agency"] == {"name"} and frame.attrs["paragraphs"] is None
    assert set(frame.names) == {"agency", "title", "letter_no", "addressee", "paragraphs", "attachments",
                                "seal_line", "issued_on"}  # fmt: skip


@pytest.mark.parametrize(
    "source",
    [
        "{% include 'b.txt.j2' %}",
        "{% extends 'b.txt.j2' %}",
        "{% import 'b.txt.j2' as b %}",
        "{{ xs|random }}",
        "{{ a is sameas b }}",
    ],
)
def test_template_reads_refuses_what_it_cannot_see_through(tmp_path, source):
    (tmp_path / "a.txt.j2").write_text(source, encoding="utf-8")
    (tmp_path / "b.txt.j2").write_text("{{ hidden }}", encoding="utf-8")
    assert template_reads(make_environment(tmp_path).get_template("a.txt.j2")) is None


def test_template_reads_lists_globals_whole_values_and_locals(tmp_path):
    (tmp_path / "a.txt.j2").write_text(
        "{% set n = x.count %}{% for r in rows %}{{ r.v }}{{ loop.index }}{% endfor %}{{ lipsum(1) }}{{ y['k'] }}{{ n }}",
        encoding="utf-8",
    )
    reads = template_reads(make_environment(tmp_path).get_template("a.txt.j2"))
    assert reads is not None and reads.names == ("lipsum", "rows", "x", "y")
    assert reads.attrs["x"] == {"count"} and reads.attrs["rows"] is None and reads.attrs["y"] is None


def test_template_reads_nothing_from_a_template_changed_since_it_was_loaded(tmp_path):
    import os

    path = tmp_path / "a.txt.j2"
    path.write_text("{{ a }}", encoding="utf-8")
    template = make_environment(tmp_path).get_template("a.txt.j2")
    path.write_text("{{ a }}{{ b }}", encoding="utf-8")
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    assert template_reads(template) is None


def test_render_memo_tells_apart_what_a_template_can(tmp_path):
    (tmp_path / "a.txt.j2").write_text("{% for k in s %}{{ k }}={{ s[k] }};{% endfor %}", encoding="utf-8")
    (tmp_path / "b.txt.j2").write_text("{{ s.x }}", encoding="utf-8")
    env = make_environment(tmp_path)
    for s in ({"a": 1, "b": 2}, {"b": 2, "a": 1}, {"a": True, "b": 2}, {"a": 1.0, "b": 2}, {"a": "1", "b": [2]},
              {"a": 1, "b": 2}):  # fmt: skip
        assert render_memo("a.txt.j2", {"s": s, "other": object()}, env) == env.get_template("a.txt.j2").render(s=s)
    with pytest.raises(UndefinedError):  # errors are not remembered
        render_memo("b.txt.j2", {"s": {}}, env)
    assert render_memo("b.txt.j2", {"s": {"x": date(2026, 3, 2)}}, env) == "2026-03-02"
    with pytest.raises(UndefinedError):
        render_memo("b.txt.j2", {"s": {}}, env)
    # a value it cannot compare: rendered every time
    assert render_memo("b.txt.j2", {"s": {"x": Decimal("1.5")}}, env) == "1.5"
    assert render_memo("b.txt.j2", {"s": {"x": Decimal("2.5")}}, env) == "2.5"


def test_unknown_template():
    with pytest.raises(TemplateNotFound):
        render("messages/no_such_thing.txt.j2", {})
    with pytest.raises(ValueError):
        render_message("../letters/frame", {})


def test_every_indexed_message_kind_has_its_three_templates():
    with open(notifications_dir() / "letters.yaml", encoding="utf-8") as fh:
        index = yaml.safe_load(fh)
    kinds = set(index["messages"])
    assert kinds == {"alert", "overdue_escalation", "daily_digest", "calendar_recompute", "report_reminder",
                     "supervision_reminder"}
    assert kinds <= set(message_kinds())
    for kind in kinds:
        for suffix in (".subject.j2", ".txt.j2", ".html.j2"):
            assert (notifications_dir() / "messages" / f"{kind}{suffix}").is_file()
    assert index["messages"]["alert"]["levels"] == LEVELS


# --------------------------------------------------------------------------------------------- alerts


EXPECTED_SENTENCE = {
    "before_due": "将于2026年3月27日届满（剩余3个工作日）",
    "internal_target": "内部控制日",
    "due_today": "今日（2026年3月27日）届满",
    "overdue": "已逾期2个工作日",
    "overdue_repeat": "仍未办结",
    "correction_notice_closing": "补正告知期限将于2026年3月27日届满",
    "consultation_overdue": "视为同意公开",
    "fee_window_over": "尚无缴费记录",
    "correction_period_over": "申请人尚未补正",
    "provisional_due": "暂定日历",
}


@pytest.mark.parametrize("level", LEVELS)
def test_every_alert_level_renders(level):
    wd = -2 if level.startswith("overdue") else 3
    msg = render_message("alert", alert_context(level, working_days_left=wd))
    labels = yaml.safe_load((notifications_dir() / "labels.yaml").read_text(encoding="utf-8"))["alert_levels"]
    assert "\n" not in msg.subject
    assert msg.subject.startswith("【期限提醒】SHFG-2026-0007 " + labels[level])
    assert EXPECTED_SENTENCE[level] in msg.text
    assert EXPECTED_SENTENCE[level] in msg.html
    assert "届满日：" not in msg.text  # not the fallback sentence for unknown levels
    assert "张**" in msg.text and "张三丰" not in msg.text
    for out in (msg.subject, msg.text, msg.html):
        assert ID_NUMBER not in out and PHONE not in out
    assert msg.html.lstrip().startswith("<!DOCTYPE html>")


def test_alert_marks_provisional_due_and_party():
    clock = {"kind": "consultation", "party": "某某公司", "due": "2027-01-20", "provisional": True}
    msg = render_message("alert", alert_context("consultation_overdue", clock=clock))
    assert "征求意见答复期限（某某公司）" in msg.text
    assert "2027年1月20日（暂定）" in msg.text
    assert "2027年1月20日（暂定）" in msg.subject


def test_alert_html_escapes_applicant_subject():
    ctx = alert_context(case=case(subject="<script>alert('x')</script>预算"))
    msg = render_message("alert", ctx)
    assert "<script>" not in msg.html
    assert "&lt;script&gt;" in msg.html
    assert "<script>alert('x')</script>预算" in msg.text  # plain text is not escaped


def test_alert_missing_variable_raises():
    ctx = alert_context()
    del ctx["case"]["case_no"]
    with pytest.raises(UndefinedError):
        render_message("alert", ctx)
    ctx = alert_context()
    del ctx["clock"]["due"]
    with pytest.raises(UndefinedError):
        render_message("alert", ctx)


def test_overdue_escalation():
    ctx = alert_context("overdue", working_days_overdue=4, clerk_name="王承办")
    msg = render_message("overdue_escalation", ctx)
    assert msg.subject == "【逾期督办】SHFG-2026-0007 答复期限已逾期4个工作日"
    assert "已逾期4个工作日" in msg.text and "王承办" in msg.text
    assert "政府信息公开工作机构负责人" in msg.text
    assert ID_NUMBER not in msg.text + msg.html
    del ctx["working_days_overdue"]
    with pytest.raises(UndefinedError):
        render_message("overdue_escalation", ctx)


@pytest.mark.parametrize("level", ["before_due", "internal_target", "due_today", "correction_notice_closing"])
def test_a_look_ahead_alert_made_after_its_due_date_speaks_of_it_as_passed(level):
    clock = {"kind": "reply", "due": date(2026, 3, 27), "target": None, "provisional": False, "past": True}
    msg = render_message("alert", alert_context(level, clock=clock, today=date(2026, 3, 31), working_days_left=-2))
    assert "已于2026年3月27日届满，现已逾期2个工作日" in msg.text
    assert "将于" not in msg.text and "今日" not in msg.text.split("提醒日期")[0]


@pytest.mark.parametrize("level", ["overdue", "overdue_repeat"])
def test_an_overdue_alert_over_a_weekend_says_overdue_without_zero_days(level):
    # due Friday 2026-03-27, made on Sunday: no working day has passed yet
    clock = {"kind": "reply", "due": date(2026, 3, 27), "target": None, "provisional": False, "past": True}
    msg = render_message("alert", alert_context(level, clock=clock, today=date(2026, 3, 29), working_days_left=0))
    assert "0个工作日" not in msg.text and "今日到期" not in msg.text
    assert "2026年3月27日届满" in msg.text


def test_overdue_escalation_never_says_zero_days():
    msg = render_message("overdue_escalation", alert_context("overdue", working_days_overdue=0, clerk_name="王承办"))
    assert "0个工作日" not in msg.subject + msg.text + msg.html
    assert msg.subject == "【逾期督办】SHFG-2026-0007 答复期限已逾期"


# --------------------------------------------------------------------------------------------- digest


def digest_rows():
    return [
        {
            "case_no": "C-LATER",
            "applicant_name": "赵六",
            "state": "awaiting_fee",
            "due": "2026-04-03",
            "working_days_left": 20,
            "provisional": False,
        },
        {
            "case_no": "C-OVERDUE",
            "applicant_name": "李四",
            "state": "in_review",
            "due": "2026-02-27",
            "working_days_left": -1,
            "provisional": False,
            "id_number": ID_NUMBER,
        },
        {
            "case_no": "C-SOON",
            "applicant_name": "王五",
            "state": "received",
            "due": "2026-03-04",
            "working_days_left": 2,
            "provisional": True,
        },
        {
            "case_no": "C-TODAY",
            "applicant_name": "某某科技有限公司",
            "applicant_type": "commercial_enterprise",
            "state": "consulting",
            "state_label": "征求意见中（第三方）",
            "due": "2026-03-02",
            "working_days_left": 0,
            "provisional": False,
        },
    ]


def test_daily_digest_orders_by_urgency_and_masks():
    msg = render_message(
        "daily_digest", {"today": date(2026, 3, 2), "rows": digest_rows(), "recipient_name": "督办科"}
    )
    assert msg.subject == "【每日督办】2026年3月2日 在办案件4件（逾期1件，今日到期1件）"
    text = msg.text
    order = [
        text.index(n) for n in ("【已逾期】", "C-OVERDUE", "【今日到期】", "C-TODAY", "C-SOON", "C-LATER")
    ]
    assert order == sorted(order)
    assert "C-OVERDUE | 李* | 审核办理中 | 2026年2月27日 | 已逾期1个工作日 |" in text
    assert "C-SOON | 王* | 已登记 | 2026年3月4日 | 剩余2个工作日 | 暂定" in text
    assert "某某科技有限公司 | 征求意见中（第三方）" in text
    assert "李四" not in text and ID_NUMBER not in text
    html = msg.html
    assert html.count("<tr>") == 4 + 4  # a header row per group plus one row per case
    assert "<td>李*</td>" in html and "李四" not in html
    assert html.index("C-OVERDUE") < html.index("C-TODAY") < html.index("C-SOON") < html.index("C-LATER")


def test_daily_digest_empty_and_missing():
    msg = render_message("daily_digest", {"today": date(2026, 3, 2), "rows": []})
    assert "今日无在办案件" in msg.text
    with pytest.raises(UndefinedError):
        render_message("daily_digest", {"today": date(2026, 3, 2)})
    rows = digest_rows()
    del rows[0]["due"]
    with pytest.raises(UndefinedError):
        render_message("daily_digest", {"today": date(2026, 3, 2), "rows": rows})


# --------------------------------------------------------------------------------------------- others


def test_calendar_recompute():
    ctx = {
        "case": case(),
        "clock": {"kind": "reply"},
        "old_due": "2027-01-20",
        "new_due": date(2027, 1, 22),
        "source": "国务院办公厅关于2027年部分节假日安排的通知",
        "year": 2027,
        "provisional": False,
    }
    msg = render_message("calendar_recompute", ctx)
    assert msg.subject == "【期限调整】SHFG-2026-0007 答复期限由2027年1月20日调整为2027年1月22日"
    assert "原届满日：2027年1月20日（暂定）" in msg.text
    assert "新届满日：2027年1月22日\n" in msg.text
    assert "国务院办公厅关于2027年部分节假日安排的通知" in msg.text and "2027年度" in msg.text
    assert "2027年1月22日" in msg.html
    del ctx["source"]
    with pytest.raises(UndefinedError):
        render_message("calendar_recompute", ctx)


def test_report_reminder():
    ctx = {
        "year": 2025,
        "due": "2026-01-20",
        "today": date(2026, 1, 6),
        "working_days_left": 10,
        "deadline": "internal_due",
        "agency_name": "上海市某某局",
    }
    msg = render_message("report_reminder", ctx)
    assert msg.subject == "【年报提醒】2025年度政府信息公开工作年度报告应于2026年1月20日前完成报送"
    assert "上海市某某局2025年度" in msg.text and "剩余10个工作日" in msg.text
    msg = render_message("report_reminder", {"year": 2025, "due": "2026-01-31", "today": "2026-01-30"})
    assert msg.subject.endswith("前完成公布") and "本机关2025年度" in msg.text
    with pytest.raises(UndefinedError):
        render_message("report_reminder", {"year": 2025, "today": "2026-01-30"})
