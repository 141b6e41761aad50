"""Running an installation: ``doctor``, ``backup`` and ``restore``, Prometheus metrics and log lines.

Owns what an agency's IT staff ask of a running system: is the database reachable and migrated, is
the calendar loaded for this year and next, can each configured channel be reached, is a scheduler
holding its lease, is the outbox draining, and which settings a production server should not keep.
It reads every part below it (store, clocks, outbox, scheduling, the application's wiring) and
writes nothing; only the delivery layers (cli, web) import it.
"""
