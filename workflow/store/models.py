"""The database schema (SQLAlchemy Core tables).

Core tables rather than ORM classes: the engine's hot path is one case read plus a handful of
inserts per transition, and the report and sweep are set-based SQL. Every date that has legal
meaning is a DATE column (indexed where the sweep or the report filters on it); system times are
timezone-aware UTC timestamps.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

agency = Table(
    "agency",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("parent_id", Integer, ForeignKey("agency.id"), index=True),
    Column("prefix", String(32), nullable=False),
    # letter settings: address, contact, phone, seal_line, letter_no_pattern, remedies bodies
    Column("settings", JSON, nullable=False, default=dict),
)

app_user = Table(
    "app_user",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("display_name", String(100)),
    Column("email", String(200)),
    # per-channel addresses, e.g. {"webhook": "https://...", "wecom": "..."}
    Column("addresses", JSON, nullable=False, default=dict),
    # web sign-in (migration 0007): an argon2 hash, NULL until a password is set; a disabled user
    # cannot sign in and their open sessions end
    Column("password_hash", String(200)),
    Column("disabled", Boolean, nullable=False, default=False),
)

user_role = Table(
    "user_role",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id"), nullable=False),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    Column("role", String(32), nullable=False),
    UniqueConstraint("user_id", "agency_id", "role"),
    Index("ix_user_role_agency_role", "agency_id", "role"),
)

case_counter = Table(
    "case_counter",
    metadata,
    Column("agency_id", Integer, ForeignKey("agency.id"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last_no", Integer, nullable=False),
)

# 文号: reply letters are numbered per agency and year of issue, independently of case numbers
letter_counter = Table(
    "letter_counter",
    metadata,
    Column("agency_id", Integer, ForeignKey("agency.id"), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("last_no", Integer, nullable=False),
)

disclosure_case = Table(
    "disclosure_case",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_no", String(64), nullable=False, unique=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    Column("clerk_id", Integer, ForeignKey("app_user.id")),
    Column("definition_name", String(32), nullable=False),
    Column("definition_version", String(32), nullable=False),
    Column("state", String(40), nullable=False),
    Column("outcome", String(48)),
    Column("basis", String(32)),
    # optimistic concurrency: every write checks and bumps it
    Column("version", Integer, nullable=False, default=1),
    Column("channel", String(24), nullable=False),
    Column("submitted_on", Date),
    Column("signed_for_on", Date),
    Column("confirmed_on", Date),
    Column("received_on", Date, nullable=False),
    Column("concluded_on", Date),
    Column("applicant_type", String(32), nullable=False),
    Column("applicant_name", String(200), nullable=False),
    Column("id_number", String(32)),
    Column("credit_code", String(18)),  # an organisation's unified social credit code (GB 32100)
    Column("phone", String(32)),
    Column("address", String(300)),
    Column("email", String(200)),
    Column("subject", Text, nullable=False),
    Column("form", String(16)),
    Column("delivery", String(16)),
    Column("extension_days", Integer, nullable=False, default=0),
    Column("delivered_on", Date),
    Column("file_no", String(64)),
    Column("letter_no", String(64)),
    # the tail of the audit chain, kept here so a transition needs no extra read
    Column("last_event_seq", Integer, nullable=False, default=0),
    Column("last_event_on", Date, nullable=False),
    Column("last_event_hash", String(64), nullable=False),
    # import idempotence: a fingerprint of the ledger row a case came from
    Column("import_fingerprint", String(64), unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_case_agency_state", "agency_id", "state"),
    Index("ix_case_agency_received", "agency_id", "received_on", "applicant_type"),
    Index("ix_case_agency_concluded", "agency_id", "concluded_on", "outcome", "applicant_type"),
    Index("ix_case_agency_concluded_received", "agency_id", "concluded_on", "received_on", "applicant_type"),
    Index("ix_case_clerk_state", "clerk_id", "state"),
)

case_event = Table(
    "case_event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("role", String(32), nullable=False),
    Column("trigger", String(48), nullable=False),
    Column("from_state", String(40)),
    Column("to_state", String(40), nullable=False),
    Column("effective_on", Date, nullable=False),
    Column("recorded_at", String(40), nullable=False),  # ISO-8601 UTC, hashed as text
    Column("data", Text, nullable=False),  # canonical JSON, hashed as text
    Column("late", Boolean, nullable=False, default=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # the global chain (migration 0009): the event's place among all events and the link that commits
    # to the event before it in the whole database (workflow.store.audit_chain); NULL only on a row
    # written outside the engine, which ``audit verify`` reports
    Column("global_seq", BigInteger),
    Column("global_hash", String(64)),
    UniqueConstraint("case_id", "seq"),
    Index("ix_case_event_global_seq", "global_seq", unique=True),
)

# the head of the global chain: one row, updated in the transaction of every event; its row lock is
# the serialisation point that keeps concurrent writers from forking the chain
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_count", BigInteger, nullable=False),
    Column("head_hash", String(64), nullable=False),
)

clock = Table(
    "clock",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("party", String(200), nullable=False, default=""),
    # running | paused | stopped | met | lapsed | ended
    Column("status", String(16), nullable=False),
    Column("started_on", Date),
    Column("due_on", Date),
    Column("target_on", Date),
    Column("ended_on", Date),
    Column("provisional", Boolean, nullable=False, default=False),
    Column("breached", Boolean, nullable=False, default=False),
    # the derivation inputs (length, pauses, extension, delayed date, calendar sources)
    Column("spec", JSON, nullable=False, default=dict),
    UniqueConstraint("case_id", "kind", "party"),
    Index("ix_clock_sweep", "status", "kind", "due_on", "target_on", "provisional", "case_id"),
)

clock_event = Table(
    "clock_event",
    metadata,
    Column("id", Integer, primary_key=True),
    # no index on clock_id: the ledger is read by case (migration 0005)
    Column("clock_id", Integer, ForeignKey("clock.id"), nullable=False),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("event_seq", Integer),  # the audit event that caused it
    # start | pause | resume | restart | stop | extend | delay | end | recompute
    Column("kind", String(16), nullable=False),
    Column("on_date", Date, nullable=False),
    Column("due_before", Date),
    Column("due_after", Date),
    Column("data", JSON, nullable=False, default=dict),
)

fee_notice = Table(
    "fee_notice",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    Column("sent_on", Date, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("basis", String(24), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("amount", Numeric(12, 2), nullable=False),
    Column("paid_on", Date),
    Column("paid_amount", Numeric(12, 2)),
    Column("waived_on", Date),
    # 减免: the amount due after a reduction, and the ground of a reduction or waiver
    Column("reduced_amount", Numeric(12, 2)),
    Column("waiver_ground", Text),
    Index("ix_fee_agency_sent", "agency_id", "sent_on"),
    Index("ix_fee_agency_paid", "agency_id", "paid_on"),
)

proceeding = Table(
    "proceeding",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    # reconsideration | litigation_direct | litigation_after_reconsideration
    Column("kind", String(40), nullable=False),
    Column("filed_on", Date, nullable=False),
    Column("body", String(200)),
    Column("result", String(16)),  # upheld | corrected | other; NULL while pending
    Column("decided_on", Date),
    Index("ix_proceeding_agency_filed", "agency_id", "filed_on"),
)

# The service (送达) of a letter that carries a remedies paragraph: which letter (its kind and the
# event that owed it; the stored letter when one was made), when and how it reached the addressee,
# and the audit event that recorded it. The period for reconsideration or suit runs from service.
letter_service = Table(
    "letter_service",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("kind", String(48), nullable=False),
    Column("event_seq", Integer, nullable=False),  # the event that owed the letter
    Column("letter_id", Integer, ForeignKey("letter.id")),
    Column("served_on", Date, nullable=False),
    Column("method", String(24), nullable=False),
    Column("tracking_no", String(64)),
    Column("recorded_seq", Integer, nullable=False),  # the audit event that recorded the service
    UniqueConstraint("case_id", "kind", "event_seq"),
)

# A file of the case file (案卷), attached to the case or to one of its events (migration 0014): what
# it is and who attached it when; its bytes are in the blob store (workflow.store.blobs) under
# ``sha256``, and the audit event ``recorded_seq`` of the case records the same facts in the chain.
attachment = Table(
    "attachment",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("event_seq", Integer),  # the event it belongs to; NULL: the case as a whole
    Column("kind", String(32), nullable=False),  # vocabulary.yaml attachment_kinds
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("media_type", String(100), nullable=False),  # read from the content, not the name
    Column("filename", String(255), nullable=False),  # for display only, never a path
    Column("uploaded_by", String(100), nullable=False),
    Column("uploaded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_seq", Integer, nullable=False),  # the audit event that records it
    UniqueConstraint("case_id", "recorded_seq"),
)

letter = Table(
    "letter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False, index=True),
    Column("kind", String(48), nullable=False),
    Column("letter_no", String(64)),
    Column("issued_on", Date, nullable=False),
    Column("event_seq", Integer),
    Column("body_text", Text, nullable=False),
    Column("body_html", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Letters a transition owes, until the letter worker has made them (workflow.letters.worker). The
# transition writes one row (the cheapest write it can make: no index but the key); the worker
# renders the letters from the case as it was at that event, stores them in ``letter``, queues the
# clerk's notices and deletes the row, in one transaction.
letter_request = Table(
    "letter_request",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False),
    Column("event_seq", Integer, nullable=False),
    Column("kinds", JSON, nullable=False),  # the trigger's letters, in its order
    Column("facts", JSON, nullable=False),  # what the letters read that a later event may change
    Column("attempts", Integer, nullable=False, default=0),  # renders that failed unexpectedly
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

alert = Table(
    "alert",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), nullable=False),
    Column("clock_id", Integer, ForeignKey("clock.id"), nullable=False),
    Column("level", String(32), nullable=False),
    Column("due_on", Date, nullable=False),
    Column("created_on", Date, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # an alert is created once, ever, for (clock, level, due date): a moved due date is a new alert
    UniqueConstraint("clock_id", "level", "due_on"),
)

# a supervisor's acknowledgement (已阅) of a deadline alert, once per alert (migration 0010)
alert_ack = Table(
    "alert_ack",
    metadata,
    Column("alert_id", Integer, ForeignKey("alert.id"), primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id"), nullable=False),
    Column("acknowledged_at", DateTime(timezone=True), nullable=False),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("idempotency_key", String(128), nullable=False, unique=True),
    Column("kind", String(32), nullable=False),  # alert | digest | letter | recompute | reminder
    Column("case_id", Integer, ForeignKey("disclosure_case.id")),
    Column("recipient_user_id", Integer, ForeignKey("app_user.id")),
    Column("channel", String(16), nullable=False),
    Column("address", String(300)),
    Column("template", String(100), nullable=False),
    Column("context", JSON, nullable=False, default=dict),
    Column("subject", String(300)),
    # pending | sending | sent | failed
    Column("status", String(16), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("claimed_until", DateTime(timezone=True)),
    Column("last_error", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True)),
    Index("ix_outbox_status_next", "status", "next_attempt_at"),
)

scheduler_lease = Table(
    "scheduler_lease",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("holder", String(128), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("fencing_token", Integer, nullable=False, default=0),
)

sweep_run = Table(
    "sweep_run",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("job", String(32), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("holder", String(128), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("created", Integer, nullable=False, default=0),
    Index("ix_sweep_run_job_date", "job", "business_date"),
)

calendar_year = Table(
    "calendar_year",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("source", String(300), nullable=False),  # the notice the days come from
    Column("checksum", String(64), nullable=False),
    Column("spec", JSON, nullable=False),  # holidays and make-up workdays, as loaded
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)

published_report = Table(
    "published_report",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("data", JSON, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("agency_id", "year"),
)

# The agency's own parts of an annual report (migration 0008): the text of a section (kind "text",
# key the section number 一, 二, …) and each count of section 二's table (kind "item", key
# ITEM.COLUMN). Append-only at the database level: a change is a new version, so who entered what
# and when stays on record; the report prints the latest version (NULL body and value: cleared).
report_entry = Table(
    "report_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False),
    Column("year", Integer, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("entry_key", String(64), nullable=False),
    Column("version", Integer, nullable=False),
    Column("body", Text),
    Column("value", Numeric(18, 4)),
    Column("entered_by", Integer, ForeignKey("app_user.id"), nullable=False),
    Column("role", String(32), nullable=False),
    Column("entered_at", DateTime(timezone=True), nullable=False),
    # two writers of the same entry cannot both take the next version; it also serves the read
    # of one agency's year
    UniqueConstraint("agency_id", "year", "kind", "entry_key", "version"),
)

# Web sign-in (migration 0007). The security log is append-only at the database level, like the
# audit trail: sign-in, sign-out, failures, lockouts, password changes and disabled accounts.
security_log = Table(
    "security_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    # sign_in | sign_in_failed | locked_out | sign_out | idle_timeout | password_set | user_disabled
    Column("kind", String(32), nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("remote", String(64)),
    Column("detail", Text),
    Index("ix_security_log_user_kind_at", "user_name", "kind", "at"),
)

# A signed-in browser: the cookie carries a signed random token whose SHA-256 is the key here
web_session = Table(
    "web_session",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True)),
)

# the work queue (workflow.web.queue): open cases in the order of their reply clock's due date; a
# partial index over the live reply clocks only, so concluded cases neither slow it nor fill it
_LIVE_REPLY = "kind = 'reply' AND party = '' AND status IN ('running', 'paused', 'stopped')"
Index("ix_clock_queue", clock.c.due_on, clock.c.case_id, postgresql_where=text(_LIVE_REPLY),
      sqlite_where=text(_LIVE_REPLY))

# The HTTP JSON API (migration 0012): bearer tokens, kept as the SHA-256 of the token only
api_token = Table(
    "api_token",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id"), nullable=False),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("last_used_at", DateTime(timezone=True)),
    # an intake token (migration 0014): it may only register online applications at this agency
    Column("intake_agency_id", Integer, ForeignKey("agency.id")),
)

# the first answer of a POST sent with an Idempotency-Key, written in the transaction of its write
api_idempotency = Table(
    "api_idempotency",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("app_user.id"), nullable=False),
    Column("idem_key", String(200), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("user_id", "idem_key"),
)

# Online intake and webhooks (migration 0014). The 查询码 of an application made through an intake
# token, as a salted SHA-256 only: the code is random (about 50 bits), so a fast hash is enough and a
# slow one would hand an unauthenticated endpoint a way to burn CPU
intake_code = Table(
    "intake_code",
    metadata,
    Column("case_id", Integer, ForeignKey("disclosure_case.id"), primary_key=True),
    Column("token_id", Integer, ForeignKey("api_token.id"), nullable=False),
    Column("salt", String(32), nullable=False),
    Column("code_hash", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# an agency's subscription of a URL to case events, delivered through the outbox, signed with its secret
webhook = Table(
    "webhook",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("agency_id", Integer, ForeignKey("agency.id"), nullable=False, index=True),
    Column("url", String(300), nullable=False),
    Column("secret", String(200), nullable=False),  # the HMAC key: kept as given, signing needs it
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# the events (vocabulary webhook_events) a webhook is subscribed to, one row each
webhook_event = Table(
    "webhook_event",
    metadata,
    Column("webhook_id", Integer, ForeignKey("webhook.id"), primary_key=True),
    Column("event", String(32), primary_key=True),
)
