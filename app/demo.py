"""A realistic, deterministic demo caseload, written through the same services as everything else.

Deterministic: the same seed and the same day give the same caseload (dates are relative to today,
so reminders and overdue items look real whenever it is generated).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Callable

from app import demo_placements, domain
from app.rules.attendance import service_weeks
from app.services import assessments, catalog, documents, goals, outcomes, participants, plan_services, records, users
from app.services import attendance as attendance_service

FIRST = ["José", "María", "Zoë", "Chloé", "Renée", "Łukasz", "Siobhán", "Nguyễn", "Ana", "Luis", "Aisha", "Darnell", "Emily",
         "Jamal", "Keisha", "Marcus", "Priya", "Sofía", "Tomás", "Wei", "Yusuf", "Brianna", "Héctor", "Inés", "Kwame", "Lucía",
         "Matías", "Noémie", "Óscar", "Raúl", "Søren", "Thérèse", "Valentín", "Xóchitl", "Ángel", "Björn", "Camille", "Dmitri"]
LAST = ["Ñúñez", "García", "Müller", "O'Brien", "Nguyen", "Pérez", "Johnson", "Williams", "Smith", "Brown", "Jones", "Davis",
        "Martínez", "Rodríguez", "Hernández", "López", "González", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
        "Kowalski", "Çelik", "Dubois", "Jiménez", "Schröder", "Ortiz", "Ramírez", "Washington", "Castañeda", "Fernández"]
CITIES = [("Springfield", "IL", "62701"), ("Peoria", "IL", "61602"), ("Rockford", "IL", "61101"), ("Joliet", "IL", "60431"),
          ("Champaign", "IL", "61820"), ("Decatur", "IL", "62521"), ("Carbondale", "IL", "62901"), ("Aurora", "IL", "60505")]
STREETS = ["Main St", "Oak Ave", "Maple Dr", "Lincoln Way", "Washington Blvd", "Cedar Ln", "Elm St", "Park Ave"]
REGIONS = {"Northern Region": ["Rock River Works", "Fox Valley Careers"], "Central Region": ["Prairie Workforce Partners", "Sangamon Job Center"],
           "Southern Region": ["Little Egypt Employment", "Shawnee Pathways"]}
GOALS = {
    "Career Plan": ["Obtain full-time employment as a {occ}", "Earn a living wage of ${wage}/hour", "Explore careers in {occ}",
                    "Complete a work experience placement"],
    "Education/Training Plan": ["Earn my GED by the end of the year", "Complete CDL Class A training", "Get OSHA-10 and First-Aid CPR certified",
                                "Finish the certified nursing assistant course"],
    "Support Services": ["Arrange reliable transportation to work", "Secure childcare during training hours"],
    "Independent Living": ["Open a checking account and keep a budget", "Find stable housing near my job"],
}
OCCUPATIONS = ["Welder", "Certified Nursing Assistant", "Truck Driver", "Electrician Apprentice", "Medical Assistant",
               "Warehouse Associate", "Carpenter", "IT Support Specialist", "Line Cook", "HVAC Technician"]
INTAKE_SECTIONS = [("Basic skills", "TABE reading at 9th-grade level; math at 7th."),
                   ("Employment/education history", "Two years in warehouse work; left school in 11th grade."),
                   ("Family/support system", "Lives with a sister who can help with childcare."),
                   ("Job/employability skills", "Punctual and reliable; needs interview practice."),
                   ("Aptitudes", "Strong mechanical reasoning.")]
ASSESSMENTS = ["Career Cluster Inventory", "Employment 101 – Pre", "Employment 101 – Post", "NOCTI"]


@dataclass(frozen=True)
class DemoResult:
    participants: int
    organizations: int
    users: int


def _people(ctx, rng: random.Random, password: str) -> tuple[list, dict[str, list]]:
    orgs, caseworkers = [], {}
    existing_users = {u.username: u for u in users.list_users(ctx)}
    regions = {r.name: r for r in users.list_regions(ctx)}
    known_orgs = {o.name: o for o in users.list_organizations(ctx)}
    for r_index, (region_name, org_names) in enumerate(REGIONS.items()):
        region = regions.get(region_name) or users.create_region(ctx, region_name)
        slug = region_name.split()[0].lower()
        if f"pm.{slug}" not in existing_users:
            users.create_user(ctx, f"pm.{slug}", password, "program_manager", full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", region_id=region.id)
        for o_index, org_name in enumerate(org_names):
            org = known_orgs.get(org_name) or users.create_organization(
                ctx, org_name, region.id, address=f"{100 + o_index} {rng.choice(STREETS)}", phone=f"217-555-{1000 + r_index * 10 + o_index}")
            orgs.append(org)
            caseworkers[org.id] = []
            for k in range(2):
                username = f"cw{r_index + 1}{o_index + 1}{k + 1}"
                user = existing_users.get(username) or users.create_user(
                    ctx, username, password, "caseworker", full_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    email=f"{username}@example.org", phone=f"217-555-{2000 + len(caseworkers[org.id])}", organization_id=org.id)
                caseworkers[org.id].append(user)
    return orgs, caseworkers


def generate(ctx, count: int, *, seed: int = 7, password: str | None = None, progress: Callable[[int, int], None] | None = None,
             batch_size: int = 25, first: int = 0) -> DemoResult:
    """Add regions, organizations, staff and `count` participants with full plans.

    `first` numbers the participants from there (individual numbers 100000 + i), so a caseload can be
    generated in several calls. Each batch of `batch_size` participants is one transaction.
    """
    rng = random.Random(f"{seed}:{first}")
    today = dt.date.today()
    staff_password = password or "fieldplan-demo"
    orgs, caseworkers = _people(ctx, rng, staff_password)
    jobs = demo_placements.employers_for(ctx, rng, orgs)
    items = catalog.list_catalog(ctx)
    regular = [i for i in items if i.service_type != "Support Service"]
    support = [i for i in items if i.service_type == "Support Service"]
    done = 0
    while done < count:
        with ctx.batch():
            for _ in range(min(batch_size, count - done)):
                index = first + done
                org = orgs[index % len(orgs)]
                pid = _participant(ctx, rng, today, index, org, caseworkers[org.id], regular, support)
                demo_placements.placement_for(ctx, rng, today, pid, jobs[org.id], items)
                demo_placements.backdate_entries(ctx, rng, today, pid)
                done += 1
        if progress:
            progress(done, count)
    return DemoResult(count, len(orgs), sum(len(v) for v in caseworkers.values()) + len(REGIONS))


def _participant(ctx, rng, today, index, org, planners, regular, support) -> None:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    city, state, zip_code = rng.choice(CITIES)
    program = rng.choice(domain.PROGRAMS)
    applied = today - dt.timedelta(days=rng.randint(20, 400))
    eligible = min(today, applied + dt.timedelta(days=rng.randint(1, 40)))  # never in the future (app/rules/people.py)
    planner = rng.choice(planners) if planners else None
    status = rng.choices(domain.ENROLLMENT_STATUSES, weights=[1, 12, 2, 2])[0]
    p = participants.create_participant(
        ctx, first_name=first, last_name=last, preferred_name=rng.choice(["", first, first[:3]]),
        email=f"{index}.{rng.randint(10, 99)}@example.net", birth_date=dt.date(rng.randint(1965, 2006), rng.randint(1, 12), rng.randint(1, 28)),
        ssn_last4=f"{rng.randint(0, 9999):04d}", individual_number=f"{100000 + index}",
        address=f"{rng.randint(10, 9999)} {rng.choice(STREETS)}", city=city, state=state, zip=zip_code,
        phone=f"{rng.randint(200, 999)}-555-{rng.randint(1000, 9999)}", social_media=rng.choice(["", f"@{first.lower()}{index}"]),
        organization_id=org.id, planner_id=planner.id if planner else None, program=program, enrollment_status=status,
        application_date=applied, eligibility_date=eligible, program_enrollment_date=eligible,
        recertification_date=eligible + dt.timedelta(days=365), assessments_completed_on=eligible + dt.timedelta(days=rng.randint(0, 10)),
        plan_created_on=eligible + dt.timedelta(days=rng.randint(1, 12)), last_plan_review=today - dt.timedelta(days=rng.randint(3, 30) if rng.random() < 0.5 else rng.randint(31, 120)),
        career_pathway=rng.choice(["Manufacturing", "Health Science", "Transportation", "Construction", "Information Technology"]),
        occupation_1=rng.choice(OCCUPATIONS), occupation_2=rng.choice(OCCUPATIONS), wage_goal=float(rng.randint(15, 32)),
    )
    for k in range(rng.randint(1, 2)):
        participants.add_contact_person(ctx, p.id, f"{rng.choice(FIRST)} {last}", rng.choice(["Mother", "Sister", "Friend", "Mentor"]),
                                        phone=f"312-555-{rng.randint(1000, 9999)}")
    for name in rng.sample(ASSESSMENTS, rng.randint(1, 4)):
        done = rng.random() < 0.7
        assessments.add_assessment(ctx, p.id, name, "Complete" if done else "Not Complete", eligible + dt.timedelta(days=3) if done else None)
    assessments.set_section(ctx, p.id, "Skills and interests", f"Enjoys hands-on work; interested in {p.occupation_1.lower()}.")
    assessments.set_section(ctx, p.id, "Barriers", rng.choice(["Transportation", "Childcare", "No high school diploma", "Limited work history"]))
    if rng.random() < 0.6:  # the rest of the ISTEP rubric's initial assessment (seed 004); some go further
        for section, text in INTAKE_SECTIONS[: 4 + (rng.random() < 0.4)]:
            assessments.set_section(ctx, p.id, section, text)
    assessments.add_summary(ctx, p.id, "Motivated; ready for training with support for transportation.", written_on=eligible + dt.timedelta(days=2))
    assessments.add_result(ctx, p.id, "TABE 11&12 Reading", eligible, kind="Basic skills", category="Reading", score=str(rng.randint(450, 600)))
    for g in range(rng.randint(1, 4)):
        _goal(ctx, rng, today, p, regular, support)
    for _ in range(rng.randint(1, 6)):
        contact = today - dt.timedelta(days=rng.randint(0, 75))
        records.add_case_note(ctx, p.id, contact_date=max(contact, applied), subject=rng.choice(["Monthly check-in", "Phone call", "Training progress", "Job lead follow-up"]),
                              message="Discussed progress on the plan and next steps.", two_way_contact=rng.random() < 0.8,
                              delivery=rng.choice(domain.NOTE_DELIVERIES))
    agreement = rng.choices(domain.AGREEMENT_STATUSES[1:], weights=[4, 4, 1, 1])[0]
    if agreement == domain.SIGNED_STATUSES[0]:  # a physical signature is on file as the scanned copy
        documents.add_document(ctx, p.id, "signed-plan.pdf", b"%PDF-1.4 demo signed plan", kind=domain.DOCUMENT_KINDS[0])
    records.record_agreement(ctx, p.id, agreement, note="At the planning meeting.")
    _outcomes(ctx, random.Random(f"outcomes:{index}"), today, p, applied)
    return p.id


def _outcomes(ctx, rng, today, p, applied) -> None:
    """Skill gains, success stories, and an early exit (with employment) for the Exited. Its own random
    generator: the rest of the demo caseload stays what it was before outcomes existed."""
    if rng.random() < 0.5:
        kind = rng.choice(domain.SKILL_GAIN_KINDS[3:])
        answers = {"passed_exam": "Yes"} if kind == domain.SKILL_GAIN_KINDS[4] else {}
        outcomes.add_skill_gain(ctx, p.id, kind=kind, answers=answers, attained_on=max(applied, today - dt.timedelta(days=rng.randint(5, 90))),
                                comment=rng.choice(["Employer progress report: milestone met.", "Passed the NCCER Core written exam."]),
                                file_name="progress-report.pdf", file_data=b"%PDF-1.4 demo progress report")
    if rng.random() < 0.3:
        outcomes.add_success_story(ctx, p.id, f"{p.first_name} finished training and is on the way to a career in {p.career_pathway}.",
                                   max(applied, today - dt.timedelta(days=rng.randint(1, 60))))
    if p.enrollment_status == domain.EXITED:
        exit_date = max(applied, today - dt.timedelta(days=rng.randint(10, 120)))
        reason = rng.choice(domain.EXIT_REASONS[:4])
        outcomes.record_exit(ctx, p.id, exit_date, early=True, reason=reason, note="Talked it over by phone; the door stays open to return.")
        if reason == "Found employment":
            city, state, zip_code = rng.choice(CITIES)
            outcomes.add_employment(ctx, p.id, employer=rng.choice(["Target", "Caterpillar", "OSF HealthCare", "Ryder"]), start_date=exit_date,
                                    job_title=p.occupation_1, city=city, state=state, zip=zip_code, duties="Day-to-day duties of the position.",
                                    hours_per_week=float(rng.choice([24, 32, 40])))


def _goal(ctx, rng, today, p, regular, support) -> None:
    category = rng.choice(domain.GOAL_CATEGORIES)
    statement = rng.choice(GOALS[category]).format(occ=p.occupation_1.lower(), wage=int(p.wage_goal or 18))
    status = rng.choices(domain.GOAL_STATUSES, weights=[3, 5, 1, 2])[0]
    goal = goals.add_goal(ctx, p.id, statement=statement, category=category, term=rng.choice(domain.GOAL_TERMS), status=status,
                          justification="Matches the interests and results of the assessments.")
    pool = support if category == "Support Services" else regular
    for item in rng.sample(pool, min(len(pool), rng.randint(1, 3))):
        start = today - dt.timedelta(days=rng.randint(-20, 150))
        due = start + dt.timedelta(days=rng.randint(14, 180))
        service_status = rng.choices(domain.SERVICE_STATUSES, weights=[3, 6, 3, 1, 1])[0]
        values = dict(planned_start=start, planned_due=due, weekly_hours=float(rng.choice([5, 10, 15, 20, 30])), status=service_status)
        if service_status in domain.COMPLETION_STATUSES:
            values["completion_date"] = min(due, today)
            if values["completion_date"] < start:
                values["status"] = domain.PLANNED
                values.pop("completion_date")
        if service_status == domain.STARTED and start > today:
            values["status"] = domain.PLANNED
        if values["status"] == domain.EVALUATED:
            values.update(planned_due=start, weekly_hours=0.0)
        try:
            service = plan_services.add_service(ctx, p.id, item.id, goal.id, **values)
        except Exception:  # noqa: BLE001 - e.g. a second open support service of one kind: skip it
            continue
        if service.status == domain.STARTED:
            _attendance(ctx, rng, today, service)
            if item.support_kind:
                plan_services.add_payment(ctx, service.id, service_type=item.support_kind, payment_method=rng.choice(domain.PAYMENT_METHODS),
                                          payment_date=min(today, start + dt.timedelta(days=3)), unit_amount=float(rng.choice([25, 40, 60])),
                                          quantity=float(rng.randint(1, 4)), fund_source="WIOA")
        if service.status == domain.SUCCESSFUL and item.service_type == "Training":
            records.add_credential(ctx, p.id, plan_service_id=service.id, name=rng.choice(["OSHA-10", "First-Aid CPR", "NCCER Core", "CDL Class A", "CNA"]),
                                   source=rng.choice(domain.CREDENTIAL_SOURCES), attained_on=service.completion_date, kind=rng.choice(domain.CREDENTIAL_TYPES),
                                   institution=rng.choice(["Lincoln Land CC", "Richland CC", "John A. Logan College"]), description="Earned during training.",
                                   work_experience_in_field=rng.random() < 0.5)


def _attendance(ctx, rng, today, service) -> None:
    weeks = [w for w in service_weeks(service.planned_start, min(service.planned_due, today)) if w + dt.timedelta(days=6) < today][-4:]
    for sunday in weeks:
        days = []
        for offset in range(1, 6):
            day = sunday + dt.timedelta(days=offset)
            if not service.planned_start <= day <= service.planned_due:
                continue
            if rng.random() < 0.1:
                days.append({"day": day, "absent": True})
            else:
                days.append({"day": day, "check_in": "9:00", "lunch_start": "12:00", "lunch_end": "12:30", "check_out": rng.choice(["3:00p", "4:00p", "5:00p"])})
        if days:
            attendance_service.save_week(ctx, service.id, sunday, days, submit=True)
            if rng.random() < 0.6:
                attendance_service.verify_week(ctx, service.id, sunday)
