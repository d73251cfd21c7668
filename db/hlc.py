"""Hybrid logical clock: orders writes across devices even when wall clocks disagree.

A timestamp is `"<wall ms:015d>-<counter:05d>-<device id>"`, so plain string comparison orders it
(ties fall to the device id, as the sync design asks).
"""
from __future__ import annotations

import re
import threading
import time

#: the counter has 5 digits: past this it carries into the wall time, so string order stays time order
COUNTER_MAX = 99_999
WALL_MAX = 10**15 - 1
_STAMP = re.compile(r"^([0-9]{15})-([0-9]{5})-(.+)$", re.ASCII | re.DOTALL)


def parse(stamp: str) -> tuple[int, int, str]:
    """(wall ms, counter, device); ValueError for anything that is not a stamp this clock writes."""
    match = _STAMP.match(stamp) if isinstance(stamp, str) else None
    if match is None:
        raise ValueError(f"not a hybrid clock timestamp: {str(stamp)[:40]!r}")
    return int(match.group(1)), int(match.group(2)), match.group(3)


def is_stamp(stamp) -> bool:
    return isinstance(stamp, str) and _STAMP.match(stamp) is not None


class HybridClock:
    def __init__(self, device_id: str, last: str = "", now_ms=lambda: time.time_ns() // 1_000_000):
        self.device_id = device_id
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._wall, self._counter = (parse(last)[:2] if is_stamp(last) else (0, 0))

    def now(self) -> str:
        with self._lock:
            wall = self._now_ms()
            if wall > self._wall:
                self._wall, self._counter = min(wall, WALL_MAX), 0
            elif self._counter < COUNTER_MAX:
                self._counter += 1
            else:  # carry: a far-future stamp observed makes every write bump the counter
                self._wall, self._counter = self._wall + 1, 0
            return self._format()

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen from another device (its writes happened before ours)."""
        if not is_stamp(stamp):
            return  # empty or malformed (a pushed "x"): nothing to learn from it
        wall, counter, _ = parse(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter

    def last(self) -> str:
        with self._lock:
            return self._format()

    def _format(self) -> str:
        return f"{self._wall:015d}-{self._counter:05d}-{self.device_id}"
