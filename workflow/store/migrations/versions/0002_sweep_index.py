"""sweep index on clock: (status, kind, due_on) covering the columns the deadline sweep reads

Revision ID: 0002_sweep_index
Revises: 0001
Create Date: 2026-11-25

The deadline sweep runs one range query per alert level: status = ? AND kind = ? AND due_on in a
date range, reading case_id, id, target_on and provisional. With this index each query is one
contiguous index range and never touches the table (SQLite: a covering index; the rowid is the id).
"""

from alembic import op


revision = '0002_sweep_index'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clock', schema=None) as batch_op:
        batch_op.create_index('ix_clock_sweep', ['status', 'kind', 'due_on', 'target_on', 'provisional', 'case_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('clock', schema=None) as batch_op:
        batch_op.drop_index('ix_clock_sweep')
