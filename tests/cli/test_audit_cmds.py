"""``disclosure audit anchor [--append FILE]`` and ``disclosure audit verify [--anchor FILE]``, run as
the installed command runs: a rewrite with every hash recomputed fails ``verify --anchor``, a case
row changed without an event fails ``verify``, a bad anchor file is one line and exit 2."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from audit_tamper import drop_guards, rewrite
from helpers import make_world
from sqlalchemy import text

from workflow.cli import main
from workflow.store.db import make_engine, upgrade, write


def run(monkeypatch, capsys, db: str, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    monkeypatch.setattr(sys, "argv", ["disclosure", "--db", db, *args])
    with pytest.raises(SystemExit) as done:
        main()
    out = capsys.readouterr()
    return done.value.code, out.out, out.err


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=date(2026, 3, 2))
    w.fire(case_no, "accept", date(2026, 3, 2))
    w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    yield str(path), engine, case_no
    engine.dispose()


def test_anchor_prints_the_head_and_appends_it_to_a_file(office, monkeypatch, capsys, tmp_path):
    db, _, _ = office
    anchors = tmp_path / "anchors.txt"
    code, out, _ = run(monkeypatch, capsys, db, "audit", "anchor", "--append", str(anchors))
    assert code == 0
    line = out.strip()
    assert " events=3 head=" in line and anchors.read_text(encoding="utf-8") == line + "\n"
    code, out, _ = run(monkeypatch, capsys, db, "--json", "audit", "anchor")
    assert code == 0 and json.loads(out)["events"] == 3 and json.loads(out)["head"] == line.rsplit("=", 1)[1]
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify", "--anchor", str(anchors))
    assert (code, out.strip()) == (0, "审计链完好 / audit trail intact: 1 件案件, 3 条事件, 1 个锚点 / anchors")


def test_verify_with_the_anchor_fails_after_a_rewrite_that_recomputed_every_hash(office, monkeypatch, capsys,
                                                                                   tmp_path):
    db, engine, case_no = office
    anchors = tmp_path / "anchors.txt"
    assert run(monkeypatch, capsys, db, "audit", "anchor", "--append", str(anchors))[0] == 0
    drop_guards(engine)
    w = make_world(engine, today=date(2026, 11, 25), agency="other", prefix="OT")
    rewrite(w, case_no, 3, outcome="withheld_state_secret", basis="withheld")
    assert run(monkeypatch, capsys, db, "audit", "verify")[0] == 0  # consistent in itself
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify", "--anchor", str(anchors))
    assert code == 1
    assert out.splitlines()[0] == "审计链被篡改 / audit trail broken:"
    assert "does not extend the anchor" in out


def test_verify_replays_and_names_a_case_row_changed_without_an_event(office, monkeypatch, capsys):
    db, engine, case_no = office
    with write(engine) as conn:
        conn.execute(text("UPDATE disclosure_case SET outcome = 'disclosed' WHERE case_no = :c"), {"c": case_no})
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify")
    assert code == 1
    assert f"{case_no} 第3条事件: 案件记录与审计事件不符" in out
    assert "outcome: row disclosed, events unavailable_not_held" in out


@pytest.mark.parametrize("content", ["not an anchor\n", "2026-12-06T00:00:00Z events=x head=00\n"])
def test_a_bad_anchor_file_is_one_line_and_exit_2(office, monkeypatch, capsys, tmp_path, content):
    db, _, _ = office
    anchors = tmp_path / "anchors.txt"
    anchors.write_text("# kept off-site\n" + content, encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, db, "audit", "verify", "--anchor", str(anchors))
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1 and "line 2 is not an anchor" in err
    code, _, err = run(monkeypatch, capsys, db, "audit", "verify", "--anchor", str(tmp_path / "missing.txt"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "cannot read the anchor file" in err
