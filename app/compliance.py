"""The compliance view: per timeliness rule, how many participants are out of line and who, plus the
ISTEP rubric for the caseload (seed 002 timeliness, seed 004 rubric).

Two kinds of problem are counted per rule: what is overdue now (a reminder past its due date, which
the caseworker can still clear) and what already happened late (eligibility determined after 30 days,
an initial plan after 5 days, an entry made after 10 days), which stays on the record.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.i18n import ngettext
from app import rubric as rubric_module
from app.reminders import (
    ELIGIBILITY_DAYS,
    INITIAL_PLAN_DAYS,
    RULES,
    Reminder,
    load_facts,
    no_gc_pauses,
    next_review_due,
    reminders_from_facts,
)


@dataclass(frozen=True)
class RuleCompliance:
    kind: str
    title: str
    #: reminders of this rule past their due date (or due today for "open_goal")
    overdue: list[Reminder]
    #: (participant id, participant name, what happened late) already on the record
    late: list[tuple[str, str, str]]

    @property
    def participants_overdue(self) -> int:
        return len({r.participant_id for r in self.overdue})


@dataclass(frozen=True)
class Compliance:
    today: dt.date
    participants: int
    rules: list[RuleCompliance]
    rubrics: dict[str, rubric_module.ParticipantRubric]
    rubric_counts: dict[str, dict[str, int]]

    def rule(self, kind: str) -> RuleCompliance:
        return next(r for r in self.rules if r.kind == kind)


def compliance_for_caseload(ctx, today: dt.date | None = None) -> Compliance:
    with no_gc_pauses():
        return _compliance_for_caseload(ctx, today)


def _compliance_for_caseload(ctx, today: dt.date | None) -> Compliance:
    """Everything the compliance dialog shows, from the reminders' and the rubric's bulk queries (one read)."""
    today = today or dt.date.today()
    with ctx.read() as s:  # one read: the reminders' and the rubric's facts, each computed once
        facts = load_facts(s, ctx.user, today, late_since=None, extra=rubric_module.PEOPLE_COLUMNS)
        plan_facts = rubric_module.load_plan_facts(s, ctx.user, facts=facts)
    reminders = reminders_from_facts(facts, today, due_within=0)
    late_history: dict[str, list[tuple[str, str, str]]] = {kind: [] for kind in RULES}
    for pid, (name, _status, application, eligibility, assessed, created, _review) in facts.people.items():
        if application and eligibility and (eligibility - application).days > ELIGIBILITY_DAYS:
            days = (eligibility - application).days
            late_history["eligibility"].append((pid, name, ngettext("Eligibility determined {days} day after application",
                                                                    "Eligibility determined {days} days after application", days).format(days=days)))
        if assessed and created and (created - assessed).days > INITIAL_PLAN_DAYS:
            days = (created - assessed).days
            late_history["initial_plan"].append((pid, name, ngettext("Initial plan {days} day after assessments",
                                                                     "Initial plan {days} days after assessments", days).format(days=days)))
    rules = []
    for kind, title in RULES.items():
        if kind == "late_entry":
            overdue = []
            late = [(r.participant_id, r.participant_name, r.title) for r in reminders if r.kind == kind]
        else:
            overdue = [r for r in reminders if r.kind == kind and (r.due_date < today or kind == "open_goal")]
            late = late_history[kind]
        rules.append(RuleCompliance(kind, title, sorted(overdue, key=lambda r: -r.days_overdue), late))
    rubrics = rubric_module.rubrics_from_facts(plan_facts, today)
    return Compliance(today, len(facts.people), rules, rubrics, rubric_module.caseload_counts(rubrics))


# -- per participant: what the caseload list and the Excel export show ----------------------------


@dataclass(frozen=True)
class ParticipantStatus:
    reminders: int
    overdue: int
    next_review_due: dt.date | None
    #: the 30-day review the ISTEP rubric asks for (seed 004)
    next_rubric_review_due: dt.date | None
    rubric_level: str
    rubric_levels: dict[str, str]


def participant_statuses(ctx, today: dt.date | None = None, due_within: int = 7) -> dict[str, ParticipantStatus]:
    with no_gc_pauses():
        return _participant_statuses(ctx, today, due_within)


def _participant_statuses(ctx, today: dt.date | None, due_within: int) -> dict[str, ParticipantStatus]:
    """Participant id → reminder counts, next plan review due and ISTEP level, for every participant
    in scope (those without reminders too): one pass of the reminders' and the rubric's bulk queries."""
    today = today or dt.date.today()
    with ctx.read() as s:
        facts = load_facts(s, ctx.user, today, extra=rubric_module.PEOPLE_COLUMNS)
        plan_facts = rubric_module.load_plan_facts(s, ctx.user, facts=facts)
    reminders = reminders_from_facts(facts, today, due_within)
    counts: dict[str, list[int]] = {}
    for r in reminders:
        entry = counts.setdefault(r.participant_id, [0, 0])
        entry[0] += 1
        entry[1] += r.due_date < today
    rubrics = rubric_module.rubrics_from_facts(plan_facts, today)
    result = {}
    for pid, (_name, _status, _app, _elig, _assessed, created, last_review) in facts.people.items():
        n, overdue = counts.get(pid, (0, 0))
        rubric = rubrics.get(pid)
        result[pid] = ParticipantStatus(n, overdue, next_review_due(last_review, created), next_review_due(last_review, created, rubric=True),
                                        rubric.overall if rubric else "", dict(rubric.levels) if rubric else {})
    return result
