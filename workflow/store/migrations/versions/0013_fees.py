"""fees: an organisation's credit code; a fee notice keeps the amount after a reduction and the ground of a
reduction or waiver

Revision ID: 0013_fees
Revises: 0012_api_tokens
Create Date: 2026-12-06

Under 《政府信息公开信息处理费管理办法》 the amount is computed from the tariff; what the agency
decides afterwards is whether to reduce or waive it (减免), and on what ground. ``reduced_amount`` is
the amount due after a reduction (the payment must match it), ``waiver_ground`` the reason given for
the reduction or the waiver, for the annual report's account of fees and their waiver.
``disclosure_case.credit_code`` is an organisation's 统一社会信用代码: a fee by count counts the
applications of the same applicant in the month by it (or by the ID number of a person).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_fees"
down_revision = "0012_api_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("disclosure_case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("credit_code", sa.String(length=18), nullable=True))
    with op.batch_alter_table("fee_notice", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reduced_amount", sa.Numeric(12, 2), nullable=True))
        batch_op.add_column(sa.Column("waiver_ground", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("fee_notice", schema=None) as batch_op:
        batch_op.drop_column("waiver_ground")
        batch_op.drop_column("reduced_amount")
    with op.batch_alter_table("disclosure_case", schema=None) as batch_op:
        batch_op.drop_column("credit_code")
