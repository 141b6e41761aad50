"""letter_counter: reply letters (文号) numbered per agency and year of issue

Revision ID: 0004_letter_counter
Revises: 0003_report_index
Create Date: 2026-11-25

Deriving the 文号 from the case number collided across years (case 2025-0200 signed off in 2026
and case 2026-0200 both became 〔2026〕200号); the number is now drawn from its own counter.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_letter_counter"
down_revision = "0003_report_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_counter",
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_no", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_letter_counter_agency_id_agency")),
        sa.PrimaryKeyConstraint("agency_id", "year", name=op.f("pk_letter_counter")),
    )


def downgrade() -> None:
    op.drop_table("letter_counter")
