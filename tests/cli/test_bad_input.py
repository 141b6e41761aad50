"""Hostile and broken input to the command line: every row is refused with exit 2 and one line on
stderr naming what was wrong, never an internal error, and the database is exactly as it was.

One database per store is set up once (an agency, a clerk, a case in review); each row snapshots
every table before and after. Rows whose outcome depends on the store (lengths PostgreSQL would
refuse and SQLite would keep, NUL, imports) run on both stores.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from workflow.store.db import make_engine, read
from workflow.store.models import metadata


def _root_conftest():  # noqa: ANN202 - the module
    """tests/conftest.py by its path: ``import conftest`` is ambiguous once tests/web is collected."""
    spec = importlib.util.spec_from_file_location("bad_input_root_conftest", Path(__file__).parents[1] / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ROOT_CONFTEST = _root_conftest()
CASE = "罗应急-2026-0001"
BOTH = ("sqlite", "postgresql")
REGISTER = ["register", "--as", "wangfang", "--agency", "LZYJ", "--channel", "in_person", "--submitted",
            "2026-11-02", "--applicant-type", "natural_person", "--on", "2026-11-04"]


def register(name: str | bytes = "李四", subject: str = "某项目环评批复", *extra: str) -> list[str | bytes]:
    return [*REGISTER, "--applicant-name", name, "--subject", subject, *extra]


def consult(party: str) -> list[str]:
    return ["fire", CASE, "consult", "--as", "wangfang", "--on", "2026-11-06",
            "--set", "party_kind=third_party", "--set", f"party_name={party}"]


@dataclass(frozen=True)
class Row:
    args: tuple[str | bytes, ...]
    says: str  # a fragment of the one line
    stores: tuple[str, ...] = ("sqlite",)


def row(*args: str | bytes, says: str, stores: tuple[str, ...] = ("sqlite",)) -> Row:
    return Row(tuple(args), says, stores)


# {F} is the folder of the broken files made by ``files``
ROWS: dict[str, Row] = {
    "non-UTF-8 case number": row("show", b"\xff\xfe-2026-1", says="not valid UTF-8"),
    "non-UTF-8 applicant name": row(*register(b"\xd5\xc5\xc8\xfd"), says="not valid UTF-8"),
    "non-UTF-8 database path": row("--db", b"/tmp/\xff.db", "list", says="not valid UTF-8"),
    "list on a file that is not a database": row("--db", "{F}/not-a-database.db", "list", says="not an SQLite database"),
    "show on a file that is not a database": row("--db", "{F}/not-a-database.db", "show", CASE,
                                                 says="not a database"),
    "a folder as the database": row("--db", "{F}", "list", says="is a folder"),
    "a MySQL URL": row("--db", "mysql://clerk@db.example/office", "list", says="postgresql://"),
    "an Oracle URL": row("--db", "oracle+oracledb://clerk@db/office", "list", says="unsupported database"),
    "settings: max_attempts is a word": row("--config", "{F}/eight.yaml", "list", says="outbox.max_attempts"),
    "settings: unknown time zone": row("--config", "{F}/mars.yaml", "list", says="time_zone"),
    "settings: UTF-16 file": row("--config", "{F}/utf16.yaml", "list", says="UTF-16"),
    "settings: not UTF-8 at all": row("--config", "{F}/gbk.yaml", "list", says="not UTF-8"),
    "settings: malformed YAML": row("--config", "{F}/broken.yaml", "list", says="line 2, column 4"),
    "settings: SMTP security": row("--config", "{F}/tls.yaml", "list", says="channels.smtp.security"),
    "settings: digest time": row("--config", "{F}/digest.yaml", "list", says="alerts.digest_time"),
    "settings: a list where a section goes": row("--config", "{F}/list.yaml", "list", says="mapping"),
    "letter into a missing folder": row("letter", CASE, "acknowledgement", "--format", "docx", "--output",
                                        "{F}/absent/ack.docx", says="folder not found"),
    "report into a missing folder": row("report", "--year", "2026", "--agency", "LZYJ", "--format", "xlsx",
                                        "--output", "{F}/absent/report.xlsx", says="folder not found"),
    "diagram SVG into a missing folder": row("diagram", "--svg", "{F}/absent/life.svg", says="folder not found"),
    "applicant name over 200 characters": row(*register("名" * 201), says="longer than 200", stores=BOTH),
    # a well-formed number with room to spare in its spacing: its form passes, its length does not
    "phone over 32 characters": row(*register("李四", "某项信息", "--phone", "+86   (0539)    8123-456     转 801"),
                                    says="longer than 32",
                                    stores=BOTH),
    "address over 300 characters": row(*register("李四", "某项信息", "--address", "路" * 301),
                                       says="longer than 300", stores=BOTH),
    "third party over 200 characters": row(*consult("某" * 201), says="longer than 200", stores=BOTH),
    "escape sequence in a name": row(*register("张\x1b[2J三"), says="U+001B", stores=BOTH),
    "bell in a multi-line subject": row(*register("张三", "第一行\n第二行\x07"), says="U+0007", stores=BOTH),
    "C1 control in a third party": row(*consult("某\x85公司"), says="U+0085", stores=BOTH),
    "agency name over 200 characters": row("agency", "add", "LZ2", "--name", "局" * 201, "--prefix", "罗二",
                                           says="longer than 200", stores=BOTH),
    "agency prefix over 32 characters": row("agency", "add", "LZ2", "--name", "某局", "--prefix", "罗" * 33,
                                            says="longer than 32", stores=BOTH),
    "user name over 100 characters": row("user", "add", "u" * 101, "--agency", "LZYJ", "--role", "clerk",
                                         says="longer than 100", stores=BOTH),
    "escape sequence in an agency's address": row("agency", "set", "LZYJ", "--address", "某路\x1b]0;x\x07",
                                                   says="U+001B"),
    "import: NUL in a name": row("import", "cases", "{F}/nul.csv", says="U+0000", stores=BOTH),
    "import: cell over the csv module's limit": row("import", "cases", "{F}/huge-cell.csv", says="131072",
                                                    stores=BOTH),
    "import: UTF-8 BOM on a GB18030 file": row("import", "cases", "{F}/bom-gb18030.csv", says="byte-order mark",
                                               stores=BOTH),
    "import: UTF-16 BOM on a broken file": row("import", "cases", "{F}/bom-utf16.csv", says="byte-order mark"),
    "import: truncated XLSX sheet": row("import", "cases", "{F}/truncated.xlsx", says="not valid XML",
                                        stores=BOTH),
    "import: XLSX with an undefined entity": row("import", "cases", "{F}/entity.xlsx", says="undefined entity",
                                                 stores=BOTH),
    "calendar load of a binary file": row("calendar", "load", "{F}/2031.yaml", says="UTF-8", stores=BOTH),
    "escape sequence in a report section": row("report", "section", "set", "--agency", "LZYJ", "--year", "2026",
                                               "--section", "一", "--text-file", "{F}/escape.txt", "--as",
                                               "wangfang", says="U+001B"),
    "report section two not UTF-8": row("report", "--year", "2026", "--agency", "LZYJ", "--section-two",
                                        "{F}/gbk.yaml", says="第二部分"),
}


def files(folder: Path) -> None:
    (folder / "not-a-database.db").write_bytes(b"name,phone\n" * 100)
    (folder / "eight.yaml").write_text('outbox:\n  max_attempts: "eight"\n', encoding="utf-8")
    (folder / "mars.yaml").write_text("time_zone: Mars/Olympus_Mons\n", encoding="utf-8")
    (folder / "utf16.yaml").write_bytes("time_zone: Asia/Shanghai\n".encode("utf-16"))
    (folder / "gbk.yaml").write_bytes("# 设置\ntime_zone: Asia/Shanghai\n".encode("gbk"))
    (folder / "broken.yaml").write_text("outbox: [1, 2\n  x: {\n", encoding="utf-8")
    (folder / "tls.yaml").write_text("channels:\n  smtp:\n    security: tls\n", encoding="utf-8")
    (folder / "digest.yaml").write_text('alerts:\n  digest_time: "25:00"\n', encoding="utf-8")
    (folder / "list.yaml").write_text("- outbox\n- web\n", encoding="utf-8")
    header = "agency,applicant_type,applicant_name,channel,received,subject\n"
    (folder / "nul.csv").write_text(header + "LZYJ,natural_person,张\x00三,in_person,2026-03-02,某项信息\n",
                                    encoding="utf-8")
    (folder / "huge-cell.csv").write_text(header + 'LZYJ,natural_person,"' + "x" * 140_000 + '",in_person,'
                                          "2026-03-02,某项信息\n", encoding="utf-8")
    (folder / "bom-gb18030.csv").write_bytes(
        b"\xef\xbb\xbf" + "受理机关,申请人类型,申请人,申请方式,收到日期,申请内容\nLZYJ,自然人,张三,当面,2026-03-02,某项\n".encode("gb18030"))
    (folder / "bom-utf16.csv").write_bytes(b"\xff\xfe" + header.encode("utf-16-le") + b"\x00")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header.strip().split(","))
    for i in range(3):
        sheet.append(["LZYJ", "natural_person", f"张{i}", "in_person", "2026-03-02", f"某项{i}"])
    book.save(folder / "ok.xlsx")
    edit_sheet(folder / "ok.xlsx", folder / "truncated.xlsx", lambda xml: xml[: len(xml) // 2])
    edit_sheet(folder / "ok.xlsx", folder / "entity.xlsx", lambda xml: xml.replace(b"<t>", b"<t>&nbsp;", 1))
    (folder / "2031.yaml").write_bytes(bytes(range(256)) * 8)
    (folder / "escape.txt").write_text("第一段\x1b[2J\n第二段\n", encoding="utf-8")


def edit_sheet(source: Path, target: Path, edit) -> None:  # noqa: ANN001 - bytes -> bytes
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, edit(data) if item.filename == "xl/worksheets/sheet1.xml" else data)


def disclosure(url: str, *args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISCLOSURE_DATABASE_URL": url, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable.encode(), b"-m", b"workflow", *(a.encode() if isinstance(a, str) else a
                                                                        for a in args)],
                          capture_output=True, env=env, cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bad-input")
    files(path)
    return path


def set_up(url: str, folder: Path) -> str:
    for args in (["init"],
                 ["agency", "add", "LZYJ", "--name", "临沂市罗庄区应急管理局", "--prefix", "罗应急",
                  "--reconsideration-body", "临沂市罗庄区人民政府"],
                 ["user", "add", "wangfang", "--agency", "LZYJ", "--role", "clerk"],
                 register("张三"),
                 ["fire", CASE, "accept", "--as", "wangfang", "--on", "2026-11-05"]):
        done = disclosure(url, *args, cwd=folder)
        assert done.returncode == 0, done.stderr.decode()
    return url


@pytest.fixture(scope="module")
def sqlite_office(folder):
    """An SQLite database with an agency, a clerk and one case in review."""
    return set_up(f"sqlite:///{folder / 'office.db'}", folder)


@pytest.fixture(scope="module")
def postgresql_office(folder):
    """The same on PostgreSQL, in a schema of its own."""
    ok, why = ROOT_CONFTEST.pg_available()
    if not ok:
        if os.environ.get("DISCLOSURE_REQUIRE_PG"):
            pytest.fail(f"DISCLOSURE_REQUIRE_PG is set but {why}")
        pytest.skip(why)
    url, schema = ROOT_CONFTEST._pg_schema_url()
    try:
        yield set_up(url, folder)
    finally:
        ROOT_CONFTEST._drop_pg_schema(schema)


def snapshot(url: str) -> dict[str, list[tuple]]:
    engine = make_engine(url)
    try:
        with read(engine) as conn:
            return {t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
                    for t in metadata.sorted_tables}
    finally:
        engine.dispose()


CASES = [pytest.param(store, name, id=f"{store}-{name}") for store in BOTH for name, r in ROWS.items()
         if store in r.stores]


def test_the_table_holds_at_least_25_inputs():
    assert len(ROWS) >= 25


@pytest.mark.parametrize(("store", "name"), CASES)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(request, folder, store, name):
    url = request.getfixturevalue(f"{store}_office")
    spec = ROWS[name]
    args = [a.replace("{F}", str(folder)) if isinstance(a, str) else a for a in spec.args]
    before = snapshot(url)
    result = disclosure(url, *args, cwd=folder)
    stderr = result.stderr.decode("utf-8", "replace")
    lines = stderr.strip().splitlines()
    assert result.returncode == 2, stderr
    assert len(lines) == 1, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    # an import names the bad cells in its table of rows (stdout), the one line says nothing was written
    assert spec.says in lines[0] or (args[0] == "import" and spec.says in result.stdout.decode())
    assert snapshot(url) == before
    assert not (folder / "absent").exists()
