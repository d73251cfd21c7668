"""The ISTEP rubric (seed 004): Below / Meets / Exceeds standards per category, computed from the plan.

The seed judges a plan by reading it; here each criterion is read from the data that records it.
Where the seed asks for something the data cannot show (typos, plain language), the check says what
it uses instead. Seed 004 wording is quoted in each check's docstring.

Overall: Below if any category is Below; Exceeds if at least 3 of the 5 categories that have an
Exceeds level (all but quality of information) are Exceeds; otherwise Meets.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from app import domain
from tests.app.reference.reminders_v1 import _date, in_scope, raw
from app.scope import participant_clause
from db.models import AssessmentSection, CaseNote, ContactPerson, Goal, Participant, PlanAgreement, PlanService, User

BELOW, MEETS, EXCEEDS = "Below", "Meets", "Exceeds"
LEVELS = (BELOW, MEETS, EXCEEDS)
CATEGORIES = ("Quality of information", "Contact information", "Assessment", "Goals", "Customer-centered services", "Timeliness")
INITIAL_SECTIONS = ("Barriers", "Basic skills", "Employment/education history", "Family/support system", "Job/employability skills",
                    "Skills and interests")
EXTRA_SECTIONS = ("Aptitudes", "Everyday life skills", "Self/observational/worksite evaluation")


@dataclass(frozen=True)
class ParticipantRubric:
    participant_id: str
    participant_name: str
    levels: dict[str, str]
    #: per category, what keeps it from the next level (shown in the compliance view)
    missing: dict[str, list[str]]

    @property
    def overall(self) -> str:
        if BELOW in self.levels.values():
            return BELOW
        exceeds = sum(1 for c, level in self.levels.items() if c != CATEGORIES[0] and level == EXCEEDS)
        return EXCEEDS if exceeds >= 3 else MEETS


@dataclass
class PlanFacts:
    """What the rubric reads about one participant (loaded in bulk for a caseload)."""

    person: dict
    contacts: int = 0
    planner_contact: bool = False
    sections: set[str] = field(default_factory=set)
    goals: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    signed: bool = False
    last_two_way: dt.date | None = None
    messaged: bool = False


def _level(meets: list[str], exceeds: list[str] | None) -> tuple[str, list[str]]:
    """`meets`/`exceeds` are the unmet criteria of each level."""
    if meets:
        return BELOW, meets
    if exceeds is None:
        return MEETS, []
    return (EXCEEDS, []) if not exceeds else (MEETS, exceeds)


def quality(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Information is accurate and current. Free from or minimal typos. Uses language that all
    partners and customers understand." Read as: the profile is complete (legal name, birth date,
    address, a phone or email), every goal says why (justification), every step has its planned dates,
    and the plan was reviewed within 90 days (current). The seed has no Exceeds level here."""
    p, missing = f.person, []
    if not all(p.get(k) for k in ("first_name", "last_name", "birth_date", "address", "city", "state", "zip")):
        missing.append("Profile: legal name, birth date and full address")
    if not (p.get("phone") or p.get("email")):
        missing.append("Profile: a phone or email")
    if any(not (g["justification"] or "").strip() for g in f.goals):
        missing.append("A justification for every goal")
    if any(s["planned_start"] is None or s["planned_due"] is None for s in f.services):
        missing.append("Planned start and due dates on every step")
    reviewed = p.get("last_plan_review") or p.get("plan_created_on")
    if not reviewed or (today - reviewed).days > 90:
        missing.append("Plan reviewed within 90 days (information current)")
    return _level(missing, None)


def contact(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Customers legal name and the name they go by/use; Address; Customer phone/text; Social
    media for customer contact; 1 additional contact person; Case worker/Career Planner Contact
    Information" (and never the full SSN: only the last 4 are ever stored). Exceeds: "2 or more
    additional contacts"."""
    p, missing = f.person, []
    checks = (("Legal and preferred name", p.get("first_name") and p.get("last_name") and p.get("preferred_name")),
              ("Address", p.get("address") and p.get("city") and p.get("state") and p.get("zip")),
              ("Phone/text", p.get("phone")), ("Social media", p.get("social_media")),
              ("1 additional contact person", f.contacts >= 1), ("Career planner with contact information", f.planner_contact))
    missing = [label for label, ok in checks if not ok]
    return _level(missing, [] if f.contacts >= 2 else ["2 or more additional contacts"])


def assessment(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Assess Barriers; Basic Skills…; Employment/Education History; Family/Support System;
    Job/Employability Skills; Skills and Interests" — each a 1. Review Assessment section with content.
    Exceeds: "one or more of: Assess Aptitudes; Everyday Life Skills; to determine if customer meets
    specific employer job requirements" (the self/observational/worksite evaluation section)."""
    missing = [f"Assessment: {s}" for s in INITIAL_SECTIONS if s not in f.sections]
    extra = [] if f.sections & set(EXTRA_SECTIONS) else ["Aptitudes, everyday life skills or a worksite evaluation"]
    return _level(missing, extra)


def goals(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Identify immediate goals (short term) … Identify long term goals" and "Revisit goals …
    (e.g., quarterly review)": at least one Short Term and one Long Term goal, a career pathway or
    occupation named, and the plan reviewed within 90 days. Exceeds: "Identify 1 year (short term) goal
    benchmarks; Identify long term goal benchmarks": a Short Term and a Long Term goal each with a step
    that has a planned due date (the benchmark)."""
    p, missing = f.person, []
    terms = {g["term"] for g in f.goals}
    if "Short Term" not in terms:
        missing.append("A short-term goal")
    if "Long Term" not in terms:
        missing.append("A long-term goal")
    if not (p.get("career_pathway") or p.get("occupation_1")):
        missing.append("A career pathway or occupation")
    reviewed = p.get("last_plan_review") or p.get("plan_created_on")
    if not reviewed or (today - reviewed).days > 90:
        missing.append("Goals revisited within 90 days (quarterly review)")
    with_benchmark = {s["goal_id"] for s in f.services if s["planned_due"]}
    benchmarked = {g["term"] for g in f.goals if g["id"] in with_benchmark}
    extra = [f"Benchmarks (a step with a due date) for a {t.lower()} goal" for t in domain.GOAL_TERMS if t not in benchmarked]
    return _level(missing, extra)


def services(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Initial plan is developed with the customer. A copy of the plan is provided" (a signed
    plan agreement); "Each service should identify the provider of the service, planned start date,
    planned end date and projected number of weekly hours"; "Each barrier should be addressed" (with
    barriers assessed, a Support Services goal); every goal has a step. Exceeds: "Use case notes
    message feature… Document two-way communication in case notes" (a message sent from a case note,
    or a two-way contact in the last 30 days)."""
    missing = []
    if not f.signed:
        missing.append("Plan agreement signed by the participant")
    if not f.services:
        missing.append("At least one step/service")
    for s in f.services:
        needs_hours = s["status"] != domain.EVALUATED
        if s["planned_start"] is None or s["planned_due"] is None or (needs_hours and not s["weekly_hours"]) or not s["has_provider"]:
            missing.append("Provider, planned dates and weekly hours on every step")
            break
    with_steps = {s["goal_id"] for s in f.services}
    if any(g["id"] not in with_steps for g in f.goals):
        missing.append("A step for every goal")
    if "Barriers" in f.sections and not any(g["category"] == "Support Services" for g in f.goals):
        missing.append("A support services goal addressing the barriers")
    recent = f.last_two_way is not None and (today - f.last_two_way).days <= 30
    return _level(missing, [] if (f.messaged or recent) else ["A message or a documented two-way contact in case notes"])


def timeliness(f: PlanFacts, today: dt.date) -> tuple[str, list[str]]:
    """Meets: "Initial Plan Developed within 5 days of completing assessments" and "Review plan every
    30 Days". Exceeds: "Initial Plan Developed in less than 5 days of completing assessments"."""
    p, missing = f.person, []
    assessed, created = p.get("assessments_completed_on"), p.get("plan_created_on")
    if not created:
        missing.append("An initial plan")
    elif assessed and (created - assessed).days > 5:
        missing.append(f"Initial plan within 5 days of assessments (took {(created - assessed).days})")
    reviewed = p.get("last_plan_review") or created
    if not reviewed or (today - reviewed).days > 30:
        missing.append("Plan reviewed within the last 30 days")
    fast = created and assessed and (created - assessed).days < 5
    return _level(missing, [] if fast else ["Initial plan in less than 5 days of assessments"])


CHECKS = dict(zip(CATEGORIES, (quality, contact, assessment, goals, services, timeliness)))


def rubric_of(participant_id: str, name: str, facts: PlanFacts, today: dt.date) -> ParticipantRubric:
    levels, missing = {}, {}
    for category, check in CHECKS.items():
        levels[category], missing[category] = check(facts, today)
    return ParticipantRubric(participant_id, name, levels, missing)


PERSON_FIELDS = ("first_name", "last_name", "preferred_name", "birth_date", "address", "city", "state", "zip", "phone", "email",
                 "social_media", "planner_id", "career_pathway", "occupation_1", "assessments_completed_on", "plan_created_on",
                 "last_plan_review", "enrollment_status")


def load_plan_facts(s, user, participant_id: str | None = None) -> dict[str, PlanFacts]:
    """Bulk-load everything the rubric reads, for the caseload (or one participant): 8 queries."""

    def scoped(model):
        return model.participant_id == participant_id if participant_id else in_scope(user, model)

    s = s.connection()  # column queries on Core, fetched in one go (see app.reminders.load_facts)

    where = [~Participant.deleted, participant_clause(user)] + ([Participant.id == participant_id] if participant_id else [])
    dates = ("birth_date", "assessments_completed_on", "plan_created_on", "last_plan_review")
    cols = [Participant.id] + [raw(getattr(Participant, f)) if f in dates else getattr(Participant, f) for f in PERSON_FIELDS]
    facts: dict[str, PlanFacts] = {}
    for row in s.execute(select(*cols).where(*where)).all():
        person = dict(zip(PERSON_FIELDS, row[1:]))
        for key in dates:
            person[key] = _date(person[key])
        facts[row[0]] = PlanFacts(person)
    reachable = set(s.execute(select(User.id).where(~User.deleted, (User.phone != "") | (User.email != ""))).scalars().all())
    for f in facts.values():
        f.planner_contact = f.person["planner_id"] in reachable
    for pid, n in s.execute(select(ContactPerson.participant_id, func.count()).where(~ContactPerson.deleted, scoped(ContactPerson))
                            .group_by(ContactPerson.participant_id)).all():
        if pid in facts:
            facts[pid].contacts = n
    for pid, section in s.execute(select(AssessmentSection.participant_id, AssessmentSection.section)
                                  .where(~AssessmentSection.deleted, AssessmentSection.content != "", scoped(AssessmentSection))).all():
        if pid in facts:
            facts[pid].sections.add(section)
    for pid, gid, term, category, justification in s.execute(
            select(Goal.participant_id, Goal.id, Goal.term, Goal.category, Goal.justification).where(~Goal.deleted, scoped(Goal))).all():
        if pid in facts:
            facts[pid].goals.append({"id": gid, "term": term, "category": category, "justification": justification})
    for pid, gid, status, start, due, hours, kind, provider_id, other in s.execute(
            select(PlanService.participant_id, PlanService.goal_id, PlanService.status, raw(PlanService.planned_start), raw(PlanService.planned_due),
                   PlanService.weekly_hours, PlanService.provider_kind, PlanService.provider_id, PlanService.other_provider_name)
            .where(~PlanService.deleted, scoped(PlanService))).all():
        if pid in facts:
            has_provider = kind == "default" or (kind == "listed" and bool(provider_id)) or (kind == "other" and bool(other))
            facts[pid].services.append({"goal_id": gid, "status": status, "planned_start": start, "planned_due": due,
                                        "weekly_hours": hours, "has_provider": has_provider})
    for pid in s.execute(select(PlanAgreement.participant_id).where(~PlanAgreement.deleted, PlanAgreement.status.in_(domain.SIGNED_STATUSES),
                                                                     scoped(PlanAgreement))).scalars().all():
        if pid in facts:
            facts[pid].signed = True
    for pid, last, messaged in s.execute(
            select(CaseNote.participant_id, raw(func.max(case((CaseNote.two_way_contact, CaseNote.contact_date)))),
                   func.max(CaseNote.delivery != "Saved only")).where(~CaseNote.deleted, scoped(CaseNote)).group_by(CaseNote.participant_id)).all():
        if pid in facts:
            facts[pid].last_two_way, facts[pid].messaged = _date(last), bool(messaged)
    return facts


def _name(f: PlanFacts) -> str:
    return f"{f.person['last_name']}, {f.person['first_name']}"


def rubric_for_participant(ctx, participant_id: str, today: dt.date | None = None) -> ParticipantRubric:
    from app.errors import NotFound

    today = today or dt.date.today()
    with ctx.read() as s:
        facts = load_plan_facts(s, ctx.user, participant_id)
    if participant_id not in facts:
        raise NotFound("That participant is not in your caseload.")
    return rubric_of(participant_id, _name(facts[participant_id]), facts[participant_id], today)


def rubric_for_caseload(ctx, today: dt.date | None = None, active_only: bool = False) -> dict[str, ParticipantRubric]:
    today = today or dt.date.today()
    with ctx.read() as s:
        facts = load_plan_facts(s, ctx.user)
    return {pid: rubric_of(pid, _name(f), f, today) for pid, f in facts.items()
            if not active_only or f.person["enrollment_status"] == "Active"}


def caseload_counts(rubrics: dict[str, ParticipantRubric]) -> dict[str, dict[str, int]]:
    """Category (and "Overall") → level → number of participants."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for r in rubrics.values():
        for category, level in r.levels.items():
            counts[category][level] += 1
        counts["Overall"][r.overall] += 1
    return {c: {level: counts[c][level] for level in LEVELS} for c in (*CATEGORIES, "Overall")}
