"""Hybrid logical clock: orders writes across devices even when wall clocks disagree.

A timestamp is `"<wall ms:015d>-<counter:05d>-<device id>"`, so plain string comparison orders it
(ties fall to the device id, as the sync design asks).
"""
from __future__ import annotations

import threading
import time


def parse(stamp: str) -> tuple[int, int, str]:
    wall, counter, device = stamp.split("-", 2)
    return int(wall), int(counter), device


class HybridClock:
    def __init__(self, device_id: str, last: str = "", now_ms=lambda: time.time_ns() // 1_000_000):
        self.device_id = device_id
        self._now_ms = now_ms
        self._lock = threading.Lock()
        self._wall, self._counter = (parse(last)[:2] if last else (0, 0))

    def now(self) -> str:
        with self._lock:
            wall = self._now_ms()
            if wall > self._wall:
                self._wall, self._counter = wall, 0
            else:
                self._counter += 1
            return self._format()

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen from another device (its writes happened before ours)."""
        if not stamp:
            return
        wall, counter, _ = parse(stamp)
        with self._lock:
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter

    def last(self) -> str:
        with self._lock:
            return self._format()

    def _format(self) -> str:
        return f"{self._wall:015d}-{self._counter:05d}-{self.device_id}"
