"""The migrations and the table definitions in models.py describe the same schema.

The hot-path statements are compiled from ``models.py`` while databases are built by Alembic; an
index added in one and not the other would either cost every transition a page write for nothing
or leave a query without the index it was written for.
"""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from workflow.store.db import current_revision
from workflow.store.models import metadata


def test_migrated_schema_matches_the_models(engine):
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), metadata)
    assert diffs == []


def test_migration_0005_dropped_the_indexes_no_query_uses(engine):
    with engine.connect() as conn:
        inspector_indexes = {
            (table, ix["name"])
            for table in ("clock", "clock_event")
            for ix in inspect(conn).get_indexes(table)
        }
    assert ("clock", "ix_clock_sweep") in inspector_indexes
    assert ("clock_event", "ix_clock_event_case_id") in inspector_indexes
    assert ("clock", "ix_clock_status_due") not in inspector_indexes
    assert ("clock_event", "ix_clock_event_clock_id") not in inspector_indexes


def test_the_newest_migration_adds_the_letter_requests_with_no_index_but_the_key(engine):
    assert current_revision(engine) == "0006_letter_requests"
    with engine.connect() as conn:
        assert inspect(conn).get_indexes("letter_request") == []
        assert inspect(conn).get_pk_constraint("letter_request")["constrained_columns"] == ["id"]
