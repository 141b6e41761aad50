"""``disclosure attach``, ``attachments`` and ``attachment``, run as the installed command runs: a file attached
and listed and written back out byte for byte; refused input is one line, exit 2, nothing written; a file
changed in the store fails ``audit verify``."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest
from helpers import make_world

from workflow.cli import main
from workflow.demo.samples import sample_pdf, sample_png
from workflow.store.db import make_engine, upgrade

PDF = sample_pdf("Application", "SJJ-2026-0001")


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
    case_no = w.register(on=date(2026, 11, 20))
    (tmp_path / "申请书.pdf").write_bytes(PDF)
    (tmp_path / "回证.png").write_bytes(sample_png())
    yield str(path), w, case_no
    engine.dispose()


def test_a_file_is_attached_listed_and_written_back_out(office, monkeypatch, capsys, tmp_path):
    db, w, case_no = office
    code, out, err = run(
        monkeypatch,
        capsys,
        db,
        "attach",
        case_no,
        str(tmp_path / "申请书.pdf"),
        "--kind",
        "application",
        "--as",
        w.clerk,
    )
    assert code == 0, err
    assert out.startswith(f"{case_no}: 已添加附件 #1 申请书 申请书.pdf（application/pdf，{len(PDF):,} 字节")
    code, out, err = run(
        monkeypatch,
        capsys,
        db,
        "--json",
        "attach",
        case_no,
        str(tmp_path / "回证.png"),
        "--kind",
        "proof_of_service",
        "--event",
        "1",
        "--as",
        w.clerk,
    )
    assert code == 0, err
    assert json.loads(out)["media_type"] == "image/png" and json.loads(out)["event_seq"] == 1

    code, out, _ = run(monkeypatch, capsys, db, "attachments", case_no)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("编号") and len(lines) == 3
    assert "申请书.pdf" in lines[1] and "送达回证" in lines[2] and w.clerk in lines[2]
    code, out, _ = run(monkeypatch, capsys, db, "attachments", case_no, "--json")
    listed = json.loads(out)["attachments"]
    assert [(a["id"], a["kind"], a["kind_label"]) for a in listed] == [
        (1, "application", "申请书"),
        (2, "proof_of_service", "送达回证"),
    ]

    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    code, out, _ = run(monkeypatch, capsys, db, "attachment", case_no, "1", "-o", str(target))
    assert code == 0 and target.read_bytes() == PDF
    assert (tmp_path / "office.db.attachments").is_dir()  # the default store: beside the database


@pytest.mark.parametrize(
    ("content", "args", "words"),
    [
        (b"MZ\x90\x00" + b"\x00" * 64, ("--kind", "application"), "Windows"),
        (PDF, ("--kind", "photo"), "unknown attachment kind"),
        (PDF, ("--kind", "application", "--event", "7"), "no such event"),
    ],
)
def test_refused_input_is_one_line_and_writes_nothing(
    office, monkeypatch, capsys, tmp_path, content, args, words
):
    db, w, case_no = office
    (tmp_path / "upload.pdf").write_bytes(content)
    code, out, err = run(
        monkeypatch, capsys, db, "attach", case_no, str(tmp_path / "upload.pdf"), *args, "--as", w.clerk
    )
    assert (code, out) == (2, "")
    assert words in err and len(err.strip().splitlines()) == 1
    assert len(w.events(case_no)) == 1 and not (tmp_path / "office.db.attachments").exists()


def test_a_file_over_the_settings_limit_is_refused_before_it_is_read(office, monkeypatch, capsys, tmp_path):
    db, w, case_no = office
    config = tmp_path / "small.yaml"
    config.write_text("attachments:\n  max_mb: 0.0001\n", encoding="utf-8")
    code, _, err = run(
        monkeypatch,
        capsys,
        db,
        "--config",
        str(config),
        "attach",
        case_no,
        str(tmp_path / "申请书.pdf"),
        "--kind",
        "application",
        "--as",
        w.clerk,
    )
    assert code == 2 and "too large" in err and len(err.strip().splitlines()) == 1


def test_a_missing_attachment_or_case_is_one_line(office, monkeypatch, capsys, tmp_path):
    db, _, case_no = office
    code, _, err = run(monkeypatch, capsys, db, "attachment", case_no, "5", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "no such attachment" in err and not (tmp_path / "x.pdf").exists()
    code, _, err = run(monkeypatch, capsys, db, "attachments", "SJJ-2026-0099")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_audit_verify_fails_when_a_stored_file_is_changed(office, monkeypatch, capsys, tmp_path):
    db, w, case_no = office
    assert (
        run(
            monkeypatch,
            capsys,
            db,
            "attach",
            case_no,
            str(tmp_path / "申请书.pdf"),
            "--kind",
            "application",
            "--as",
            w.clerk,
        )[0]
        == 0
    )
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify")
    assert (code, out.strip()) == (
        0,
        "审计链完好 / audit trail intact: 1 件案件, 2 条事件, 1 个附件 / attachments",
    )
    (blob,) = [p for p in (tmp_path / "office.db.attachments").rglob("*") if p.is_file()]
    blob.write_bytes(PDF.replace(b"SJJ-2026-0001", b"SJJ-2026-0002"))
    code, out, _ = run(monkeypatch, capsys, db, "audit", "verify")
    assert code == 1 and "audit trail broken" in out and f"{case_no} 第2条事件" in out and "changed" in out
