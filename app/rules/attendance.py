"""Attendance rules (seed 001, Attendance sub-tab): weeks Sunday–Saturday, times in order."""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from app import domain
from app.errors import Problems
from app.rules.values import minutes, parse_duration, parse_time

TIME_FIELDS = (("check_in", "Check-in"), ("lunch_start", "Lunch start"), ("lunch_end", "Lunch end"), ("check_out", "Check-out"))


def week_start(day: dt.date) -> dt.date:
    """The Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def service_weeks(start: dt.date, end: dt.date) -> list[dt.date]:
    """Sundays of every week from planned start to planned end."""
    first, weeks = week_start(start), []
    while first <= end:
        weeks.append(first)
        first += dt.timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class DayEntry:
    day: dt.date
    check_in: str = ""
    lunch_start: str = ""
    lunch_end: str = ""
    check_out: str = ""
    absent: bool = False
    makeup_minutes: int = 0


def day_hours(entry: DayEntry) -> float:
    """Hours of one day: check-in to check-out, less lunch, plus make-up time. Absent days count 0."""
    total = entry.makeup_minutes
    if not entry.absent and entry.check_in and entry.check_out:
        total += minutes(entry.check_out) - minutes(entry.check_in)
        if entry.lunch_start and entry.lunch_end:
            total -= minutes(entry.lunch_end) - minutes(entry.lunch_start)
    return round(total / 60, 2)


def check_service_takes_attendance(status: str, start: dt.date | None, due: dt.date | None) -> None:
    problems = Problems()
    if status != domain.STARTED:
        problems.add("status", _("Attendance can only be recorded on a Started/Open service (this one is {status}).").format(status=status))
    if start is None or due is None:
        problems.add("planned_start", _("Attendance needs the service's planned start and planned end dates."))
    problems.raise_if_any()


def normalize_week(raw_days: list[dict], week: dt.date, start: dt.date, end: dt.date) -> list[DayEntry]:
    """Parse and check a week of typed days; every problem is named `<field>[<weekday>]`."""
    problems = Problems()
    entries = []
    for raw in raw_days:
        day = raw["day"]
        name = day.strftime("%a %m/%d")
        if not week <= day < week + dt.timedelta(days=7):
            problems.add(f"day[{name}]", _("{name} is not in the week of {week:%m/%d/%Y}.").format(name=name, week=week))
            continue
        times = {}
        for field, label in TIME_FIELDS:
            parsed = parse_time(str(raw.get(field) or ""))
            if parsed is None:
                problems.add(f"{field}[{name}]", _("{label} on {name}: “{get}” is not a time (try 9, 930 or 9:30a).").format(label=label, name=name, get=raw.get(field)))
                parsed = ""
            times[field] = parsed
        absent = bool(raw.get("absent"))
        makeup = _makeup_minutes(raw.get("makeup_minutes"))
        if makeup is None:
            problems.add(f"makeup_minutes[{name}]", _("Make-up time on {name}: “{get}” is not a duration (type minutes such as 45, or hours and minutes such as 1:30).").format(name=name, get=raw.get('makeup_minutes')))
            makeup = 0
        entry = DayEntry(day=day, absent=absent, makeup_minutes=makeup, **times)
        _check_day(entry, name, start, end, problems)
        entries.append(entry)
    problems.raise_if_any()
    return entries


def _makeup_minutes(value) -> int | None:
    """Minutes as a whole number, or typed text ("45", "1:30"); None when it is neither."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    return parse_duration(value) if isinstance(value, str) else None


def _check_day(entry: DayEntry, name: str, start: dt.date, end: dt.date, problems: Problems) -> None:
    filled = [(f, label, getattr(entry, f)) for f, label in TIME_FIELDS if getattr(entry, f)]
    if entry.day > dt.date.today() and (filled or entry.makeup_minutes):
        field = filled[0][0] if filled else "makeup_minutes"
        problems.add(f"{field}[{name}]", _("{name} is in the future: attendance is recorded once the day has happened.").format(name=name))
        return
    if entry.makeup_minutes < 0 or entry.makeup_minutes > 24 * 60:
        problems.add(f"makeup_minutes[{name}]", _("Make-up time on {name} must be between 0 and 24 hours.").format(name=name))
    if entry.absent:
        if filled:
            problems.add(f"absent[{name}]", _("{name} is marked Absent: an absent day carries no check-in or check-out times.").format(name=name))
        return
    if not filled:
        return
    if not (start <= entry.day <= end):
        problems.add(f"check_in[{name}]", _("{name} is outside the service dates ({start:%m/%d/%Y}–{end:%m/%d/%Y}).").format(name=name, start=start, end=end))
    if bool(entry.check_in) != bool(entry.check_out):
        missing = "check_out" if entry.check_in else "check_in"
        problems.add(f"{missing}[{name}]", _("{name} needs both a check-in and a check-out time.").format(name=name))
    if bool(entry.lunch_start) != bool(entry.lunch_end):
        missing = "lunch_end" if entry.lunch_start else "lunch_start"
        problems.add(f"{missing}[{name}]", _("{name} needs both lunch start and lunch end, or neither.").format(name=name))
    for (f1, l1, t1), (f2, l2, t2) in zip(filled, filled[1:]):
        if minutes(t2) <= minutes(t1):
            problems.add(f"{f2}[{name}]", _("Times on {name} must be in order: {l2} ({t2}) must be after {l1} ({t1}).").format(name=name, l2=l2, t2=t2, l1=l1, t1=t1))
