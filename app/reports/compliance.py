"""Per-participant timeliness facts the caseload export shows, behind a swappable provider.

The export takes any callable `provider(ctx, participant_ids, today) -> {participant_id: ComplianceFacts}`.
`full_compliance` (the default) uses the reminders engine, the ISTEP rubric and the placements;
`basic_compliance` needs none of them: the next plan review (last review + 90 days, seed 002) and
whether it, or regular two-way contact (every 30 days), is overdue.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import func, select

from db.models import CaseNote, Participant

#: the export's page cache (KiB): it reads each page about once, so the profile's 64 MiB cache only grew
#: with the caseload (64 of the 238 MiB peak at 10,000 participants) without saving any time
EXPORT_CACHE_KIB = 8192


@contextmanager
def small_page_cache(conn):
    """The export's reads through a small SQLite page cache; the connection's own size is restored after."""
    (before,) = conn.exec_driver_sql("PRAGMA cache_size").one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")



REVIEW_DAYS = 90
CONTACT_DAYS = 30


@dataclass(frozen=True, slots=True)
class OverdueItem:
    kind: str
    due_date: dt.date | None
    days_overdue: int


@dataclass(slots=True)
class ComplianceFacts:
    next_review_due: dt.date | None = None
    rubric_level: str = ""
    subsidized_days: int | None = None
    overdue: list[OverdueItem] = field(default_factory=list)

    @property
    def overdue_count(self) -> int:
        return len(self.overdue)


ComplianceProvider = Callable[[object, list[str], dt.date], dict[str, ComplianceFacts]]


def basic_compliance(ctx, participant_ids: list[str], today: dt.date) -> dict[str, ComplianceFacts]:
    """Plan review and regular contact, from two grouped queries (never one query per participant)."""
    wanted = set(participant_ids)
    with ctx.read() as s:
        reviews = dict(s.execute(select(Participant.id, Participant.last_plan_review).where(~Participant.deleted)).all())
        contacts = dict(
            s.execute(
                select(CaseNote.participant_id, func.max(CaseNote.contact_date))
                .where(~CaseNote.deleted, CaseNote.two_way_contact)
                .group_by(CaseNote.participant_id)
            ).all()
        )
        statuses = dict(s.execute(select(Participant.id, Participant.enrollment_status).where(~Participant.deleted)).all())
    facts = {}
    for pid in participant_ids:
        if pid not in wanted:
            continue
        item = ComplianceFacts()
        review = reviews.get(pid)
        if review:
            item.next_review_due = review + dt.timedelta(days=REVIEW_DAYS)
            if item.next_review_due < today:
                item.overdue.append(OverdueItem("Plan review", item.next_review_due, (today - item.next_review_due).days))
        if statuses.get(pid) == "Active":
            contact = contacts.get(pid)
            if isinstance(contact, str):
                contact = dt.date.fromisoformat(contact)
            due = contact + dt.timedelta(days=CONTACT_DAYS) if contact else None
            if due is None or due < today:
                item.overdue.append(OverdueItem("Two-way contact", due, (today - due).days if due else 0))
        facts[pid] = item
    return facts


@contextmanager
def _reading(ctx, session):
    """The caller's read when given, else one of our own (through the export's small page cache)."""
    if session is not None:
        yield session
        return
    with ctx.read() as s, small_page_cache(s.connection()):
        yield s


def full_compliance(ctx, participant_ids: list[str], today: dt.date, session=None) -> dict[str, ComplianceFacts]:
    """`session`: the caller's open read (the export's): the facts are read in its transaction, so they are
    of the same moment as the sheets' rows, through its page cache (the pages the rows came from)."""
    from app.reminders import no_gc_pauses

    with no_gc_pauses():
        return _full_compliance(ctx, participant_ids, today, session)


#: open_caseload hands its read to providers that take one
full_compliance.reads_in_session = True


def _full_compliance(ctx, participant_ids: list[str], today: dt.date, session) -> dict[str, ComplianceFacts]:
    """The export's default: next review from the plan, every overdue reminder of the reminders engine,
    the ISTEP rubric's overall level and subsidized days — the reminders' and the rubric's bulk queries
    run once, in one read, and each is computed once for the caseload."""
    from collections import defaultdict

    from app.reminders import load_facts, reminders_from_facts
    from app.rubric import PEOPLE_COLUMNS, load_plan_facts, rubrics_from_facts
    from app.rules.placements import inactive_gaps, subsidized_days
    from db.models import Placement, PlacementStatusChange

    with _reading(ctx, session) as s:
        reminder_facts = load_facts(s, ctx.user, today, extra=PEOPLE_COLUMNS)
        plan_facts = load_plan_facts(s, ctx.user, facts=reminder_facts)
        c = s.connection()  # rows as mappings on Core: the rules read placements and changes by field name
        pl, ch = Placement, PlacementStatusChange
        placements = c.execute(select(pl.id, pl.participant_id, pl.status, pl.start_date, pl.subsidized_start, pl.subsidized_end,
                                      pl.end_date, pl.planned_due).where(~pl.deleted)).mappings().all()
        history = defaultdict(list)
        for change in c.execute(select(ch.placement_id, ch.inactive_on, ch.return_on).where(~ch.deleted)).mappings():
            history[change["placement_id"]].append(change)
    facts: dict[str, ComplianceFacts] = {}
    people = reminder_facts.people
    levels = {pid: rubric.overall for pid, rubric in rubrics_from_facts(plan_facts, today).items()}
    del plan_facts  # each set of facts is let go as soon as it is used: the export's peak memory
    for pid in participant_ids:
        item = facts[pid] = ComplianceFacts(rubric_level=levels.get(pid, ""))
        person = people.get(pid)
        review = person[6] if person else None  # the last plan review (basic_compliance's next review)
        if review:
            item.next_review_due = review + dt.timedelta(days=REVIEW_DAYS)
    del levels
    for reminder in reminders_from_facts(reminder_facts, today, due_within=0):
        item = facts.get(reminder.participant_id)
        if item is not None and reminder.days_overdue > 0:
            item.overdue.append(OverdueItem(reminder.title, reminder.due_date, reminder.days_overdue))
    del reminder_facts, people
    for placement in placements:
        item = facts.get(placement["participant_id"])
        if item is not None:
            days = subsidized_days(dict(placement), today, inactive_gaps([dict(c) for c in history[placement["id"]]], today))
            item.subsidized_days = (item.subsidized_days or 0) + days
    return facts
