"""letter service: when and how each letter that carries a remedies paragraph was served

Revision ID: 0011_letter_service
Revises: 0010_alert_acks
Create Date: 2026-12-06

``letter_service`` records the service (送达) of a reply, a closure letter or a decision to disclose
sent to a third party: the letter's kind and the event that owed it (unique per case), the stored
letter when one was made, the date and method, and the audit event that recorded it. Archiving a
case waits until every such letter is served.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_letter_service"
down_revision = "0010_alert_acks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("event_seq", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer()),
        sa.Column("served_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=False),
        sa.Column("tracking_no", sa.String(length=64)),
        sa.Column("recorded_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["disclosure_case.id"],
                                name=op.f("fk_letter_service_case_id_disclosure_case")),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"], name=op.f("fk_letter_service_letter_id_letter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_service")),
        sa.UniqueConstraint("case_id", "kind", "event_seq", name=op.f("uq_letter_service_case_id_kind_event_seq")),
    )
    op.create_index(op.f("ix_letter_service_case_id"), "letter_service", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_letter_service_case_id"), table_name="letter_service")
    op.drop_table("letter_service")
