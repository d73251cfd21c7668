"""Rules and date arithmetic of worksite placements (seed 001, Worksite Placements).

Subsidized days, the per-calendar-year cap and follow-up due dates are pure functions of dates,
so the reminders, the compliance view, the placement editor and the tests all share one meaning.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
import math
from dataclasses import dataclass
from typing import Iterable

from app import domain
from app.errors import Problems
from app.rules.values import is_blank, number_or_problem

STARTED_OPEN = "Started (Open)"
NOT_STARTED = "Planned/Not Started"
UNSUCCESSFUL = "Unsuccessful completion"
#: seed 001: "Customer only receives 6 months of subsidized wages per calendar year". Six months is
#: taken as 183 days (half of a 365-day year, rounded up): a fixed count, so the cap does not depend on
#: which months the placement happens to cover.
SUBSIDIZED_DAYS_PER_YEAR = 183


@dataclass(frozen=True)
class Interval:
    """Inclusive calendar days [first, last]."""

    first: dt.date
    last: dt.date

    @property
    def days(self) -> int:
        return max(0, (self.last - self.first).days + 1)


def days_by_year(interval: Interval | None, gaps: Iterable[Interval] = ()) -> dict[int, int]:
    """Calendar days of `interval` per calendar year, minus the days it was inactive (`gaps`).

    A placement spanning New Year counts its December days in one year and its January days in the next.
    """
    result: dict[int, int] = {}
    if interval is None or interval.days == 0:
        return result
    for year in range(interval.first.year, interval.last.year + 1):
        first = max(interval.first, dt.date(year, 1, 1))
        last = min(interval.last, dt.date(year, 12, 31))
        days = Interval(first, last).days
        for gap in gaps:
            days -= Interval(max(first, gap.first), min(last, gap.last)).days
        if days > 0:
            result[year] = days
    return result


def subsidized_interval(placement, *, until: dt.date, projected: bool = False) -> Interval | None:
    """The days a placement pays a subsidized wage, or None when it never started.

    Seed 001: Planned/Not Started does not start the clock; Started (Open) starts it on the subsidized
    start (or the start date). It runs to the subsidized end, else the end date, else `until` (today
    for the days so far). `projected=True` uses the planned due date instead of `until` when no end is
    known: what the cap check needs to know before the days are used.
    """
    status = _get(placement, "status")
    if status == NOT_STARTED or status not in domain.PLACEMENT_STATUSES:
        return None
    first = _get(placement, "subsidized_start") or _get(placement, "start_date")
    if first is None:
        return None
    last = _get(placement, "subsidized_end") or _get(placement, "end_date")
    if last is None:
        last = (_get(placement, "planned_due") or until) if projected else until
    elif not projected:
        last = min(last, until)
    return Interval(first, last) if last >= first else None


def subsidized_days(placement, today: dt.date, gaps: Iterable[Interval] = ()) -> int:
    """Days in subsidized employment so far (seed 001 shows 129 for 8/8/2022 → 12/14/2022: inclusive)."""
    return sum(days_by_year(subsidized_interval(placement, until=today), gaps).values())


def inactive_gaps(history: Iterable, today: dt.date) -> list[Interval]:
    """Inactive → return periods from the status history; the return day itself counts again."""
    gaps = []
    for change in history:
        inactive = _get(change, "inactive_on")
        if inactive:
            back = _get(change, "return_on")
            gaps.append(Interval(inactive, (back - dt.timedelta(days=1)) if back else today))
    return gaps


def follow_up_due(start: dt.date, day_offset: int) -> dt.date:
    """Seed 001: start 8/8/2022 → 30 days due 9/7/2022, 180 days due 2/4/2023 (start + offset days)."""
    return start + dt.timedelta(days=day_offset)


def follow_ups_wanted(status: str) -> bool:
    """Follow-ups verify employment: due once the placement started, unless it ended unsuccessfully."""
    return status in domain.PLACEMENT_STATUSES and status not in (NOT_STARTED, UNSUCCESSFUL)


def check_placement(p: dict, *, today: dt.date, other_days_by_year: dict[int, int] | None = None) -> None:
    """Every rule of the placement form at once (seed 001); `other_days_by_year` are the participant's
    subsidized days on their other placements, per calendar year, for the 6-month cap."""
    problems = Problems()
    wages = {}
    for field, label in (("minimum_wage", "Minimum wage for placement"), ("hourly_wage", "Hourly wage for placement"),
                         ("subsidized_wage", "Subsidized/training wage"), ("employer_wage_match", "Unsubsidized/employer wage match")):
        value = p.get(field)
        if value is None or value == "":
            problems.add(field, _("{label} is required.").format(label=label))
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            problems.add(field, _("{label} must be an amount of $0.00 or more.").format(label=label))
        else:
            wages[field] = float(value)
    minimum = wages.get("minimum_wage")
    if minimum is not None and minimum <= 0:
        problems.add("minimum_wage", _("Minimum wage for placement must be more than $0.00 (the state minimum wage)."))
    elif minimum is not None:
        if "hourly_wage" in wages and wages["hourly_wage"] < minimum:
            problems.add("hourly_wage", _("Hourly wage for placement (${hourly_wage:.2f}) must be at least the minimum wage (${minimum:.2f}).").format(hourly_wage=wages['hourly_wage'], minimum=minimum))
        if "subsidized_wage" in wages and wages["subsidized_wage"] > minimum:
            problems.add("subsidized_wage", _("Subsidized/training wage (${subsidized_wage:.2f}) must be no more than the minimum wage (${minimum:.2f}).").format(subsidized_wage=wages['subsidized_wage'], minimum=minimum))
    if p.get("position_type") not in domain.POSITION_TYPES:
        problems.add("position_type", _("Position type is required: Full-time or Part-time."))
    status = p.get("status")
    if status not in domain.PLACEMENT_STATUSES:
        problems.add("status", _("Status is required: choose one from the list."))
    _check_dates(p, status, today, problems)
    hours = number_or_problem(p.get("weekly_hours"), "weekly_hours", "Weekly hours", problems)
    if hours is not None and not 0 <= hours <= 168:
        problems.add("weekly_hours", _("Weekly hours must be between 0 and 168."))
    if not problems:
        _check_cap(p, other_days_by_year or {}, today, problems)
    problems.raise_if_any()


def _check_dates(p: dict, status, today: dt.date, problems: Problems) -> None:
    start, due, end = p.get("start_date"), p.get("planned_due"), p.get("end_date")
    sub_start, sub_end = p.get("subsidized_start"), p.get("subsidized_end")
    if start is None:
        problems.add("start_date", _("Start date is required."))
    if due is None:
        problems.add("planned_due", _("Planned due date is required."))
    if start and due and due < start:
        problems.add("planned_due", _("Planned due date cannot be before the start date."))
    if start and end and end < start:
        problems.add("end_date", _("End date cannot be before the start date."))
    if status in (domain.PLACEMENT_STATUSES[2], UNSUCCESSFUL) and end is None:
        problems.add("end_date", _("End date is required when the status is {status}.").format(status=status))
    if end and end > today:
        problems.add("end_date", _("End date cannot be in the future."))
    if status == STARTED_OPEN and start and start > today:
        problems.add("start_date", _("Start date cannot be in the future when the status is Started (Open)."))
    if sub_start and start and sub_start < start:
        problems.add("subsidized_start", _("Subsidized start date cannot be before the start date."))
    if sub_end and sub_start is None and is_blank(start):
        problems.add("subsidized_start", _("Subsidized start date is required with a subsidized end date."))
    if sub_end and (sub_start or start) and sub_end < (sub_start or start):
        problems.add("subsidized_end", _("Subsidized end date cannot be before the subsidized start date."))
    if sub_end and end and sub_end > end:
        problems.add("subsidized_end", _("Subsidized end date cannot be after the end date."))


def _check_cap(p: dict, other: dict[int, int], today: dt.date, problems: Problems) -> None:
    """At most SUBSIDIZED_DAYS_PER_YEAR subsidized days per calendar year across all placements."""
    interval = subsidized_interval(p, until=today, projected=True)
    for year, days in sorted(days_by_year(interval).items()):
        used = other.get(year, 0)
        if used + days > SUBSIDIZED_DAYS_PER_YEAR:
            left = max(0, SUBSIDIZED_DAYS_PER_YEAR - used)
            field = "subsidized_end" if p.get("subsidized_end") else "subsidized_start"
            problems.add(
                field,
                _("Subsidized dates: only {left} subsidized days are left in {year} (at most {SUBSIDIZED_DAYS_PER_YEAR} days, 6 months, per calendar year; other placements use {used}), and this placement would use {days}. Set a subsidized end date within the limit.").format(left=left, year=year, SUBSIDIZED_DAYS_PER_YEAR=SUBSIDIZED_DAYS_PER_YEAR, used=used, days=days),
            )
            return


def _get(obj, field: str):
    return obj.get(field) if isinstance(obj, dict) else getattr(obj, field, None)
