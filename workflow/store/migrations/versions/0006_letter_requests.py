"""letter requests: letters are made after the transition, not inside it

Revision ID: 0006_letter_requests
Revises: 0005_lighter_clock_writes
Create Date: 2026-11-26

A transition that issues letters now writes one ``letter_request`` row (the letter kinds and the
facts as of that event) instead of rendering and storing the letters in its own transaction; the
letter worker (``workflow.letters.worker``) renders them, stores them in ``letter``, queues the
clerk's notices and deletes the request. The table has no index but its key: it holds only the
requests not yet made, and every transition with letters writes to it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_letter_requests"
down_revision = "0005_lighter_clock_writes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("event_seq", sa.Integer(), nullable=False),
        sa.Column("kinds", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["disclosure_case.id"], name=op.f("fk_letter_request_case_id_disclosure_case")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_request")),
    )


def downgrade() -> None:
    op.drop_table("letter_request")
