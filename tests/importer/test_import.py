"""Ledger import (``disclosure import cases|proceedings FILE``), on both stores.

Bad rows of every kind are reported with their row and column and nothing is written; --skip-invalid
writes only the good rows; re-import is idempotent; Chinese headers and labels, XLSX and GB18030
files work; each imported case's ``import`` event heads a valid hash chain; imported cases get the
clocks a registration would give them, so the engine, the sweep and the report treat them alike.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import VALID_ID_NUMBER, make_world
from sqlalchemy import func, select

from workflow.accounts.tokens import create_intake_token, intake_user_name
from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.engine.audit import GENESIS, verify_chains
from workflow.errors import ValidationError
from workflow.importer.jobs import import_cases, import_proceedings
from workflow.report import service as report_service
from workflow.store.db import read, write
from workflow.store.models import app_user, case_counter, disclosure_case, fee_notice, user_role
from workflow.store.repository import Repository

TODAY = date(2025, 3, 3)
EN = ["agency", "case_no", "applicant_type", "applicant_name", "channel", "received", "subject", "outcome", "basis",
      "concluded", "state", "fee_amount", "fee_paid", "id_number"]  # fmt: skip
ZH = ["受理机关", "案件编号", "申请人类型", "申请人", "申请方式", "收到申请日期", "申请内容", "办理结果", "答复依据",
      "办结日期", "状态", "收费金额", "实收金额", "身份证号码"]  # fmt: skip


def row(**kw: str) -> dict[str, str]:
    base = {"agency": "sjj", "applicant_type": "natural_person", "applicant_name": "张三", "channel": "in_person",
            "received": "2024-03-01", "subject": "某项政府信息"}  # fmt: skip
    return {**base, **kw}


def write_csv(path: Path, rows: list[dict[str, str]], headers: list[str] = EN, encoding: str = "utf-8",
              keys: list[str] = EN) -> Path:  # fmt: skip
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh)
        out.writerow(headers)
        for r in rows:
            out.writerow([r.get(k, "") for k in keys])
    return path


def counts(engine) -> dict[str, int]:  # noqa: ANN001
    from workflow.store.models import case_event, clock, clock_event, proceeding

    with read(engine) as conn:
        tables = {"cases": disclosure_case, "events": case_event, "clocks": clock, "ledger": clock_event,
                  "fees": fee_notice, "proceedings": proceeding, "users": app_user, "counters": case_counter}  # fmt: skip
        return {k: conn.execute(select(func.count()).select_from(t)).scalar_one() for k, t in tables.items()}


def invoke(engine, *args: str):  # noqa: ANN001, ANN201
    url = engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["--db", url, *args])


@pytest.fixture
def world(engine):
    return make_world(engine, today=TODAY)


def cases_by_no(engine) -> dict[str, dict]:  # noqa: ANN001
    with read(engine) as conn:
        return {r["case_no"]: dict(r) for r in conn.execute(select(disclosure_case)).mappings()}


# -- bad rows -----------------------------------------------------------------------------------


def bad_file(tmp_path: Path, taken: str) -> Path:
    rows = [
        row(case_no="OK-1", outcome="disclosed", basis="provided", concluded="2024-03-20"),  # 2 good
        row(applicant_type="martian"),  # 3 unknown code
        row(received="2024-02-30"),  # 4 no such day
        row(
            received="2024-03-10", outcome="disclosed", concluded="2024-03-05"
        ),  # 5 concluded before received
        row(outcome="unavailable_not_held"),  # 6 outcome without concluded
        row(concluded="2024-03-05"),  # 7 concluded without outcome
        row(agency="nobody"),  # 8 unknown agency
        row(case_no="D-1"),  # 9 good
        row(case_no="D-1", applicant_name="李四"),  # 10 duplicate case number in the file
        row(case_no=taken),  # 11 case number taken in the database
        row(state="replied"),  # 12 an open case in a concluded state
        row(state="nonsense"),  # 13 unknown state
        row(received="2099-12-01"),  # 14 date in the future
        row(outcome="disclosed", basis="not_exist", concluded="2024-03-20"),  # 15 basis does not fit
        row(id_number="110105194912310021"),  # 16 bad check digit
    ]
    return write_csv(tmp_path / "bad.csv", rows)


EXPECTED_BAD = {(3, "applicant_type"), (4, "received"), (5, "concluded"), (6, "concluded"), (7, "outcome"),
                (8, "agency"), (10, "case_no"), (11, "case_no"), (12, "state"), (13, "state"), (14, "received"),
                (15, "basis"), (16, "id_number")}  # fmt: skip


def test_bad_rows_reported_with_row_and_column_and_nothing_written(world, tmp_path):
    taken = world.register(on=date(2024, 2, 1))  # registered through the engine
    path = bad_file(tmp_path, taken)
    before = counts(world.engine)
    for dry_run in (True, False):
        result = import_cases(world.services, path, dry_run=dry_run)
        assert {(e.row, e.column) for e in result.errors} == EXPECTED_BAD
        assert result.rows == 15 and result.valid == 2 and result.imported == 0 and not result.written
        assert counts(world.engine) == before
    errors = {(e.row, e.column): e for e in result.errors}
    assert errors[(3, "applicant_type")].value == "martian" and "未知" in errors[(3, "applicant_type")].reason
    assert errors[(5, "concluded")].reason.startswith("办结日期早于收到申请日期")
    assert errors[(6, "concluded")].reason.startswith("有办理结果而无办结日期")
    assert errors[(7, "outcome")].reason.startswith("有办结日期而无办理结果")
    assert errors[(10, "case_no")].reason.startswith("与第9行案件编号重复")
    assert errors[(11, "case_no")].reason.startswith("案件编号已存在")
    assert errors[(12, "state")].header == "state" and "open state" in errors[(12, "state")].reason
    assert str(errors[(8, "agency")]).startswith("第8行 agency「nobody」: 机关不存在")

    res = invoke(world.engine, "import", "cases", str(path))
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "13 行有错误，未写入任何数据" in str(res.exception)
    assert "martian" in res.output and "2024-02-30" in res.output
    res = invoke(world.engine, "--json", "import", "cases", "--dry-run", str(path))
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    payload = json.loads(res.output)
    assert payload["dry_run"] and payload["invalid_rows"] == 13 and payload["valid"] == 2
    assert [e["row"] for e in payload["errors"]] == sorted(e["row"] for e in payload["errors"])
    assert counts(world.engine) == before


def test_skip_invalid_writes_only_the_good_rows(world, tmp_path):
    taken = world.register(on=date(2024, 2, 1))
    path = bad_file(tmp_path, taken)
    before = counts(world.engine)
    res = invoke(world.engine, "--json", "import", "cases", "--skip-invalid", str(path))
    assert res.exit_code == 0, res.output
    payload = json.loads(res.output)
    assert (payload["imported"], payload["invalid_rows"], payload["written"]) == (2, 13, True)
    after = counts(world.engine)
    assert after["cases"] == before["cases"] + 2 and after["events"] == before["events"] + 2
    cases = cases_by_no(world.engine)
    assert cases["OK-1"]["state"] == "replied" and cases["D-1"]["state"] == "in_review"
    assert cases["D-1"]["applicant_name"] == "张三"  # the first of the two rows with that number
    # the dry run of the same file reports what would be written, and writes nothing
    res = invoke(world.engine, "import", "cases", "--skip-invalid", "--dry-run", str(path))
    assert res.exit_code == 0 and "可导入 0 行" in res.output and "此前已导入 2 行" in res.output


def test_reimport_is_idempotent(world, tmp_path):
    rows = [row(case_no=f"LEDGER-{i}") for i in range(3)] + [
        row(applicant_name=f"申请人{i}") for i in range(3)
    ]
    rows.append(row(outcome="closed_other", concluded="2024-03-02"))
    path = write_csv(tmp_path / "ledger.csv", rows)
    first = import_cases(world.services, path)
    assert (first.imported, first.already, first.errors) == (7, 0, [])
    snapshot = counts(world.engine)
    with read(world.engine) as conn:
        events_before = list(Repository(conn).event_chains())
    again = import_cases(world.services, path)
    assert (again.rows, again.imported, again.already, again.errors, again.written) == (7, 0, 7, [], False)
    assert counts(world.engine) == snapshot
    with read(world.engine) as conn:
        assert list(Repository(conn).event_chains()) == events_before
    # a changed row with a case number already imported is refused, not silently updated
    rows[0] = row(case_no="LEDGER-0", applicant_name="王五")
    changed = import_cases(world.services, write_csv(tmp_path / "changed.csv", rows))
    assert [(e.row, e.column) for e in changed.errors] == [(2, "case_no")]
    assert "内容不同" in changed.errors[0].reason and counts(world.engine) == snapshot


# -- formats -----------------------------------------------------------------------------------


ZH_ROWS = [
    {"agency": "测试机关sjj", "applicant_type": "自然人", "applicant_name": "张三", "channel": "当面提交",
     "received": "2024年3月1日", "subject": "某文件", "outcome": "予以公开", "basis": "予以提供",
     "concluded": "2024/3/20", "id_number": VALID_ID_NUMBER},
    {"agency": "sjj", "applicant_type": "商业企业", "applicant_name": "某公司", "channel": "互联网（网上申请）",
     "received": "2024-12-20", "subject": "某文件2", "state": "已登记", "fee_amount": "￥100.00", "fee_paid": "50"},
    {"agency": "sjj", "applicant_type": "法律服务机构", "applicant_name": "某律所", "channel": "邮寄(需签收)",
     "received": "2024.05.06", "subject": "某文件3", "outcome": "（四）1.本机关不掌握相关政府信息", "basis": "信息不存在",
     "concluded": "20240601"},
    {"agency": "sjj", "applicant_type": "其他", "applicant_name": "某协会", "channel": "网上申请",
     "received": "2024-05-06", "subject": "某文件4", "outcome": "其他", "concluded": "2024-05-08", "state": "已归档"},
]  # fmt: skip


def check_zh_import(engine) -> None:  # noqa: ANN001
    cases = sorted(cases_by_no(engine).values(), key=lambda c: c["id"])
    got = [(c["applicant_type"], c["channel"], c["received_on"], c["outcome"], c["basis"], c["concluded_on"], c["state"])
           for c in cases]  # fmt: skip
    assert got == [
        ("natural_person", "in_person", date(2024, 3, 1), "disclosed", "provided", date(2024, 3, 20), "replied"),
        ("commercial_enterprise", "online", date(2024, 12, 20), None, None, None, "received"),
        ("legal_service_org", "post_signed", date(2024, 5, 6), "unavailable_not_held", "not_exist", date(2024, 6, 1),
         "replied"),
        ("other_org", "online", date(2024, 5, 6), "closed_other", None, date(2024, 5, 8), "archived"),
    ]  # fmt: skip
    assert [c["case_no"] for c in cases] == [
        "SJJ-2024-0001",
        "SJJ-2024-0002",
        "SJJ-2024-0003",
        "SJJ-2024-0004",
    ]
    assert cases[0]["id_number"] == VALID_ID_NUMBER and cases[0]["submitted_on"] == date(2024, 3, 1)
    assert cases[1]["confirmed_on"] == date(2024, 12, 20) and cases[2]["signed_for_on"] == date(2024, 5, 6)
    with read(engine) as conn:
        fee = dict(conn.execute(select(fee_notice)).mappings().one())
    assert (fee["amount"], fee["paid_amount"], fee["sent_on"]) == (
        Decimal("100.00"),
        Decimal("50.00"),
        date(2024, 12, 20),
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_chinese_headers_and_labels_in_every_csv_encoding(world, tmp_path, encoding):
    path = write_csv(tmp_path / "台账.csv", ZH_ROWS, ZH, encoding)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            path.read_bytes().decode("utf-8")  # really not UTF-8
    result = import_cases(world.services, path)
    assert (result.errors, result.imported, result.encoding) == ([], 4, encoding)
    check_zh_import(world.engine)


def test_xlsx_with_a_title_row_and_date_cells(world, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年政府信息公开申请台账"])  # a title above the header, as offices export it
    ws.append([*ZH, "备注"])
    for r in ZH_ROWS:
        cells = [r.get(k, "") or None for k in EN]
        cells[EN.index("received")] = date.fromisoformat(_iso(r["received"]))  # a date cell
        ws.append([*cells, "x"])
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    result = import_cases(world.services, path)
    assert (result.errors, result.imported, result.format, result.ignored_columns) == (
        [],
        4,
        "xlsx",
        ["备注"],
    )
    check_zh_import(world.engine)
    bad = tmp_path / "bad.xlsx"
    ws.cell(row=4, column=EN.index("applicant_type") + 1, value="外星人")
    wb.save(bad)
    assert [(e.row, e.column) for e in import_cases(world.services, bad).errors] == [(4, "applicant_type")]


def _iso(text: str) -> str:
    from workflow.importer.ledger import parse_date

    return parse_date(text).isoformat()


def test_header_problems_are_one_line_errors(world, tmp_path):
    path = write_csv(
        tmp_path / "a.csv", [row()], ["agency", "applicant_name"], keys=["agency", "applicant_name"]
    )
    with pytest.raises(ValidationError, match="缺少必需的列: applicant_type"):
        import_cases(world.services, path)
    path = write_csv(tmp_path / "b.csv", [row()], [*EN, "机关"], keys=[*EN, "agency"])
    with pytest.raises(ValidationError, match="是同一字段 agency"):
        import_cases(world.services, path)
    res = invoke(world.engine, "import", "cases", str(path))
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not a zip")
    with pytest.raises(ValidationError, match=r"\.xlsx 或 CSV"):
        import_cases(world.services, old)


# -- what an imported case is ---------------------------------------------------------------------


def test_import_event_heads_a_valid_hash_chain_and_the_engine_continues_it(world, tmp_path):
    rows = [row(case_no="C-1", id_number=VALID_ID_NUMBER), row(case_no="C-2", outcome="disclosed", basis="provided",
            concluded="2024-03-20")]  # fmt: skip
    assert import_cases(world.services, write_csv(tmp_path / "l.csv", rows)).imported == 2
    events = world.events("C-1")
    assert len(events) == 1
    ev = events[0]
    assert (ev["seq"], ev["trigger"], ev["from_state"], ev["to_state"], ev["prev_hash"]) == (1, "import", None,
                                                                                            "in_review", GENESIS)  # fmt: skip
    assert (ev["actor"], ev["role"], ev["effective_on"]) == ("import", "clerk", date(2024, 3, 1))
    data = json.loads(ev["data"])
    assert data["id_number"] == "1101**********002X" and VALID_ID_NUMBER not in ev["data"]
    assert (data["import_file"], data["import_row"], data["received"], data["case_no"]) == ("l.csv", 2, "2024-03-01",
                                                                                            "C-1")  # fmt: skip
    assert world.events("C-2")[0]["effective_on"] == date(2024, 3, 20)
    assert world.case("C-1")["id_number"] == VALID_ID_NUMBER  # in full on the case row only
    with read(world.engine) as conn:
        roles = conn.execute(select(user_role.c.role).join(app_user, app_user.c.id == user_role.c.user_id)
                             .where(app_user.c.name == "import")).scalars().all()  # fmt: skip
    assert roles == ["clerk"]
    # the engine continues the chain of an imported open case
    world.fire("C-1", "decide", date(2024, 3, 10), outcome="unavailable_not_held", basis="not_exist")
    world.fire("C-1", "sign_off", date(2024, 3, 12))
    assert world.state("C-1") == "replied" and world.case("C-1")["concluded_on"] == date(2024, 3, 12)
    world.fire("C-2", "record_delivery", date(2024, 3, 21), method="post")
    with read(world.engine) as conn:
        cases, n, broken = verify_chains(Repository(conn).event_chains())
    assert (cases, n, broken) == (2, 5, [])


def test_as_user(world, tmp_path):
    path = write_csv(tmp_path / "l.csv", [row(case_no="C-1")])
    with pytest.raises(ValidationError, match="没有 clerk 角色"):
        import_cases(world.services, path, as_user=world.head)
    res = invoke(world.engine, "import", "cases", "--as", "nobody", str(path))
    assert isinstance(res.exception, CliError) and "nobody" in str(res.exception)
    assert import_cases(world.services, path, as_user=world.clerk).imported == 1
    assert world.events("C-1")[0]["actor"] == world.clerk
    assert world.case("C-1")["clerk_id"] is not None
    with read(world.engine) as conn:
        assert conn.execute(select(app_user.c.id).where(app_user.c.name == "import")).first() is None


def test_it_refuses_the_websites_intake_user(world, tmp_path):
    """The intake role may register online applications; it may not import a ledger."""
    with write(world.engine) as conn:
        create_intake_token(conn, world.agency)
    path = write_csv(tmp_path / "l.csv", [row(case_no="C-1")])
    with pytest.raises(ValidationError, match="没有 clerk 角色"):
        import_cases(world.services, path, as_user=intake_user_name(world.agency))
    with read(world.engine) as conn:
        assert conn.execute(select(func.count()).select_from(disclosure_case)).scalar_one() == 0


def test_clocks_like_a_registration_and_the_sweep_sees_open_cases(world, tmp_path):
    cal = world.services.calendar
    rows = [
        row(case_no="OPEN", received="2024-12-02"),  # in_review: the reply clock only
        row(case_no="NEW", received="2025-02-24", state="received"),  # received: the correction window too
        row(
            case_no="LATE",
            received="2024-03-01",
            outcome="disclosed",
            basis="provided",
            concluded="2024-06-03",
        ),
        row(
            case_no="ONTIME",
            received="2024-03-01",
            outcome="disclosed",
            basis="provided",
            concluded="2024-03-05",
        ),
        row(case_no="GONE", received="2024-03-01", outcome="closed_other", concluded="2024-06-03"),
    ]
    assert import_cases(world.services, write_csv(tmp_path / "l.csv", rows)).imported == 5
    reply = world.clock("OPEN", "reply")
    assert (reply.status, reply.started_on) == ("running", date(2024, 12, 2))
    assert reply.due_on == cal.add_working_days(date(2024, 12, 2), 20) and not reply.breached
    assert set(world.clocks("OPEN")) == {("reply", "")}
    assert set(world.clocks("NEW")) == {("reply", ""), ("correction_notice", "")}
    late, ontime, gone = (
        world.clock("LATE", "reply"),
        world.clock("ONTIME", "reply"),
        world.clock("GONE", "reply"),
    )
    assert (late.status, late.breached, late.ended_on) == ("met", True, date(2024, 6, 3))
    assert (ontime.status, ontime.breached) == ("met", False)
    assert (gone.status, gone.breached) == ("ended", False)
    assert world.events("LATE")[0]["late"] and not world.events("ONTIME")[0]["late"]
    assert [e["kind"] for e in world.ledger("LATE")] == ["start", "met"]
    # the deadline explanation reads the imported clock like a registered one
    from workflow.deadlines.explain import explain_case

    with read(world.engine) as conn:
        explained = explain_case(world.services, Repository(conn), "OPEN")
    assert explained["clocks"][0]["due"] == reply.due_on.isoformat()
    # the sweep alerts on the open case, which is overdue on TODAY
    from workflow.scheduling.sweep import sweep

    result = sweep(world.services, TODAY)
    assert result.created > 0
    from workflow.store.models import alert

    with read(world.engine) as conn:
        levels = set(conn.execute(select(alert.c.level).where(alert.c.clock_id == reply.id)).scalars())
    assert "overdue" in levels
    # the on-time rate of the report counts imported replies; the withdrawal (GONE) is no reply
    report = report_service.generate(world.engine, year=2024, agency="sjj")
    assert report.raw_values["results_total"] == 3
    assert (report.raw_values["on_time"], report.raw_values["replied"]) == (1, 2)


def test_fees_case_numbers_and_the_counter(world, tmp_path):
    rows = [
        row(received="2024-04-01"),
        row(case_no="SJJ-2024-0007", received="2024-04-02"),  # a number in the engine's own pattern
        row(
            received="2024-04-03",
            outcome="disclosed",
            concluded="2024-04-20",
            fee_amount="120",
            fee_paid="120",
        ),
        row(received="2023-12-30"),
    ]
    assert import_cases(world.services, write_csv(tmp_path / "l.csv", rows)).errors == []
    assert sorted(cases_by_no(world.engine)) == [
        "SJJ-2023-0001",
        "SJJ-2024-0007",
        "SJJ-2024-0008",
        "SJJ-2024-0009",
    ]
    # a registration after the import continues after the numbers the import used
    assert world.register(on=date(2024, 5, 6)) == "SJJ-2024-0010"
    with read(world.engine) as conn:
        fee = dict(conn.execute(select(fee_notice)).mappings().one())
    assert (fee["sent_on"], fee["paid_on"], fee["amount"], fee["paid_amount"]) == (
        date(2024, 4, 3), date(2024, 4, 20), Decimal("120.00"), Decimal("120.00"))  # fmt: skip
    report = report_service.generate(world.engine, year=2024, agency="sjj")
    assert report.data["fees"] == {"notices": 1, "amount_notified": 120.0, "amount_collected": 120.0}
    bad = [row(fee_paid="10"), row(fee_amount="10", fee_paid="20"), row(fee_amount="-5")]
    result = import_cases(world.services, write_csv(tmp_path / "fees.csv", bad))
    assert {(e.row, e.column) for e in result.errors} == {(2, "fee_paid"), (3, "fee_paid"), (4, "fee_amount")}


# -- proceedings --------------------------------------------------------------------------------

P_EN = ["case_no", "kind", "filed", "body", "result", "decided"]
P_ZH = ["案件编号", "类型", "提起日期", "复议机关或法院", "结果", "审结日期"]


def test_proceedings(world, tmp_path):
    cases = [row(case_no="R-1", outcome="unavailable_not_held", basis="not_exist", concluded="2024-03-20"),
             row(case_no="R-2", outcome="closed_other", concluded="2024-03-05"), row(case_no="OPEN")]  # fmt: skip
    assert import_cases(world.services, write_csv(tmp_path / "cases.csv", cases)).imported == 3
    rows = [
        {"case_no": "R-1", "kind": "行政复议", "filed": "2024-04-01", "body": "市人民政府", "result": "尚未审结"},  # 2
        {"case_no": "R-1", "kind": "未经复议直接起诉", "filed": "2024-04-02", "body": "某区人民法院", "result": "维持",
         "decided": "2024-08-01"},  # 3
        {"case_no": "R-2", "kind": "reconsideration", "filed": "2024-05-01", "result": "corrected",
         "decided": "2024-06-01"},  # 4
        {"case_no": "NOPE", "kind": "行政复议", "filed": "2024-04-01"},  # 5 unknown case
        {"case_no": "OPEN", "kind": "行政复议", "filed": "2024-04-01"},  # 6 an open case: against a failure to reply
        {"case_no": "R-1", "kind": "行政复议", "filed": "2024-02-29"},  # 7 filed before the case was received
        {"case_no": "R-1", "kind": "行政复议", "filed": "2024-04-01"},  # 8 duplicate of row 2
        {"case_no": "R-2", "kind": "诉讼", "filed": "2024-05-01"},  # 9 unknown kind
        {"case_no": "R-2", "kind": "复议后起诉", "filed": "2024-07-01", "result": "维持"},  # 10 result, no date
        {"case_no": "R-2", "kind": "复议后起诉", "filed": "2024-07-01", "decided": "2024-08-01"},  # 11 date, no result
    ]  # fmt: skip
    path = write_csv(tmp_path / "p.csv", rows, P_ZH, keys=P_EN)
    before = counts(world.engine)
    result = import_proceedings(world.services, path)
    assert {(e.row, e.column) for e in result.errors} == {(5, "case_no"), (7, "filed"), (8, "filed"),
                                                          (9, "kind"), (10, "decided"), (11, "result")}  # fmt: skip
    assert counts(world.engine) == before
    result = import_proceedings(world.services, path, skip_invalid=True)
    assert (result.imported, result.written) == (4, True)
    assert [p["filed_on"] for p in world.proceedings("OPEN")] == [date(2024, 4, 1)]
    got = sorted(
        (p["kind"], p["filed_on"], p["body"], p["result"], p["decided_on"]) for p in world.proceedings("R-1")
    )
    assert got == [("litigation_direct", date(2024, 4, 2), "某区人民法院", "upheld", date(2024, 8, 1)),
                   ("reconsideration", date(2024, 4, 1), "市人民政府", None, None)]  # fmt: skip
    events = world.events("R-1")
    assert [(e["seq"], e["trigger"], e["from_state"], e["to_state"]) for e in events] == [
        (1, "import", None, "replied"),
        (2, "import", "replied", "replied"),
        (3, "import", "replied", "replied"),
    ]
    assert world.case("R-1")["last_event_seq"] == 3
    # re-import: nothing new; a newer ledger with the result of the pending one records it
    snapshot = counts(world.engine)
    again = import_proceedings(world.services, path, skip_invalid=True)
    assert (again.imported, again.updated, again.already) == (0, 0, 4) and counts(world.engine) == snapshot
    rows[0].update(result="结果纠正", decided="2024-09-01")
    newer = import_proceedings(world.services, write_csv(tmp_path / "p2.csv", rows[:4], P_ZH, keys=P_EN),
                               skip_invalid=True)  # fmt: skip
    assert (newer.imported, newer.updated, newer.already) == (0, 1, 2)
    assert sorted(p["result"] for p in world.proceedings("R-1")) == ["corrected", "upheld"]
    rows[0].update(result="维持")
    differs = import_proceedings(world.services, write_csv(tmp_path / "p3.csv", rows[:1], P_ZH, keys=P_EN))
    assert [(e.row, e.column) for e in differs.errors] == [(2, "result")]
    with read(world.engine) as conn:
        assert verify_chains(Repository(conn).event_chains())[2] == []
    report = report_service.generate(world.engine, year=2024, agency="sjj")
    t4 = {g["key"]: g["values"] for g in report.data["table4"]["groups"]}
    assert t4 == {"reconsideration": [0, 2, 0, 1, 3], "litigation_direct": [1, 0, 0, 0, 1],
                  "litigation_after_reconsideration": [0, 0, 0, 0, 0]}  # fmt: skip
    # the engine can decide what the import recorded, and reopen a corrected case
    world.fire("R-1", "reopen", TODAY, due="2025-04-01", order="复议决定书")
    assert world.state("R-1") == "in_review"
    res = invoke(world.engine, "--json", "import", "proceedings", str(path))
    assert isinstance(res.exception, CliError) and json.loads(res.output)["kind"] == "proceedings"


def test_a_key_taken_meanwhile_is_a_conflict_and_rolls_back_every_batch(world, tmp_path, monkeypatch):
    from workflow.errors import ConflictError
    from workflow.importer import jobs as importer

    rows = [row(case_no=f"K-{i}") for i in range(5)]
    assert import_cases(world.services, write_csv(tmp_path / "a.csv", rows[4:])).imported == 1
    before = counts(world.engine)
    # as if another writer had taken K-4 between the check and the insert: the last batch fails
    monkeypatch.setattr(importer, "_not_imported", lambda job, conn, good: good)
    with pytest.raises(ConflictError, match="未写入任何数据"):
        import_cases(world.services, write_csv(tmp_path / "b.csv", rows), batch_size=2)
    assert counts(world.engine) == before
