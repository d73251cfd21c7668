"""Rules of the participant profile and of credentials."""
from __future__ import annotations

import datetime as dt
import re

from app import domain
from app.errors import Problems
from app.rules.values import is_blank, is_state_code

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_ssn_last4(value: str, problems: Problems) -> None:
    """Only the last 4 digits of an SSN are ever stored (DOMAIN.md, People and access)."""
    if not value:
        return
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 9 or len(value) > 4:
        problems.add("ssn_last4", "Only the last 4 digits of the SSN may be stored: enter 4 digits, never the full number.")
    elif not (value.isdigit() and len(value) == 4):
        problems.add("ssn_last4", "Last 4 of SSN must be exactly 4 digits.")


def check_participant(p: dict) -> None:
    problems = Problems()
    if is_blank(p.get("first_name")):
        problems.add("first_name", "Legal first name is required.")
    if is_blank(p.get("last_name")):
        problems.add("last_name", "Legal last name is required.")
    if is_blank(p.get("organization_id")):
        problems.add("organization_id", "Organization is required.")
    check_ssn_last4(p.get("ssn_last4") or "", problems)
    email = p.get("email") or ""
    if email and not _EMAIL.match(email):
        problems.add("email", f"Email “{email}” is not an email address.")
    if p.get("program") not in domain.PROGRAMS:
        problems.add("program", "Program must be Adult, Dislocated Worker or Youth.")
    if p.get("enrollment_status") not in domain.ENROLLMENT_STATUSES:
        problems.add("enrollment_status", "Enrollment status must be one from the list.")
    birth = p.get("birth_date")
    if birth and birth > dt.date.today():
        problems.add("birth_date", "Date of birth cannot be in the future.")
    state = p.get("state") or ""
    if state and not is_state_code(state):
        problems.add("state", "State must be a two-letter code such as IL.")
    wage = p.get("wage_goal")
    if wage is not None and wage < 0:
        problems.add("wage_goal", "Wage goal per hour cannot be negative.")
    application, eligibility = p.get("application_date"), p.get("eligibility_date")
    if application and eligibility and eligibility < application:
        problems.add("eligibility_date", "Eligibility determination cannot be before the application date.")
    problems.raise_if_any()


def check_credential(c: dict) -> None:
    """Earned Credentials sub-tab: every field but work experience is required."""
    problems = Problems()
    for field, label in (("name", "Credential name"), ("institution", "Institution"), ("description", "Description")):
        if is_blank(c.get(field)):
            problems.add(field, f"{label} is required.")
    if c.get("source") not in domain.CREDENTIAL_SOURCES:
        problems.add("source", "Credential source is required: choose one from the list.")
    if c.get("kind") not in domain.CREDENTIAL_TYPES:
        problems.add("kind", "Credential type is required: choose one from the list.")
    attained = c.get("attained_on")
    if attained is None:
        problems.add("attained_on", "Date attained is required (MM/DD/YYYY).")
    elif attained > dt.date.today():
        problems.add("attained_on", "Date attained cannot be in the future.")
    problems.raise_if_any()
