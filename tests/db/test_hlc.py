"""The hybrid clock keeps string order = time order, whatever stamps it is shown (issue 10, item 13)."""

from __future__ import annotations

import pytest

from db.hlc import COUNTER_MAX, HybridClock, parse


def test_counter_carries_into_the_wall_after_a_far_future_stamp():
    clock = HybridClock("dev-a", now_ms=lambda: 1_000)
    clock.observe(f"{10**14:015d}-{COUNTER_MAX - 2:05d}-dev-b")
    stamps = [clock.now() for _ in range(10)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 10
    assert all(len(s.split("-")[1]) == 5 for s in stamps)
    assert parse(stamps[-1])[:2] == (10**14 + 1, 7)


def test_many_writes_in_one_millisecond_stay_ordered():
    clock = HybridClock("dev-a", now_ms=lambda: 5)
    stamps = [clock.now() for _ in range(COUNTER_MAX + 50)]
    assert stamps == sorted(stamps)


@pytest.mark.parametrize("junk", ["x", "1-2", "", None, 12, "000000000000001-1-d", "٠٠٠٠٠٠٠٠٠٠٠٠٠٠١-00000-d"])
def test_observing_a_malformed_stamp_is_harmless(junk):
    clock = HybridClock("dev-a", now_ms=lambda: 1_000)
    before = clock.last()
    clock.observe(junk)
    assert clock.last() == before
    assert clock.now() > before


def test_a_clock_restored_from_a_malformed_last_stamp_starts_fresh():
    assert HybridClock("dev-a", last="garbage", now_ms=lambda: 7).now().startswith("000000000000007-00000-")
