"""Intake: a new participant with every profile field, their additional contacts and the program's
pre-populated goals and steps, in one transaction (DOMAIN.md, Intake and the record).

Before anything is written the duplicate check looks for the same person already in the caseload:
the same name and date of birth, or the same last 4 of the SSN and date of birth. It answers with
`PossibleDuplicate` ("This may be Ana Ruiz, 100012: open Ana Ruiz instead?"); the caseworker either
opens that record or confirms it is someone else (`confirmed_new=True`).
"""
from __future__ import annotations

from app.i18n import _
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import domain
from app.errors import FieldError, Problems, ValidationError
from app.rules.people import check_contact, check_intake
from app.scope import participant_clause, require_staff
from app.services import catalog, goals, participants, plan_services
from app.services.common import reject_unknown
from app.text import fold
from db.models import Participant

#: seed 001: "Career Plan (Pre-populated Goals/Steps) are associated with performance measures and are
#: automatically added to a customer file"; they can later be updated or marked Evaluated/Not Required
PROGRAM_PLANS: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {
    "Adult": [("Gain permanent employment in the career pathway chosen with the career planner.", "Career Plan", "Long Term",
               ("*Get Started: Learn about exploring careers", "Prepare your resume"))],
    "Dislocated Worker": [("Return to work in a job that pays at least the wage of the job lost.", "Career Plan", "Long Term",
                           ("*Get Started: Learn about exploring careers", "Prepare your resume", "Supervised Job Search"))],
    "Youth": [("Earn a high-school diploma, an equivalency or a recognized credential.", "Education/Training Plan", "Long Term",
               ("*Get Started: Learn about exploring careers", "Basic Education (ABE/GED/Bridge)"))],
}
#: pre-populated steps are planned over the first 90 days of enrollment
PLANNED_DAYS = 90


@dataclass(frozen=True)
class Match:
    id: str
    name: str
    individual_number: str
    why: str  # "same name and date of birth" / "same last 4 of SSN and date of birth"


class PossibleDuplicate(ValidationError):
    """The person may already be in the caseload; nothing was written."""

    def __init__(self, matches: list[Match]):
        self.matches = matches
        first = matches[0]
        number = f", {first.individual_number}" if first.individual_number else ""
        message = f"This may be {first.name}{number} ({first.why}): open {first.name} instead?"
        if len(matches) > 1:
            message += f" ({len(matches) - 1} more possible match{'es' if len(matches) > 2 else ''}.)"
        super().__init__([FieldError("duplicate", message)])


def find_duplicates(ctx, first_name: str, last_name: str, birth_date: dt.date | None, ssn_last4: str = "") -> list[Match]:
    """Participants in the user's scope who may be this person (accents and case ignored in names)."""
    if birth_date is None:
        return []
    name = (fold(first_name), fold(last_name))
    query = select(Participant).where(~Participant.deleted, Participant.birth_date == birth_date, participant_clause(ctx.user))
    matches = []
    with ctx.read() as s:
        for p in s.scalars(query):
            if (fold(p.first_name), fold(p.last_name)) == name:
                why = "same name and date of birth"
            elif ssn_last4 and p.ssn_last4 == ssn_last4:
                why = "same last 4 of SSN and date of birth"
            else:
                continue
            matches.append(Match(p.id, f"{p.first_name} {p.last_name}", p.individual_number, why))
    return matches


def intake_participant(ctx, *, contacts: list[dict] | tuple = (), confirmed_new: bool = False, today: dt.date | None = None,
                       **values) -> Participant:
    """Enter a new participant: profile, contacts and the program's plan, all or nothing."""
    require_staff(ctx.user)
    today = today or dt.date.today()
    typing = Problems()
    values = {**participants.DEFAULTS, "enrollment_status": "Applicant", **participants.profile_values(values, typing)}
    reject_unknown(Participant, values, allowed=set(participants.PROFILE_FIELDS) | {"organization_id", "planner_id", "wage_goal",
                                                                                      "career_pathway", "occupation_1", "occupation_2"})
    if ctx.user.role == "caseworker":
        values.setdefault("organization_id", ctx.user.organization_id)
        values.setdefault("planner_id", ctx.user.id)
    contact_problems = _contact_problems(contacts)
    try:
        check_intake(values)
        broken = []
    except ValidationError as error:
        broken = [p for p in error.problems if p.field not in {t.field for t in typing.items}]
    if typing.items or broken or contact_problems:
        raise ValidationError(typing.items + broken + contact_problems)
    if not confirmed_new:
        matches = find_duplicates(ctx, values["first_name"], values["last_name"], values.get("birth_date"), values.get("ssn_last4") or "")
        if matches:
            raise PossibleDuplicate(matches)
    with ctx.batch() as rec:
        if not values.get("individual_number"):
            values["individual_number"] = next_individual_number(rec.session)
        participant = participants.create_participant(ctx, **values)
        for contact in contacts:
            participants.add_contact_person(ctx, participant.id, **contact)
        _add_program_plan(ctx, participant, today)
        return participant


def next_individual_number(session) -> str:
    """The number after the highest one on this profile (100000 for the first participant) when the
    caseworker leaves it empty; sync keeps numbers unique across laptops only as far as the server's
    check does, so a number typed from the state system is always preferred."""
    numbers = [int(n) for n in session.scalars(select(Participant.individual_number)) if n and n.isascii() and n.isdigit()]
    return str(max(numbers, default=99999) + 1)


def _contact_problems(contacts) -> list[FieldError]:
    """Each contact's problems, named `contacts[i].field` so the form can point at the row."""
    found = []
    for index, contact in enumerate(contacts):
        try:
            check_contact({k: (v or "").strip() for k, v in contact.items()})
        except ValidationError as error:
            found += [FieldError(f"contacts[{index}].{p.field}", _("Additional contact {value}: {message}").format(value=index + 1, message=p.message)) for p in error.problems]
    return found


def _add_program_plan(ctx, participant: Participant, today: dt.date) -> None:
    start = participant.program_enrollment_date or participant.eligibility_date or participant.application_date or today
    items = {item.name: item for item in catalog.list_catalog(ctx)}
    for statement, category, term, steps in PROGRAM_PLANS.get(participant.program, []):
        goal = goals.add_goal(ctx, participant.id, statement=statement, category=category, term=term)
        for name in steps:
            item = items.get(name)
            if item is None:  # a catalog without the step (an old profile): the goal is still there to fill
                continue
            plan_services.add_service(ctx, participant.id, item.id, goal.id, status=domain.PLANNED, planned_start=start,
                                      planned_due=start + dt.timedelta(days=PLANNED_DAYS), weekly_hours=0.0)
