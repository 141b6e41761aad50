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


def test_migration_0006_adds_the_letter_requests_with_no_index_but_the_key(engine):
    with engine.connect() as conn:
        assert inspect(conn).get_indexes("letter_request") == []
        assert inspect(conn).get_pk_constraint("letter_request")["constrained_columns"] == ["id"]


def test_migration_0007_adds_the_web_accounts_and_the_queue_index(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        user_columns = {column["name"] for column in inspector.get_columns("app_user")}
        assert {"password_hash", "disabled"} <= user_columns
        assert {"web_session", "security_log"} <= set(inspector.get_table_names())
        assert "ix_clock_queue" in {ix["name"] for ix in inspector.get_indexes("clock")}


def test_migration_0008_adds_the_report_entries_keyed_by_version(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        assert "report_entry" in inspector.get_table_names()
        unique = [u["column_names"] for u in inspector.get_unique_constraints("report_entry")]
        assert unique == [["agency_id", "year", "kind", "entry_key", "version"]]


def test_the_newest_migration_keeps_the_credit_code_a_fee_reduction_and_the_ground_of_a_waiver(engine):
    assert current_revision(engine) == "0009_fees"
    with engine.connect() as conn:
        columns = {column["name"] for column in inspect(conn).get_columns("fee_notice")}
        case_columns = {column["name"] for column in inspect(conn).get_columns("disclosure_case")}
    assert {"reduced_amount", "waiver_ground"} <= columns and "credit_code" in case_columns
