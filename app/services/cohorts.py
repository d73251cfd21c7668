"""Who shares a step/service: the cohort that group attendance enters one week for (seed 001)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import domain
from app.scope import participant_clause
from db.models import Participant, PlanService


@dataclass(frozen=True)
class CohortMember:
    service_id: str
    participant_id: str
    name: str


def services_of_step(ctx, catalog_item_id: str, status: str = domain.STARTED) -> list[CohortMember]:
    """Every service of this catalog step with `status`, of participants in the user's scope, in ONE
    query (the picker must not run a query per participant of a big caseload on the GUI thread)."""
    query = (
        select(PlanService.id, Participant.id, Participant.first_name, Participant.last_name)
        .join(Participant, Participant.id == PlanService.participant_id)
        .where(
            PlanService.catalog_item_id == catalog_item_id,
            PlanService.status == status,
            ~PlanService.deleted,
            ~Participant.deleted,
            participant_clause(ctx.user),
        )
        .order_by(Participant.last_name, Participant.first_name, PlanService.id)
    )
    with ctx.read() as s:
        return [CohortMember(sid, pid, f"{first} {last}") for sid, pid, first, last in s.execute(query)]
