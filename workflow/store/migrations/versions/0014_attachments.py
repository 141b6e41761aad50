"""attachments: the files of a case's file (案卷), their bytes kept in a content-addressed blob store

Revision ID: 0014_attachments
Revises: 0013_fees
Create Date: 2026-12-06

``attachment`` says what each file attached to a case (or to one of its events) is: its kind, the
SHA-256 under which the blob store keeps its bytes, its size, the media type read from its content,
the name it was uploaded under (for display only), who attached it and when, and the audit event
(``recorded_seq``) that records all of this in the case's hash chain.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_attachments"
down_revision = "0013_fees"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("event_seq", sa.Integer()),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("uploaded_by", sa.String(length=100), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["disclosure_case.id"],
                                name=op.f("fk_attachment_case_id_disclosure_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("case_id", "recorded_seq", name=op.f("uq_attachment_case_id_recorded_seq")),
    )
    op.create_index(op.f("ix_attachment_case_id"), "attachment", ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_attachment_case_id"), table_name="attachment")
    op.drop_table("attachment")
