"""Date arithmetic of placements: follow-up due dates, subsidized days per calendar year, the cap."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.rules.placements import (
    SUBSIDIZED_DAYS_PER_YEAR,
    Interval,
    check_placement,
    days_by_year,
    follow_up_due,
    subsidized_days,
)

D = dt.date


def placement(**extra):
    values = dict(minimum_wage=15.0, hourly_wage=16.0, subsidized_wage=15.0, employer_wage_match=1.0, position_type="Part-time",
                  status="Started (Open)", start_date=D(2027, 12, 1), planned_due=D(2028, 1, 31), weekly_hours=20.0)
    values.update(extra)
    return values


def test_follow_up_dates_match_seed_001():
    start = D(2022, 8, 8)
    assert [follow_up_due(start, n) for n in (30, 60, 90, 180, 270)] == [D(2022, 9, 7), D(2022, 10, 7), D(2022, 11, 6), D(2023, 2, 4), D(2023, 5, 5)]


def test_subsidized_days_match_seed_001_example():
    """Started (Open) 8/8/2022, looked at on 12/14/2022: 129 days."""
    assert subsidized_days(placement(start_date=D(2022, 8, 8), planned_due=D(2023, 1, 1)), D(2022, 12, 14)) == 129


@pytest.mark.parametrize(
    "start, offset, due",
    [(D(2027, 1, 31), 30, D(2027, 3, 2)), (D(2028, 1, 30), 30, D(2028, 2, 29)), (D(2027, 12, 31), 60, D(2028, 2, 29)),
     (D(2028, 2, 29), 90, D(2028, 5, 29)), (D(2027, 11, 30), 30, D(2027, 12, 30))],
)
def test_follow_up_due_on_month_ends_and_leap_day(start, offset, due):
    assert follow_up_due(start, offset) == due


def test_leap_day_counts_as_a_day():
    assert days_by_year(Interval(D(2028, 2, 28), D(2028, 3, 1))) == {2028: 3}
    assert days_by_year(Interval(D(2027, 2, 28), D(2027, 3, 1))) == {2027: 2}


def test_new_year_counts_each_year_separately():
    assert days_by_year(Interval(D(2027, 12, 1), D(2028, 1, 31))) == {2027: 31, 2028: 31}
    assert days_by_year(Interval(D(2027, 12, 20), D(2028, 1, 10)), gaps=[Interval(D(2027, 12, 24), D(2028, 1, 1))]) == {2027: 4, 2028: 9}


def test_cap_is_per_calendar_year_for_a_placement_spanning_new_year():
    # 150 days used in 2027: December's 31 fit (181 ≤ 183); January's 31 count in 2028
    check_placement(placement(), today=D(2028, 1, 15), other_days_by_year={2027: 150, 2028: 150})
    with pytest.raises(ValidationError) as error:
        check_placement(placement(), today=D(2028, 1, 15), other_days_by_year={2027: 160})
    assert "only 23 subsidized days are left in 2027" in error.value.for_field("subsidized_start")[0]
    with pytest.raises(ValidationError) as error:
        check_placement(placement(), today=D(2028, 1, 15), other_days_by_year={2028: 170})
    assert "only 13 subsidized days are left in 2028" in error.value.for_field("subsidized_start")[0]


def test_planned_placement_does_not_use_the_cap():
    check_placement(placement(status="Planned/Not Started", start_date=D(2028, 3, 1), planned_due=D(2028, 12, 31)),
                    today=D(2028, 1, 15), other_days_by_year={2028: SUBSIDIZED_DAYS_PER_YEAR})


dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2035, 12, 31))


@given(dates, st.integers(min_value=0, max_value=900))
def test_days_by_year_add_up_to_the_interval(first, length):
    interval = Interval(first, first + dt.timedelta(days=length))
    per_year = days_by_year(interval)
    assert sum(per_year.values()) == length + 1
    assert all(1 <= days <= 366 for days in per_year.values())
    assert sorted(per_year) == list(range(first.year, interval.last.year + 1))


@given(dates, st.sampled_from((30, 60, 90, 180, 270)))
def test_follow_up_is_offset_days_after_start(start, offset):
    assert (follow_up_due(start, offset) - start).days == offset


@given(dates, st.integers(min_value=0, max_value=400), st.integers(min_value=0, max_value=400))
def test_subsidized_days_never_exceed_days_elapsed(start, length, look):
    today = start + dt.timedelta(days=look)
    p = placement(start_date=start, planned_due=start + dt.timedelta(days=length))
    assert 0 <= subsidized_days(p, today) == look + 1
