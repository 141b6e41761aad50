"""A request budget per token (``web.api_rate_per_minute``; 0 = none): a token bucket that refills
evenly, so a script may burst up to the budget and then goes at the budget's pace. Over budget the
answer is 429 with ``Retry-After``. The buckets live in the worker process: with N workers a token
may make up to N times the budget (the budget is a guard against a runaway script, not a quota)."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.refill = per_minute / 60.0  # tokens per second
        self.clock = clock
        self._buckets: dict[int, tuple[float, float]] = {}  # token id -> (tokens left, when counted)
        self._lock = threading.Lock()

    def wait_for(self, key: int) -> int:
        """0 when a request of ``key`` may go now (and counts it), else the seconds to wait."""
        if self.capacity <= 0:
            return 0
        with self._lock:
            now = self.clock()
            left, then = self._buckets.get(key, (self.capacity, now))
            left = min(self.capacity, left + (now - then) * self.refill)
            if left >= 1.0:
                self._buckets[key] = (left - 1.0, now)
                return 0
            self._buckets[key] = (left, now)
            return max(1, math.ceil((1.0 - left) / self.refill))


class FailureBudget:
    """Failures allowed per key (a client address) per hour: a bucket of ``per_hour`` that refills
    evenly. Only failures spend it; once it is empty every request of that key waits (429), whether
    its next try would be right or not, so guessing goes no faster than the budget. Full buckets are
    dropped when many addresses have been seen, so the map cannot grow without bound."""

    PRUNE_AT = 10_000

    def __init__(self, per_hour: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_hour)
        self.refill = per_hour / 3600.0  # failures forgiven per second
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (failures left, when counted)
        self._lock = threading.Lock()

    def _left(self, key: str, now: float) -> float:
        left, then = self._buckets.get(key, (self.capacity, now))
        return min(self.capacity, left + (now - then) * self.refill)

    def wait_for(self, key: str) -> int:
        """0 while ``key`` may try, else the seconds until it may try again."""
        if self.capacity <= 0:
            return 0
        with self._lock:
            left = self._left(key, self.clock())
        return 0 if left >= 1.0 else max(1, math.ceil((1.0 - left) / self.refill))

    def failed(self, key: str) -> None:
        if self.capacity <= 0:
            return
        with self._lock:
            now = self.clock()
            self._buckets[key] = (max(0.0, self._left(key, now) - 1.0), now)
            if len(self._buckets) > self.PRUNE_AT:
                self._buckets = {k: v for k, v in self._buckets.items() if self._left(k, now) < self.capacity}
