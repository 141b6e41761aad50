"""report index on disclosure_case: (agency_id, concluded_on, received_on, applicant_type)

Revision ID: 0003_report_index
Revises: 0002_sweep_index
Create Date: 2026-11-25

The annual report's carry-over rows (上年结转, 结转下年度) select cases by agency and by the dates
of receipt and conclusion together; with this index they are answered from the index alone
(bench/report.py: the whole hierarchy's year over one million cases from ~5 s to under 1 s).
"""

from alembic import op

revision = "0003_report_index"
down_revision = "0002_sweep_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_case_agency_concluded_received", "disclosure_case",
                    ["agency_id", "concluded_on", "received_on", "applicant_type"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_agency_concluded_received", table_name="disclosure_case")
