"""``disclosure archive-package CASE``: a zip of the case file (its letters as Word documents, and its
attachments), the index 案卷目录 as a Word document and a manifest of SHA-256 hashes that verifies;
a changed member no longer does (both stores)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import date

import pytest
from click.testing import CliRunner
from docx import Document
from helpers import make_world

from workflow.cli import cli
from workflow.letters.archive_package import INDEX, MANIFEST, build_package, verify_package
from workflow.store.db import read
from workflow.store.repository import Repository

R = date(2026, 3, 2)
SETTINGS = {"reconsideration_body": "上海市人民政府", "court": "上海市黄浦区人民法院"}


@pytest.fixture
def archived(engine):
    w = make_world(engine, today=date(2026, 11, 25), agency_settings=SETTINGS)
    case_no = w.register(on=R, channel="online", submitted=None, confirmed=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 5), letter_no="沪黄府信〔2026〕1号")
    w.fire(case_no, "record_delivery", date(2026, 3, 6), method="online")
    w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-2026-1")
    return w, case_no


def package(w, case_no: str) -> bytes:
    with read(w.engine) as conn:
        return build_package(w.services, Repository(conn), case_no, w.services.attachments.content)


def test_every_member_hashes_to_its_manifest_entry(archived):
    w, case_no = archived
    with zipfile.ZipFile(io.BytesIO(package(w, case_no))) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        assert manifest["case_no"] == case_no and manifest["file_no"] == "WS-2026-1"
        assert manifest["algorithm"] == "sha256"
        listed = {f["name"]: f for f in manifest["files"]}
        assert set(listed) == set(zf.namelist()) - {MANIFEST}
        for name, f in listed.items():
            data = zf.read(name)
            assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["size"]


def test_it_holds_the_letters_as_word_documents_and_an_index_of_them(archived):
    w, case_no = archived
    with zipfile.ZipFile(io.BytesIO(package(w, case_no))) as zf:
        names = zf.namelist()
        assert names[0] == INDEX and names[-1] == MANIFEST
        letters = [n for n in names if n not in (INDEX, MANIFEST)]
        assert letters == ["01-政府信息公开申请接收回执.docx", "02-政府信息公开申请答复书.docx"]
        reply = Document(io.BytesIO(zf.read(letters[1])))
        assert any("沪黄府信〔2026〕1号" in p.text for p in reply.paragraphs)
        index = Document(io.BytesIO(zf.read(INDEX)))
    text = "\n".join(p.text for p in index.paragraphs)
    assert "案卷目录" in text and f"案件编号：{case_no}" in text and "档案号：WS-2026-1" in text
    (table,) = index.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["序号", "文件题名", "日期", "页数", "大小", "文件"]
    assert [r[0] for r in rows[1:]] == ["1", "2"]
    assert rows[2][1] == "政府信息公开申请答复书（沪黄府信〔2026〕1号）" and rows[2][2] == "2026-03-05"
    assert rows[2][5] == letters[1] and rows[2][4].endswith("KB")
    assert "☑ 答复书送达记录" in text  # the checklist as it stood


def test_a_changed_or_added_member_fails_verification(archived):
    w, case_no = archived
    data = package(w, case_no)
    assert verify_package(data) == []
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            body = src.read(name)
            dst.writestr(name, body + b"x" if name.startswith("02-") else body)
        dst.writestr("99-extra.txt", b"slipped in")
    problems = verify_package(out.getvalue())
    assert problems == [
        "99-extra.txt: 不在哈希清单中 / not in the manifest",
        "02-政府信息公开申请答复书.docx: 哈希不符 / SHA-256 differs",
    ]


def test_the_command_writes_the_package_where_asked(archived, tmp_path):
    w, case_no = archived
    url = w.engine.url.render_as_string(hide_password=False)
    target = tmp_path / "file.zip"
    result = CliRunner().invoke(cli, ["--db", url, "archive-package", case_no, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert f"{case_no} 案卷包：3 个文件（含案卷目录）及 manifest.json → {target}" in result.output
    assert verify_package(target.read_bytes()) == []
    missing = CliRunner().invoke(
        cli, ["--db", url, "archive-package", case_no, "-o", str(tmp_path / "no" / "x.zip")]
    )
    assert missing.exception.exit_code == 2 and "目录不存在" in str(missing.exception)
    unknown = CliRunner().invoke(cli, ["--db", url, "archive-package", "SJJ-2026-9999"])
    assert unknown.exception.exit_code == 2 and "案件不存在" in str(unknown.exception)


def test_the_attached_files_go_in_as_they_were_uploaded_and_a_changed_one_is_refused(engine, tmp_path):
    from workflow.demo.samples import sample_pdf, sample_png
    from workflow.errors import DisclosureError

    w = make_world(
        engine,
        today=date(2026, 11, 25),
        agency_settings=SETTINGS,
        settings={"attachments": {"store": "directory", "directory": str(tmp_path / "blobs")}},
    )
    case_no = w.register(on=R)
    scan, receipt = sample_pdf("application"), sample_png()
    w.services.attachments.attach(case_no, w.clerk, scan, filename="../../etc/申请书.pdf", kind="application")
    w.services.attachments.attach(case_no, w.clerk, receipt, filename="回证.png", kind="proof_of_service")
    with zipfile.ZipFile(io.BytesIO(package(w, case_no))) as zf:
        names = zf.namelist()
        # by date: the acknowledgement of 2026-03-02, then the files on the day they were uploaded
        assert names[1:4] == ["01-政府信息公开申请接收回执.docx", "02-申请书.pdf", "03-送达回证.png"]
        assert zf.read("02-申请书.pdf") == scan and zf.read("03-送达回证.png") == receipt
        rows = [[c.text for c in r.cells] for r in Document(io.BytesIO(zf.read(INDEX))).tables[0].rows]
    # one page; the uploaded name is shown, never used as a path
    assert rows[2][1] == "申请书（申请书.pdf）" and rows[2][3] == "1"
    assert rows[3][1] == "送达回证（回证.png）" and rows[3][5] == "03-送达回证.png"
    (blob,) = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file() and p.read_bytes() == scan]
    blob.write_bytes(scan + b"%tampered")
    with pytest.raises(DisclosureError, match="已被改动"):
        package(w, case_no)
