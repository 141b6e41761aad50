"""Benchmark: WorkCalendar.add_working_days against a naive day-by-day loop.

    python bench/calendar.py [--calls 1000000] [--naive-calls 20000] [--seed 1]

Prints one JSON object. Targets: >= 300,000 calls/s and >= 50x the naive loop over
``chinese_calendar.is_workday``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder is sys.path[0] and this file would shadow the standard
# library's ``calendar`` module for every later import: drop the folder, put the repository root.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from datetime import date, timedelta  # noqa: E402


def naive_add(is_workday, start: date, n: int) -> date:  # noqa: ANN001
    d = start
    one = timedelta(days=1)
    while n:
        d += one
        if is_workday(d):
            n -= 1
    return d


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000)
    parser.add_argument("--naive-calls", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import chinese_calendar

    from workflow.clocks.calendar import load_calendar

    t1 = time.perf_counter()
    cal = load_calendar(override_dirs=[])
    t2 = time.perf_counter()
    cal_again = load_calendar(override_dirs=[])  # warm: package data and lunar_python already loaded
    t3 = time.perf_counter()
    assert cal_again.fingerprint(2026) == cal.fingerprint(2026)

    rng = random.Random(args.seed)
    lo, hi = date(2005, 1, 1).toordinal(), date(2026, 12, 31).toordinal()
    starts = [date.fromordinal(rng.randint(lo, hi)) for _ in range(args.calls)]
    ns = [rng.randint(1, 60) for _ in range(args.calls)]

    add = cal.add_working_days
    t = time.perf_counter()
    for s, n in zip(starts, ns, strict=True):
        add(s, n)
    fast_seconds = time.perf_counter() - t

    # the naive loop needs official data for the whole walk: starts up to 2026-08-31 (60 working days
    # later is still in 2026, the package's last year)
    naive_hi = date(2026, 8, 31).toordinal()
    sample = [
        (date.fromordinal(rng.randint(lo, naive_hi)), rng.randint(1, 60)) for _ in range(args.naive_calls)
    ]
    is_workday = chinese_calendar.is_workday
    t = time.perf_counter()
    naive_results = [naive_add(is_workday, s, n) for s, n in sample]
    naive_seconds = time.perf_counter() - t
    mismatches = sum(1 for (s, n), r in zip(sample, naive_results, strict=True) if add(s, n) != r)

    calls_per_second = args.calls / fast_seconds
    naive_per_second = args.naive_calls / naive_seconds
    result = {
        "calls": args.calls,
        "seconds": round(fast_seconds, 4),
        "calls_per_second": round(calls_per_second),
        "naive_calls": args.naive_calls,
        "naive_seconds": round(naive_seconds, 4),
        "naive_calls_per_second": round(naive_per_second),
        "ratio": round(calls_per_second / naive_per_second, 1),
        "naive_mismatches": mismatches,
        "import_seconds": round(t1 - t0, 4),
        "build_seconds": round(t2 - t1, 4),
        "build_seconds_warm": round(t3 - t2, 4),
        "calendar": repr(cal),
        "indexed_days": (date(cal.last_year, 12, 31) - date(cal.first_year, 1, 1)).days + 1,
        "python": platform.python_version(),
        "targets": {"calls_per_second": 300_000, "ratio": 50},
        "meets_targets": calls_per_second >= 300_000
        and calls_per_second / naive_per_second >= 50
        and not mismatches,
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
