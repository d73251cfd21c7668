"""Attendance sub-tab: weeks Sunday–Saturday, the 7-day grid, Submit and Verify, group attendance."""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import FieldError, ValidationError
from app.rules.attendance import DayEntry, check_service_takes_attendance, day_hours, normalize_week, service_weeks, week_start
from app.scope import require_staff
from app.services.common import load_owned
from db.base import utcnow
from db.models import AttendanceDay, AttendanceWeek, PlanService

DAY_FIELDS = ("check_in", "lunch_start", "lunch_end", "check_out", "absent", "makeup_minutes")


@dataclass(frozen=True)
class WeekSummary:
    week_start: dt.date
    total_hours: float
    submitted: bool
    verified: bool


def _days_of(session, week_ids: list[str]) -> dict[str, list[AttendanceDay]]:
    days: dict[str, list[AttendanceDay]] = {w: [] for w in week_ids}
    if week_ids:
        for day in session.scalars(select(AttendanceDay).where(AttendanceDay.week_id.in_(week_ids), ~AttendanceDay.deleted)):
            days[day.week_id].append(day)
    return days


def _entry(day: AttendanceDay) -> DayEntry:
    return DayEntry(day.day, day.check_in, day.lunch_start, day.lunch_end, day.check_out, day.absent, day.makeup_minutes)


def list_weeks(ctx, service_id: str) -> list[WeekSummary]:
    """Every week from planned start to planned end, with hours summed from its days."""
    with ctx.read() as s:
        service = load_owned(s, ctx.user, PlanService, service_id)
        if not (service.planned_start and service.planned_due):
            return []
        weeks = {w.week_start: w for w in s.scalars(select(AttendanceWeek).where(AttendanceWeek.plan_service_id == service_id, ~AttendanceWeek.deleted))}
        days = _days_of(s, [w.id for w in weeks.values()])
    summaries = []
    for sunday in service_weeks(service.planned_start, service.planned_due):
        week = weeks.get(sunday)
        hours = sum(day_hours(_entry(d)) for d in days[week.id]) if week else 0.0
        summaries.append(WeekSummary(sunday, round(hours, 2), bool(week and week.submitted), bool(week and week.verified)))
    return summaries


def get_week(ctx, service_id: str, sunday: dt.date) -> list[DayEntry]:
    """The 7 days of a week (empty entries for days with nothing recorded)."""
    sunday = week_start(sunday)
    with ctx.read() as s:
        load_owned(s, ctx.user, PlanService, service_id)
        week = s.scalar(select(AttendanceWeek).where(AttendanceWeek.plan_service_id == service_id, AttendanceWeek.week_start == sunday, ~AttendanceWeek.deleted))
        recorded = {d.day: _entry(d) for d in _days_of(s, [week.id] if week else [])[week.id]} if week else {}
    return [recorded.get(sunday + dt.timedelta(days=i), DayEntry(sunday + dt.timedelta(days=i))) for i in range(7)]


def week_hours(entries: list[DayEntry]) -> float:
    return round(sum(day_hours(e) for e in entries), 2)


def _save_week(rec, service: PlanService, sunday: dt.date, raw_days: list[dict], submit: bool) -> float:
    check_service_takes_attendance(service.status, service.planned_start, service.planned_due)
    entries = normalize_week(raw_days, sunday, service.planned_start, service.planned_due)
    s = rec.session
    week = s.scalar(select(AttendanceWeek).where(AttendanceWeek.plan_service_id == service.id, AttendanceWeek.week_start == sunday, ~AttendanceWeek.deleted))
    if week is not None and week.verified:
        raise ValidationError([FieldError("verified", _("The week of {sunday:%m/%d/%Y} is verified and can no longer be changed.").format(sunday=sunday))])
    if week is None:
        week = rec.add(AttendanceWeek(participant_id=service.participant_id, plan_service_id=service.id, week_start=sunday), log=False)
        s.flush()  # the week's row before its days' (foreign key)
        existing = {}
    else:
        existing = {d.day: d for d in _days_of(s, [week.id])[week.id]}
    before = week_hours([_entry(d) for d in existing.values()])
    #: the week's days as they will be, for its total (no flush and re-read of the rows just written)
    final = {day: _entry(d) for day, d in existing.items()}
    changed = False
    for entry in entries:
        values = {f: getattr(entry, f) for f in DAY_FIELDS}
        day = existing.get(entry.day)
        if day is None:
            if any(values[f] for f in DAY_FIELDS):
                rec.add(AttendanceDay(participant_id=service.participant_id, week_id=week.id, day=entry.day, **values), log=False)
                final[entry.day] = entry
                changed = True
        else:
            changed |= bool(rec.update(day, values, log=False))
            final[entry.day] = entry
    if submit and not week.submitted:
        rec.update(week, {"submitted": True}, log=False)
        changed = True
    after = week_hours(list(final.values()))
    if changed:
        label = f"Week of {sunday:%m/%d/%Y} hours" + (" (submitted)" if week.submitted else "")
        rec.log(week, "changed", field=label, old=f"{before:g}", new=f"{after:g}")
    return after


def save_week(ctx, service_id: str, sunday: dt.date, days: list[dict], *, submit: bool = False) -> float:
    """Save a week of typed times (any of "9", "930", "9:30a"); returns the week's total hours."""
    require_staff(ctx.user)
    sunday = week_start(sunday)
    with ctx.write() as rec:
        service = load_owned(rec.session, ctx.user, PlanService, service_id)
        return _save_week(rec, service, sunday, days, submit)


def verify_week(ctx, service_id: str, sunday: dt.date) -> None:
    require_staff(ctx.user)
    sunday = week_start(sunday)
    with ctx.write() as rec:
        service = load_owned(rec.session, ctx.user, PlanService, service_id)
        week = rec.session.scalar(select(AttendanceWeek).where(AttendanceWeek.plan_service_id == service.id, AttendanceWeek.week_start == sunday, ~AttendanceWeek.deleted))
        if week is None:
            raise ValidationError([FieldError("verified", _("Nothing is recorded for the week of {sunday:%m/%d/%Y}: enter and save it first.").format(sunday=sunday))])
        rec.update(week, {"submitted": True, "verified": True, "verified_by": ctx.user.id, "verified_at": utcnow()})


def save_group_week(ctx, sunday: dt.date, days_by_service: dict[str, list[dict]], *, submit: bool = False) -> None:
    """One grid for several participants of one step/service: all saved in one transaction, or none.

    Seed 001: a provider is required before group attendance; all services must be the same step.
    """
    require_staff(ctx.user)
    sunday = week_start(sunday)
    problems: list[FieldError] = []
    with ctx.write() as rec:
        services = [load_owned(rec.session, ctx.user, PlanService, sid) for sid in days_by_service]
        if len({s.catalog_item_id for s in services}) > 1:
            raise ValidationError([FieldError("plan_service_id", _("Group attendance is for one step/service: these participants are in different ones."))])
        for service in services:
            if service.provider_kind == "listed" and not service.provider_id or service.provider_kind == "other" and not service.other_provider_name:
                problems.append(FieldError(f"provider[{service.id}]", _("A provider is required before group attendance.")))
                continue
            try:
                _save_week(rec, service, sunday, days_by_service[service.id], submit)
            except ValidationError as exc:
                problems.extend(FieldError(f"{p.field}@{service.participant_id}", p.message) for p in exc.problems)
        if problems:
            raise ValidationError(problems)
