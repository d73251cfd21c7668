"""Who sees which participants (DOMAIN.md, People and access). Every service query goes through here."""
from __future__ import annotations

from app.i18n import _
from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session

from app.errors import NotAllowed, NotFound
from app.identity import CurrentUser  # re-exported: services take it from here
from db.models import Organization, Participant


def participant_clause(user: CurrentUser) -> ColumnElement[bool]:
    """caseworker: own organization; program manager: own region; administrator: all; participant: self."""
    if user.role == "administrator":
        return true()
    if user.role == "caseworker":
        return Participant.organization_id == user.organization_id if user.organization_id else false()
    if user.role == "program_manager":
        orgs = select(Organization.id).where(Organization.region_id == user.region_id)
        return Participant.organization_id.in_(orgs) if user.region_id else false()
    if user.role == "participant":
        return Participant.id == user.participant_id if user.participant_id else false()
    return false()


def visible_participant(session: Session, user: CurrentUser, participant_id: str) -> Participant:
    """The participant, if it exists, is not deleted and is in the user's scope; NotFound otherwise.

    Remembered for the life of the session (one transaction), so a batch of writes checks once.
    """
    seen = session.info.setdefault("visible_participants", {})
    row = seen.get((user.id, participant_id))
    if row is not None and not row.deleted:
        return row
    row = session.scalar(
        select(Participant).where(Participant.id == participant_id, ~Participant.deleted, participant_clause(user))
    )
    if row is None:
        raise NotFound(_("That participant is not in your caseload."))
    seen[(user.id, participant_id)] = row
    return row


def require_staff(user: CurrentUser) -> None:
    """A participant may view and sign their plan, never edit it."""
    if user.role == "participant":
        raise NotAllowed(_("Participants can view and sign their plan but not change it."))


def organization_in_scope(session: Session, user: CurrentUser, organization_id: str) -> bool:
    if user.role == "administrator":
        return True
    if user.role == "caseworker":
        return organization_id == user.organization_id
    if user.role == "program_manager":
        org = session.get(Organization, organization_id)
        return org is not None and org.region_id == user.region_id
    return False
