"""online intake and webhooks: intake tokens, the hashed 查询码 of an online application, and the
agencies' webhook subscriptions

Revision ID: 0015_webhooks
Revises: 0014_attachments
Create Date: 2026-12-06

``api_token.intake_agency_id`` marks an intake token (a government website's form): it may only
register online applications at that agency. ``intake_code`` keeps the 查询码 of each application
registered through one as a salted SHA-256 (the code is random, so a fast hash with a per-row salt
is enough; the status lookup is also rate-limited per address). ``webhook`` is an agency's
subscription of a URL (with the secret that signs its deliveries), ``webhook_event`` the events it
takes, one row each, so that the transition hook and the sweep find the subscribers with a join.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_webhooks"
down_revision = "0014_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("intake_agency_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_api_token_intake_agency_id_agency"), "agency", ["intake_agency_id"], ["id"]
        )
    op.create_table(
        "intake_code",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["disclosure_case.id"], name=op.f("fk_intake_code_case_id_disclosure_case")
        ),
        sa.ForeignKeyConstraint(
            ["token_id"], ["api_token.id"], name=op.f("fk_intake_code_token_id_api_token")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_intake_code")),
    )
    op.create_table(
        "webhook",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.Column("secret", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_webhook_agency_id_agency")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook")),
    )
    op.create_index(op.f("ix_webhook_agency_id"), "webhook", ["agency_id"], unique=False)
    op.create_table(
        "webhook_event",
        sa.Column("webhook_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["webhook_id"], ["webhook.id"], name=op.f("fk_webhook_event_webhook_id_webhook")
        ),
        sa.PrimaryKeyConstraint("webhook_id", "event", name=op.f("pk_webhook_event")),
    )


def downgrade() -> None:
    op.drop_table("webhook_event")
    op.drop_index(op.f("ix_webhook_agency_id"), table_name="webhook")
    op.drop_table("webhook")
    op.drop_table("intake_code")
    with op.batch_alter_table("api_token", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_api_token_intake_agency_id_agency"), type_="foreignkey")
        batch_op.drop_column("intake_agency_id")
