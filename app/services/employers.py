"""Employers → worksites → jobs: the worksite placement tool (seed 001).

Seed 001: "make sure that all employers and worksites have been identified in the worksite placement
tool" before placing a participant. Scope follows the employer's organization: a caseworker sees and
edits their organization's employers; a program manager those of their region; an administrator all.
An employer without an organization is statewide: everyone sees it, only an administrator edits it.
"""
from __future__ import annotations

from app.i18n import _, ngettext
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select, true

from app.errors import FieldError, NotAllowed, NotFound, Problems, ValidationError
from app.rules.values import is_blank, is_state_code, is_zip, normalise_state_zip
from app.scope import CurrentUser, organization_in_scope, require_staff
from app.services.common import reject_unknown, strip_text
from db.models import Employer, Job, Organization, Worksite

EMPLOYER_FIELDS = {"name", "organization_id", "phone"}
WORKSITE_FIELDS = {"name", "address", "city", "state", "zip"}
JOB_FIELDS = {"title", "occupation", "openings", "hourly_wage"}


def employer_clause(user: CurrentUser) -> ColumnElement[bool]:
    if user.role == "administrator":
        return true()
    if user.role == "caseworker":
        return or_(Employer.organization_id.is_(None), Employer.organization_id == user.organization_id)
    if user.role == "program_manager":
        orgs = select(Organization.id).where(Organization.region_id == user.region_id)
        return or_(Employer.organization_id.is_(None), Employer.organization_id.in_(orgs))
    return Employer.id.is_(None)


def _employer(session, user: CurrentUser, employer_id: str, *, edit: bool) -> Employer:
    row = session.scalar(select(Employer).where(Employer.id == employer_id, ~Employer.deleted, employer_clause(user)))
    if row is None:
        raise NotFound(_("Employer not found."))
    if edit and row.organization_id is None and user.role != "administrator":
        raise NotAllowed(_("Only an administrator can change a statewide employer."))
    return row


def _worksite(session, user, worksite_id: str, *, edit: bool) -> Worksite:
    row = session.get(Worksite, worksite_id)
    if row is None or row.deleted:
        raise NotFound(_("Worksite not found."))
    _employer(session, user, row.employer_id, edit=edit)
    return row


def _job(session, user, job_id: str, *, edit: bool) -> Job:
    row = session.get(Job, job_id)
    if row is None or row.deleted:
        raise NotFound(_("Job not found."))
    _worksite(session, user, row.worksite_id, edit=edit)
    return row


def _refuse_if_placed(session, jobs: list[Job], what: str) -> None:
    """A job someone is placed in stays (the placement's history and follow-ups name it)."""
    from sqlalchemy import func

    from db.models import Placement

    ids = [j.id for j in jobs]
    if not ids:
        return
    placed = session.scalar(select(func.count()).select_from(Placement).where(Placement.job_id.in_(ids), ~Placement.deleted))
    if placed:
        raise ValidationError([FieldError("job_id", ngettext("{what} has {placed} worksite placement: remove the placement first (on the participant's step/service).",
                                                         "{what} has {placed} worksite placements: remove the placements first (on the participant's step/service).",
                                                         placed).format(what=what, placed=placed))])


# -- rules ----------------------------------------------------------------------------------------


def check_employer(values: dict) -> None:
    problems = Problems()
    if is_blank(values.get("name")):
        problems.add("name", _("Employer name is required."))
    problems.raise_if_any()


def check_worksite(values: dict) -> None:
    problems = Problems()
    if is_blank(values.get("name")):
        problems.add("name", _("Worksite name is required."))
    state = values.get("state") or ""
    if state and not is_state_code(state):
        problems.add("state", _("Worksite state must be a two-letter code such as IL."))
    zip_code = values.get("zip") or ""
    if zip_code and not is_zip(zip_code):
        problems.add("zip", _("Worksite ZIP must be 5 digits (or ZIP+4)."))
    problems.raise_if_any()


def check_job(values: dict) -> None:
    problems = Problems()
    if is_blank(values.get("title")):
        problems.add("title", _("Job title is required."))
    openings = values.get("openings")
    if not isinstance(openings, int) or openings < 0:
        problems.add("openings", _("Total number of openings must be a whole number, 0 or more."))
    wage = values.get("hourly_wage")
    if not isinstance(wage, (int, float)) or wage <= 0:
        problems.add("hourly_wage", _("Hourly wage of the job must be more than $0.00."))
    problems.raise_if_any()


# -- employers ------------------------------------------------------------------------------------


def add_employer(ctx, name: str, organization_id: str | None = None, phone: str = "") -> Employer:
    require_staff(ctx.user)
    values = strip_text({"name": name, "phone": phone, "organization_id": organization_id})
    if ctx.user.role == "caseworker" and not values["organization_id"]:
        values["organization_id"] = ctx.user.organization_id
    check_employer(values)
    with ctx.write() as rec:
        org = values["organization_id"]
        if (org is None and ctx.user.role != "administrator") or (org and not organization_in_scope(rec.session, ctx.user, org)):
            raise NotAllowed(_("You can only add employers to an organization in your scope."))
        return rec.add(Employer(**values), summary=f"Employer “{values['name']}”")


def update_employer(ctx, employer_id: str, **changes) -> Employer:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(Employer, changes, allowed=EMPLOYER_FIELDS)
    with ctx.write() as rec:
        employer = _employer(rec.session, ctx.user, employer_id, edit=True)
        check_employer({"name": employer.name, **changes})
        if "organization_id" in changes and not organization_in_scope(rec.session, ctx.user, changes["organization_id"] or ""):
            raise NotAllowed(_("You can only move employers to an organization in your scope."))
        rec.update(employer, changes)
        return employer


def remove_employer(ctx, employer_id: str) -> None:
    """Removes the employer with its worksites and jobs (tombstones, so the removal syncs)."""
    require_staff(ctx.user)
    with ctx.write() as rec:
        employer = _employer(rec.session, ctx.user, employer_id, edit=True)
        sites = list(rec.session.scalars(select(Worksite).where(Worksite.employer_id == employer.id, ~Worksite.deleted)))
        _refuse_if_placed(rec.session, list(rec.session.scalars(select(Job).where(Job.worksite_id.in_([w.id for w in sites]), ~Job.deleted))),
                          f"Employer “{employer.name}”")
        for worksite in sites:
            for job in rec.session.scalars(select(Job).where(Job.worksite_id == worksite.id, ~Job.deleted)):
                rec.remove(job, summary=f"Job “{job.title}”")
            rec.remove(worksite, summary=f"Worksite “{worksite.name}”")
        rec.remove(employer, summary=f"Employer “{employer.name}”")


def list_employers(ctx) -> list[Employer]:
    with ctx.read() as s:
        return list(s.scalars(select(Employer).where(~Employer.deleted, employer_clause(ctx.user)).order_by(Employer.name)))


# -- worksites ------------------------------------------------------------------------------------


def add_worksite(ctx, employer_id: str, name: str, **values) -> Worksite:
    require_staff(ctx.user)
    values = strip_text({"name": name, **values})
    reject_unknown(Worksite, values, allowed=WORKSITE_FIELDS)
    values = normalise_state_zip({"state": "", **values})
    check_worksite(values)
    with ctx.write() as rec:
        _employer(rec.session, ctx.user, employer_id, edit=True)
        return rec.add(Worksite(employer_id=employer_id, **values), summary=f"Worksite “{values['name']}”")


def update_worksite(ctx, worksite_id: str, **changes) -> Worksite:
    require_staff(ctx.user)
    changes = normalise_state_zip(strip_text(changes))
    reject_unknown(Worksite, changes, allowed=WORKSITE_FIELDS)
    with ctx.write() as rec:
        worksite = _worksite(rec.session, ctx.user, worksite_id, edit=True)
        check_worksite({f: getattr(worksite, f) for f in WORKSITE_FIELDS} | changes)
        rec.update(worksite, changes)
        return worksite


def remove_worksite(ctx, worksite_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        worksite = _worksite(rec.session, ctx.user, worksite_id, edit=True)
        jobs = list(rec.session.scalars(select(Job).where(Job.worksite_id == worksite.id, ~Job.deleted)))
        _refuse_if_placed(rec.session, jobs, f"Worksite “{worksite.name}”")
        for job in jobs:
            rec.remove(job, summary=f"Job “{job.title}”")
        rec.remove(worksite, summary=f"Worksite “{worksite.name}”")


def list_worksites(ctx, employer_id: str) -> list[Worksite]:
    with ctx.read() as s:
        _employer(s, ctx.user, employer_id, edit=False)
        return list(s.scalars(select(Worksite).where(Worksite.employer_id == employer_id, ~Worksite.deleted).order_by(Worksite.name)))


# -- jobs -----------------------------------------------------------------------------------------


def add_job(ctx, worksite_id: str, title: str, hourly_wage: float, openings: int = 1, occupation: str = "") -> Job:
    require_staff(ctx.user)
    values = strip_text({"title": title, "occupation": occupation, "openings": openings, "hourly_wage": hourly_wage})
    check_job(values)
    with ctx.write() as rec:
        _worksite(rec.session, ctx.user, worksite_id, edit=True)
        return rec.add(Job(worksite_id=worksite_id, **values), summary=f"Job “{values['title']}”")


def update_job(ctx, job_id: str, **changes) -> Job:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(Job, changes, allowed=JOB_FIELDS)
    with ctx.write() as rec:
        job = _job(rec.session, ctx.user, job_id, edit=True)
        check_job({f: getattr(job, f) for f in JOB_FIELDS} | changes)
        rec.update(job, changes)
        return job


def remove_job(ctx, job_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        job = _job(rec.session, ctx.user, job_id, edit=True)
        _refuse_if_placed(rec.session, [job], f"Job “{job.title}”")
        rec.remove(job, summary=f"Job “{job.title}”")


@dataclass(frozen=True)
class JobRow:
    """One line of the seed's worksite table: Employer, Worksite, Job, Total Number of Openings."""

    id: str
    employer_id: str
    employer: str
    worksite_id: str
    worksite: str
    title: str
    occupation: str
    openings: int
    hourly_wage: float


def list_jobs(ctx, employer_id: str | None = None) -> list[JobRow]:
    """Every job the user can place a participant in, in one query."""
    query = (
        select(Job, Worksite.id, Worksite.name, Employer.id, Employer.name)
        .join(Worksite, Worksite.id == Job.worksite_id)
        .join(Employer, Employer.id == Worksite.employer_id)
        .where(~Job.deleted, ~Worksite.deleted, ~Employer.deleted, employer_clause(ctx.user))
        .order_by(Employer.name, Worksite.name, Job.title)
    )
    if employer_id:
        query = query.where(Employer.id == employer_id)
    with ctx.read() as s:
        rows = s.execute(query).all()
    return [JobRow(job.id, eid, ename, wid, wname, job.title, job.occupation, job.openings, job.hourly_wage)
            for job, wid, wname, eid, ename in rows]


def get_job(ctx, job_id: str) -> JobRow:
    for row in list_jobs(ctx):
        if row.id == job_id:
            return row
    raise NotFound(_("Job not found."))


def get_employer(ctx, employer_id: str) -> Employer:
    with ctx.read() as s:
        return _employer(s, ctx.user, employer_id, edit=False)


def get_worksite(ctx, worksite_id: str) -> Worksite:
    with ctx.read() as s:
        return _worksite(s, ctx.user, worksite_id, edit=False)
