"""``disclosure deadline explain``: every due date explained from the clock rows, the clock ledger and
the audit events (rules.md §3–4: start rule and date, length and article, calendar, pauses,
extensions, delayed replies, internal target)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import hear_reasons, make_world

from workflow.cli import cli
from workflow.deadlines.explain import explain_case
from workflow.store.db import read
from workflow.store.repository import Repository


def explain(w, case_no: str) -> dict[str, dict]:
    """The explained clocks keyed by kind (or kind:party)."""
    with read(w.engine) as conn:
        view = explain_case(w.services, Repository(conn), case_no)
    return {(c["kind"] + (f":{c['party']}" if c["party"] else "")): c for c in view["clocks"]}


def p08(w, *, extend: int | None = None) -> str:
    """Deadline vector P08: received 2026-03-02, consultation sent 03-10 (received by the party 03-12),
    answered 2026-04-01."""
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 2))
    w.fire(
        case_no,
        "consult",
        date(2026, 3, 10),
        party_kind="third_party",
        party_name="某科技有限公司",
        received_by_party=date(2026, 3, 12),
    )
    if extend:
        w.fire(case_no, "extend", date(2026, 3, 20), days=extend, reason="涉及档案检索量大")
    w.fire(case_no, "record_opinion", date(2026, 4, 1), party_name="某科技有限公司", opinion="agree")
    return case_no


def test_p08_pause_reply_and_consultation(engine):
    w = make_world(engine)
    case_no = p08(w)
    clocks = explain(w, case_no)
    reply_rule = w.definition(case_no).clocks["reply"]

    reply = clocks["reply"]
    assert reply["start"]["date"] == "2026-03-02"
    assert reply["start"]["text"] == "收到申请之日 2026-03-02（当面提交：提交之日）起算，起算日不计入"
    # length and article come from the definition's clocks section
    assert reply["length"] == reply_rule["length"] == 20
    assert reply["article"] == reply_rule["article"] == "第三十三条"
    assert reply["pauses"] == [
        {
            "from": "2026-03-10",
            "to": "2026-04-01",
            "removed_working_days": 16,
            "reason": "征求意见",
            "parties": ["某科技有限公司"],
            "text": "暂停 (2026-03-10, 2026-04-01]：征求意见（某科技有限公司），扣除 16 个工作日",
        }
    ]
    assert reply["paused_working_days"] == 16
    assert reply["due"] == reply["computed_due"] == "2026-04-22"
    assert reply["target"] == "2026-04-21"  # one working day before (settings)
    assert reply["extension"] is None and reply["delayed"] is None
    assert not reply["provisional"] and not reply["stale"]
    assert reply["calendar"] == [
        {
            "year": 2026,
            "source": "package",
            "source_detail": w.services.calendar.source_detail(2026),
            "provisional": False,
            "fingerprint": w.services.calendar.fingerprint(2026),
        }
    ]
    assert "计算：2026-03-02 之后第 20 + 16（暂停） = 36 个工作日 → 2026-04-22" in reply["text"]
    assert "法定到期日：2026-04-22；内部目标：2026-04-21" in reply["text"]

    consultation = clocks["consultation:某科技有限公司"]
    assert consultation["due"] == "2026-04-02"
    assert consultation["start"]["date"] == "2026-03-12"
    assert (
        consultation["start"]["text"] == "对方收到之日 2026-03-12（征求意见：2026-03-10）起算，起算日不计入"
    )
    assert consultation["length"] == 15 and consultation["article"] == "第三十二条、第三十四条"
    assert consultation["status"] == "met" and consultation["ended"] == "2026-04-01"
    assert not consultation["breached"]

    notice = clocks["correction_notice"]
    assert notice["due"] == "2026-03-11" and notice["status"] == "ended"


def test_extension_shows_its_approver(engine):
    w = make_world(engine)
    case_no = p08(w, extend=5)
    reply = explain(w, case_no)["reply"]
    ext = reply["extension"]
    assert ext["days"] == 5
    assert ext["approved_by"] == w.head
    assert ext["approver_role"] == "head"
    assert ext["approver_role_label"] == "政府信息公开工作机构负责人"
    assert ext["on"] == "2026-03-20"
    assert ext["reason"] == "涉及档案检索量大"
    assert ext["article"] == "第三十三条第二款"
    assert w.head in ext["text"] and "政府信息公开工作机构负责人" in ext["text"]
    # 20 + 16 paused + 5 extension working days after 2026-03-02
    assert reply["due"] == "2026-04-29"
    assert reply["formula"] == "2026-03-02 之后第 20 + 16（暂停） + 5（延期） = 41 个工作日 → 2026-04-29"


def test_correction_restarts_the_reply_clock(engine):
    """Deadline vector P09: the corrected application arrives 2026-05-20; 20 working days afresh."""
    w = make_world(engine)
    case_no = w.register(on=date(2026, 4, 30))
    w.fire(
        case_no,
        "request_correction",
        date(2026, 5, 8),
        items="请明确所需信息的名称",
        correct_by=date(2026, 5, 29),
    )
    stopped = explain(w, case_no)["reply"]
    assert stopped["status"] == "stopped" and stopped["due"] is None
    assert stopped["stopped"]["trigger"] == "request_correction"
    assert any(line.startswith("已中止：告知补正（2026-05-08）") for line in stopped["text"])
    period = explain(w, case_no)["correction_period"]
    assert period["fixed_due"]["date"] == "2026-05-29" and period["due"] == "2026-05-29"
    assert period["fixed_due"]["field_label"] == "补正期限"

    w.fire(case_no, "receive_correction", date(2026, 5, 20))
    reply = explain(w, case_no)["reply"]
    assert reply["start"]["rule"] == "restart"
    assert reply["start"]["text"] == "补正后的申请收到之日 2026-05-20 重新起算，起算日不计入"
    assert reply["due"] == "2026-06-17"


def test_delayed_reply_art35(engine):
    w = make_world(engine)
    case_no = w.register(on=date(2026, 6, 1))
    w.fire(case_no, "accept", date(2026, 6, 1))
    hear_reasons(w, case_no, date(2026, 6, 3))
    w.fire(
        case_no,
        "set_delayed_reply",
        date(2026, 6, 5),
        due=date(2026, 8, 31),
        reason="申请数量巨大，需逐件检索",
    )
    reply = explain(w, case_no)["reply"]
    delayed = reply["delayed"]
    assert delayed["date"] == "2026-08-31" and reply["due"] == "2026-08-31"
    assert delayed["reason"] == "申请数量巨大，需逐件检索"
    assert delayed["article"] == "第三十五条"
    assert delayed["set_by"] == w.head and delayed["on"] == "2026-06-05"
    assert reply["formula"] is None  # a set date, not a count


def test_gir2008_case_uses_its_own_definition(engine):
    """Deadline vector P12 (GIR2008, extension of 15): lengths and articles of the 2008 definition."""
    w = make_world(engine)
    case_no = w.register(on=date(2019, 5, 14))
    w.fire(case_no, "accept", date(2019, 5, 14))
    w.fire(case_no, "extend", date(2019, 5, 20), days=15, reason="需协调")
    reply = explain(w, case_no)["reply"]
    assert reply["length"] == 15 and reply["article"] == "第二十四条"
    assert reply["extension"]["article"] == "第二十四条第二款"
    assert reply["due"] == "2019-06-26"
    assert "correction_notice" not in explain(w, case_no)


def test_provisional_year_is_named(engine):
    w = make_world(engine, today=date(2026, 12, 15))
    case_no = w.register(on=date(2026, 12, 10))
    reply = explain(w, case_no)["reply"]
    assert reply["due"] == "2027-01-08" and reply["provisional"]
    years = {y["year"]: y for y in reply["calendar"]}
    assert years[2026]["source"] == "package" and not years[2026]["provisional"]
    assert years[2027]["source"] == "provisional" and years[2027]["provisional"]
    assert years[2027]["source_detail"].startswith("provisional: 《全国年节及纪念日放假办法》")
    assert "法定到期日：2027-01-08（暂定）；内部目标：2027-01-07" in reply["text"]


def test_late_sign_off_explains_its_reason(engine):
    w = make_world(engine)
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 2))
    w.fire(case_no, "decide", date(2026, 3, 20), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 4, 1), late_reason="负责人出差，未能及时签发")
    reply = explain(w, case_no)["reply"]
    assert reply["breached"] and reply["ended"] == "2026-04-01" and reply["due"] == "2026-03-30"
    assert reply["late_reason"] == "负责人出差，未能及时签发"
    assert reply["text"][-1] == "逾期办结：2026-04-01；逾期原因：负责人出差，未能及时签发"


# --- the command ------------------------------------------------------------------------------


def test_cli_explain_json_and_text(engine, db_url):
    w = make_world(engine)
    case_no = p08(w, extend=5)
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db_url, "deadline", "explain", case_no, "--json"])
    assert result.exit_code == 0, result.output
    clocks = json.loads(result.output)
    assert isinstance(clocks, list)
    reply = next(c for c in clocks if c["kind"] == "reply")
    for part in (
        "start",
        "length",
        "article",
        "calendar",
        "pauses",
        "extension",
        "delayed",
        "due",
        "target",
        "provisional",
        "text",
    ):
        assert part in reply
    assert reply["due"] == "2026-04-29" and reply["pauses"][0]["removed_working_days"] == 16
    assert reply["extension"]["approved_by"] == w.head

    result = runner.invoke(cli, ["--db", db_url, "deadline", "explain", case_no])
    assert result.exit_code == 0, result.output
    assert "答复期限" in result.output
    assert "暂停 (2026-03-10, 2026-04-01]：征求意见（某科技有限公司），扣除 16 个工作日" in result.output
    assert "政府信息公开工作机构负责人" in result.output


def test_cli_exit_code(engine, db_url, monkeypatch, capsys):
    make_world(engine)
    from workflow.cli import main

    monkeypatch.setattr("sys.argv", ["disclosure", "--db", db_url, "deadline", "explain", "SJJ-2026-9999"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "案件不存在" in err
