"""Worksite placements on a work-experience/employment service, their status history and follow-ups.

Seed 001: a placement hangs off a step/service whose catalog item is a placement (Work Experience,
Community Workfare, Earnfare, Employment, On-the-Job Training); the status history records every
status change; follow-ups at 30/60/90/180/270 days become available when due and are reviewed by the
caseworker, who updates the wage if needed and marks employment verified.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import domain
from app.errors import FieldError, NotFound, Problems, ValidationError
from app.rules import placements as rules
from app.rules.values import parse_us_date
from app.scope import require_staff, visible_participant
from app.services.common import load_owned, merged, reject_unknown
from app.services.employers import _job
from db.models import CaseNote, CatalogItem, FollowUp, Placement, PlacementStatusChange, PlanService, User

DATE_FIELDS = {"start_date": "Start date", "planned_due": "Planned due date", "end_date": "End date",
               "subsidized_start": "Subsidized start date", "subsidized_end": "Subsidized end date"}
PLACEMENT_FIELDS = {"job_id", "minimum_wage", "hourly_wage", "subsidized_wage", "employer_wage_match", "position_type",
                    "status", "start_date", "planned_due", "end_date", "subsidized_start", "subsidized_end", "weekly_hours"}


def _parse_dates(values: dict) -> tuple[dict, list[FieldError]]:
    """Typed dates parsed; the badly typed ones are reported together with the rules' problems."""
    problems = Problems()
    for field, label in DATE_FIELDS.items():
        if field in values:
            values[field] = parse_us_date(values[field], field, label, problems)
    return values, problems.items


def _check(values: dict, typing: list[FieldError], today: dt.date, other: dict[int, int]) -> None:
    """Every problem at once: badly typed dates, then each rule (not repeated for a badly typed field)."""
    try:
        rules.check_placement(values, today=today, other_days_by_year=other)
        broken = []
    except ValidationError as error:
        mistyped = {p.field for p in typing}
        broken = [p for p in error.problems if p.field not in mistyped]
    if typing or broken:
        raise ValidationError(typing + broken)


def _other_days_by_year(session, participant_id: str, except_id: str | None, today: dt.date) -> dict[int, int]:
    """Subsidized days per calendar year on the participant's other placements (planned periods)."""
    query = select(Placement).where(Placement.participant_id == participant_id, ~Placement.deleted)
    totals: dict[int, int] = {}
    for other in session.scalars(query):
        if other.id == except_id:
            continue
        for year, days in rules.days_by_year(rules.subsidized_interval(other, until=today, projected=True)).items():
            totals[year] = totals.get(year, 0) + days
    return totals


def _placement_service(session, user, service_id: str) -> PlanService:
    service = load_owned(session, user, PlanService, service_id)
    item = session.get(CatalogItem, service.catalog_item_id)
    if item is None or not item.placement:
        raise ValidationError([FieldError("plan_service_id", _("A worksite placement needs a work experience or employment step/service."))])
    return service


def add_placement(ctx, service_id: str, job_id: str, *, today: dt.date | None = None, **values) -> Placement:
    """Place the participant of a placement step/service in a job; the first status history row too."""
    require_staff(ctx.user)
    today = today or dt.date.today()
    values, typing = _parse_dates({"employer_wage_match": 0.0, "weekly_hours": 0.0, "status": rules.NOT_STARTED, **values})
    reject_unknown(Placement, values, allowed=PLACEMENT_FIELDS - {"job_id"})
    with ctx.write() as rec:
        service = _placement_service(rec.session, ctx.user, service_id)
        job = _job(rec.session, ctx.user, job_id, edit=False)
        values.setdefault("hourly_wage", job.hourly_wage)  # seed 001: prepopulated from the job
        _check(values, typing, today, _other_days_by_year(rec.session, service.participant_id, None, today))
        placement = rec.add(Placement(participant_id=service.participant_id, plan_service_id=service.id, job_id=job.id, **values),
                            summary=f"Worksite placement “{job.title}”")
        _history(rec, placement, values["status"], values.get("start_date") or today)
        return placement


def update_placement(ctx, placement_id: str, *, today: dt.date | None = None, status_date=None, inactive_on=None, return_on=None,
                     **changes) -> Placement:
    """Change a placement; a new status (or an inactive/return date) adds a status history row."""
    require_staff(ctx.user)
    today = today or dt.date.today()
    changes, typing = _parse_dates(dict(changes))
    reject_unknown(Placement, changes, allowed=PLACEMENT_FIELDS)
    problems = Problems()
    status_date = parse_us_date(status_date, "status_date", "Status date", problems)
    inactive_on = parse_us_date(inactive_on, "inactive_on", "Inactive date", problems)
    return_on = parse_us_date(return_on, "return_on", "Return date", problems)
    if return_on and not inactive_on:
        problems.add("return_on", _("Return date needs the inactive date it returns from."))
    if return_on and inactive_on and return_on < inactive_on:
        problems.add("return_on", _("Return date cannot be before the inactive date."))
    with ctx.write() as rec:
        placement = load_owned(rec.session, ctx.user, Placement, placement_id)
        if "job_id" in changes:
            _job(rec.session, ctx.user, changes["job_id"], edit=False)
        after = merged(placement, changes)
        _check(after, typing + problems.items, today, _other_days_by_year(rec.session, placement.participant_id, placement.id, today))
        status_changed = "status" in changes and changes["status"] != placement.status
        rec.update(placement, changes)
        if status_changed or inactive_on:
            _history(rec, placement, placement.status, status_date or today, inactive_on, return_on)
        return placement


def remove_placement(ctx, placement_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        placement = load_owned(rec.session, ctx.user, Placement, placement_id)
        rec.remove(placement, summary="Worksite placement")


def _history(rec, placement: Placement, status: str, on: dt.date, inactive_on=None, return_on=None) -> None:
    rec.add(PlacementStatusChange(participant_id=placement.participant_id, placement_id=placement.id, status=status, changed_on=on,
                                  inactive_on=inactive_on, return_on=return_on), summary=f"Placement status: {status}")


# -- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusRow:
    """One line of the seed's STATUS HISTORY table."""

    status: str
    start_date: dt.date
    inactive_on: dt.date | None
    return_on: dt.date | None
    subsidized_start: dt.date | None
    subsidized_end: dt.date | None
    days_subsidized: int
    updated_on: dt.date | None
    updated_by: str


@dataclass(frozen=True)
class FollowUpRow:
    day_offset: int
    due: dt.date
    available: bool
    reviewed_on: dt.date | None
    wage: float | None
    employment_verified: bool

    @property
    def label(self) -> str:
        """Seed 001 wording: "30 Days Follow-Up Due on 9/7/2022"."""
        return f"{self.day_offset} Days Follow-Up Due on {self.due.month}/{self.due.day}/{self.due.year}"


@dataclass(frozen=True)
class PlacementView:
    placement: Placement
    job_title: str
    employer: str
    worksite: str
    days_subsidized: int
    history: list[StatusRow]
    follow_ups: list[FollowUpRow]


def participant_subsidized_days(ctx, participant_id: str, today: dt.date | None = None) -> int:
    """"Total Subsidized days for all items" (seed 001): the sum over all the participant's placements."""
    return sum(v.days_subsidized for v in list_placements(ctx, participant_id, today=today))


def list_placements(ctx, participant_id: str, service_id: str | None = None, today: dt.date | None = None) -> list[PlacementView]:
    from db.models import Employer, Job, Worksite

    today = today or dt.date.today()
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        query = (
            select(Placement, Job.title, Employer.name, Worksite.name)
            .join(Job, Job.id == Placement.job_id).join(Worksite, Worksite.id == Job.worksite_id).join(Employer, Employer.id == Worksite.employer_id)
            .where(Placement.participant_id == participant_id, ~Placement.deleted).order_by(Placement.start_date)
        )
        if service_id:
            query = query.where(Placement.plan_service_id == service_id)
        rows = s.execute(query).all()
        ids = [p.id for p, *_ in rows]
        changes = s.execute(select(PlacementStatusChange, User.full_name).outerjoin(User, User.id == PlacementStatusChange.updated_by)
                            .where(PlacementStatusChange.placement_id.in_(ids), ~PlacementStatusChange.deleted)
                            .order_by(PlacementStatusChange.changed_on, PlacementStatusChange.id)).all()
        reviews = list(s.scalars(select(FollowUp).where(FollowUp.placement_id.in_(ids), ~FollowUp.deleted)))
    views = []
    for placement, title, employer, worksite in rows:
        mine = [(c, who) for c, who in changes if c.placement_id == placement.id]
        days = rules.subsidized_days(placement, today, rules.inactive_gaps([c for c, _ in mine], today))
        history = [StatusRow(c.status, c.changed_on, c.inactive_on, c.return_on, placement.subsidized_start or placement.start_date,
                             placement.subsidized_end, days, c.updated_at.date() if c.updated_at else None, who or "") for c, who in mine]
        done = {f.day_offset: f for f in reviews if f.placement_id == placement.id}
        follow_ups = []
        for offset in domain.FOLLOW_UP_DAYS:
            due = rules.follow_up_due(placement.start_date, offset)
            f = done.get(offset)
            follow_ups.append(FollowUpRow(offset, due, rules.follow_ups_wanted(placement.status) and due <= today,
                                          f.reviewed_on if f else None, f.wage if f else None, bool(f and f.employment_verified)))
        views.append(PlacementView(placement, title, employer, worksite, days, history, follow_ups))
    return views


def get_placement(ctx, placement_id: str, today: dt.date | None = None) -> PlacementView:
    with ctx.read() as s:
        placement = load_owned(s, ctx.user, Placement, placement_id)
    for view in list_placements(ctx, placement.participant_id, today=today):
        if view.placement.id == placement_id:
            return view
    raise NotFound(_("Worksite placement not found."))


# -- follow-ups -----------------------------------------------------------------------------------


def review_follow_up(ctx, placement_id: str, day_offset: int, wage: float | None = None, employment_verified: bool = True,
                     note: str = "", two_way_contact: bool = False, today: dt.date | None = None) -> FollowUp:
    """Seed 001: review a due follow-up, update the wage if it changed, mark employment verified.

    The FollowUp row, the wage change and the follow-up case note land in one transaction.
    """
    require_staff(ctx.user)
    today = today or dt.date.today()
    if day_offset not in domain.FOLLOW_UP_DAYS:
        raise ValidationError([FieldError("day_offset", _("Follow-up must be the 30, 60, 90, 180 or 270 day follow-up."))])
    with ctx.write() as rec:
        placement = load_owned(rec.session, ctx.user, Placement, placement_id)
        due = rules.follow_up_due(placement.start_date, day_offset)
        problems = Problems()
        if not rules.follow_ups_wanted(placement.status):
            problems.add("day_offset", _("Follow-ups start once the placement is Started (Open); its status is {status}.").format(status=placement.status))
        elif due > today:
            problems.add("day_offset", _("The {day_offset}-day follow-up becomes available on {due:%m/%d/%Y}.").format(day_offset=day_offset, due=due))
        existing = rec.session.scalar(select(FollowUp).where(FollowUp.placement_id == placement.id, FollowUp.day_offset == day_offset, ~FollowUp.deleted))
        if existing is not None and existing.reviewed_on:
            problems.add("day_offset", _("The {day_offset}-day follow-up was already reviewed on {reviewed_on:%m/%d/%Y}.").format(day_offset=day_offset, reviewed_on=existing.reviewed_on))
        if wage is not None and (not isinstance(wage, (int, float)) or wage < placement.minimum_wage):
            problems.add("wage", _("Hourly wage must be at least the minimum wage for the placement (${minimum_wage:.2f}).").format(minimum_wage=placement.minimum_wage))
        problems.raise_if_any()
        verified = "employment verified" if employment_verified else "employment NOT verified"
        case_note = rec.add(CaseNote(participant_id=placement.participant_id, contact_date=today, subject=f"{day_offset}-day placement follow-up: {verified}",
                                     message=note.strip(), delivery="Saved only", two_way_contact=two_way_contact, author_id=ctx.user.id,
                                     entered_on=today), summary=f"Case note “{day_offset}-day placement follow-up”")
        if wage is not None and wage != placement.hourly_wage:
            rec.update(placement, {"hourly_wage": float(wage)})
        follow_up = FollowUp(participant_id=placement.participant_id, placement_id=placement.id, day_offset=day_offset, reviewed_on=today,
                             wage=float(wage) if wage is not None else placement.hourly_wage, employment_verified=employment_verified,
                             case_note_id=case_note.id)
        return rec.add(follow_up, summary=f"{day_offset}-day follow-up reviewed")
