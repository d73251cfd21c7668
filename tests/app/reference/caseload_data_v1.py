"""The rows of the Excel caseload summary, read with a handful of grouped queries over the scope.

A supervisor's caseload may hold thousands of participants: every table is read once, filtered by a
subquery of the participants in scope, never once per participant.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app import domain
from app.errors import FieldError, ValidationError
from app.scope import participant_clause
from db.models import (
    CaseNote, CatalogItem, Credential, Employer, FollowUp, Goal, Job, Organization, Participant, Placement, PlanService, Region, User,
    Worksite,
)


@dataclass(frozen=True)
class CaseloadFilter:
    """Who is in the export (organization / region / planner) and which dated rows (the date range).

    The date range keeps services that overlap it, credentials attained and placements started in it,
    and contacts made in it; every participant in scope still gets a Caseload row.
    """

    organization_id: str | None = None
    region_id: str | None = None
    planner_username: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def check(self) -> None:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValidationError([FieldError("date_to", "The “to” date cannot be before the “from” date.")])


@dataclass
class CaseloadData:
    today: dt.date
    participants: list[dict] = field(default_factory=list)
    services: list[list] = field(default_factory=list)
    credentials: list[list] = field(default_factory=list)
    placements: list[list] = field(default_factory=list)
    overdue: list[list] = field(default_factory=list)
    by_status: Counter = field(default_factory=Counter)
    by_program: Counter = field(default_factory=Counter)
    by_planner: Counter = field(default_factory=Counter)

    def cell_count(self) -> int:
        return len(self.participants) * 21 + sum(len(r) for rows in (self.services, self.credentials, self.placements, self.overdue) for r in rows)


def _scope_query(ctx, f: CaseloadFilter):
    planner = aliased(User)
    query = (
        select(Participant.id, Participant.first_name, Participant.last_name, Participant.individual_number, Participant.program,
               Participant.enrollment_status, Organization.name.label("organization"), Region.name.label("region"), planner.full_name.label("planner"))
        .join(Organization, Organization.id == Participant.organization_id)
        .join(Region, Region.id == Organization.region_id)
        .outerjoin(planner, planner.id == Participant.planner_id)
        .where(~Participant.deleted, participant_clause(ctx.user))
    )
    if f.organization_id:
        query = query.where(Participant.organization_id == f.organization_id)
    if f.region_id:
        query = query.where(Organization.region_id == f.region_id)
    if f.planner_username:
        query = query.where(planner.username == f.planner_username)
    return query


def _in_range(column, f: CaseloadFilter):
    clauses = []
    if f.date_from:
        clauses.append(column >= f.date_from)
    if f.date_to:
        clauses.append(column <= f.date_to)
    return and_(*clauses) if clauses else None


def _as_date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def load_caseload(ctx, f: CaseloadFilter, compliance, today: dt.date | None = None) -> CaseloadData:
    f.check()
    today = today or dt.date.today()
    data = CaseloadData(today=today)
    scope = _scope_query(ctx, f)
    ids = scope.with_only_columns(Participant.id).scalar_subquery()
    ps = PlanService
    with ctx.read() as s:
        people = s.execute(scope.order_by(Participant.last_name, Participant.first_name)).all()
        goal_counts = defaultdict(Counter)
        for pid, status, n in s.execute(
            select(Goal.participant_id, Goal.status, func.count()).where(~Goal.deleted, Goal.participant_id.in_(ids)).group_by(Goal.participant_id, Goal.status)
        ):
            goal_counts[pid][status] = n
        service_query = (
            select(ps.participant_id, ps.status, ps.planned_start, ps.planned_due, ps.completion_date, ps.weekly_hours,
                   CatalogItem.code, CatalogItem.name, CatalogItem.service_type, Goal.statement)
            .join(CatalogItem, CatalogItem.id == PlanService.catalog_item_id)
            .outerjoin(Goal, Goal.id == PlanService.goal_id)
            .where(~PlanService.deleted, PlanService.participant_id.in_(ids))
            .order_by(PlanService.participant_id, PlanService.planned_start)
        )
        if f.date_from:
            service_query = service_query.where(or_(PlanService.planned_due.is_(None), PlanService.planned_due >= f.date_from))
        if f.date_to:
            service_query = service_query.where(or_(PlanService.planned_start.is_(None), PlanService.planned_start <= f.date_to))
        services = s.execute(service_query).all()
        credential_query = select(Credential).where(~Credential.deleted, Credential.participant_id.in_(ids)).order_by(Credential.attained_on)
        if (clause := _in_range(Credential.attained_on, f)) is not None:
            credential_query = credential_query.where(clause)
        credentials = list(s.scalars(credential_query))
        placement_query = (
            select(Placement, Job.title, Worksite.name, Employer.name)
            .join(Job, Job.id == Placement.job_id)
            .join(Worksite, Worksite.id == Job.worksite_id)
            .join(Employer, Employer.id == Worksite.employer_id)
            .where(~Placement.deleted, Placement.participant_id.in_(ids))
            .order_by(Placement.start_date)
        )
        if (clause := _in_range(Placement.start_date, f)) is not None:
            placement_query = placement_query.where(clause)
        placements = s.execute(placement_query).all()
        follow_ups = defaultdict(dict)
        for fu in s.scalars(select(FollowUp).where(~FollowUp.deleted, FollowUp.participant_id.in_(ids))):
            follow_ups[fu.placement_id][fu.day_offset] = fu
        contact_query = select(CaseNote.participant_id, func.max(CaseNote.contact_date)).where(
            ~CaseNote.deleted, CaseNote.two_way_contact, CaseNote.participant_id.in_(ids))
        if (clause := _in_range(CaseNote.contact_date, f)) is not None:
            contact_query = contact_query.where(clause)
        last_contact = {pid: _as_date(d) for pid, d in s.execute(contact_query.group_by(CaseNote.participant_id))}

    names = {p.id: (f"{p.last_name}, {p.first_name}", p.individual_number) for p in people}
    service_counts = defaultdict(Counter)
    for pid, status, start, due, completed, hours, code, name, service_type, goal in services:
        service_counts[pid][status] += 1
        person, number = names[pid]
        data.services.append([person, number, code, name, service_type, goal or "", status, start, due, completed, hours])
    credential_counts = Counter()
    for c in credentials:
        credential_counts[c.participant_id] += 1
        person, number = names[c.participant_id]
        data.credentials.append([person, number, c.name, c.kind, c.source, c.attained_on, c.institution, "Yes" if c.work_experience_in_field else "No"])
    placement_counts = Counter()
    for pl, title, worksite, employer in placements:
        placement_counts[pl.participant_id] += 1
        person, number = names[pl.participant_id]
        row = [person, number, employer, worksite, title, pl.status, pl.start_date, pl.planned_due, pl.end_date, pl.hourly_wage, pl.subsidized_wage]
        for offset in domain.FOLLOW_UP_DAYS:
            fu = follow_ups[pl.id].get(offset)
            # (issue 16: the due date and the review date in two columns, where one column held either)
            row += [pl.start_date + dt.timedelta(days=offset), fu.reviewed_on if fu and fu.reviewed_on else None]
        data.placements.append(row)

    facts = compliance(ctx, [p.id for p in people], today)
    for p in people:
        org, region, planner_name = p.organization, p.region, p.planner
        fact = facts.get(p.id)
        goals, svc = goal_counts[p.id], service_counts[p.id]
        data.participants.append({
            "name": f"{p.last_name}, {p.first_name}", "individual_number": p.individual_number, "organization": org, "region": region,
            "planner": planner_name or "", "program": p.program, "plan_type": domain.plan_type(p.program), "enrollment_status": p.enrollment_status,
            "goals": [goals[s] for s in domain.GOAL_STATUSES], "services": [svc[s] for s in domain.SERVICE_STATUSES],
            "last_contact": last_contact.get(p.id), "next_review_due": fact.next_review_due if fact else None,
            "overdue": fact.overdue_count if fact else 0, "credentials": credential_counts[p.id], "placements": placement_counts[p.id],
            "subsidized_days": fact.subsidized_days if fact else None, "rubric": fact.rubric_level if fact else "",
        })
        data.by_status[p.enrollment_status] += 1
        data.by_program[p.program] += 1
        data.by_planner[planner_name or "(no planner)"] += 1
        for item in fact.overdue if fact else []:
            data.overdue.append([f"{p.last_name}, {p.first_name}", p.individual_number, planner_name or "", item.kind, item.due_date, item.days_overdue])
    data.overdue.sort(key=lambda r: -r[5])
    return data
