"""Participants: profile, contacts, the caseload list (DOMAIN.md, Participant profile)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from app import domain
from app.errors import NotAllowed, Problems
from app.rules.people import check_participant
from app.scope import participant_clause, require_staff, organization_in_scope, visible_participant
from app.services.common import load_owned, merged, reject_unknown, strip_text
from app.text import fold
from db.changes import data_columns
from db.models import CaseNote, ContactPerson, Goal, Organization, Participant, User

DEFAULTS = {"program": "Adult", "enrollment_status": "Active"}


def search_key(values: dict) -> str:
    parts = [values.get("first_name"), values.get("last_name"), values.get("preferred_name"), values.get("ssn_last4"), values.get("individual_number")]
    return fold(" ".join(p for p in parts if p))


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


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    name: str
    preferred_name: str
    ssn_last4: str
    individual_number: str
    program: str
    plan_type: str
    enrollment_status: str
    organization: str
    planner: str
    last_contact: dt.date | None
    goal_off_track: bool
    search_key: str

    def contact_overdue(self, today: dt.date, days: int = 30) -> bool:
        """No two-way contact in `days` days (seed 002: regular contact every 30 days)."""
        return self.enrollment_status == "Active" and (self.last_contact is None or (today - self.last_contact).days > days)


#: only the columns the caseload shows: loading whole Participant rows doubled the time for 2,000 rows
CASELOAD_COLUMNS = ("id", "first_name", "last_name", "preferred_name", "ssn_last4", "individual_number", "program",
                    "enrollment_status", "search_key")


def list_caseload(ctx, search: str = "", program: str = "", enrollment_status: str = "", organization_id: str = "") -> list[CaseloadRow]:
    """Every participant in scope, with what the caseload columns and filters need, in one query."""
    planner = aliased(User)
    last_contact = (
        select(func.max(CaseNote.contact_date))
        .where(CaseNote.participant_id == Participant.id, CaseNote.two_way_contact, ~CaseNote.deleted)
        .scalar_subquery()
    )
    off_track = exists().where(Goal.participant_id == Participant.id, Goal.status == "Off Track", ~Goal.deleted)
    query = (
        select(*(getattr(Participant, c) for c in CASELOAD_COLUMNS), Organization.name, planner.full_name, last_contact, off_track)
        .join(Organization, Organization.id == Participant.organization_id)
        .outerjoin(planner, planner.id == Participant.planner_id)
        .where(~Participant.deleted, participant_clause(ctx.user))
        .order_by(Participant.last_name, Participant.first_name)
    )
    if search:
        terms = [f"%{t}%" for t in fold(search).split()]
        query = query.where(and_(*(or_(Participant.search_key.like(t)) for t in terms)))
    if program:
        query = query.where(Participant.program == program)
    if enrollment_status:
        query = query.where(Participant.enrollment_status == enrollment_status)
    if organization_id:
        query = query.where(Participant.organization_id == organization_id)
    with ctx.read() as s:
        rows = s.execute(query).all()
    caseload = []
    for row in rows:
        p, (org, planner_name, contact, flag) = row, row[-4:]
        caseload.append(CaseloadRow(
            id=p.id,
            name=f"{p.last_name}, {p.first_name}",
            preferred_name=p.preferred_name,
            ssn_last4=p.ssn_last4,
            individual_number=p.individual_number,
            program=p.program,
            plan_type=domain.plan_type(p.program),
            enrollment_status=p.enrollment_status,
            organization=org or "",
            planner=planner_name or "",
            last_contact=contact if isinstance(contact, dt.date) or contact is None else dt.date.fromisoformat(contact),
            goal_off_track=bool(flag),
            search_key=p.search_key,
        ))
    return caseload
