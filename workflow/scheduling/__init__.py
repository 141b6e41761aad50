"""What runs by the clock: the scheduler (``scheduler``, APScheduler 3) with its lease row so that one
process per database is active (``lease``), the idempotent deadline sweep (``sweep``, ``sweep_plan``,
``sweep_sql``) and the daily digests and report reminders (``digest``). It may import every part
below it (the outbox job makes the letters owed, then delivers) and is itself imported only by the
application, the demo and the delivery layers.
"""
