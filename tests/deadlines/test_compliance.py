"""``disclosure compliance``: per clock kind, clocks met in the year, how many on time, the rate, and
the breaches with the late_reason the engine required (rules.md §4 "Acting late")."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world
from repin_fixtures import folder, v1_text

from workflow.cli import cli
from workflow.deadlines.explain import compliance, obligation_kinds
from workflow.store.db import read, write
from workflow.store.repository import Repository


def reply(w, case_no: str, on: date, **data) -> None:
    w.fire(case_no, "decide", on, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", on, **data)


@pytest.fixture
def world(engine, tmp_path):
    w = make_world(engine, today=date(2027, 1, 10))
    with write(engine) as conn:
        repo = Repository(conn)
        repo.add_agency("sjj_a", "测试下级机关", "SJA", parent_code="sjj")
        other = repo.add_agency("other", "其他机关", "OTH")
        for role in ("clerk", "head"):
            repo.grant_role(repo.add_user(w.users[role]), other, role)
    n = w.cases = {}
    # on time: due 2026-03-30, replied 03-20
    n["on_time"] = w.register(on=date(2026, 3, 2))
    w.fire(n["on_time"], "accept", date(2026, 3, 2))
    reply(w, n["on_time"], date(2026, 3, 20))
    # late reply: due 2026-03-30, replied 04-01 with a reason
    n["late"] = w.register(on=date(2026, 3, 2))
    w.fire(n["late"], "accept", date(2026, 3, 2))
    w.fire(n["late"], "decide", date(2026, 3, 25), outcome="unavailable_not_held", basis="not_exist")
    with pytest.raises(Exception, match="late_reason"):
        w.fire(n["late"], "sign_off", date(2026, 4, 1))
    w.fire(n["late"], "sign_off", date(2026, 4, 1), late_reason="负责人出差，未能及时签发")
    # correction notice sent after its 7 working days (due 2026-06-10)
    n["late_notice"] = w.register(on=date(2026, 6, 1))
    w.fire(
        n["late_notice"],
        "request_correction",
        date(2026, 6, 12),
        items="请明确信息名称",
        correct_by=date(2026, 6, 30),
        late_reason="材料核查耗时",
    )
    # extension granted after the due date in force (as version 1 let it be), then a reply within
    # the date it claimed: the extension extends nothing, the reply is late
    v1 = w.with_registry(folder(tmp_path, {"GIR2019-1.yaml": v1_text()}))
    n["late_ext"] = v1.register(on=date(2026, 6, 1))
    v1.fire(n["late_ext"], "accept", date(2026, 6, 1))
    w.ext_due = v1.clock(n["late_ext"], "reply").due_on
    v1.fire(n["late_ext"], "extend", date(2026, 7, 3), days=10, reason="量大", late_reason="延期审批遗漏")
    reply(v1, n["late_ext"], date(2026, 7, 6), late_reason="延期审批遗漏")
    # still open and overdue at the end of 2026
    n["open"] = w.register(on=date(2026, 11, 2))
    w.fire(n["open"], "accept", date(2026, 11, 2))
    # open at the end of 2026 (due 2026-12-29), replied late in 2027
    n["late_2027"] = w.register(on=date(2026, 12, 1))
    w.fire(n["late_2027"], "accept", date(2026, 12, 1))
    reply(w, n["late_2027"], date(2027, 1, 5), late_reason="年末事务集中")
    # a sub-agency's case, on time
    n["child"] = w.register(on=date(2026, 3, 2), agency="sjj_a")
    w.fire(n["child"], "accept", date(2026, 3, 2))
    reply(w, n["child"], date(2026, 3, 10))
    # another agency's case, late
    n["other"] = w.register(on=date(2026, 3, 2), agency="other")
    w.fire(n["other"], "accept", date(2026, 3, 2))
    w.fire(n["other"], "decide", date(2026, 3, 5), outcome="unavailable_not_held", basis="not_exist")
    w.fire(n["other"], "sign_off", date(2026, 4, 2), late_reason="其他机关的原因")
    # replied in 2025: not in 2026
    n["y2025"] = w.register(on=date(2025, 3, 3))
    w.fire(n["y2025"], "accept", date(2025, 3, 3))
    reply(w, n["y2025"], date(2025, 3, 10))
    return w


def report(w, year: int, agency: str | None = None) -> dict:
    with read(w.engine) as conn:
        return compliance(w.services, Repository(conn), year, agency)


def kind(rep: dict, name: str) -> dict:
    return next(k for k in rep["kinds"] if k["kind"] == name)


def test_obligations_come_from_the_definitions(world):
    assert obligation_kinds(world.services) == {"reply", "correction_notice"}


def test_year_and_agency_subtree(world):
    w, n = world, world.cases
    rep = report(w, 2026, "sjj")
    r = kind(rep, "reply")
    # met in 2026: on_time, late, late_ext, child
    assert (r["met"], r["on_time"], r["late"]) == (4, 2, 2)
    assert r["on_time_rate"] == 0.5
    assert r["overdue_open"] == 2  # "open" (still running) and "late_2027" (done only in 2027)
    assert r["breaches"] == 4 and r["agency_obligation"]
    cn = kind(rep, "correction_notice")
    assert (cn["met"], cn["on_time"], cn["late"], cn["on_time_rate"]) == (1, 0, 1, 0.0)
    assert rep["totals"] == {"met": 5, "on_time": 2, "on_time_rate": 0.4, "overdue_open": 2, "breaches": 5}
    assert rep["as_of"] == "2026-12-31"

    breaches = {(b["case_no"], b["kind"]): b for b in rep["breaches"]}
    assert set(breaches) == {
        (n["late"], "reply"),
        (n["late_notice"], "correction_notice"),
        (n["late_ext"], "reply"),
        (n["open"], "reply"),
        (n["late_2027"], "reply"),
    }
    late = breaches[(n["late"], "reply")]
    assert late == {
        "case_no": n["late"],
        "kind": "reply",
        "label": "答复期限",
        "party": None,
        "type": "late",
        "due": "2026-03-30",
        "done": "2026-04-01",
        "late_reason": "负责人出差，未能及时签发",
    }
    notice = breaches[(n["late_notice"], "correction_notice")]
    assert (notice["type"], notice["due"], notice["done"]) == ("late", "2026-06-10", "2026-06-12")
    assert notice["late_reason"] == "材料核查耗时"
    ext = breaches[(n["late_ext"], "reply")]  # the late extension moved nothing: a late reply
    assert (ext["type"], ext["due"], ext["done"]) == ("late", w.ext_due.isoformat(), "2026-07-06")
    assert ext["late_reason"] == "延期审批遗漏"
    still_open = breaches[(n["open"], "reply")]
    assert still_open["type"] == "overdue_open" and still_open["done"] is None
    assert still_open["due"] == w.clock(n["open"], "reply").due_on.isoformat()
    assert breaches[(n["late_2027"], "reply")]["done"] == "2027-01-05"


def test_other_agency_and_all(world):
    w, n = world, world.cases
    other = report(w, 2026, "other")
    r = kind(other, "reply")
    assert (r["met"], r["on_time"], r["late"], r["on_time_rate"]) == (1, 0, 1, 0.0)
    assert [b["case_no"] for b in other["breaches"]] == [n["other"]]
    assert other["breaches"][0]["late_reason"] == "其他机关的原因"
    # the sub-agency alone
    child = kind(report(w, 2026, "sjj_a"), "reply")
    assert (child["met"], child["on_time"], child["on_time_rate"]) == (1, 1, 1.0)
    everything = kind(report(w, 2026), "reply")
    assert (everything["met"], everything["on_time"], everything["late"]) == (5, 2, 3)


def test_next_year(world):
    w, n = world, world.cases
    rep = report(w, 2027, "sjj")
    r = kind(rep, "reply")
    assert (r["met"], r["late"]) == (1, 1)  # late_2027, met on 2027-01-05
    assert r["overdue_open"] == 1  # "open" is still open and overdue today (2027-01-10)
    assert rep["as_of"] == "2027-01-09"
    types = {(b["case_no"], b["type"]) for b in rep["breaches"]}
    assert types == {(n["late_2027"], "late"), (n["open"], "overdue_open")}
    assert report(w, 2025, "sjj")["totals"] == {
        "met": 1,
        "on_time": 1,
        "on_time_rate": 1.0,
        "overdue_open": 0,
        "breaches": 0,
    }


def test_cli_compliance(world, db_url):
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db_url, "compliance", "--year", "2026", "--agency", "sjj", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["totals"]["on_time_rate"] == 0.4
    # overdue-open breaches depend on the real date (the command's today); late actions do not
    assert len([b for b in data["breaches"] if b["type"] != "overdue_open"]) == 3
    result = runner.invoke(cli, ["--db", db_url, "compliance", "--year", "2026", "--agency", "sjj"])
    assert result.exit_code == 0, result.output
    assert "答复期限" in result.output and "50.0%" in result.output
    assert "负责人出差，未能及时签发" in result.output and "延期审批遗漏" in result.output
    result = runner.invoke(cli, ["--db", db_url, "compliance", "--year", "2026", "--agency", "nope"])
    assert result.exit_code != 0
