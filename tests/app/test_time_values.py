"""What the attendance grid shows and reads back: clock times and make-up durations (Qt-free)."""
from __future__ import annotations

import pytest

from app.rules.values import format_duration, format_time, parse_duration, parse_time


@pytest.mark.parametrize(("typed", "shown"), [("9", "9:00 AM"), ("930", "9:30 AM"), ("9:30a", "9:30 AM"), ("1:15p", "1:15 PM"),
                                              ("12", "12:00 PM"), ("12:30 am", "12:30 AM"), ("5", "5:00 PM"), ("17:45", "5:45 PM")])
def test_typed_times_are_shown_normalized_and_read_back_the_same(typed, shown):
    assert format_time(parse_time(typed)) == shown
    assert parse_time(shown) == parse_time(typed)


@pytest.mark.parametrize(("typed", "minutes"), [("", 0), ("45", 45), ("1:30", 90), ("2h", 120), ("1h15", 75), ("0:05", 5)])
def test_make_up_time_is_minutes_or_hours_and_minutes(typed, minutes):
    assert parse_duration(typed) == minutes
    assert parse_duration(format_duration(minutes)) == minutes


@pytest.mark.parametrize("typed", ["abc", "1:75", "-5", "1.5"])
def test_unreadable_make_up_time_is_refused(typed):
    assert parse_duration(typed) is None
