"""2. Set Goals: goals, and the Career Plan table of the Overview."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.derive import derive_goal_dates
from app.rules.plan import check_goal
from app.scope import require_staff, visible_participant
from app.services import messages
from app.services.common import load_owned, merged, reject_unknown, strip_text
from db.models import Goal, Participant, PlanService

GOAL_DEFAULTS = {"term": "Short Term", "status": "Not Started", "justification": ""}


def _needs_new_agreement(rec, participant: Participant) -> None:
    """A new goal, or a goal set Off Track, requires the participant's agreement again (seed 000)."""
    rec.update(participant, {"needs_agreement": True})


def add_goal(ctx, participant_id: str, **values) -> Goal:
    require_staff(ctx.user)
    values = {**GOAL_DEFAULTS, **strip_text(values)}
    reject_unknown(Goal, values)
    check_goal(values)
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        goal = rec.add(Goal(participant_id=participant_id, **values), summary=f"Goal “{values['statement']}”")
        _needs_new_agreement(rec, participant)
        return goal


def update_goal(ctx, goal_id: str, **changes) -> Goal:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(Goal, changes)
    with ctx.write() as rec:
        goal = load_owned(rec.session, ctx.user, Goal, goal_id)
        check_goal(merged(goal, changes))
        went_off_track = changes.get("status") == "Off Track" and goal.status != "Off Track"
        rec.update(goal, changes)
        if went_off_track:
            participant = rec.session.get(Participant, goal.participant_id)
            _needs_new_agreement(rec, participant)
            messages.queue_notice(rec, participant, "off_track", source=goal, goal=goal.statement)
        return goal


def remove_goal(ctx, goal_id: str) -> None:
    """Removing a goal removes its steps too (they cannot exist without a goal)."""
    require_staff(ctx.user)
    with ctx.write() as rec:
        goal = load_owned(rec.session, ctx.user, Goal, goal_id)
        for service in rec.session.scalars(select(PlanService).where(PlanService.goal_id == goal_id, ~PlanService.deleted)):
            rec.remove(service, summary="Step/service of a removed goal")
        rec.remove(goal, summary=f"Goal “{goal.statement}”")


@dataclass(frozen=True)
class GoalRow:
    """A row of the Career Plan table: the goal with its derived dates and related steps."""

    id: str
    statement: str
    category: str
    term: str
    status: str
    justification: str
    related_steps: int
    earliest_start: dt.date | None
    latest_due: dt.date | None


def list_goals(ctx, participant_id: str) -> list[GoalRow]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        goals = list(s.scalars(select(Goal).where(Goal.participant_id == participant_id, ~Goal.deleted).order_by(Goal.created_on, Goal.id)))
        services = s.execute(
            select(PlanService.goal_id, PlanService.planned_start, PlanService.planned_due).where(
                PlanService.participant_id == participant_id, ~PlanService.deleted
            )
        ).all()
    by_goal = defaultdict(list)
    for row in services:
        by_goal[row.goal_id].append(row)
    rows = []
    for goal in goals:
        dates = derive_goal_dates(by_goal[goal.id])
        rows.append(
            GoalRow(goal.id, goal.statement, goal.category, goal.term, goal.status, goal.justification, len(by_goal[goal.id]), dates.earliest_start, dates.latest_due)
        )
    return rows
