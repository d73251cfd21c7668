"""Participants: profile, contacts, the caseload list (DOMAIN.md, Participant profile).

`CaseloadRow` is re-exported from app/caseload.py."""
from __future__ import annotations

from sqlalchemy import select

from app.caseload import CaseloadRow, caseload_rows, caseload_sql
from app.errors import NotAllowed, Problems
from app.rules.people import check_participant
from app.scope import organization_in_scope, require_staff, visible_participant
from app.services.common import load_owned, merged, reject_unknown, strip_text
from app.text import spellings
from db.changes import data_columns
from db.models import ContactPerson, Participant

DEFAULTS = {"program": "Adult", "enrollment_status": "Active"}


def search_key(values: dict) -> str:
    """What the caseload search matches: the names as a US keyboard types them, with their two-letter
    spellings (app/text.py), the last 4 SSN and the individual number. The one rule: the laptop, the
    sync apply and the server all derive the stored key here."""
    parts = [values.get("first_name"), values.get("last_name"), values.get("preferred_name"), values.get("ssn_last4"), values.get("individual_number")]
    return spellings(" ".join(p for p in parts if p))


def create_participant(ctx, **values) -> Participant:
    require_staff(ctx.user)
    values = {**DEFAULTS, **strip_text(values)}
    reject_unknown(Participant, values)
    if ctx.user.role == "caseworker" and not values.get("organization_id"):
        values["organization_id"] = ctx.user.organization_id
    if ctx.user.role == "caseworker" and not values.get("planner_id"):
        values["planner_id"] = ctx.user.id
    check_participant(values)
    with ctx.write() as rec:
        if not organization_in_scope(rec.session, ctx.user, values["organization_id"]):
            raise NotAllowed("You can only add participants to your own organization.")
        participant = Participant(**values, search_key=search_key(values))
        return rec.add(participant, summary=f"Participant {values['first_name']} {values['last_name']}")


def update_participant(ctx, participant_id: str, **changes) -> Participant:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(Participant, changes, allowed=set(data_columns(Participant)) - {"search_key", "deleted"})
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        after = merged(participant, changes)
        check_participant(after)
        if "organization_id" in changes and not organization_in_scope(rec.session, ctx.user, changes["organization_id"]):
            raise NotAllowed("You can only move participants to an organization in your scope.")
        rec.update(participant, {**changes, "search_key": search_key(after)})
        return participant


def get_participant(ctx, participant_id: str) -> Participant:
    with ctx.read() as s:
        return visible_participant(s, ctx.user, participant_id)


def add_contact_person(ctx, participant_id: str, name: str, relationship: str = "", phone: str = "", email: str = "") -> ContactPerson:
    require_staff(ctx.user)
    problems = Problems()
    problems.require(name, "name")
    if not (phone.strip() or email.strip()):
        problems.add("phone", "An additional contact needs a phone number or an email address.")
    problems.raise_if_any()
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(
            ContactPerson(participant_id=participant_id, name=name.strip(), relationship=relationship, phone=phone, email=email),
            summary=f"Contact {name}",
        )


def remove_contact_person(ctx, contact_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        contact = load_owned(rec.session, ctx.user, ContactPerson, contact_id)
        rec.remove(contact, summary=f"Contact {contact.name}")


def list_contact_people(ctx, participant_id: str) -> list[ContactPerson]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(ContactPerson).where(ContactPerson.participant_id == participant_id, ~ContactPerson.deleted)))


def list_caseload(ctx, search: str = "", program: str = "", enrollment_status: str = "", organization_id: str = "") -> list[CaseloadRow]:
    """Every participant in scope, with what the caseload columns and filters need, in one query
    (app/caseload.py: plain SQL, so that start-up can run it before the ORM loads)."""
    sql, params = caseload_sql(ctx.user, search, program, enrollment_status, organization_id)
    with ctx.read() as s:
        return caseload_rows(s.connection().exec_driver_sql(sql, tuple(params)).all())
