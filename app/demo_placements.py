"""Demo worksite placements: employers, worksites and jobs per organization, placements whose
follow-ups are partly reviewed, partly due and partly overdue, and realistic entry dates.

Kept apart from app/demo.py so the demo stays readable; called from `demo.generate` with its
random generator, so the caseload stays deterministic for a given seed and day.
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app import domain
from app.rules.placements import follow_up_due
from app.services import employers, goals, placements, plan_services
from db.models import CaseNote, Credential, PlanService

#: seed 001's worksite table
JOBS = [("Young Drycleaners", "Laundry and Dry-Cleaning Workers", 8, 15.5), ("Eagles Range", "Grounds Maintenance Workers, All Other", 6, 16.0),
        ("Route 39 Transportation", "Logistics Managers", 9, 21.0), ("Humphrey Hondas", "Motorcycle Mechanics", 9, 18.25)]
MINIMUM_WAGE = 15.0
PLACED_SHARE = 0.3


def employers_for(ctx, rng: random.Random, orgs) -> dict[str, list]:
    """Organization id → its jobs (created once; a second demo run reuses them)."""
    existing = {(e.organization_id, e.name) for e in employers.list_employers(ctx)}
    for org in orgs:
        for name, title, openings, wage in JOBS:
            if (org.id, name) in existing:
                continue
            employer = employers.add_employer(ctx, name, organization_id=org.id, phone=f"309-555-{rng.randint(1000, 9999)}")
            site = employers.add_worksite(ctx, employer.id, name, address=f"{rng.randint(10, 999)} Commerce Dr", city="Peoria", state="IL", zip="61602")
            employers.add_job(ctx, site.id, title, wage, openings=openings, occupation=title)
    jobs: dict[str, list] = {org.id: [] for org in orgs}
    employer_org = {e.id: e.organization_id for e in employers.list_employers(ctx)}
    for job in employers.list_jobs(ctx):
        if employer_org.get(job.employer_id) in jobs:
            jobs[employer_org[job.employer_id]].append(job)
    return jobs


def placement_for(ctx, rng: random.Random, today: dt.date, participant_id: str, jobs: list, items) -> None:
    """About a third of participants get a work experience placement started 10–300 days ago."""
    if not jobs or rng.random() > PLACED_SHARE:
        return
    item = next(i for i in items if i.placement and i.name == "Work Experience")
    job = rng.choice(jobs)
    start = today - dt.timedelta(days=rng.randint(10, 300))
    goal = goals.add_goal(ctx, participant_id, statement="Complete a work experience placement", category="Career Plan", term="Short Term",
                          status="On Track", justification="Builds recent work history for the résumé.")
    due = start + dt.timedelta(days=rng.choice([90, 120, 150]))
    finished = due < today and rng.random() < 0.6
    status = "Successful completion" if finished else "Started (Open)"
    service = plan_services.add_service(ctx, participant_id, item.id, goal.id, planned_start=start, planned_due=due, weekly_hours=30.0,
                                        status=domain.SUCCESSFUL if finished else domain.STARTED, completion_date=due if finished else None)
    sub_end = min(due, start + dt.timedelta(days=rng.choice([60, 90, 120])))
    placement = placements.add_placement(
        ctx, service.id, job.id, today=today, minimum_wage=MINIMUM_WAGE, hourly_wage=max(MINIMUM_WAGE, job.hourly_wage),
        subsidized_wage=MINIMUM_WAGE, employer_wage_match=round(max(0.0, job.hourly_wage - MINIMUM_WAGE), 2),
        position_type=rng.choice(domain.POSITION_TYPES), status=status, start_date=start, planned_due=due,
        end_date=due if finished else None, subsidized_start=start, subsidized_end=sub_end if sub_end <= today else None,
        weekly_hours=30.0)
    for offset in domain.FOLLOW_UP_DAYS:
        if follow_up_due(start, offset) <= today - dt.timedelta(days=3) and rng.random() < 0.6:
            placements.review_follow_up(ctx, placement.id, offset, wage=placement.hourly_wage, note="Supervisor confirmed employment.",
                                        today=today)


def backdate_entries(ctx, rng: random.Random, today: dt.date, participant_id: str) -> None:
    """The demo writes a year of history in one go, so every row says "entered today". Real
    caseworkers enter events within a few days (rarely late): give each row such an entry date, so
    the late-entry rule (seed 002: 10 calendar days) finds a realistic few."""
    with ctx.write() as rec:
        for model, event in ((CaseNote, "contact_date"), (PlanService, "planned_start"), (Credential, "attained_on")):
            for row in rec.session.scalars(select(model).where(model.participant_id == participant_id, model.entered_on == today)):
                when = getattr(row, event)
                if when is None or when >= today:
                    continue
                delay = rng.randint(11, 20) if rng.random() < 0.04 else rng.randint(0, 4)
                rec.update(row, {"entered_on": min(today, when + dt.timedelta(days=delay))}, log=False)
