"""Rules of the participant profile and of credentials."""
from __future__ import annotations

from app.i18n import LANGUAGES, N_, _
import datetime as dt
import re

from app import domain
from app.errors import Problems, ValidationError
from app.labels import label as value_label
from app.rules.values import is_ascii_digits, is_blank, is_state_code, is_zip, length_problems, phone_problem

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


#: what the profile's fields are called on screen (messages name the field as the caseworker sees it)
LABELS = {
    "first_name": N_("Legal first name"), "last_name": N_("Legal last name"), "preferred_name": N_("Preferred name"), "email": N_("Email"),
    "username": N_("User name"), "birth_date": N_("Date of birth"), "ssn_last4": N_("Last 4 of SSN"), "individual_number": N_("Individual number"),
    "address": N_("Street address"), "city": N_("City"), "state": N_("State"), "zip": N_("ZIP code"), "phone": N_("Phone/text"),
    "social_media": N_("Social media contact"), "language": N_("Preferred language"), "organization_id": N_("Organization"), "planner_id": N_("Career planner"), "program": N_("Program"),
    "enrollment_status": N_("Enrollment status"), "program_enrollment_date": N_("Program enrollment date"),
    "recertification_date": N_("Recertification date"), "application_date": N_("Application date"),
    "eligibility_date": N_("Eligibility determination date"), "career_pathway": N_("Career pathway"), "occupation_1": N_("Occupation 1"),
    "occupation_2": N_("Occupation 2"),
}
#: seed 002 / DOMAIN.md timeliness: eligibility is determined within 30 days of the application
ELIGIBILITY_DAYS = 30


def check_ssn_last4(value: str, problems: Problems) -> None:
    """Only the last 4 digits of an SSN are ever stored (DOMAIN.md, People and access), written 0-9."""
    if not value:
        return
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 9 or len(value) > 4:
        problems.add("ssn_last4", _("Only the last 4 digits of the SSN may be stored: enter 4 digits, never the full number."))
    elif not (is_ascii_digits(value) and len(value) == 4):
        problems.add("ssn_last4", _("Last 4 of SSN must be exactly 4 digits, written with 0-9."))


def _dates_in_order(p: dict, problems: Problems) -> None:
    """Born before applying; eligibility within 30 days of the application; enrolled after applying;
    recertified after enrolling."""
    today = dt.date.today()
    birth, application, eligibility = p.get("birth_date"), p.get("application_date"), p.get("eligibility_date")
    enrolled, recert = p.get("program_enrollment_date"), p.get("recertification_date")
    if birth and birth > today:
        problems.add("birth_date", _("Date of birth cannot be in the future."))
    elif birth and birth.year < today.year - 120:
        problems.add("birth_date", _("Date of birth {birth:%m/%d/%Y} is more than 120 years ago: check the year.").format(birth=birth))
    if application and application > today:
        problems.add("application_date", _("Application date cannot be in the future."))
    if birth and application and application <= birth:
        problems.add("application_date", _("Application date must be after the date of birth."))
    if application and eligibility:
        if eligibility < application:
            problems.add("eligibility_date", _("Eligibility determination cannot be before the application date."))
    if eligibility and eligibility > today:
        problems.add("eligibility_date", _("Eligibility determination date cannot be in the future."))
    if enrolled and application and enrolled < application:
        problems.add("program_enrollment_date", _("Program enrollment date cannot be before the application date."))
    if recert and (enrolled or application) and recert <= (enrolled or application):
        problems.add("recertification_date", _("Recertification date must be after the program enrollment date."))


def check_participant(p: dict) -> None:
    problems = Problems()
    if is_blank(p.get("first_name")):
        problems.add("first_name", _("Legal first name is required."))
    if is_blank(p.get("last_name")):
        problems.add("last_name", _("Legal last name is required."))
    if is_blank(p.get("organization_id")):
        problems.add("organization_id", _("Organization is required: choose the participant's organization/provider."))
    check_ssn_last4(p.get("ssn_last4") or "", problems)
    email = p.get("email") or ""
    if email and not _EMAIL.match(email):
        problems.add("email", _("Email “{email}” is not an email address.").format(email=email))
    phone = phone_problem(p.get("phone") or "", "Phone/text")
    if phone:
        problems.add("phone", phone)
    number = p.get("individual_number") or ""
    if number and not is_ascii_digits(number):
        problems.add("individual_number", _("Individual number must be written with the digits 0-9 only (got “{number}”).").format(number=number))
    if p.get("program") not in domain.PROGRAMS:
        problems.add("program", _("Program must be Adult, Dislocated Worker or Youth."))
    if p.get("enrollment_status") not in domain.ENROLLMENT_STATUSES:
        problems.add("enrollment_status", _("Enrollment status must be Applicant, Active, Inactive or Exited."))
    _dates_in_order(p, problems)
    state = p.get("state") or ""
    if state and not is_state_code(state):
        problems.add("state", _("State must be a two-letter code such as IL."))
    zip_code = p.get("zip") or ""
    if zip_code and not is_zip(zip_code):
        problems.add("zip", _("ZIP code must be 5 digits (or ZIP+4), written with 0-9."))
    language = p.get("language")
    if language is not None and language not in LANGUAGES:
        problems.add("language", _("Preferred language must be one of: {choices}.").format(choices=", ".join(LANGUAGES.values())))
    wage = p.get("wage_goal")
    if wage is not None and wage < 0:
        problems.add("wage_goal", _("Wage goal per hour cannot be negative."))
    from db.models import Participant  # the column lengths are the model's

    length_problems(Participant, p, LABELS, problems)
    problems.raise_if_any()


def check_intake(p: dict) -> None:
    """Intake asks more than a later edit: the duplicate check needs the date of birth, the eligibility
    timeline the application date, and both dates are entered fresh, so eligibility must fall within
    30 days. (A later edit may record a late determination: that is a fact the compliance view
    reports as late, not one to refuse.)"""
    problems = Problems()
    if p.get("birth_date") is None:
        problems.add("birth_date", _("Date of birth is required at intake (it is how duplicates are found)."))
    application, eligibility = p.get("application_date"), p.get("eligibility_date")
    if application is None:
        problems.add("application_date", _("Application date is required at intake (eligibility is due within 30 days of it)."))
    elif eligibility and (eligibility - application).days > ELIGIBILITY_DAYS:
        problems.add("eligibility_date", _("Eligibility must be determined within {ELIGIBILITY_DAYS} days of the application ({application:%m/%d/%Y}): by {value:%m/%d/%Y}.").format(ELIGIBILITY_DAYS=ELIGIBILITY_DAYS, application=application, value=application + dt.timedelta(days=ELIGIBILITY_DAYS)))
    if p.get("enrollment_status") == domain.EXITED:
        problems.add("enrollment_status", _("A new participant cannot start as Exited: choose Applicant or Active."))
    elif p.get("enrollment_status") == "Active" and not eligibility:
        problems.add("eligibility_date", _("An Active participant has had eligibility determined: enter the eligibility "
                                         "determination date, or start as Applicant."))
    try:
        check_participant(p)
    except ValidationError as error:
        reported = {item.field for item in problems.items}
        problems.items.extend(item for item in error.problems if item.field not in reported)
    problems.raise_if_any()


#: enrollment status changes a caseworker may make from the profile; Exited comes only with the exit
#: record (Outcomes tab), and leaves it only when an administrator or program manager undoes the exit
STATUS_CHANGES = {
    "Applicant": {"Active", "Inactive"},
    "Active": {"Inactive"},
    "Inactive": {"Active"},
    "Exited": set(),
}


def check_status_change(old: str, new: str, *, has_exit: bool, eligibility_date: dt.date | None = None) -> None:
    """Applicant → Active (once eligibility is determined) → Exited (seed 003: exited through the
    exit, never by editing the status)."""
    if old == new:
        return
    problems = Problems()
    if old == "Applicant" and new == "Active" and eligibility_date is None:
        problems.add("eligibility_date", _("An applicant becomes Active once eligibility is determined: enter the eligibility "
                                         "determination date first."))
    elif new == domain.EXITED and not has_exit:
        problems.add("enrollment_status", _("Enrollment status becomes Exited with the exit: record the exit on the Outcomes tab "
                                          "(the exit checklist, or an early exit with a reason)."))
    elif old == domain.EXITED and has_exit:
        problems.add("enrollment_status", _("This participant has exited: an administrator or program manager can undo the exit "
                                          "(Outcomes tab) before the enrollment status changes."))
    elif new == "Applicant" and old != "Applicant":
        problems.add("enrollment_status", _("An {lower} participant cannot go back to Applicant.").format(lower=value_label(old).lower()))
    elif new != domain.EXITED and old != domain.EXITED and new not in STATUS_CHANGES.get(old, set()) and new in domain.ENROLLMENT_STATUSES:
        problems.add("enrollment_status", _("Enrollment status cannot change from {old} to {new}.").format(old=value_label(old), new=value_label(new)))
    problems.raise_if_any()


def check_contact(c: dict) -> None:
    """An additional contact person (ISTEP rubric: contact information meets with one, exceeds with two)."""
    problems = Problems()
    if is_blank(c.get("name")):
        problems.add("name", _("Contact name is required."))
    if is_blank(c.get("phone")) and is_blank(c.get("email")):
        problems.add("phone", _("An additional contact needs a phone number or an email address."))
    phone = phone_problem(c.get("phone") or "", "Contact phone")
    if phone:
        problems.add("phone", phone)
    email = c.get("email") or ""
    if email and not _EMAIL.match(email):
        problems.add("email", _("Contact email “{email}” is not an email address.").format(email=email))
    from db.models import ContactPerson

    length_problems(ContactPerson, c, {"name": "Contact name", "relationship": "Relationship", "phone": "Contact phone",
                                       "email": "Contact email"}, problems)
    problems.raise_if_any()


def check_credential(c: dict) -> None:
    """Earned Credentials sub-tab: every field but work experience is required."""
    problems = Problems()
    for field, label in (("name", N_("Credential name")), ("institution", N_("Institution")), ("description", N_("Description"))):
        if is_blank(c.get(field)):
            problems.add(field, _("{label} is required.").format(label=_(label)))
    if c.get("source") not in domain.CREDENTIAL_SOURCES and c.get("source") not in domain.FORMER_CREDENTIAL_SOURCES:
        problems.add("source", _("Credential source is required: choose one from the list."))
    if c.get("kind") not in domain.CREDENTIAL_TYPES:
        problems.add("kind", _("Credential type is required: choose one from the list."))
    attained = c.get("attained_on")
    if attained is None:
        problems.add("attained_on", _("Date attained is required (MM/DD/YYYY)."))
    elif attained > dt.date.today():
        problems.add("attained_on", _("Date attained cannot be in the future."))
    problems.raise_if_any()
