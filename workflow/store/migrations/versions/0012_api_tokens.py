"""API tokens and idempotency keys of the HTTP JSON API

Revision ID: 0012_api_tokens
Revises: 0011_letter_service
Create Date: 2026-12-06

``api_token`` holds the bearer tokens that ``disclosure token create`` prints once: only the
SHA-256 of the token is kept (a token is 256 random bits, so a fast hash is enough), with its user,
a name, when it expires and when it was revoked; revoking takes effect on the next request.
``api_idempotency`` keeps the first answer of each POST sent with an ``Idempotency-Key`` (per user),
written in the transaction of the write itself, so that a retry returns it without writing again;
the unique (user, key) makes a concurrent copy of the request roll back, and the fingerprint of
the request refuses the same key with another body.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_api_tokens"
down_revision = "0011_letter_service"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
        sa.Column("last_used_at", sa.DateTime(timezone=True)),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_api_token_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_token_token_hash")),
    )
    op.create_table(
        "api_idempotency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("idem_key", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"], name=op.f("fk_api_idempotency_user_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_idempotency")),
        sa.UniqueConstraint("user_id", "idem_key", name=op.f("uq_api_idempotency_user_id_idem_key")),
    )


def downgrade() -> None:
    op.drop_table("api_idempotency")
    op.drop_table("api_token")
