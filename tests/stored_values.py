"""Values whose stored text the store tests compare between SQLAlchemy's own processors and the
prepared statements' (with the SQLite speedups on or off): edge dates, times with and without an
offset or microseconds, and JSON with Chinese text and nesting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

DATES = [date(2026, 3, 4), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31), date(2024, 2, 29)]
DATETIMES = [
    datetime(2026, 3, 17, 8, 5, 9, 123456, tzinfo=UTC),
    datetime(2026, 3, 17, 0, 0, 0, 0, tzinfo=UTC),  # isoformat would drop zero microseconds
    datetime(2026, 3, 17, 23, 59, 59, 1, tzinfo=timezone(timedelta(hours=8))),  # stored without the offset
    datetime(2026, 3, 17, 23, 59, 59, 999999),
    datetime(1, 1, 1, 0, 0),
    datetime(999, 1, 2, 3, 4, 5, 6),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 10, 25, 1, 30, fold=1),
]
JSONS = [{}, [], {"start": "2026-03-03", "length": 20, "pauses": [["2026-03-04", "2026-03-06"]], "open_pause": None},
         {"reason": "需调取档案", "days": 10, "nested": {"ok": True, "none": None, "x": 1.5}}, ["某公司", 1, None]]
