"""web accounts: password hashes, sessions and an append-only security log

Revision ID: 0007_web_accounts
Revises: 0006_letter_requests
Create Date: 2026-12-05

The web application (``workflow.web``) signs users in with an argon2 password hash on ``app_user``
(NULL until ``disclosure user password`` sets one) and keeps its sessions server-side in
``web_session`` (the cookie carries a signed random token; the row's key is its SHA-256), so that
sign-out, disabling a user and the idle timeout take effect at once. ``security_log`` records
sign-in, sign-out, failures and lockouts; like ``case_event`` it is append-only at the database
level. The queue's order (open cases by the reply clock's due date) is served by a partial index
on ``clock (due_on, case_id)`` over the live reply clocks (running, paused, stopped).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_web_accounts"
down_revision = "0006_letter_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "security_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("remote", sa.String(length=64)),
        sa.Column("detail", sa.Text()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_security_log")),
    )
    op.create_index("ix_security_log_user_kind_at", "security_log", ["user_name", "kind", "at"])
    op.create_table(
        "web_session",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True)),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_web_session_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_session")),
    )
    op.create_index("ix_web_session_user_id", "web_session", ["user_id"])
    live = sa.text("kind = 'reply' AND party = '' AND status IN ('running', 'paused', 'stopped')")
    op.create_index("ix_clock_queue", "clock", ["due_on", "case_id"], postgresql_where=live, sqlite_where=live)
    _create_log_guards()


def downgrade() -> None:
    _drop_log_guards()
    op.drop_index("ix_clock_queue", table_name="clock")
    op.drop_index("ix_web_session_user_id", table_name="web_session")
    op.drop_table("web_session")
    op.drop_index("ix_security_log_user_kind_at", table_name="security_log")
    op.drop_table("security_log")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("disabled")
        batch_op.drop_column("password_hash")


def _create_log_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER security_log_no_{action.lower()} BEFORE {action} ON security_log "
                "BEGIN SELECT RAISE(ABORT, 'security_log is append-only'); END"
            )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION security_log_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'security_log is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER security_log_no_update BEFORE UPDATE OR DELETE ON security_log "
            "FOR EACH ROW EXECUTE FUNCTION security_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER security_log_no_truncate BEFORE TRUNCATE ON security_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION security_log_append_only()"
        )


def _drop_log_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS security_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS security_log_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS security_log_no_update ON security_log")
        op.execute("DROP TRIGGER IF EXISTS security_log_no_truncate ON security_log")
        op.execute("DROP FUNCTION IF EXISTS security_log_append_only()")
