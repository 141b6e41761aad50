"""case links and conversions to proactive disclosure

Revision ID: 0016_case_links
Revises: 0015_webhooks
Create Date: 2026-12-06

``case_link`` records that the clerk confirmed an application repeats an earlier one of the same
applicant (重复申请, 条例 Art. 36 item (六)): the two cases, the kind of link, the subject
similarity the suggestion showed, and the audit event that confirmed it. ``declined_repeat`` needs
such a link. ``proactive_conversion`` records that information released on application was then
published proactively (条例 Art. 44), with the date published and where, for the annual report.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_case_links"
down_revision = "0015_webhooks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("linked_case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("similarity", sa.Integer()),
        sa.Column("recorded_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["disclosure_case.id"], name=op.f("fk_case_link_case_id_disclosure_case")
        ),
        sa.ForeignKeyConstraint(
            ["linked_case_id"],
            ["disclosure_case.id"],
            name=op.f("fk_case_link_linked_case_id_disclosure_case"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
        sa.UniqueConstraint(
            "case_id", "linked_case_id", "kind", name=op.f("uq_case_link_case_id_linked_case_id_kind")
        ),
    )
    op.create_table(
        "proactive_conversion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("location", sa.Text()),
        sa.Column("ground", sa.String(length=32)),
        sa.Column("recorded_seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["disclosure_case.id"], name=op.f("fk_proactive_conversion_case_id_disclosure_case")
        ),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_proactive_conversion_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proactive_conversion")),
        sa.UniqueConstraint("case_id", name=op.f("uq_proactive_conversion_case_id")),
    )
    op.create_index("ix_proactive_agency_published", "proactive_conversion", ["agency_id", "published_on"])


def downgrade() -> None:
    op.drop_index("ix_proactive_agency_published", table_name="proactive_conversion")
    op.drop_table("proactive_conversion")
    op.drop_table("case_link")
