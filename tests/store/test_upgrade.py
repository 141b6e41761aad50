"""``disclosure init`` upgrades a database made by an earlier release and carries everything across.

Each ``tests/store/releases/<revision>.sql`` is a database made by the release whose newest migration
was ``<revision>`` (written by ``tests/release_fixture.py``). It is loaded at that revision into each
store, upgraded by the command administrators run, and must keep its cases, clocks, letters, audit
chains (``audit verify`` passes) and annual report tables exactly.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from release_fixture import RELEASES, cli, facts
from sqlalchemy import Integer, MetaData, insert, select, text

from workflow.store.db import current_revision, known_revisions, make_engine, upgrade

DUMPS = sorted(RELEASES.glob("*.sql"))


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


@pytest.mark.parametrize("dump", DUMPS, ids=[d.stem for d in DUMPS])
def test_it_upgrades_an_earlier_release_and_keeps_every_case_clock_letter_chain_and_report(dump, db_url, tmp_path):
    expected = json.loads(dump.with_suffix(".json").read_text(encoding="utf-8"))
    load_release(dump, db_url, tmp_path)
    engine = make_engine(db_url)
    assert current_revision(engine) == dump.stem

    result = cli(db_url, "init")
    assert result.returncode == 0, result.stderr
    assert current_revision(engine) == known_revisions()[-1]
    found = facts(engine, db_url)
    engine.dispose()
    assert found["audit"]["ok"] is True
    for part in ("cases", "clocks", "letters", "events", "audit", "reports"):
        assert found[part] == expected[part], part


def test_the_newest_release_has_a_fixture_when_its_schema_changed():
    """A release that adds a migration adds its database here (run ``python tests/release_fixture.py``)."""
    assert DUMPS, "no release databases in tests/store/releases"
    assert {d.stem for d in DUMPS} <= set(known_revisions())


def test_it_refuses_a_database_made_by_a_newer_release(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'newer.db'}"
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_a_later_release'"))
    result = cli(db_url, "init")
    assert result.returncode == 2
    assert "newer release" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert current_revision(engine) == "9999_a_later_release"  # no migration ran
    engine.dispose()
