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

import datetime as dt
import gc
import threading
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import String, and_, select, text, type_coerce

from app import domain
from app.i18n import N_, _
from app.rules.placements import follow_up_due, follow_ups_wanted
from app.scope import participant_clause
from db.models import FollowUp, Participant, Placement

CONTACT_DAYS = 30
PLAN_REVIEW_DAYS = 90
RUBRIC_REVIEW_DAYS = 30
ENTRY_DAYS = 10
ELIGIBILITY_DAYS = 30
INITIAL_PLAN_DAYS = 5
LATE_ENTRY_SHOWN_DAYS = 14

#: kind → the rule's name (stored English, as the seeds word it; shown through the catalog: compliance view)
RULES = {
    "follow_up": N_("Worksite follow-ups at 30/60/90/180/270 days"),
    "contact": N_("Two-way contact at least every 30 days"),
    "plan_review": N_("Plan review at least every 90 days"),
    "plan_review_30": N_("Plan review every 30 days (ISTEP rubric)"),
    "eligibility": N_("Eligibility determined within 30 days of application"),
    "initial_plan": N_("Initial plan within 5 days of assessments"),
    "open_goal": N_("An open goal with an open step"),
    "late_entry": N_("Entered within 10 calendar days of the event"),
}
ACTIVE = "Active"


class Reminder(NamedTuple):
    """One reminder. A named tuple, not a dataclass: a caseload of 10,000 has ~66,000 of them and a
    frozen dataclass's __init__ cost more than the queries (bench/reminders.py)."""

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
    place: tuple = ("overview", None)

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


_gc_lock = threading.Lock()
_gc_depth = 0


@contextmanager
def no_gc_pauses():
    """The cyclic garbage collector held off while a caseload's facts are built: they are tens of
    thousands of acyclic tuples, dicts and records, and each full collection walked all of them again
    (at 10,000 participants collections cost as much as the queries). Re-enabled at the outermost exit,
    whichever thread; nothing built here needs the collector (no cycles)."""
    global _gc_depth
    with _gc_lock:
        _gc_depth += 1
        if _gc_depth == 1:
            was_enabled = gc.isenabled()
            gc.disable()
            no_gc_pauses.restore = was_enabled
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and no_gc_pauses.restore:
                gc.enable()


no_gc_pauses.restore = True


def compute_reminders(ctx, today: dt.date | None = None, due_within: int = 7, participant_id: str | None = None) -> list[Reminder]:
    """Every reminder in the user's scope (or of one participant) due on or before `today + due_within`,
    most overdue first."""
    today = today or dt.date.today()
    with no_gc_pauses():
        with ctx.read() as s:
            facts = load_facts(s, ctx.user, today, participant_id=participant_id)
        return reminders_from_facts(facts, today, due_within)


_REVIEW_PLACE = ("overview", "plan_review")


def _texts() -> dict[str, str]:
    """The reminders' words in the UI language, looked up once per computation (not once per reminder)."""
    return {
        "eligibility": _("Determine eligibility"), "eligibility_action": _("Record the eligibility determination date on the profile."),
        "initial_plan": _("Develop the initial plan"),
        "initial_plan_action": _("Create the initial plan (goals with steps) and record the plan date."),
        "contact": _("Two-way contact"), "contact_action": _("Add a case note of a two-way contact with the participant."),
        "plan_review": _("Plan review (90 days)"), "plan_review_30": _("30-day plan review (ISTEP rubric)"),
        "review_action": _("Review the plan with the participant and record the review."),
        "open_goal": _("No open goal with an open step"),
        "open_goal_action": _("Add a goal with a step, or reopen a goal and give it an open step."),
        "follow_up_action": _("Review the follow-up: verify employment and update the wage."),
    }


_DAY = dt.timedelta(days=1)


def reminders_from_facts(facts: "Facts", today: dt.date, due_within: int = 7) -> list[Reminder]:
    """Every reminder the facts call for, most overdue first: one pass over the people, the placements
    and the late entries, each reminder built as a tuple (no per-reminder function call)."""
    horizon = today + dt.timedelta(days=due_within)
    out: list[Reminder] = []
    append = out.append
    new = tuple.__new__
    eligibility_days, initial_days = dt.timedelta(days=ELIGIBILITY_DAYS), dt.timedelta(days=INITIAL_PLAN_DAYS)
    contact_days, review_90_days, review_30_days = (dt.timedelta(days=CONTACT_DAYS), dt.timedelta(days=PLAN_REVIEW_DAYS),
                                                    dt.timedelta(days=RUBRIC_REVIEW_DAYS))
    early = ("Applicant", ACTIVE)
    last_contact, open_goal = facts.last_contact, facts.open_goal
    w = _texts()
    eligibility_place, initial_place, contact_place = ("profile", "eligibility_date"), ("set_goals", None), ("overview", "case_notes")

    def late_by(due):
        return (today - due).days if due < today else 0

    for pid, (name, status, application, eligibility, assessed, plan_created, last_review) in facts.people.items():
        if status in early:
            if application and not eligibility:
                due = application + eligibility_days
                if due <= horizon:
                    append(new(Reminder, (pid, name, "eligibility", w["eligibility"], due, late_by(due), w["eligibility_action"], eligibility_place)))
            if assessed and not plan_created:
                due = assessed + initial_days
                if due <= horizon:
                    append(new(Reminder, (pid, name, "initial_plan", w["initial_plan"], due, late_by(due), w["initial_plan_action"], initial_place)))
        if status != ACTIVE:
            continue
        since = last_contact.get(pid) or application or eligibility
        if since:
            due = since + contact_days
            if due <= horizon:
                append(new(Reminder, (pid, name, "contact", w["contact"], due, late_by(due), w["contact_action"], contact_place)))
        reviewed = last_review or plan_created
        if reviewed:
            due = reviewed + review_90_days
            if due <= horizon:
                append(new(Reminder, (pid, name, "plan_review", w["plan_review"], due, late_by(due), w["review_action"], _REVIEW_PLACE)))
            else:
                due = reviewed + review_30_days
                if due <= horizon:
                    append(new(Reminder, (pid, name, "plan_review_30", w["plan_review_30"], due, late_by(due), w["review_action"],
                                          _REVIEW_PLACE)))
        if pid not in open_goal and today <= horizon:
            append(new(Reminder, (pid, name, "open_goal", w["open_goal"], today, 0, w["open_goal_action"], initial_place)))
    people = facts.people
    reviewed_follow_ups = facts.reviewed
    titles = {offset: _("{offset}-day worksite follow-up").format(offset=offset) for offset in domain.FOLLOW_UP_DAYS}
    for placement_id, pid, start in facts.placements:
        person = people.get(pid)
        name = person[0] if person else ""
        place = ("placement", placement_id)
        for offset in domain.FOLLOW_UP_DAYS:
            due = follow_up_due(start, offset)
            if due > horizon:
                break
            if (placement_id, offset) not in reviewed_follow_ups:
                append(new(Reminder, (pid, name, "follow_up", titles[offset], due, late_by(due), w["follow_up_action"], place)))
    entry_days = dt.timedelta(days=ENTRY_DAYS)
    late_action = _("Enter events within {entry_days} calendar days; this one counts as late (shown for {shown_days} days).").format(
        entry_days=ENTRY_DAYS, shown_days=LATE_ENTRY_SHOWN_DAYS)
    late_title = _("{what} entered {days} days after the event")
    for pid, what, event, entered, place in facts.late:
        person = people.get(pid)
        due = event + entry_days
        append(new(Reminder, (pid, person[0] if person else "", "late_entry", late_title.format(what=what, days=(entered - event).days),
                              due, (entered - due).days, late_action, place)))
    out.sort(key=_ORDER)
    return out


_ORDER = itemgetter(4, 1, 2)  # due date, participant name, kind


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
    #: participant id → the `extra` columns load_facts was asked for (app.rubric's profile bits)
    extra: dict[str, tuple] = field(default_factory=dict)


def in_scope(user, model, participant_id: str | None = None):
    """Rows of `model` whose participant the user may see (one IN sub-select, no join per row),
    of one participant when `participant_id` is given."""
    visible = model.participant_id.in_(select(Participant.id).where(~Participant.deleted, participant_clause(user)))
    return and_(model.participant_id == participant_id, visible) if participant_id else visible


def _rows(s, sql: str, participant_id: str | None, group: bool = False, **params) -> list:
    """A hand-tuned query (see load_facts), of one participant when `participant_id` is given,
    grouped by participant with `group`."""
    if participant_id:
        sql += " AND x.participant_id = :pid"
        params["pid"] = participant_id
    return s.execute(text(sql + (" GROUP BY x.participant_id" if group else "")), params).all()


#: The caseload-wide queries are written for the partial indexes of migration 0006_scale and read
#: every row's participant from the index: the scope is applied in Python against the participants
#: already read (an IN sub-select made SQLite walk the whole participant table and look rows up per
#: participant, ~4× slower at 10,000 participants over SQLCipher). `x` is the table read.
_OPEN_STEP = ("SELECT DISTINCT x.participant_id FROM goal AS x WHERE x.deleted = 0 AND x.status != 'Complete' AND EXISTS ("
              "SELECT 1 FROM plan_service AS ps WHERE ps.participant_id = x.participant_id AND ps.goal_id = x.id AND ps.deleted = 0 "
              f"AND ps.status IN ('{domain.PLANNED}', '{domain.STARTED}'))")
_LAST_CONTACT = "SELECT x.participant_id, max(x.contact_date) FROM case_note AS x WHERE x.two_way_contact AND NOT x.deleted"
#: what → (table, event column, entry date, more conditions, the place it opens)
_LATE = {
    "Case note": ("case_note", "x.contact_date", "x.entered_on", "", lambda r: ("overview", "case_notes")),
    "Step/service": ("plan_service", "x.planned_start", "x.entered_on",
                     f" AND x.status != '{domain.PLANNED}' AND x.status != '{domain.EVALUATED}'", lambda r: ("services", r)),
    "Credential": ("credential", "x.attained_on", "x.entered_on", "", lambda r: ("credentials", r)),
    "Exit": ("exit_record", "x.exit_date", "date(x.updated_at)", "", lambda r: ("outcomes", "exit")),
}


def read_people(s, user, participant_id: str | None = None, extra: tuple = ()) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """The participants in scope, as `Facts.people` holds them, on the Core connection `s`; with
    `extra` columns also (participant id → the values of `extra`): one read of the participant rows
    for the reminders and the rubric together."""
    rows = s.execute(
        select(Participant.id, Participant.first_name, Participant.last_name, Participant.enrollment_status,
               *(raw(c) for c in (Participant.application_date, Participant.eligibility_date, Participant.assessments_completed_on,
                                  Participant.plan_created_on, Participant.last_plan_review)), *extra)
        .where(~Participant.deleted, participant_clause(user), *([Participant.id == participant_id] if participant_id else []))
    ).all()
    people: dict[str, tuple] = {}
    fromiso = dt.date.fromisoformat  # inline, not _date(): 50,000 dates at 10,000 participants
    for pid, first, last, status, application, eligibility, assessed, created, review, *_more in rows:
        people[pid] = (f"{last}, {first}", status, application and fromiso(application[:10]), eligibility and fromiso(eligibility[:10]),
                       assessed and fromiso(assessed[:10]), created and fromiso(created[:10]), review and fromiso(review[:10]))
    return people, ({row[0]: tuple(row[9:]) for row in rows} if extra else {})


def read_last_contact(s, people: dict, participant_id: str | None = None) -> dict[str, dt.date]:
    """Participant id → the date of the last two-way contact, for the participants in `people`."""
    fromiso = dt.date.fromisoformat
    return {pid: fromiso(contact[:10]) for pid, contact in _rows(s, _LAST_CONTACT, participant_id, group=True) if pid in people and contact}


def load_facts(s, user, today: dt.date, late_since: dt.date | None = ..., participant_id: str | None = None, extra: tuple = ()) -> Facts:
    """The few bulk queries every reminder is computed from (late entries since `late_since`;
    by default the last LATE_ENTRY_SHOWN_DAYS days, None for all of them). `extra` participant
    columns are read with the participant rows into `Facts.extra` (app.rubric's, for compliance).

    Column queries run on the session's Core connection: the ORM's row machinery would cost more
    than the queries themselves for 2,000 participants."""
    facts = Facts()
    s = s.connection()
    people, facts.extra = read_people(s, user, participant_id, extra)
    facts.people = people
    facts.last_contact = read_last_contact(s, people, participant_id)
    facts.open_goal = {pid for (pid,) in _rows(s, _OPEN_STEP, participant_id) if pid in people}
    wanted = [st for st in domain.PLACEMENT_STATUSES if follow_ups_wanted(st)]
    facts.placements = [(pid_, p, _date(start)) for pid_, p, start in s.execute(
        select(Placement.id, Placement.participant_id, raw(Placement.start_date))
        .where(~Placement.deleted, Placement.status.in_(wanted), *([Placement.participant_id == participant_id] if participant_id else [])))
        .all() if p in people]
    facts.reviewed = {(pl, off) for pl, off, pid in s.execute(
        select(FollowUp.placement_id, FollowUp.day_offset, FollowUp.participant_id).where(
            ~FollowUp.deleted, FollowUp.reviewed_on.is_not(None), *([FollowUp.participant_id == participant_id] if participant_id else [])))
        .all() if pid in people}
    since = today - dt.timedelta(days=LATE_ENTRY_SHOWN_DAYS) if late_since is ... else late_since
    facts.late = late_entries(s, user, since, participant_id, people)
    return facts


def late_entries(s, user, since: dt.date | None, participant_id: str | None = None,
                 people: dict | None = None) -> list[tuple[str, str, dt.date, dt.date, tuple]]:
    """Entries made more than ENTRY_DAYS after their event (entered on or after `since`, if given).

    Events: a case note's contact date; a started service's planned start; a credential's date
    attained; an exit's date (a closure: its entry date is when the exit record was written).
    `people` are the participants in scope (read again when not given).
    """
    if people is None:
        people = set(s.execute(select(Participant.id).where(~Participant.deleted, participant_clause(user))).scalars().all())
    late = []
    fromiso = dt.date.fromisoformat
    for what, (table, event, entered, more, place) in _LATE.items():
        sql = (f"SELECT x.participant_id, x.id, {event}, {entered} FROM {table} AS x WHERE x.deleted = 0{more} AND {event} IS NOT NULL "
               f"AND julianday({entered}) - julianday({event}) > {ENTRY_DAYS}")
        params = {}
        if since is not None:  # first in the index: it rules out most rows
            sql += f" AND {entered} >= :since"
            params["since"] = since.isoformat()
        for pid, row_id, event_on, entered_on in _rows(s, sql, participant_id, **params):
            if pid in people:
                late.append((pid, what, fromiso(event_on[:10]), fromiso(entered_on[:10]), place(row_id)))
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
