"""The rows of the Excel caseload summary, read with a handful of grouped queries over the scope.

A supervisor's caseload may hold thousands of participants: every table is read once, filtered by a
subquery of the participants in scope, never once per participant.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import aliased

from app import domain
from app.errors import FieldError, ValidationError
from app.reminders import raw
from app.reports.compliance import small_page_cache
from app.scope import participant_clause
from db.models import (
    CatalogItem, Credential, Employer, FollowUp, Goal, Job, Organization, Participant, Placement, PlanService, Region, User,
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
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _dates(date_type):
    """(parse stored ISO text, convert a date) into `date_type` (the workbook's USDate: no second pass)."""
    fromiso = date_type.fromisoformat

    def parse(value):
        return value and fromiso(value[:10])

    def convert(value):
        return value and (value if type(value) is date_type else date_type(value.year, value.month, value.day))
    return parse, convert


#: Per-participant counts and last contacts for the Caseload sheet, read from the covering indexes of
#: laptop migrations 0006_scale / 0007_reports and checked against the participants in scope in Python
#: (as app.reminders does): an IN sub-select of the scope made SQLite read every goal, step and note row.
_GOAL_COUNTS = "SELECT x.participant_id, x.status, count(*) FROM goal AS x WHERE x.deleted = 0 GROUP BY x.participant_id, x.status"


def _service_counts(f: CaseloadFilter):
    """Steps per participant and status, with the Services sheet's date range (from ix_plan_service_steps)."""
    return _dated_sql("SELECT x.participant_id, x.status, count(*) FROM plan_service AS x WHERE x.deleted = 0", f,
                     " AND (x.planned_due IS NULL OR x.planned_due >= :date_from)",
                     " AND (x.planned_start IS NULL OR x.planned_start <= :date_to)", " GROUP BY x.participant_id, x.status")


def _last_contacts(f: CaseloadFilter):
    """The last two-way contact per participant in the date range (from ix_case_note_two_way_contact)."""
    from app.reminders import _LAST_CONTACT

    return _dated_sql(_LAST_CONTACT, f, " AND x.contact_date >= :date_from", " AND x.contact_date <= :date_to", " GROUP BY x.participant_id")


def _dated_sql(sql: str, f: CaseloadFilter, from_clause: str, to_clause: str, tail: str):
    """`sql` with the filter's date range clauses that apply, then `tail`: (statement, parameters)."""
    params = {}
    if f.date_from:
        sql += from_clause
        params["date_from"] = f.date_from.isoformat()
    if f.date_to:
        sql += to_clause
        params["date_to"] = f.date_to.isoformat()
    return text(sql + tail), params


@dataclass
class CaseloadStream:
    """The workbook's content, its big sheets read row by row while they are written (memory does not
    grow with the services, credentials and placements). `sheets`: name → (header key, rows); only valid
    inside `open_caseload`'s `with` block."""

    today: dt.date
    participant_count: int
    overdue_count: int
    by_status: Counter
    by_program: Counter
    by_planner: Counter
    sheets: dict = field(default_factory=dict)
    #: name → number of rows of each sheet (known before its rows are read: the autofilter's range)
    counts: dict = field(default_factory=dict)
    #: the class of every date in the rows
    date_type: type = dt.date


@contextmanager
def open_caseload(ctx, f: CaseloadFilter, compliance, today: dt.date | None = None, date_type: type = dt.date) -> Iterator[CaseloadStream]:
    """One read transaction: the participants, the compliance facts (reminders and the rubric computed
    once, by `compliance`) and per-participant counts first; then each sheet's rows as an iterator over
    its query. Rows and their order are those of the workbook; every date is a `date_type`."""
    f.check()
    _iso, as_date = _dates(date_type)
    today = today or dt.date.today()
    scope = _scope_query(ctx, f)
    ids = scope.with_only_columns(Participant.id).scalar_subquery()
    ps = PlanService
    service_query = (
        select(ps.participant_id, ps.status, raw(ps.planned_start), raw(ps.planned_due), raw(ps.completion_date), ps.weekly_hours,
               CatalogItem.code, CatalogItem.name, CatalogItem.service_type, Goal.statement)
        .outerjoin(CatalogItem, CatalogItem.id == PlanService.catalog_item_id)  # every step is counted (_service_counts)
        .outerjoin(Goal, Goal.id == PlanService.goal_id)
        .where(~PlanService.deleted, PlanService.participant_id.in_(ids))
        .order_by(PlanService.participant_id, PlanService.planned_start)
    )
    if f.date_from:
        service_query = service_query.where(or_(PlanService.planned_due.is_(None), PlanService.planned_due >= f.date_from))
    if f.date_to:
        service_query = service_query.where(or_(PlanService.planned_start.is_(None), PlanService.planned_start <= f.date_to))
    c = Credential
    credential_query = (select(c.participant_id, c.name, c.kind, c.source, raw(c.attained_on), c.institution, c.work_experience_in_field)
                        .where(~c.deleted, c.participant_id.in_(ids)).order_by(c.attained_on))
    if (clause := _in_range(Credential.attained_on, f)) is not None:
        credential_query = credential_query.where(clause)
    pl = Placement
    placement_query = (
        select(pl.participant_id, pl.id, Employer.name, Worksite.name, Job.title, pl.status, raw(pl.start_date), raw(pl.planned_due),
               raw(pl.end_date), pl.hourly_wage, pl.subsidized_wage)
        .join(Job, Job.id == Placement.job_id)
        .join(Worksite, Worksite.id == Job.worksite_id)
        .join(Employer, Employer.id == Worksite.employer_id)
        .where(~Placement.deleted, Placement.participant_id.in_(ids))
        .order_by(Placement.start_date)
    )
    if (clause := _in_range(Placement.start_date, f)) is not None:
        placement_query = placement_query.where(clause)

    def counted(query, *group):
        sub = query.subquery()
        return select(sub.c.participant_id, *(sub.c[g] for g in group), func.count()).group_by(sub.c.participant_id, *(sub.c[g] for g in group))

    with ctx.read() as session, small_page_cache(session.connection()):
        s = session.connection()  # column queries on Core: the ORM's row machinery doubled the reading time
        people = s.execute(scope.order_by(Participant.last_name, Participant.first_name)).all()
        in_scope = {p.id for p in people}
        goal_index = {status: k for k, status in enumerate(domain.GOAL_STATUSES)}
        goal_counts: dict[str, list[int]] = {}
        for pid, status, n in s.execute(text(_GOAL_COUNTS)):
            k = goal_index.get(status)
            if k is not None and pid in in_scope:
                goal_counts.setdefault(pid, [0] * len(goal_index))[k] = n
        service_index = {status: k for k, status in enumerate(domain.SERVICE_STATUSES)}
        service_counts: dict[str, list[int]] = {}
        service_total = 0
        for pid, status, n in s.execute(*_service_counts(f)):
            if pid in in_scope:
                service_total += n
                k = service_index.get(status)
                if k is not None:
                    service_counts.setdefault(pid, [0] * len(service_index))[k] = n
        credential_counts = dict(s.execute(counted(credential_query.order_by(None))).all())
        placement_counts = dict(s.execute(counted(placement_query.order_by(None))).all())
        last_contact = {pid: _as_date(d) for pid, d in s.execute(*_last_contacts(f)) if pid in in_scope}
        ids_in_order = [p.id for p in people]
        facts = (compliance(ctx, ids_in_order, today, session=session) if getattr(compliance, "reads_in_session", False)
                 else compliance(ctx, ids_in_order, today))
        names = {p.id: (f"{p.last_name}, {p.first_name}", p.individual_number) for p in people}
        stream = CaseloadStream(today, len(people), 0, Counter(), Counter(), Counter(), date_type=date_type)
        overdue = []
        for p in people:
            planner_name = p.planner or ""
            stream.by_status[p.enrollment_status] += 1
            stream.by_program[p.program] += 1
            stream.by_planner[planner_name or "(no planner)"] += 1
            fact = facts.get(p.id)
            for item in fact.overdue if fact else []:
                overdue.append([f"{p.last_name}, {p.first_name}", p.individual_number, planner_name, item.kind, as_date(item.due_date),
                                item.days_overdue])
        overdue.sort(key=lambda r: -r[5])
        stream.overdue_count = len(overdue)
        stream.counts = {"Caseload": len(people), "Services": service_total,
                         "Credentials": sum(credential_counts.values()), "Placements & Follow-ups": sum(placement_counts.values()),
                         "Overdue": len(overdue)}

        def caseload():
            for p in people:
                fact = facts.get(p.id)
                goals, svc = goal_counts.get(p.id) or [0] * len(goal_index), service_counts.get(p.id) or [0] * len(service_index)
                yield {
                    "name": f"{p.last_name}, {p.first_name}", "individual_number": p.individual_number, "organization": p.organization,
                    "region": p.region, "planner": p.planner or "", "program": p.program, "plan_type": domain.plan_type(p.program),
                    "enrollment_status": p.enrollment_status, "goals": goals, "services": svc, "last_contact": as_date(last_contact.get(p.id)),
                    "next_review_due": as_date(fact.next_review_due) if fact else None, "overdue": fact.overdue_count if fact else 0,
                    "credentials": credential_counts.get(p.id, 0), "placements": placement_counts.get(p.id, 0),
                    "subsidized_days": fact.subsidized_days if fact else None, "rubric": fact.rubric_level if fact else "",
                }

        def services():
            for pid, status, start, due, completed, hours, code, name, service_type, goal in s.execute(service_query):
                person, number = names[pid]
                yield [person, number, code, name, service_type, goal or "", status, _iso(start), _iso(due), _iso(completed), hours]

        def credentials():
            for pid, name, kind, source, attained, institution, in_field in s.execute(credential_query):
                person, number = names[pid]
                yield [person, number, name, kind, source, _iso(attained), institution, "Yes" if in_field else "No"]

        def placements():
            reviewed = {}
            for placement_id, offset, on in s.execute(select(FollowUp.placement_id, FollowUp.day_offset, raw(FollowUp.reviewed_on))
                                                      .where(~FollowUp.deleted, FollowUp.participant_id.in_(ids))):
                reviewed[placement_id, offset] = on
            for pid, placement_id, employer, worksite, title, status, start, planned_due, end, wage, subsidized in s.execute(placement_query):
                person, number = names[pid]
                start = _iso(start)
                row = [person, number, employer, worksite, title, status, start, _iso(planned_due), _iso(end), wage, subsidized]
                for offset in domain.FOLLOW_UP_DAYS:  # each follow-up's due date, then the day it was reviewed (or nothing)
                    on = reviewed.get((placement_id, offset))
                    row += [start + dt.timedelta(days=offset), _iso(on) if on else None]
                yield row

        stream.sheets = {"Caseload": caseload(), "Services": services(), "Credentials": credentials(),
                         "Placements & Follow-ups": placements(), "Overdue": iter(overdue)}
        yield stream


def load_caseload(ctx, f: CaseloadFilter, compliance, today: dt.date | None = None) -> CaseloadData:
    """Every row in memory (the benchmark's floor dumps these; the export streams them instead)."""
    with open_caseload(ctx, f, compliance, today) as stream:
        data = CaseloadData(today=stream.today, by_status=stream.by_status, by_program=stream.by_program, by_planner=stream.by_planner)
        data.participants = list(stream.sheets["Caseload"])
        data.services = list(stream.sheets["Services"])
        data.credentials = list(stream.sheets["Credentials"])
        data.placements = list(stream.sheets["Placements & Follow-ups"])
        data.overdue = list(stream.sheets["Overdue"])
    return data


def stream_of(data: CaseloadData) -> CaseloadStream:
    """A loaded caseload as a stream (what the workbook writer takes)."""
    sheets = {"Caseload": data.participants, "Services": data.services, "Credentials": data.credentials,
              "Placements & Follow-ups": data.placements, "Overdue": data.overdue}
    return CaseloadStream(data.today, len(data.participants), len(data.overdue), data.by_status, data.by_program, data.by_planner,
                          {name: iter(rows) for name, rows in sheets.items()}, {name: len(rows) for name, rows in sheets.items()})
