"""``disclosure init`` upgrades a database made by an earlier release and carries everything across.

Each ``tests/store/releases/<revision>.sql`` is a database made by the release whose newest migration
was ``<revision>`` (written by ``tests/release_fixture.py``). It is loaded at that revision into each
store, upgraded by the command administrators run, and must keep its cases, clocks, letters, audit
chains (``audit verify`` passes) and annual report tables exactly.
"""

from __future__ import annotations

import json

import pytest
from release_fixture import RELEASES, cli, facts, load_release
from sqlalchemy import text

from workflow.store.db import current_revision, known_revisions, make_engine, upgrade

DUMPS = sorted(RELEASES.glob("*.sql"))


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
