"""lighter clock writes: drop two indexes no query needs

Revision ID: 0005_lighter_clock_writes
Revises: 0004_letter_counter
Create Date: 2026-11-25

Every transition that touches a clock rewrote an entry in each index over ``clock`` and
``clock_event``. Two of them serve no query: ``ix_clock_status_due`` (status, due_on) is a prefix
of what ``ix_clock_sweep`` (status, kind, due_on, …) already answers, and the ledger is read by
case (``ix_clock_event_case_id``), never by clock. Dropping them takes 2–5 page writes off every
clock-touching transition (bench/engine.py).
"""

from alembic import op

revision = "0005_lighter_clock_writes"
down_revision = "0004_letter_counter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_clock_status_due", table_name="clock")
    op.drop_index("ix_clock_event_clock_id", table_name="clock_event")


def downgrade() -> None:
    op.create_index("ix_clock_event_clock_id", "clock_event", ["clock_id"], unique=False)
    op.create_index("ix_clock_status_due", "clock", ["status", "due_on"], unique=False)
