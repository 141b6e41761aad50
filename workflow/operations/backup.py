"""``disclosure backup`` and ``restore``: a consistent copy of a running installation, and its return.

A backup is one zip file: the database (SQLite: a copy made with SQLite's online backup API, never a
copy of the files of a live WAL database; PostgreSQL: ``pg_dump --format=custom`` taken in the
snapshot that the manifest was read in) and ``manifest.json``: the schema revision, the row count of
every table, the audit anchor at backup time (events, cases, and a digest over every case's chain
head) and the SHA-256 of each file.

A restore goes into an empty database only, checks the files against their hashes, and reports
success only when the restored database has the manifest's counts, reaches its anchor and passes
``audit verify``. The attached files are not in the zip (they live in the blob store, backed up with
the folder or bucket that holds them); the manifest says so, and counts their rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, func, inspect, select
from sqlalchemy.engine import make_url

from workflow.engine.audit_verify import verify_audit
from workflow.errors import DisclosureError
from workflow.privacy import redact_credentials
from workflow.store.db import current_revision, make_engine
from workflow.store.models import disclosure_case
from workflow.store.urls import resolve_url, sqlite_file

FORMAT = "disclosure-backup/1"
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite"
PG_FILE = "database.pgdump"


class BackupError(DisclosureError):
    """A backup or restore that cannot be done as asked; nothing was written at the target."""


@dataclass
class Manifest:
    store: str
    revision: str | None
    counts: dict[str, int]
    anchor: dict[str, Any]
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    made_at: str = ""
    format: str = FORMAT
    # the database lists each attached file by its SHA-256 (table ``attachment``); the files themselves
    # are in the blob store, which this backup does not hold
    attachments: str = ("not included: back up the attachment store (attachments.directory or the S3 bucket) "
                        "with this file; `disclosure audit verify` re-hashes every file against the database")

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# -- what a manifest records ------------------------------------------------------------------------


def audit_anchor(conn: Connection) -> dict[str, Any]:
    """Events, cases and one digest over every case's chain head: a restored log reaches the anchor
    when it has the same heads (each head's hash commits to its whole chain)."""
    heads = conn.execute(select(disclosure_case.c.case_no, disclosure_case.c.last_event_seq,
                                disclosure_case.c.last_event_hash).order_by(disclosure_case.c.case_no)).all()
    digest = hashlib.sha256("".join(f"{no}\t{seq}\t{h}\n" for no, seq, h in heads).encode()).hexdigest()
    return {"cases": len(heads), "events": sum(seq for _, seq, _ in heads), "digest": digest}


def table_counts(conn: Connection) -> dict[str, int]:
    meta = MetaData()
    meta.reflect(conn)
    return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in sorted(meta.tables.items()) if name != "alembic_version"}


def _facts(conn: Connection) -> tuple[dict[str, int], dict[str, Any]]:
    return table_counts(conn), audit_anchor(conn)


# -- backup -----------------------------------------------------------------------------------------


def backup(db_url: str, target: Path) -> Manifest:
    """Write a backup of ``db_url`` to ``target`` (a new file)."""
    target = Path(target)
    if target.exists():
        raise BackupError(f"备份文件已存在，不覆盖 / {target} exists: choose a new file name")
    if not target.parent.is_dir():
        raise BackupError(f"目录不存在 / folder {target.parent} does not exist")
    url = resolve_url(db_url)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as tmp:
        work = Path(tmp)
        path = sqlite_file(url)
        manifest = _backup_sqlite(Path(path), work) if path else _backup_postgresql(url, work)
        manifest.made_at = datetime.now(UTC).isoformat(timespec="seconds")
        partial = work / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in manifest.files:
                archive.write(work / name, name)
            archive.writestr(MANIFEST, json.dumps(manifest.as_json(), ensure_ascii=False, indent=1))
        os.replace(partial, target)
    return manifest


def _backup_sqlite(path: Path, work: Path) -> Manifest:
    if not path.is_file():
        raise BackupError(f"数据库文件不存在 / database file not found: {path}")
    copy = work / SQLITE_FILE
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with sqlite3.connect(copy) as target:
            source.backup(target)  # page by page, consistent, while others keep writing
        target.close()
    finally:
        source.close()
    engine = make_engine(f"sqlite:///{copy}")
    try:
        with engine.connect() as conn:
            counts, anchor = _facts(conn)
        revision = current_revision(engine)
    finally:
        engine.dispose()
    with sqlite3.connect(copy) as conn:  # the copy is a single file: no WAL beside it
        conn.execute("PRAGMA journal_mode=DELETE")
    return Manifest("sqlite", revision, counts, anchor, {SQLITE_FILE: _file_facts(copy)})


def _backup_postgresql(url: str, work: Path) -> Manifest:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError("找不到 pg_dump / pg_dump is not on the PATH: install the PostgreSQL client of the "
                          "server's version, or back up with the README's pg_dump command")
    engine = make_engine(url)
    dump = work / PG_FILE
    try:
        # the manifest is read in the snapshot pg_dump then dumps: the two agree to the row
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            counts, anchor = _facts(conn)
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            command = [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
                       f"--file={dump}", *_schema_option(url), f"--dbname={libpq_url(url)}"]
            _run(command, "pg_dump")
    finally:
        engine.dispose()
    return Manifest("postgresql", revision, counts, anchor, {PG_FILE: _file_facts(dump)})


# -- restore ----------------------------------------------------------------------------------------


def read_manifest(archive_path: Path) -> Manifest:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            data = json.loads(archive.read(MANIFEST))
    except (OSError, zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise BackupError(f"不是本系统的备份文件 / {archive_path} is not a disclosure backup: {exc}") from exc
    if data.get("format") != FORMAT:
        raise BackupError(f"备份格式不支持 / unsupported backup format {data.get('format')!r}; expected {FORMAT}")
    return Manifest(**data)


def restore(archive_path: Path, target_url: str) -> Manifest:
    """Restore the backup into the empty database ``target_url`` and prove it complete."""
    manifest = read_manifest(archive_path)
    url = resolve_url(target_url)
    path = sqlite_file(url)
    store = "sqlite" if path else make_url(url).get_backend_name()
    if store != manifest.store:
        raise BackupError(f"备份来自 {manifest.store}，不能恢复到 {store} / a {manifest.store} backup restores "
                          f"to a {manifest.store} database only")
    with _unpacked(archive_path, manifest) as work:
        if path:
            _restore_sqlite(work / SQLITE_FILE, Path(path))
        else:
            _refuse_non_empty(url)
            _run([_need("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                  f"--dbname={libpq_url(url)}", str(work / PG_FILE)], "pg_restore")
    prove_restored(url, manifest)
    return manifest


def prove_restored(url: str, manifest: Manifest) -> None:
    """The restored database has the manifest's rows, reaches its anchor and its audit trail verifies."""
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            counts, anchor = _facts(conn)
            report = verify_audit(conn)
    finally:
        engine.dispose()
    if counts != manifest.counts:
        differ = sorted(k for k in set(counts) | set(manifest.counts) if counts.get(k) != manifest.counts.get(k))
        raise BackupError(f"恢复后行数与备份清单不符 / restored row counts differ from the manifest: {differ}")
    if anchor != manifest.anchor:
        raise BackupError(f"恢复后的审计日志未达到备份时的锚点 / the restored log does not reach the backup's "
                          f"anchor ({anchor['events']} events, manifest {manifest.anchor['events']})")
    if not report.ok:
        raise BackupError(f"恢复后审计校验失败 / audit verify failed after restore: {report.broken[0]}")


@contextmanager
def _unpacked(archive_path: Path, manifest: Manifest) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="disclosure-restore-") as tmp, zipfile.ZipFile(archive_path) as archive:
        work = Path(tmp)
        for name, expected in manifest.files.items():
            if Path(name).name != name:
                raise BackupError(f"备份内文件名无效 / unsafe file name in the backup: {name!r}")
            archive.extract(name, work)
            if _file_facts(work / name) != expected:
                raise BackupError(f"备份文件已损坏或被修改 / {name} does not match its SHA-256 in the manifest")
        yield work


def _restore_sqlite(copy: Path, target: Path) -> None:
    if target.exists() and target.stat().st_size > 0:
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if tables:
            raise BackupError(f"目标数据库不为空，拒绝恢复 / {target} already holds {tables} tables: restore into "
                              f"a new, empty database")
    if not target.parent.is_dir():
        raise BackupError(f"目录不存在 / folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(copy, partial)
    os.replace(partial, target)


def _refuse_non_empty(url: str) -> None:
    engine = make_engine(url)
    try:
        tables = inspect(engine).get_table_names()
    finally:
        engine.dispose()
    if tables:
        raise BackupError(f"目标数据库不为空，拒绝恢复 / the target already holds {len(tables)} tables: restore "
                          f"into a new, empty database")


# -- helpers ----------------------------------------------------------------------------------------


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as the connection URI that pg_dump and pg_restore read."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _schema_option(url: str) -> list[str]:
    """``--schema`` when the URL pins a search_path (an installation in its own schema)."""
    options = str(make_url(url).query.get("options", ""))
    for part in options.split():
        if part.startswith("-csearch_path="):
            return [f"--schema={part.split('=', 1)[1].split(',')[0]}"]
    return []


def _need(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        raise BackupError(f"找不到 {program} / {program} is not on the PATH: install the PostgreSQL client")
    return found


def _run(command: list[str], what: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        detail = redact_credentials(" ".join(result.stderr.split())[:300])
        raise BackupError(f"{what} 失败 / {what} failed: {detail}")


def _file_facts(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return {"sha256": digest.hexdigest(), "bytes": path.stat().st_size}
