"""Reminders: every timeliness rule of DOMAIN.md (seeds 001, 002, 004), computed for a caseload.

Pure computation over a handful of bulk queries (one per kind of fact, never one per participant),
so a 2,000-participant caseload is computed in well under 200 ms (`python -m bench.reminders`).
A reminder goes away by itself when the caseworker does what its `action` says: nothing is stored.

Rules (the seed each comes from):
- contact: two-way contact at least every 30 days (002) — a case note marked two-way clears it.
- plan_review: plan review at least every 90 days (002); plan_review_30: the ISTEP rubric's review
  every 30 days (004), shown only while the 90-day review is not yet due.
- follow_up: worksite follow-ups 30/60/90/180/270 days after the placement start (001).
- eligibility: eligibility determined within 30 days of the application date (002).
- initial_plan: initial plan within 5 days of completing the assessments (004).
- open_goal: every active participant has an open goal with an open step (002).
- late_entry: services, case notes, credentials and closures entered within 10 calendar days of the
  event (002). Nothing can undo a late entry, so it is shown for LATE_ENTRY_SHOWN_DAYS days after it
  was entered (a nudge); the compliance view counts all of them.
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import String, and_, func, select, type_coerce

from app import domain
from app.rules.placements import follow_up_due, follow_ups_wanted
from app.scope import participant_clause
from db.models import CaseNote, Credential, ExitRecord, FollowUp, Goal, Participant, Placement, PlanService

CONTACT_DAYS = 30
PLAN_REVIEW_DAYS = 90
RUBRIC_REVIEW_DAYS = 30
ENTRY_DAYS = 10
ELIGIBILITY_DAYS = 30
INITIAL_PLAN_DAYS = 5
LATE_ENTRY_SHOWN_DAYS = 14

RULES = {
    "follow_up": "Worksite follow-ups at 30/60/90/180/270 days",
    "contact": "Two-way contact at least every 30 days",
    "plan_review": "Plan review at least every 90 days",
    "plan_review_30": "Plan review every 30 days (ISTEP rubric)",
    "eligibility": "Eligibility determined within 30 days of application",
    "initial_plan": "Initial plan within 5 days of assessments",
    "open_goal": "An open goal with an open step",
    "late_entry": "Entered within 10 calendar days of the event",
}
ACTIVE = "Active"


@dataclass(frozen=True)
class Reminder:
    participant_id: str
    participant_name: str
    kind: str
    title: str
    due_date: dt.date
    days_overdue: int
    #: the sentence saying what clears the reminder
    action: str
    #: where to go: ("overview", "case_notes"), ("overview", "plan_review"), ("set_goals", None),
    #: ("profile", "eligibility_date"), ("placement", placement_id), ("services", service_id), ...
    place: tuple[str, str | None] = field(default=("overview", None))

    def group(self, today: dt.date) -> str:
        """"Overdue", "Today" or "This week" (the reminders panel's groups)."""
        if self.due_date < today:
            return "Overdue"
        return "Today" if self.due_date == today else "This week"


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def raw(column):
    """The column's stored ISO text: date.fromisoformat (in C) reads 2,000 rows of dates faster than
    SQLAlchemy's SQLite date processor."""
    return type_coerce(column, String)


def compute_reminders(ctx, today: dt.date | None = None, due_within: int = 7, participant_id: str | None = None) -> list[Reminder]:
    """Every reminder in the user's scope (or of one participant) due on or before `today + due_within`,
    most overdue first."""
    today = today or dt.date.today()
    with ctx.read() as s:
        facts = load_facts(s, ctx.user, today, participant_id=participant_id)
    return reminders_from_facts(facts, today, due_within)


def reminders_from_facts(facts: "Facts", today: dt.date, due_within: int = 7) -> list[Reminder]:
    horizon = today + dt.timedelta(days=due_within)
    out: list[Reminder] = []
    def add(kind, title, due, action, place):
        if due <= horizon:
            out.append(Reminder(pid, name, kind, title, due, max(0, (today - due).days), action, place))

    for pid, (name, status, application, eligibility, assessed, plan_created, last_review) in facts.people.items():

        if status in ("Applicant", ACTIVE) and application and not eligibility:
            add("eligibility", _("Determine eligibility"), application + dt.timedelta(days=ELIGIBILITY_DAYS),
                _("Record the eligibility determination date on the profile."), ("profile", "eligibility_date"))
        if status in ("Applicant", ACTIVE) and assessed and not plan_created:
            add("initial_plan", _("Develop the initial plan"), assessed + dt.timedelta(days=INITIAL_PLAN_DAYS),
                _("Create the initial plan (goals with steps) and record the plan date."), ("set_goals", None))
        if status != ACTIVE:
            continue
        contact = facts.last_contact.get(pid)
        since = contact or application or eligibility
        if since:
            add("contact", _("Two-way contact"), since + dt.timedelta(days=CONTACT_DAYS),
                _("Add a case note of a two-way contact with the participant."), ("overview", "case_notes"))
        reviewed = last_review or plan_created
        if reviewed:
            review_90 = reviewed + dt.timedelta(days=PLAN_REVIEW_DAYS)
            review_30 = reviewed + dt.timedelta(days=RUBRIC_REVIEW_DAYS)
            if review_90 <= horizon:
                add("plan_review", _("Plan review (90 days)"), review_90, _("Review the plan with the participant and record the review."), ("overview", "plan_review"))
            else:
                add("plan_review_30", _("30-day plan review (ISTEP rubric)"), review_30,
                    _("Review the plan with the participant and record the review."), ("overview", "plan_review"))
        if pid not in facts.open_goal:
            add("open_goal", _("No open goal with an open step"), today,
                _("Add a goal with a step, or reopen a goal and give it an open step."), ("set_goals", None))
    names = {pid: person[0] for pid, person in facts.people.items()}
    for placement_id, pid, start in facts.placements:
        for offset in domain.FOLLOW_UP_DAYS:
            due = follow_up_due(start, offset)
            if due > horizon:
                break
            if (placement_id, offset) not in facts.reviewed:
                out.append(Reminder(pid, names.get(pid, ""), "follow_up", _("{offset}-day worksite follow-up").format(offset=offset), due, max(0, (today - due).days),
                                    _("Review the follow-up: verify employment and update the wage."), ("placement", placement_id)))
    for pid, what, event, entered, place in facts.late:
        due = event + dt.timedelta(days=ENTRY_DAYS)
        out.append(Reminder(pid, names.get(pid, ""), "late_entry", _("{what} entered {days} days after the event").format(what=what, days=(entered - event).days),
                            due, (entered - due).days,
                            _("Enter events within {entry_days} calendar days; this one counts as late (shown for {shown_days} days).").format(
                                entry_days=ENTRY_DAYS, shown_days=LATE_ENTRY_SHOWN_DAYS), place))
    out.sort(key=lambda r: (r.due_date, r.participant_name, r.kind))
    return out


@dataclass
class Facts:
    #: participant id → (name, enrollment status, application, eligibility, assessed, plan created, last review)
    people: dict[str, tuple] = field(default_factory=dict)
    last_contact: dict[str, dt.date] = field(default_factory=dict)
    open_goal: set[str] = field(default_factory=set)
    #: (placement id, participant id, start date) of placements that want follow-ups
    placements: list[tuple[str, str, dt.date]] = field(default_factory=list)
    reviewed: set[tuple[str, int]] = field(default_factory=set)
    #: (participant id, what, event date, entered date, place)
    late: list[tuple[str, str, dt.date, dt.date, tuple]] = field(default_factory=list)


def in_scope(user, model, participant_id: str | None = None):
    """Rows of `model` whose participant the user may see (one IN sub-select, no join per row),
    of one participant when `participant_id` is given."""
    visible = model.participant_id.in_(select(Participant.id).where(~Participant.deleted, participant_clause(user)))
    return and_(model.participant_id == participant_id, visible) if participant_id else visible


def load_facts(s, user, today: dt.date, late_since: dt.date | None = ..., participant_id: str | None = None) -> Facts:
    """The few bulk queries every reminder is computed from (late entries since `late_since`;
    by default the last LATE_ENTRY_SHOWN_DAYS days, None for all of them).

    Column queries run on the session's Core connection: the ORM's row machinery would cost more
    than the queries themselves for 2,000 participants."""
    facts = Facts()
    s = s.connection()
    rows = s.execute(
        select(Participant.id, Participant.first_name, Participant.last_name, Participant.enrollment_status,
               *(raw(c) for c in (Participant.application_date, Participant.eligibility_date, Participant.assessments_completed_on,
                                  Participant.plan_created_on, Participant.last_plan_review)))
        .where(~Participant.deleted, participant_clause(user), *([Participant.id == participant_id] if participant_id else []))
    ).all()
    for pid, first, last, status, *dates in rows:
        facts.people[pid] = (f"{last}, {first}", status, *(_date(d) for d in dates))
    for pid, contact in s.execute(
        select(CaseNote.participant_id, raw(func.max(CaseNote.contact_date)))
        .where(CaseNote.two_way_contact, ~CaseNote.deleted, in_scope(user, CaseNote, participant_id)).group_by(CaseNote.participant_id)
    ).all():
        facts.last_contact[pid] = _date(contact)
    facts.open_goal = set(s.execute(
        select(Goal.participant_id).distinct().join(PlanService, and_(PlanService.goal_id == Goal.id, ~PlanService.deleted))
        .where(~Goal.deleted, Goal.status != "Complete", PlanService.status.in_((domain.PLANNED, domain.STARTED)), in_scope(user, Goal, participant_id))
    ).scalars().all())
    wanted = [st for st in domain.PLACEMENT_STATUSES if follow_ups_wanted(st)]
    facts.placements = [(pid_, p, _date(start)) for pid_, p, start in s.execute(
        select(Placement.id, Placement.participant_id, raw(Placement.start_date))
        .where(~Placement.deleted, Placement.status.in_(wanted), in_scope(user, Placement, participant_id))).all()]
    facts.reviewed = {(pl, off) for pl, off in s.execute(
        select(FollowUp.placement_id, FollowUp.day_offset).where(~FollowUp.deleted, FollowUp.reviewed_on.is_not(None), in_scope(user, FollowUp, participant_id))).all()}
    since = today - dt.timedelta(days=LATE_ENTRY_SHOWN_DAYS) if late_since is ... else late_since
    facts.late = late_entries(s, user, since, participant_id)
    return facts


def late_entries(s, user, since: dt.date | None, participant_id: str | None = None) -> list[tuple[str, str, dt.date, dt.date, tuple]]:
    """Entries made more than ENTRY_DAYS after their event (entered on or after `since`, if given).

    Events: a case note's contact date; a started service's planned start; a credential's date
    attained; an exit's date (a closure: its entry date is when the exit record was written).
    """
    late = []

    def days_between(entered, event):
        return func.julianday(entered) - func.julianday(event)

    sources = (
        ("Case note", CaseNote, CaseNote.contact_date, CaseNote.entered_on, lambda r: ("overview", "case_notes"),
         [~CaseNote.deleted]),
        ("Step/service", PlanService, PlanService.planned_start, PlanService.entered_on, lambda r: ("services", r),
         [~PlanService.deleted, PlanService.status != domain.PLANNED, PlanService.status != domain.EVALUATED]),
        ("Credential", Credential, Credential.attained_on, Credential.entered_on, lambda r: ("credentials", r), [~Credential.deleted]),
        ("Exit", ExitRecord, ExitRecord.exit_date, func.date(ExitRecord.updated_at), lambda r: ("outcomes", "exit"), [~ExitRecord.deleted]),
    )
    for what, model, event, entered, place, where in sources:
        recent = [entered >= since] if since is not None else []  # first: cheap, and it rules out most rows
        query = select(model.participant_id, model.id, raw(event), raw(entered)).where(
            *recent, *where, event.is_not(None), days_between(entered, event) > ENTRY_DAYS, in_scope(user, model, participant_id))
        for pid, row_id, event_on, entered_on in s.execute(query).all():
            late.append((pid, what, _date(event_on), _date(entered_on), place(row_id)))
    return late


# -- what the main window and the Excel export read -----------------------------------------------


@dataclass(frozen=True)
class ReminderSummary:
    count: int
    overdue: int
    next_review_due: dt.date | None
    kinds: tuple[str, ...]


def summary_by_participant(reminders: list[Reminder], today: dt.date) -> dict[str, ReminderSummary]:
    """Per participant: how many reminders, how many overdue, when the plan review is next due."""
    grouped: dict[str, list[Reminder]] = defaultdict(list)
    for r in reminders:
        grouped[r.participant_id].append(r)
    result = {}
    for pid, items in grouped.items():
        reviews = [r.due_date for r in items if r.kind in ("plan_review", "plan_review_30")]
        result[pid] = ReminderSummary(len(items), sum(1 for r in items if r.due_date < today), min(reviews) if reviews else None,
                                      tuple(sorted({r.kind for r in items})))
    return result


def next_review_due(last_plan_review: dt.date | None, plan_created_on: dt.date | None, rubric: bool = False) -> dt.date | None:
    """The next plan review: 90 days after the last (002), or 30 with `rubric` (004)."""
    base = last_plan_review or plan_created_on
    return base + dt.timedelta(days=RUBRIC_REVIEW_DAYS if rubric else PLAN_REVIEW_DAYS) if base else None
