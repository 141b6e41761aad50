"""The migrations and the table definitions in models.py describe the same schema.

The hot-path statements are compiled from ``models.py`` while databases are built by Alembic; an
index added in one and not the other would either cost every transition a page write for nothing
or leave a query without the index it was written for.
"""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from workflow.store.db import current_revision, known_revisions
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


def test_migration_0010_adds_one_acknowledgement_per_alert(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        assert inspector.get_pk_constraint("alert_ack")["constrained_columns"] == ["alert_id"]


def test_migration_0009_adds_the_global_chain_and_its_head(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        assert {"global_seq", "global_hash"} <= {c["name"] for c in inspector.get_columns("case_event")}
        assert {"name": "ix_case_event_global_seq", "unique": True} in [
            {"name": ix["name"], "unique": bool(ix["unique"])} for ix in inspector.get_indexes("case_event")]
        assert conn.exec_driver_sql("SELECT id, event_count, head_hash FROM audit_head").all() == [(1, 0, "0" * 64)]


def test_migration_0011_adds_the_letter_services_one_per_owed_letter(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        unique = [u["column_names"] for u in inspector.get_unique_constraints("letter_service")]
        assert unique == [["case_id", "kind", "event_seq"]]


def test_migration_0012_adds_api_tokens_unique_by_hash_and_idempotency_keys_unique_per_user(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        assert [u["column_names"] for u in inspector.get_unique_constraints("api_token")] == [["token_hash"]]
        assert [u["column_names"] for u in inspector.get_unique_constraints("api_idempotency")] == [
            ["user_id", "idem_key"]]


def test_the_schema_is_at_the_newest_migration(engine):
    assert current_revision(engine) == known_revisions()[-1]


def test_migration_0013_keeps_the_credit_code_a_fee_reduction_and_the_ground_of_a_waiver(engine):
    with engine.connect() as conn:
        columns = {column["name"] for column in inspect(conn).get_columns("fee_notice")}
        case_columns = {column["name"] for column in inspect(conn).get_columns("disclosure_case")}
    assert {"reduced_amount", "waiver_ground"} <= columns and "credit_code" in case_columns


def test_migration_0014_adds_the_attachments_one_per_recording_event(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        columns = {column["name"] for column in inspector.get_columns("attachment")}
        unique = [u["column_names"] for u in inspector.get_unique_constraints("attachment")]
    assert {"case_id", "event_seq", "kind", "sha256", "size", "media_type", "filename", "uploaded_by",
            "uploaded_at", "recorded_seq"} <= columns
    assert unique == [["case_id", "recorded_seq"]]


def test_migration_0015_adds_intake_tokens_hashed_query_codes_and_webhooks_with_their_events(engine):
    with engine.connect() as conn:
        inspector = inspect(conn)
        token_columns = {column["name"] for column in inspector.get_columns("api_token")}
        code_columns = {column["name"] for column in inspector.get_columns("intake_code")}
        assert inspector.get_pk_constraint("webhook_event")["constrained_columns"] == ["webhook_id", "event"]
        assert [i["column_names"] for i in inspector.get_indexes("webhook")] == [["agency_id"]]
    assert "intake_agency_id" in token_columns
    assert {"salt", "code_hash"} <= code_columns and "code" not in code_columns
