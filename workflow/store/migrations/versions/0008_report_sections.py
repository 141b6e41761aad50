"""report sections: the agency's own texts and section 二's counts of an annual report

Revision ID: 0008_report_sections
Revises: 0007_web_accounts
Create Date: 2026-12-12

``report_entry`` keeps what an agency enters for a year's report: the text of a section (kind
``text``, key the section number) and each count of section 二's table of Art. 20 items (kind
``item``, key ``ITEM.COLUMN``). Like ``case_event`` and ``security_log`` it is append-only at the
database level: a change is a new version with who entered it and when, and the report prints the
latest one. The unique key (agency, year, kind, key, version) stops two writers taking the same
version and serves the read of one agency's year.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_report_sections"
down_revision = "0007_web_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("entry_key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text()),
        sa.Column("value", sa.Numeric(18, 4)),
        sa.Column("entered_by", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_report_entry_agency_id_agency")),
        sa.ForeignKeyConstraint(["entered_by"], ["app_user.id"], name=op.f("fk_report_entry_entered_by_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_entry")),
        sa.UniqueConstraint(
            "agency_id", "year", "kind", "entry_key", "version",
            name=op.f("uq_report_entry_agency_id_year_kind_entry_key_version"),
        ),
    )
    _create_guards()


def downgrade() -> None:
    _drop_guards()
    op.drop_table("report_entry")


def _create_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER report_entry_no_{action.lower()} BEFORE {action} ON report_entry "
                "BEGIN SELECT RAISE(ABORT, 'report_entry is append-only'); END"
            )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION report_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'report_entry is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER report_entry_no_update BEFORE UPDATE OR DELETE ON report_entry "
            "FOR EACH ROW EXECUTE FUNCTION report_entry_append_only()"
        )
        op.execute(
            "CREATE TRIGGER report_entry_no_truncate BEFORE TRUNCATE ON report_entry "
            "FOR EACH STATEMENT EXECUTE FUNCTION report_entry_append_only()"
        )


def _drop_guards() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS report_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS report_entry_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS report_entry_no_update ON report_entry")
        op.execute("DROP TRIGGER IF EXISTS report_entry_no_truncate ON report_entry")
        op.execute("DROP FUNCTION IF EXISTS report_entry_append_only()")
