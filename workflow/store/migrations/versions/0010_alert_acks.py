"""alert acknowledgements: a supervisor's 已阅 on a deadline alert

Revision ID: 0010_alert_acks
Revises: 0009_global_chain
Create Date: 2026-12-06

``alert_ack`` records who acknowledged an alert and when (at most once per alert: the primary key
is the alert). The supervisor's screen shows each alert with its acknowledgement; the act itself is
also written to the append-only security log.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_alert_acks"
down_revision = "0009_global_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_ack",
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alert.id"], name=op.f("fk_alert_ack_alert_id_alert")),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_alert_ack_user_id_app_user")),
        sa.PrimaryKeyConstraint("alert_id", name=op.f("pk_alert_ack")),
    )


def downgrade() -> None:
    op.drop_table("alert_ack")
