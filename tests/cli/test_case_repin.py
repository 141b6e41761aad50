"""``disclosure case repin CASE --to VERSION --as USER [--dry-run]``, run as the installed command runs
(``workflow.cli.main``): each due date before and after, ``--json``, and one line with exit code 2
for every refusal, nothing written."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from helpers import World
from repin_fixtures import ADMIN, longer_reply, remove_trigger, version, walk, worlds

from workflow.cli import main
from workflow.demo.long_way import LONG_WAY
from workflow.store.db import make_engine, upgrade

# accepted, consulted, extended, decided: waiting for sign-off, a history valid under the test's v2
VALID = LONG_WAY[:5]
# sent back for rework: a trigger the test's v2 does not have
REWORKED = LONG_WAY[:7]


def run(monkeypatch, capsys, db: str, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    monkeypatch.setattr(sys, "argv", ["disclosure", "--db", db, *args])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    return done.value.code, out.out, out.err


@pytest.fixture
def office(tmp_path, monkeypatch) -> tuple[str, World, str, str]:
    """An SQLite file with a valid case and a reworked one under v1; the command line sees v1 and v2."""
    path = tmp_path / "office.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    old, new = worlds(engine, tmp_path, version(lambda raw: (longer_reply(raw), remove_trigger("return_for_rework")(raw))))
    valid, reworked = walk(old, VALID), walk(old, REWORKED)
    monkeypatch.setattr("workflow.app.default_registry", lambda: new.registry)
    monkeypatch.setattr("workflow.definitions.registry.default_registry", lambda: new.registry)
    yield str(path), new, valid, reworked
    engine.dispose()


def test_case_repin_shows_each_due_date_before_and_after_and_a_dry_run_writes_nothing(office, monkeypatch, capsys):
    db, w, case_no, _ = office
    before = w.snapshot(case_no)
    code, out, err = run(monkeypatch, capsys, db, "case", "repin", case_no, "--to", "2", "--as", ADMIN, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"{case_no}: GIR2019 v1 → v2  待签发（awaiting_signoff）（试运行，未写入 / dry run: nothing written）"
    assert "  答复期限: 届满 2026-04-16 → 2026-04-23  计时中 → 计时中  [变更]" in out.splitlines()
    assert w.snapshot(case_no) == before

    code, out, err = run(monkeypatch, capsys, db, "case", "repin", case_no, "--to", "GIR2019-2", "--as", ADMIN)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"{case_no}: GIR2019 v1 → v2  待签发（awaiting_signoff）（审计事件 #7）"
    code, out, _ = run(monkeypatch, capsys, db, "show", case_no)
    assert code == 0 and "适用: GIR2019 v2" in out and "2026-04-23" in out
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify", case_no)
    assert code == 0 and "审计链完好" in out


def test_case_repin_json(office, monkeypatch, capsys):
    db, _, case_no, _ = office
    code, out, _ = run(monkeypatch, capsys, db, "--json", "case", "repin", case_no, "--to", "2", "--as", ADMIN)
    payload = json.loads(out)
    assert code == 0
    assert {k: payload[k] for k in ("case_no", "regime", "from_version", "to_version", "state", "dry_run", "seq")} == {
        "case_no": case_no, "regime": "GIR2019", "from_version": "1", "to_version": "2", "state": "awaiting_signoff",
        "dry_run": False, "seq": 7}
    reply = next(c for c in payload["clocks"] if c["kind"] == "reply")
    assert (reply["due_before"], reply["due_after"], reply["changed"]) == ("2026-04-16", "2026-04-23", True)


@pytest.mark.parametrize("args, which, says", [
    (["--to", "2", "--as", "clerk_sjj"], "valid", "role required: admin（系统管理员）"),
    (["--to", "5", "--as", ADMIN], "valid", "GIR2019 没有版本 '5'"),
    (["--to", "GIR2008-1", "--as", ADMIN], "valid", "不能改用 GIR2008-1"),
    (["--to", "1", "--as", ADMIN], "valid", "已适用 GIR2019 v1"),
    (["--to", "2", "--as", ADMIN], "reworked", "第7条事件 (event 7) return_for_rework（退回重办）: 新版本没有操作 return_for_rework"),
    (["--to", "2", "--as", ADMIN, "--dry-run"], "reworked", "第7条事件 (event 7) return_for_rework"),
])
def test_case_repin_refusals_are_one_line_with_exit_code_2(office, monkeypatch, capsys, args, which, says):
    db, w, valid, reworked = office
    case_no = valid if which == "valid" else reworked
    before = w.snapshot(case_no)
    code, out, err = run(monkeypatch, capsys, db, "case", "repin", case_no, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("错误: ") and says in err, err
    assert "Traceback" not in err
    assert w.snapshot(case_no) == before


def test_case_repin_of_a_concluded_case_is_refused(office, monkeypatch, capsys):
    db, w, case_no, _ = office
    w.today = date(2026, 11, 25)
    w.fire(case_no, "sign_off", date(2026, 3, 12))
    code, _, err = run(monkeypatch, capsys, db, "case", "repin", case_no, "--to", "2", "--as", ADMIN)
    assert code == 2 and "已办结，不能变更适用版本" in err
