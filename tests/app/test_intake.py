"""Intake (issue 12): a new participant with every profile field, the rules, the duplicate check and the
program's pre-populated plan; then the participant is in the caseload, the reminders and the workbook."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from app.errors import ValidationError
from app.reminders import compute_reminders
from app.reports.caseload_xlsx import export_caseload
from app.services import goals, intake, participants, plan_services, update_log
from db.models import ContactPerson, Goal, Participant, PlanService
from tests.helpers import counts

TODAY = dt.date.today()
APPLIED = TODAY - dt.timedelta(days=10)


def ana(**values) -> dict:
    return {"first_name": "Ana", "last_name": "Ruiz", "preferred_name": "Anita", "birth_date": "04/12/1990", "ssn_last4": "1234",
            "individual_number": "100012", "email": "ana.ruiz@example.net", "phone": "(217) 555-0142", "address": "12 Main St",
            "city": "Peoria", "state": "il", "zip": "616021234", "social_media": "@anaruiz", "program": "Youth",
            "application_date": APPLIED, **values}


def written(world):
    return counts(world.admin.workspace, Participant, ContactPerson, Goal, PlanService)


def test_intake_writes_the_profile_contacts_and_the_programs_plan(world):
    p = intake.intake_participant(world.carla, contacts=[{"name": "Rosa Ruiz", "relationship": "Mother", "phone": "217-555-0100"}], **ana())
    saved = participants.get_participant(world.carla, p.id)
    assert (saved.first_name, saved.preferred_name, saved.birth_date, saved.ssn_last4) == ("Ana", "Anita", dt.date(1990, 4, 12), "1234")
    assert (saved.state, saved.zip, saved.enrollment_status) == ("IL", "61602-1234", "Applicant")  # normalised as employment does
    assert (saved.organization_id, saved.planner_id) == (world.org_a.id, world.carla.user.id)
    assert [c.name for c in participants.list_contact_people(world.carla, p.id)] == ["Rosa Ruiz"]
    [goal] = goals.list_goals(world.carla, p.id)  # Youth: an ISS goal of education/training
    assert goal.category == "Education/Training Plan"
    steps = plan_services.list_services(world.carla, p.id)
    assert {s.name for s in steps} == {"*Get Started: Learn about exploring careers", "Basic Education (ABE/GED/Bridge)"}
    assert all(s.status == "Planned/Not Started" and s.planned_start == APPLIED for s in steps)


def test_the_new_participant_is_in_the_caseload_the_reminders_and_the_workbook(world, tmp_path):
    p = intake.intake_participant(world.carla, **ana())
    assert [r.individual_number for r in participants.list_caseload(world.carla, search="ruiz")] == ["100012"]
    [due] = [r for r in compute_reminders(world.carla, due_within=30) if r.participant_id == p.id and r.kind == "eligibility"]
    assert due.due_date == APPLIED + dt.timedelta(days=30)
    out = tmp_path / "caseload.xlsx"
    export_caseload(world.carla, out)
    cells = [str(c.value) for row in openpyxl.load_workbook(out)["Caseload"].iter_rows() for c in row]
    assert "100012" in cells and any("Ruiz" in c for c in cells)


def test_an_empty_individual_number_gets_the_next_one(world):
    world.participant(individual_number="100040")
    p = intake.intake_participant(world.carla, **ana(individual_number=""))
    assert p.individual_number == "100041"


@pytest.mark.parametrize("bad, field, message", [
    ({"first_name": " "}, "first_name", "Legal first name is required."),
    ({"birth_date": None}, "birth_date", "Date of birth is required at intake (it is how duplicates are found)."),
    ({"birth_date": "02/30/1990"}, "birth_date", "Date of birth must be a real date written MM/DD/YYYY (got “02/30/1990”)."),
    ({"application_date": None}, "application_date", "Application date is required at intake (eligibility is due within 30 days of it)."),
    ({"eligibility_date": APPLIED + dt.timedelta(days=31), "application_date": APPLIED - dt.timedelta(days=30)}, "eligibility_date",
     f"Eligibility must be determined within 30 days of the application ({APPLIED - dt.timedelta(days=30):%m/%d/%Y}): "
     f"by {APPLIED:%m/%d/%Y}."),
    ({"eligibility_date": APPLIED - dt.timedelta(days=1)}, "eligibility_date", "Eligibility determination cannot be before the application date."),
    ({"application_date": dt.date(1989, 1, 1)}, "application_date", "Application date must be after the date of birth."),
    ({"recertification_date": APPLIED - dt.timedelta(days=1)}, "recertification_date",
     "Recertification date must be after the program enrollment date."),
    ({"enrollment_status": "Active"}, "eligibility_date",
     "An Active participant has had eligibility determined: enter the eligibility determination date, or start as Applicant."),
    ({"enrollment_status": "Exited"}, "enrollment_status", "A new participant cannot start as Exited: choose Applicant or Active."),
    ({"ssn_last4": "123-45-6789"}, "ssn_last4", "Only the last 4 digits of the SSN may be stored: enter 4 digits, never the full number."),
    ({"ssn_last4": "١٢٣٤"}, "ssn_last4", "Last 4 of SSN must be exactly 4 digits, written with 0-9."),  # Arabic-Indic digits
    ({"ssn_last4": "１２３４"}, "ssn_last4", "Last 4 of SSN must be exactly 4 digits, written with 0-9."),  # full-width digits
    ({"zip": "６１６０２"}, "zip", "ZIP code must be 5 digits (or ZIP+4), written with 0-9."),
    ({"phone": "٢١٧٥٥٥٠١٤٢"}, "phone", "Phone/text must be a phone number written with the digits 0-9, such as (217) 555-0142 "
                                     "(got “٢١٧٥٥٥٠١٤٢”)."),
    ({"phone": "555-01"}, "phone", "Phone/text must be a phone number written with the digits 0-9, such as (217) 555-0142 (got “555-01”)."),
    ({"state": "Ill"}, "state", "State must be a two-letter code such as IL."),
    ({"email": "ana@"}, "email", "Email “ana@” is not an email address."),
    ({"program": "Senior"}, "program", "Program must be Adult, Dislocated Worker or Youth."),
    ({"individual_number": "10001２"}, "individual_number", "Individual number must be written with the digits 0-9 only (got “10001２”)."),
    ({"address": "x" * 201}, "address", "Street address must be at most 200 characters (it has 201)."),
    ({"city": "Peo\x00ria"}, "city", "City contains an invisible NUL character: retype it."),
])
def test_each_intake_rule_names_its_field_and_writes_nothing(world, bad, field, message):
    before = written(world)
    with pytest.raises(ValidationError) as error:
        intake.intake_participant(world.carla, **ana(**bad))
    assert error.value.for_field(field) == [message]
    assert written(world) == before


def test_a_contact_without_a_way_to_reach_them_is_refused_with_the_profile_and_nothing_is_written(world):
    before = written(world)
    with pytest.raises(ValidationError) as error:
        intake.intake_participant(world.carla, contacts=[{"name": "Rosa", "phone": ""}], **ana(first_name=""))
    assert error.value.for_field("contacts[0].phone") == ["Additional contact 1: An additional contact needs a phone number or an email address."]
    assert error.value.for_field("first_name") == ["Legal first name is required."]
    assert written(world) == before


def test_one_individual_number_per_participant(world):
    world.participant(ctx=world.bob, first_name="Bea", individual_number="100012")  # another organization: still the same number
    before = written(world)
    with pytest.raises(ValidationError) as error:
        intake.intake_participant(world.carla, **ana())
    assert error.value.for_field("individual_number") == [
        "Individual number 100012 already belongs to another participant: check the number, or open that participant instead."]
    assert written(world) == before


def test_the_duplicate_check_offers_the_participant_already_there(world):
    first = intake.intake_participant(world.carla, **ana())
    before = written(world)
    with pytest.raises(intake.PossibleDuplicate) as same_name:
        intake.intake_participant(world.carla, **ana(first_name="ANA", last_name="Rúiz", individual_number="", ssn_last4=""))
    assert same_name.value.problems[0].message == "This may be Ana Ruiz, 100012 (same name and date of birth): open Ana Ruiz instead?"
    assert [m.id for m in same_name.value.matches] == [first.id]
    with pytest.raises(intake.PossibleDuplicate) as same_ssn:
        intake.intake_participant(world.carla, **ana(first_name="Anna", last_name="Ruis", individual_number=""))
    assert "same last 4 of SSN and date of birth" in same_ssn.value.problems[0].message
    assert written(world) == before
    twin = intake.intake_participant(world.carla, confirmed_new=True, **ana(first_name="Anna", individual_number=""))
    assert twin.id != first.id


def test_a_participant_elsewhere_is_not_offered(world):
    world.participant(ctx=world.bob, first_name="Ana", last_name="Ruiz", birth_date=dt.date(1990, 4, 12), individual_number="200001")
    assert intake.intake_participant(world.carla, **ana()).first_name == "Ana"  # Bob's organization: not Carla's to open


def test_a_program_manager_enters_a_participant_for_an_organization_and_planner_of_the_region(world):
    p = intake.intake_participant(world.pam, **ana(organization_id=world.org_a.id, planner_id=world.carla.user.id, program="Adult"))
    assert goals.list_goals(world.pam, p.id)[0].category == "Career Plan"
    with pytest.raises(ValidationError) as error:
        intake.intake_participant(world.pam, **ana(individual_number="100013", first_name="Bo", ssn_last4="5678", organization_id=world.org_a2.id,
                                                   planner_id=world.carla.user.id))
    assert error.value.for_field("planner_id") == ["Carla Caseworker works for another organization: choose a career planner of the "
                                                   "participant's organization."]


def test_intake_shows_in_the_update_log_in_words(world):
    p = intake.intake_participant(world.carla, **ana())
    lines = update_log.list_log(world.carla, p.id)
    added = [(e.entity, e.new) for e in lines if e.action == "added"]
    assert ("Profile", "Ana Ruiz") in added and ("Step/service", "“Basic Education (ABE/GED/Bridge)”") in added
    assert {e.user_name for e in lines} == {"Carla Caseworker"}
