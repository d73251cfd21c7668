"""Participants: profile, contacts, the caseload list (DOMAIN.md, Participant profile).

`CaseloadRow` is re-exported from app/caseload.py."""
from __future__ import annotations

from app.i18n import _
import datetime as dt

from sqlalchemy import select

from app.caseload import CaseloadRow, caseload_rows, caseload_sql
from app.errors import FieldError, NotAllowed, Problems, ValidationError
from app.rules.people import check_contact, check_participant, check_status_change
from app.rules.values import normalise_state_zip, parse_us_date
from app.scope import organization_in_scope, require_staff, visible_participant
from app.services.common import load_owned, merged, reject_unknown, strip_text
from app.text import spellings
from db.changes import data_columns
from db.models import ContactPerson, Organization, Participant, User

DEFAULTS = {"program": "Adult", "enrollment_status": "Active"}


def search_key(values: dict) -> str:
    """What the caseload search matches: the names as a US keyboard types them, with their two-letter
    spellings (app/text.py), the last 4 SSN and the individual number. The one rule: the laptop, the
    sync apply and the server all derive the stored key here."""
    parts = [values.get("first_name"), values.get("last_name"), values.get("preferred_name"), values.get("ssn_last4"), values.get("individual_number")]
    return spellings(" ".join(p for p in parts if p))


PROFILE_FIELDS = ("first_name", "last_name", "preferred_name", "email", "username", "birth_date", "ssn_last4", "individual_number",
                  "address", "city", "state", "zip", "phone", "social_media", "language", "program", "enrollment_status", "program_enrollment_date",
                  "recertification_date", "application_date", "eligibility_date")
#: how the profile dialog's dates are called (messages name the field)
DATE_FIELDS = {"birth_date": "Date of birth", "program_enrollment_date": "Program enrollment date",
               "recertification_date": "Recertification date", "application_date": "Application date",
               "eligibility_date": "Eligibility determination date"}


def profile_values(values: dict, problems: Problems) -> dict:
    """Text stripped, dates parsed (a badly typed one is a problem for its field), state and ZIP
    normalised as every address is (app/rules/values.py)."""
    values = strip_text(values)
    for field, label in DATE_FIELDS.items():
        if field in values:
            values[field] = parse_us_date(values[field], field, label, problems)
    return normalise_state_zip(values)


def _check_number_free(session, number: str, except_id: str | None = None) -> None:
    """One individual number per participant, across the whole profile (not only the caseload the
    user sees: the number identifies the person statewide)."""
    if not number:
        return
    query = select(Participant.id, Participant.first_name, Participant.last_name).where(
        Participant.individual_number == number, ~Participant.deleted)
    if except_id:
        query = query.where(Participant.id != except_id)
    if session.execute(query).first() is not None:
        raise ValidationError([FieldError("individual_number", _("Individual number {number} already belongs to another participant: check the number, or open that participant instead.").format(number=number))])


def create_participant(ctx, **values) -> Participant:
    """A participant record as it is (the demo, imports). People are entered through
    app/services/intake.py, which adds the intake rules, the duplicate check and the program's plan."""
    require_staff(ctx.user)
    typing = Problems()
    values = {**DEFAULTS, **profile_values(values, typing)}
    typing.raise_if_any()
    reject_unknown(Participant, values)
    if ctx.user.role == "caseworker" and not values.get("organization_id"):
        values["organization_id"] = ctx.user.organization_id
    if ctx.user.role == "caseworker" and not values.get("planner_id"):
        values["planner_id"] = ctx.user.id
    check_participant(values)
    with ctx.write() as rec:
        if not organization_in_scope(rec.session, ctx.user, values["organization_id"]):
            raise NotAllowed(_("You can only add participants to your own organization."))
        _check_number_free(rec.session, values.get("individual_number") or "")
        _check_planner(rec.session, values.get("planner_id"), values["organization_id"])
        participant = Participant(**values, search_key=search_key(values))
        return rec.add(participant, summary=f"{values['first_name']} {values['last_name']}")


def _has_exit(session, participant_id: str) -> bool:
    from db.models import ExitRecord

    return session.scalar(select(ExitRecord.id).where(ExitRecord.participant_id == participant_id, ~ExitRecord.deleted)) is not None


def update_participant(ctx, participant_id: str, **changes) -> Participant:
    """Any profile field, logged old → new. The enrollment status follows its rules
    (app/rules/people.py: Exited only with the exit); organization and planner change through
    `transfer_participant`, which checks where the participant goes."""
    require_staff(ctx.user)
    typing = Problems()
    changes = profile_values(changes, typing)
    typing.raise_if_any()
    reject_unknown(Participant, changes, allowed=set(data_columns(Participant)) - {"search_key", "deleted"})
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        after = merged(participant, changes)
        check_participant(after)
        if "enrollment_status" in changes:
            check_status_change(participant.enrollment_status, changes["enrollment_status"], has_exit=_has_exit(rec.session, participant_id),
                                eligibility_date=after.get("eligibility_date"))
            if participant.enrollment_status == "Applicant" and changes["enrollment_status"] == "Active" and not after["program_enrollment_date"]:
                changes["program_enrollment_date"] = dt.date.today()  # enrolled the day the applicant becomes Active
        if changes.get("individual_number", participant.individual_number) != participant.individual_number:
            _check_number_free(rec.session, changes["individual_number"], participant_id)
        if "organization_id" in changes and not organization_in_scope(rec.session, ctx.user, changes["organization_id"]):
            raise NotAllowed(_("You can only move participants to an organization in your scope."))
        if changes.get("planner_id", participant.planner_id) != participant.planner_id:
            _check_planner(rec.session, changes["planner_id"], after["organization_id"])
        rec.update(participant, {**changes, "search_key": search_key(after)})
        return participant


def _check_planner(session, planner_id: str | None, organization_id: str) -> None:
    if not planner_id:
        return
    planner = session.get(User, planner_id)
    if planner is None or planner.deleted or not planner.active or planner.role != "caseworker":
        raise ValidationError([FieldError("planner_id", _("Career planner must be an active career planner: choose one from the list."))])
    if planner.organization_id != organization_id:
        raise ValidationError([FieldError("planner_id", _("{full_name} works for another organization: choose a career planner of the participant's organization.").format(full_name=planner.full_name))])


def transfer_participant(ctx, participant_id: str, organization_id: str, planner_id: str | None = None) -> Participant:
    """Move a participant to another career planner and/or organization. A caseworker hands a
    participant to a colleague of their own organization; moving to another organization is for a
    program manager (within the region) or an administrator. Whoever loses the participant from
    their scope no longer sees the plan (and their laptop drops it at the next sync)."""
    require_staff(ctx.user)
    with ctx.write() as rec:
        participant = visible_participant(rec.session, ctx.user, participant_id)
        if not organization_id or rec.session.get(Organization, organization_id) is None:
            raise ValidationError([FieldError("organization_id", _("Organization is required: choose where the participant goes."))])
        if organization_id != participant.organization_id and ctx.user.role == "caseworker":
            raise NotAllowed(_("Only a program manager or an administrator can move a participant to another organization; "
                             "you can hand them to another career planner of your organization."))
        if not organization_in_scope(rec.session, ctx.user, organization_id):
            raise NotAllowed(_("You can only move participants to an organization in your scope."))
        _check_planner(rec.session, planner_id, organization_id)
        rec.update(participant, {"organization_id": organization_id, "planner_id": planner_id or None})
        return participant


def edit_profile(ctx, participant_id: str, **changes) -> Participant:
    """The profile dialog's Save: the changed fields, and a transfer when the organization or the career
    planner changed, in one transaction (both or neither)."""
    moving = {k: changes.pop(k) for k in ("organization_id", "planner_id") if k in changes}
    with ctx.batch():
        participant = update_participant(ctx, participant_id, **changes) if changes else get_participant(ctx, participant_id)
        if moving and (moving.get("organization_id", participant.organization_id), moving.get("planner_id", participant.planner_id)) != (
                participant.organization_id, participant.planner_id):
            participant = transfer_participant(ctx, participant_id, moving.get("organization_id", participant.organization_id),
                                               moving.get("planner_id", participant.planner_id))
        return participant


def get_participant(ctx, participant_id: str) -> Participant:
    with ctx.read() as s:
        return visible_participant(s, ctx.user, participant_id)


# -- additional contacts ----------------------------------------------------------------------------
CONTACT_FIELDS = ("name", "relationship", "phone", "email")


def add_contact_person(ctx, participant_id: str, name: str, relationship: str = "", phone: str = "", email: str = "") -> ContactPerson:
    require_staff(ctx.user)
    values = strip_text({"name": name, "relationship": relationship, "phone": phone, "email": email})
    check_contact(values)
    with ctx.write() as rec:
        visible_participant(rec.session, ctx.user, participant_id)
        return rec.add(ContactPerson(participant_id=participant_id, **values), summary=values["name"])


def update_contact_person(ctx, contact_id: str, **changes) -> ContactPerson:
    require_staff(ctx.user)
    changes = strip_text(changes)
    reject_unknown(ContactPerson, changes, allowed=set(CONTACT_FIELDS))
    with ctx.write() as rec:
        contact = load_owned(rec.session, ctx.user, ContactPerson, contact_id)
        check_contact(merged(contact, changes))
        rec.update(contact, changes)
        return contact


def remove_contact_person(ctx, contact_id: str) -> None:
    require_staff(ctx.user)
    with ctx.write() as rec:
        contact = load_owned(rec.session, ctx.user, ContactPerson, contact_id)
        rec.remove(contact, summary=contact.name)


def list_contact_people(ctx, participant_id: str) -> list[ContactPerson]:
    with ctx.read() as s:
        visible_participant(s, ctx.user, participant_id)
        return list(s.scalars(select(ContactPerson).where(ContactPerson.participant_id == participant_id, ~ContactPerson.deleted)
                              .order_by(ContactPerson.name, ContactPerson.id)))


def list_caseload(ctx, search: str = "", program: str = "", enrollment_status: str = "", organization_id: str = "") -> list[CaseloadRow]:
    """Every participant in scope, with what the caseload columns and filters need, in one query
    (app/caseload.py: plain SQL, so that start-up can run it before the ORM loads)."""
    sql, params = caseload_sql(ctx.user, search, program, enrollment_status, organization_id)
    with ctx.read() as s:
        return caseload_rows(s.connection().exec_driver_sql(sql, tuple(params)).all())
