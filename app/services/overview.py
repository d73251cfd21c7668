"""Overview figures: accomplishments (earned credentials, completed goals, completed services)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app import domain
from app.scope import visible_participant
from db.models import Credential, Goal, PlanService


@dataclass(frozen=True)
class Accomplishments:
    credentials: int
    completed_goals: int
    completed_services: int


def accomplishments(ctx, participant_id: str) -> Accomplishments:
    """Counted from the rows, never stored (DOMAIN.md, Overview)."""

    def count(model, *where):
        return s.scalar(select(func.count()).select_from(model).where(model.participant_id == participant_id, ~model.deleted, *where))

    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return Accomplishments(
            credentials=count(Credential),
            completed_goals=count(Goal, Goal.status == "Complete"),
            completed_services=count(PlanService, PlanService.status == domain.SUCCESSFUL),
        )
