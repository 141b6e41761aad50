"""``disclosure backup`` / ``restore``: a consistent copy while the service runs, restored only into an
empty database, and reported as restored only when counts, anchor and audit trail all agree."""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
import zipfile

import psycopg
import pytest
from release_fixture import RELEASES, cli, load_release
from sqlalchemy import text
from sqlalchemy.engine import make_url

from workflow.operations.backup import BackupError, backup, read_manifest, restore
from workflow.store.db import make_engine, upgrade

RELEASE = sorted(RELEASES.glob("*.sql"))[-1]


def an_office(db_url: str, tmp_path) -> str:
    """A year of an office's cases (an earlier release's database, upgraded)."""
    load_release(RELEASE, db_url, tmp_path)
    engine = make_engine(db_url)
    upgrade(engine)
    engine.dispose()
    return db_url


@pytest.fixture
def office(tmp_path):
    """The office on SQLite (what the refusals need)."""
    return an_office(f"sqlite:///{tmp_path / 'office.db'}", tmp_path)


@pytest.fixture
def empty_target(request, tmp_path):
    """Where to restore: a new SQLite file, or a new PostgreSQL database dropped afterwards."""
    db_url = request.getfixturevalue("db_url") if "db_url" in request.fixturenames else "sqlite:///"
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'restored.db'}"
        return
    name = f"restore_{uuid.uuid4().hex[:10]}"
    admin = make_url(db_url).set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield make_url(db_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def case_count(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM disclosure_case")).scalar_one()
    finally:
        engine.dispose()


def test_it_backs_up_and_restores_with_the_same_rows_anchor_and_audit_trail(db_url, empty_target, tmp_path):
    office = an_office(db_url, tmp_path)
    archive = tmp_path / "office.zip"
    made = backup(office, archive)
    assert made.anchor["cases"] == case_count(office) > 0
    restored = restore(archive, empty_target)
    assert restored.anchor == made.anchor
    assert case_count(empty_target) == made.counts["disclosure_case"]
    audit = cli(empty_target, "--json", "audit", "verify")
    assert json.loads(audit.stdout)["ok"] is True


def test_the_backup_holds_what_was_committed_when_it_began_while_a_writer_is_busy(tmp_path):
    db = tmp_path / "live.db"
    url = an_office(f"sqlite:///{db}", tmp_path)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE agency SET name = name || '（未提交）'")
    finished = threading.Event()
    result = {}

    def run() -> None:
        result["manifest"] = backup(url, tmp_path / "live.zip")
        finished.set()

    thread = threading.Thread(target=run)
    thread.start()
    assert finished.wait(30), "a backup must not wait for a writer"
    writer.execute("ROLLBACK")
    writer.close()
    thread.join()
    with zipfile.ZipFile(tmp_path / "live.zip") as archive:
        archive.extract("database.sqlite", tmp_path / "out")
    with sqlite3.connect(tmp_path / "out" / "database.sqlite") as copy:
        names = [n for (n,) in copy.execute("SELECT name FROM agency")]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not any("未提交" in n for n in names)


def test_it_refuses_to_restore_into_a_database_that_has_tables(office, tmp_path):
    archive = tmp_path / "office.zip"
    backup(office, archive)
    with pytest.raises(BackupError, match="不为空"):
        restore(archive, office)


def test_it_refuses_to_overwrite_an_existing_backup(office, tmp_path):
    (tmp_path / "office.zip").write_bytes(b"earlier backup")
    with pytest.raises(BackupError, match="exists"):
        backup(office, tmp_path / "office.zip")
    assert (tmp_path / "office.zip").read_bytes() == b"earlier backup"


def test_it_refuses_a_backup_whose_database_was_changed(office, empty_target, tmp_path):
    archive = tmp_path / "office.zip"
    backup(office, archive)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:-1] + bytes([data[-1] ^ 1]) if item.filename != "manifest.json" else data)
    with pytest.raises(BackupError, match="SHA-256"):
        restore(tampered, empty_target)


def test_it_does_not_report_success_when_the_restored_log_misses_the_anchor(office, empty_target, tmp_path):
    archive = tmp_path / "office.zip"
    backup(office, archive)
    manifest = read_manifest(archive).as_json()
    manifest["anchor"] = {**manifest["anchor"], "events": manifest["anchor"]["events"] + 1}
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(forged, "w") as dst:
        for item in src.infolist():
            data = json.dumps(manifest).encode() if item.filename == "manifest.json" else src.read(item)
            dst.writestr(item, data)
    with pytest.raises(BackupError, match="anchor"):
        restore(forged, empty_target)


def test_it_refuses_to_restore_across_stores(office, tmp_path):
    backup(office, tmp_path / "office.zip")
    with pytest.raises(BackupError, match="sqlite"):
        restore(tmp_path / "office.zip", "postgresql://postgres@127.0.0.1:5432/none")


def test_the_commands_say_what_they_did_and_exit_2_on_refusal(office, tmp_path):
    url = office
    made = cli(url, "backup", str(tmp_path / "b.zip"))
    assert made.returncode == 0 and "已备份" in made.stdout
    done = cli(url, "restore", str(tmp_path / "b.zip"), "--to", str(tmp_path / "new.db"))
    assert done.returncode == 0 and "审计链完好" in done.stdout
    again = cli(url, "restore", str(tmp_path / "b.zip"), "--to", str(tmp_path / "new.db"))
    assert again.returncode == 2
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
