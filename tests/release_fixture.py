"""A database made by a release, kept as SQL text, and the facts an upgrade must carry across.

``python tests/release_fixture.py`` runs the demo with this code (40 applications in 2025 and the
office's routine since) and writes ``tests/store/releases/<schema revision>.sql`` (SQLite's own dump)
and ``<revision>.json`` (the facts below, read from it). ``tests/store/test_upgrade.py`` loads every
such file into SQLite and PostgreSQL, runs ``disclosure init`` and checks that the facts are
unchanged. Run it once per release whose schema changed, and commit what it writes.

The facts are read through what every later schema keeps: the case, clock and letter columns of the
first schema, the audit verdict and the annual report's tables.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, MetaData, insert, select, text

from workflow.store.db import current_revision, make_engine, upgrade

RELEASES = Path(__file__).parent / "store" / "releases"
DEMO = ("demo", "--cases", "40", "--year", "2025")


def cli(db_url: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "workflow", "--db", db_url, *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd)


def cli_json(db_url: str, *args: str) -> Any:
    result = cli(db_url, "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def facts(engine: Any, db_url: str) -> dict[str, Any]:
    """What clerks and the report rely on, as plain JSON values."""
    with engine.connect() as conn:
        def rows(sql: str) -> list[list[Any]]:
            return [[None if v is None else str(v) for v in r] for r in conn.execute(text(sql))]

        cases = rows("SELECT case_no, state, outcome, basis, received_on, concluded_on, extension_days, "
                     "last_event_seq, last_event_hash FROM disclosure_case ORDER BY case_no")
        clocks = rows("SELECT c.case_no, k.kind, k.party, k.status, k.started_on, k.due_on, k.ended_on "
                      "FROM clock k JOIN disclosure_case c ON c.id = k.case_id ORDER BY 1, 2, 3")
        letters = [[*r[:4], hashlib.sha256(r[4].encode()).hexdigest()] for r in rows(
            "SELECT c.case_no, l.kind, l.letter_no, l.issued_on, l.body_text FROM letter l "
            "JOIN disclosure_case c ON c.id = l.case_id ORDER BY 1, 2, 4, 3")]
        events = conn.execute(text("SELECT count(*) FROM case_event")).scalar_one()
        received = conn.execute(text("SELECT a.code, c.received_on FROM disclosure_case c "
                                     "JOIN agency a ON a.id = c.agency_id")).all()
    audit = cli_json(db_url, "audit", "verify")
    # complete years only: a year still running is not a published report
    years = sorted({(code, str(day)[:4]) for code, day in received if str(day)[:4] < str(date.today().year)})
    tables = {}
    for agency, year in years:
        report = cli_json(db_url, "report", "--year", year, "--agency", agency)
        tables[f"{agency}/{year}"] = {
            "table3": {r["key"]: r["values"] for r in report["table3"]["rows"]},
            "table4": {g["key"]: g["values"] for g in report["table4"]["groups"]},
        }
    return {"cases": cases, "clocks": clocks, "letters": letters, "events": events,
            "audit": {"cases": audit["cases"], "events": audit["events"], "ok": audit["ok"]}, "reports": tables}


def load_release(dump: Path, db_url: str, scratch: Path) -> None:
    """The release's database, at its own revision, in the store of ``db_url``."""
    if db_url.startswith("sqlite"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
            conn.executescript(dump.read_text(encoding="utf-8"))
        return
    source_file = scratch / "release.db"
    with sqlite3.connect(source_file) as conn:
        conn.executescript(dump.read_text(encoding="utf-8"))
    target = make_engine(db_url)
    upgrade(target, dump.stem)
    copy_rows(make_engine(f"sqlite:///{source_file}"), target)
    target.dispose()


def copy_rows(source, target) -> None:  # noqa: ANN001 - two SQLAlchemy engines
    """Every row of ``source`` into the same tables of ``target`` (parents first), ids kept."""
    source_meta, target_meta = MetaData(), MetaData()
    source_meta.reflect(source)
    target_meta.reflect(target)
    with source.connect() as src, target.begin() as dst:
        for table in source_meta.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [{k: _utc(v) for k, v in r._mapping.items()} for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(target_meta.tables[table.name]), rows)
        for table in target_meta.sorted_tables:
            if "id" in table.c and isinstance(table.c.id.type, Integer) and table.c.id.primary_key:
                dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"))


def _utc(value: object) -> object:
    # SQLite keeps UTC times without their zone; PostgreSQL's timestamptz needs to be told
    return value.replace(tzinfo=UTC) if isinstance(value, datetime) and value.tzinfo is None else value


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "release.db"
        url = f"sqlite:///{db}"
        made = cli(url, *DEMO, cwd=Path(tmp))
        assert made.returncode == 0, made.stderr
        engine = make_engine(url)
        revision = current_revision(engine)
        found = facts(engine, url)
        engine.dispose()
        with sqlite3.connect(db) as conn:
            dump = "\n".join(conn.iterdump()) + "\n"
    RELEASES.mkdir(parents=True, exist_ok=True)
    (RELEASES / f"{revision}.sql").write_text(dump, encoding="utf-8")
    (RELEASES / f"{revision}.json").write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    print(f"{revision}: {len(found['cases'])} cases, {found['events']} events -> {RELEASES}")


if __name__ == "__main__":
    main()
