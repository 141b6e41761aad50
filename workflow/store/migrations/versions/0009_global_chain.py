"""global audit chain: every event linked to the one before it in the whole database; no REPLACE

Revision ID: 0009_global_chain
Revises: 0008_report_sections
Create Date: 2026-12-06

``case_event`` gains ``global_seq`` and ``global_hash`` (workflow.store.audit_chain) and
``audit_head`` keeps the chain's head, one row. Existing events are numbered in the order they were
written (their ids) and linked, so an audit chain written before keeps verifying: the per-case
hashes are left as they are.

SQLite's ``INSERT OR REPLACE`` deletes the row it replaces without firing a DELETE trigger (unless
``recursive_triggers`` is on), which walked past the append-only guards: a BEFORE INSERT trigger
now refuses an insert whose key is taken, on every append-only table. PostgreSQL has no REPLACE;
its ``INSERT … ON CONFLICT DO UPDATE`` fires the row UPDATE trigger that already refuses it.
"""

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0009_global_chain"
down_revision = "0008_report_sections"
branch_labels = None
depends_on = None

CHAIN_START = "0" * 64
# the keys an insert into an append-only table may not take: its primary key and unique keys
_KEYS = {
    "case_event": ["id = NEW.id", "(case_id = NEW.case_id AND seq = NEW.seq)", "global_seq = NEW.global_seq"],
    "security_log": ["id = NEW.id"],
    "report_entry": ["id = NEW.id", "(agency_id = NEW.agency_id AND year = NEW.year AND kind = NEW.kind "
                     "AND entry_key = NEW.entry_key AND version = NEW.version)"],
}


def _link_hash(n: int, prev: str, event_hash: str) -> str:
    # a frozen copy of workflow.store.audit_chain.link_hash: the back-fill must hash as the engine does
    return hashlib.sha256(f"{n}|{prev}|{event_hash}".encode("ascii")).hexdigest()


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("case_event", sa.Column("global_seq", sa.BigInteger()))
    op.add_column("case_event", sa.Column("global_hash", sa.String(length=64)))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_count", sa.BigInteger(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    count, head = _back_fill(sqlite)
    op.create_index("ix_case_event_global_seq", "case_event", ["global_seq"], unique=True)
    op.get_bind().execute(sa.text("INSERT INTO audit_head (id, event_count, head_hash) VALUES (1, :n, :h)"),
                          {"n": count, "h": head})
    if sqlite:
        for table, keys in _KEYS.items():
            op.execute(
                f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
                f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {' OR '.join(keys)}) "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _back_fill(sqlite: bool) -> tuple[int, str]:
    """Number and link the existing events in the order they were written; the append-only guard
    is lifted for this one statement's rows and put back in the same transaction."""
    bind = op.get_bind()
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS case_event_no_update")
    else:
        op.execute("ALTER TABLE case_event DISABLE TRIGGER case_event_no_update")
    n, prev, last_id = 0, CHAIN_START, 0
    while True:  # a page of ids at a time: a large trail is never held in memory whole
        rows = bind.execute(sa.text("SELECT id, hash FROM case_event WHERE id > :last ORDER BY id LIMIT 5000"),
                            {"last": last_id}).all()
        if not rows:
            break
        links = []
        for event_id, digest in rows:
            n += 1
            prev = _link_hash(n, prev, digest)
            links.append({"id": event_id, "n": n, "h": prev})
        bind.execute(sa.text("UPDATE case_event SET global_seq = :n, global_hash = :h WHERE id = :id"), links)
        last_id = rows[-1][0]
    if sqlite:
        op.execute("CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event "
                   "BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END")
    else:
        op.execute("ALTER TABLE case_event ENABLE TRIGGER case_event_no_update")
    return n, prev


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _KEYS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_replace")
    op.drop_index("ix_case_event_global_seq", table_name="case_event")
    op.drop_table("audit_head")
    # plain ALTER TABLE (SQLite >= 3.35): a batch copy of the table would lose its guards
    op.execute("ALTER TABLE case_event DROP COLUMN global_hash")
    op.execute("ALTER TABLE case_event DROP COLUMN global_seq")
