"""The case page (``show``, ``history``) read through SQLAlchemy and through the standard library.

On a plain SQLite file ``show`` reads with ``sqlite3`` so that it never imports SQLAlchemy; these
tests hold that reader to the Repository's answers for every case of a demo year (every state,
outcome, clock kind and proceeding the demo makes) and its typed columns to the schema.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from click.testing import CliRunner
from sqlalchemy import Boolean, Date, DateTime, select
from sqlalchemy.engine import make_url
from sqlalchemy.types import JSON

from workflow.app import Services
from workflow.cli import cli
from workflow.definitions.registry import default_registry
from workflow.demo.year import run_demo
from workflow.errors import NotFoundError
from workflow.settings import load_settings
from workflow.store import sqlite_case_page as page
from workflow.store.db import make_engine, read, upgrade
from workflow.store.models import disclosure_case, metadata
from workflow.store.repository import Repository
from workflow.store.urls import sqlite_file
from workflow.views.case_page import case_view, event_view


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo year on an SQLite file, built once for the module."""
    path = tmp_path_factory.mktemp("case-page") / "demo.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    services = Services.for_db(engine, load_settings(), today=lambda: date(2026, 3, 2))
    run_demo(services, year=2025, cases=40, recent=4, seed=7)
    services.make_letters()
    with read(engine) as conn:
        case_nos = list(conn.execute(select(disclosure_case.c.case_no).order_by(disclosure_case.c.id)).scalars())
    yield path, engine, case_nos
    engine.dispose()


def test_the_sqlite_reader_gives_the_repositorys_page_for_every_case(demo_db):
    path, engine, case_nos = demo_db
    registry = default_registry()
    states, kinds, with_proceedings = set(), set(), 0
    with read(engine) as conn, page.SqliteCaseReader(str(path)) as reader:
        repo = Repository(conn)
        for case_no in case_nos:
            through_sqlalchemy = case_view(registry, repo, case_no)
            assert case_view(registry, reader, case_no) == through_sqlalchemy, case_no
            states.add(through_sqlalchemy["state"])
            kinds.update(c["kind"] for c in through_sqlalchemy["clocks"])
            with_proceedings += bool(through_sqlalchemy["proceedings"])
    # the comparison covered more than the easy cases
    assert len(states) >= 4 and {"reply", "correction_period"} <= kinds and with_proceedings


def test_typed_columns_match_the_schema():
    """Each date, timestamp, boolean and JSON column of the tables the reader reads is converted."""
    declared = {Date: page.DATE_COLUMNS, DateTime: page.DATETIME_COLUMNS, Boolean: page.BOOLEAN_COLUMNS,
                JSON: page.JSON_COLUMNS}
    for table_name in page.TABLES:
        table = metadata.tables[table_name]
        for type_, by_table in declared.items():
            in_schema = {c.name for c in table.columns if isinstance(c.type, type_)}
            assert set(by_table.get(table_name, ())) == in_schema, (table_name, type_.__name__)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "workflow", *args], capture_output=True,
                          text=True, timeout=60)


def test_show_and_history_on_sqlite_do_not_import_sqlalchemy(demo_db):
    path, engine, case_nos = demo_db
    for command in ("show", "history"):
        result = _run("--db", str(path), "--json", command, case_nos[3])
        assert result.returncode == 0, result.stderr
        imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line]
        assert "workflow.views.case_page" in imported  # -X importtime did report
        assert not [m for m in imported if m.split(".")[0] == "sqlalchemy"], command
    with read(engine) as conn:
        repo = Repository(conn)
        events = [event_view(e) for e in repo.events(repo.load_case(case_nos[3])["id"])]
    assert json.loads(result.stdout) == json.loads(json.dumps(events))


def test_show_json_keeps_its_shape(demo_db):
    path, _, case_nos = demo_db
    result = CliRunner().invoke(cli, ["--db", str(path), "--json", "show", case_nos[0]])
    assert result.exit_code == 0, result.output
    view = json.loads(result.output)
    assert {"case_no", "agency", "state", "regime", "definition_version", "outcome", "basis", "received",
            "concluded", "clocks", "events"} <= set(view)
    assert {"kind", "status", "started", "due", "provisional"} <= set(view["clocks"][0])
    assert view["events"][0]["trigger"] == "register"


def test_unknown_case_and_uninitialised_file_are_one_line_errors(demo_db, tmp_path):
    path, _, _ = demo_db
    result = _run("--db", str(path), "show", "NOPE-2026-0001")
    assert result.returncode == 2 and "NOPE-2026-0001" in result.stderr
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    for command in ("show", "history"):
        result = _run("--db", str(empty), command, "X-2026-0001")
        assert result.returncode == 2 and "disclosure init" in result.stderr
        assert "Traceback" not in result.stderr
    garbage = tmp_path / "notes.db"
    garbage.write_text("not a database", encoding="utf-8")
    result = _run("--db", str(garbage), "show", "X-2026-0001")
    assert result.returncode == 2 and "cannot read the database file" in result.stderr
    with page.SqliteCaseReader(str(path)) as reader, pytest.raises(NotFoundError):
        reader.load_case("NOPE-2026-0001")


def test_the_reader_cannot_write(demo_db):
    path, _, _ = demo_db
    with page.SqliteCaseReader(str(path)) as reader, pytest.raises(sqlite3.OperationalError):
        reader._conn.execute("DELETE FROM case_event")


@pytest.mark.parametrize("url", [
    "sqlite:///relative/office.db", "sqlite:////srv/disclosure/office.db", "sqlite+pysqlite:////srv/office.db",
])
def test_sqlite_file_reads_a_url_as_sqlalchemy_does(url):
    assert sqlite_file(url) == make_url(url).database


@pytest.mark.parametrize("url", [
    "sqlite://", "sqlite:///:memory:", "sqlite:////srv/office.db?timeout=5",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
])
def test_other_urls_are_left_to_sqlalchemy(url):
    assert sqlite_file(url) is None
