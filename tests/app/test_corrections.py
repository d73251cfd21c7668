"""Corrections (issue 12): every record a caseworker keeps can be fixed, and every fix shows in the
Update Log in words. Each rule with its bad input: the message names the field, nothing is written."""
from __future__ import annotations

import datetime as dt

import pytest

from app import domain
from app.errors import NotAllowed, NotFound, ValidationError
from app.services import documents, outcomes, participants, plan_services, records, update_log, users
from db.models import ContactPerson, Document, ExitRecord, Participant, PlanAgreement, SuccessStory, SupportPayment, User
from tests.conftest import PASSWORD
from tests.helpers import counts

TODAY = dt.date.today()


def log_of(world, pid):
    return [(e.action, e.entity, e.field, e.old, e.new) for e in update_log.list_log(world.admin, pid)]


# -- profile ----------------------------------------------------------------------------------------


def test_every_profile_field_is_logged_old_to_new_in_words(world):
    p = world.participant(phone="217-555-0100")
    participants.update_participant(world.carla, p.id, phone="(309) 555-0123", city="Peoria", state="il", zip="616021234",
                                    birth_date="04/12/1990", ssn_last4="9876")
    saved = participants.get_participant(world.carla, p.id)
    assert (saved.state, saved.zip, saved.birth_date) == ("IL", "61602-1234", dt.date(1990, 4, 12))
    log = log_of(world, p.id)
    assert ("changed", "Profile", "Phone/text", "217-555-0100", "(309) 555-0123") in log
    assert ("changed", "Profile", "ZIP code", "", "61602-1234") in log
    assert ("changed", "Profile", "Date of birth", "", "04/12/1990") in log
    assert ("changed", "Profile", "Last 4 of SSN", "4321", "9876") in log


@pytest.mark.parametrize("bad, field, message", [
    ({"phone": "２１７５５５０１４２"}, "phone", "Phone/text must be a phone number written with the digits 0-9, such as (217) 555-0142 "
                                            "(got “２１７５５５０１４２”)."),
    ({"zip": "٦١٦٠٢"}, "zip", "ZIP code must be 5 digits (or ZIP+4), written with 0-9."),
    ({"last_name": ""}, "last_name", "Legal last name is required."),
    ({"birth_date": "13/01/1990"}, "birth_date", "Date of birth must be a real date written MM/DD/YYYY (got “13/01/1990”)."),
    ({"individual_number": "100002"}, "individual_number",
     "Individual number 100002 already belongs to another participant: check the number, or open that participant instead."),
])
def test_each_profile_rule_names_its_field_and_writes_nothing(world, workspace, bad, field, message):
    p = world.participant()
    world.participant(first_name="Ana", individual_number="100002")
    before = counts(workspace, Participant)
    with pytest.raises(ValidationError) as error:
        participants.update_participant(world.carla, p.id, **bad)
    assert error.value.for_field(field) == [message]
    assert counts(workspace, Participant) == before


def test_enrollment_status_goes_applicant_active_and_exits_only_with_the_exit(world, workspace):
    p = world.participant(enrollment_status="Applicant", application_date=TODAY - dt.timedelta(days=5))
    before = counts(workspace, Participant)
    with pytest.raises(ValidationError) as error:
        participants.update_participant(world.carla, p.id, enrollment_status="Active")
    assert error.value.for_field("eligibility_date") == [
        "An applicant becomes Active once eligibility is determined: enter the eligibility determination date first."]
    with pytest.raises(ValidationError) as error:
        participants.update_participant(world.carla, p.id, enrollment_status="Exited")
    assert error.value.for_field("enrollment_status")[0].startswith("Enrollment status becomes Exited with the exit")
    assert counts(workspace, Participant) == before
    participants.update_participant(world.carla, p.id, enrollment_status="Active", eligibility_date=TODAY)
    active = participants.get_participant(world.carla, p.id)
    assert (active.enrollment_status, active.program_enrollment_date) == ("Active", TODAY)
    with pytest.raises(ValidationError) as error:
        participants.update_participant(world.carla, p.id, enrollment_status="Applicant")
    assert error.value.for_field("enrollment_status") == ["An active participant cannot go back to Applicant."]
    outcomes.record_exit(world.carla, p.id, TODAY, early=True, reason="Moved out of the area", note="Moved to Ohio.")
    assert participants.get_participant(world.carla, p.id).enrollment_status == "Exited"
    with pytest.raises(ValidationError) as error:
        participants.update_participant(world.carla, p.id, enrollment_status="Active")
    assert "an administrator or program manager can undo the exit" in error.value.for_field("enrollment_status")[0]


def test_a_transfer_moves_the_participant_out_of_the_old_planners_scope(world):
    p = world.participant()
    users.create_user(world.admin, "dina", PASSWORD, "caseworker", full_name="Dina Dunn", organization_id=world.org_a2.id)
    dina = world.admin.workspace.as_user("dina")
    with pytest.raises(NotAllowed):
        participants.transfer_participant(world.carla, p.id, world.org_a2.id, dina.user.id)
    participants.transfer_participant(world.pam, p.id, world.org_a2.id, dina.user.id)
    with pytest.raises(NotFound):
        participants.get_participant(world.carla, p.id)
    assert [r.id for r in participants.list_caseload(dina)] == [p.id]
    log = log_of(world, p.id)
    assert ("changed", "Profile", "Organization", "Org A", "Org A2") in log
    assert ("changed", "Profile", "Career planner", "Carla Caseworker", "Dina Dunn") in log


def test_a_transfer_to_a_planner_of_another_organization_is_refused(world, workspace):
    p = world.participant()
    before = counts(workspace, Participant)
    with pytest.raises(ValidationError) as error:
        participants.transfer_participant(world.pam, p.id, world.org_a2.id, world.carla.user.id)
    assert error.value.for_field("planner_id") == [
        "Carla Caseworker works for another organization: choose a career planner of the participant's organization."]
    assert counts(workspace, Participant) == before


def test_additional_contacts_are_added_edited_and_removed(world, workspace):
    p = world.participant()
    contact = participants.add_contact_person(world.carla, p.id, "Rosa Ruiz", "Mother", phone="217-555-0100")
    before = counts(workspace, ContactPerson)
    with pytest.raises(ValidationError) as error:
        participants.update_contact_person(world.carla, contact.id, phone="", email="")
    assert error.value.for_field("phone") == ["An additional contact needs a phone number or an email address."]
    assert counts(workspace, ContactPerson) == before
    participants.update_contact_person(world.carla, contact.id, phone="217-555-0199")
    participants.remove_contact_person(world.carla, contact.id)
    assert participants.list_contact_people(world.carla, p.id) == []
    log = log_of(world, p.id)
    assert ("added", "Additional contact", "", "", "Rosa Ruiz") in log
    assert ("changed", "Additional contact", "Phone", "217-555-0100", "217-555-0199") in log
    assert ("removed", "Additional contact", "", "Rosa Ruiz", "") in log


# -- payments ---------------------------------------------------------------------------------------


def _support(world):
    p = world.participant()
    goal = world.goal(p.id, category="Support Services", statement="Get to class")
    service = world.service(p.id, goal.id, item_name="Transportation assistance", status=domain.STARTED)
    pay = {"service_type": "Transportation", "payment_method": "Bus pass", "payment_date": TODAY, "unit_amount": 25.0, "quantity": 2.0}
    first = plan_services.add_payment(world.carla, service.id, **pay)
    plan_services.add_payment(world.carla, service.id, **{**pay, "unit_amount": 10.0, "quantity": 1.0})
    return p, service, first


def test_a_payment_is_corrected_and_removed_with_the_running_total_following(world, workspace):
    p, service, first = _support(world)
    plan_services.update_payment(world.carla, first.id, quantity=3.0)
    assert [(t, r) for _, t, r in plan_services.list_payments(world.carla, service.id)] == [(75.0, 75.0), (10.0, 85.0)]
    before = counts(workspace, SupportPayment)
    with pytest.raises(ValidationError) as error:
        plan_services.update_payment(world.carla, first.id, unit_amount=0.0)
    assert error.value.for_field("unit_amount") == ["Unit amount must be more than $0."]
    assert counts(workspace, SupportPayment) == before
    plan_services.remove_payment(world.carla, first.id)
    assert [(t, r) for _, t, r in plan_services.list_payments(world.carla, service.id)] == [(10.0, 10.0)]
    log = log_of(world, p.id)
    assert ("changed", "Dollar value", "Quantity", "2", "3") in log
    assert any(a == "removed" and e == "Dollar value" and old.startswith("$75.00") for a, e, _f, old, _n in log)


# -- success stories, employment, exit ------------------------------------------------------------


def test_a_success_story_has_the_seeds_fields_and_is_edited(world, workspace):
    p = world.participant()
    story = outcomes.add_success_story(world.carla, p.id, "Hired as a CNA after training.", title="From training to a CNA job",
                                       program_type="Adult", provider="Rock River Works", career_pathway="Health Science")
    before = counts(workspace, SuccessStory)
    with pytest.raises(ValidationError) as error:
        outcomes.update_success_story(world.carla, story.id, title=" ", status="Lost")
    assert error.value.for_field("title") == ["Title is required: a few words that say what the participant achieved."]
    assert error.value.for_field("status") == ["Status must be Draft, Submitted, Published or Not published."]
    assert counts(workspace, SuccessStory) == before
    outcomes.update_success_story(world.carla, story.id, status="Submitted", written_on="11/02/2026")
    [saved] = outcomes.list_success_stories(world.carla, p.id)
    assert (saved.title, saved.status, saved.written_on, saved.career_pathway) == ("From training to a CNA job", "Submitted",
                                                                                   dt.date(2026, 11, 2), "Health Science")
    assert ("changed", "Success story", "Status", "Draft", "Submitted") in log_of(world, p.id)


def _exited(world):
    p = world.participant()
    outcomes.record_exit(world.carla, p.id, TODAY, early=True, reason="Found employment", note="Hired at Target.")
    return p


def test_employment_after_exit_has_an_end_date_and_why_it_meets_needs(world):
    p = _exited(world)
    job = dict(employer="Target", start_date="06/08/2020", job_title="Backroom Team", city="Peoria", state="il", zip="61602",
               duties="Unload trucks", hours_per_week=32.0)
    with pytest.raises(ValidationError) as error:
        outcomes.add_employment(world.carla, p.id, current=False, meets_needs=False, **job)
    assert error.value.for_field("end_date") == ["End date is required when the participant no longer works there."]
    assert error.value.for_field("meets_needs_why") == ["Say why the job does not meet the participant's needs."]
    saved = outcomes.add_employment(world.carla, p.id, current=False, end_date="01/15/2021", meets_needs=False,
                                    meets_needs_why="Night shifts clash with childcare.", **job)
    assert (saved.end_date, saved.meets_needs_why) == (dt.date(2021, 1, 15), "Night shifts clash with childcare.")
    with pytest.raises(ValidationError) as error:
        outcomes.update_employment(world.carla, saved.id, end_date="01/15/2019")
    assert error.value.for_field("end_date") == ["End date cannot be before the start date."]


def test_an_exit_is_undone_by_a_program_manager_with_a_reason(world, workspace):
    p = _exited(world)
    with pytest.raises(NotAllowed):
        outcomes.undo_exit(world.carla, p.id, "Wrong person")
    before = counts(workspace, ExitRecord, Participant)
    with pytest.raises(ValidationError) as error:
        outcomes.undo_exit(world.pam, p.id, " ")
    assert error.value.for_field("reason") == ["Reason is required to undo an exit: say why the exit was wrong."]
    assert counts(workspace, ExitRecord, Participant) == before
    outcomes.undo_exit(world.pam, p.id, "Exit recorded on the wrong participant")
    assert outcomes.get_exit(world.carla, p.id) is None
    assert participants.get_participant(world.carla, p.id).enrollment_status == "Active"
    log = log_of(world, p.id)
    assert ("undone", "Exit", "Reason", "", "Exit recorded on the wrong participant") in log
    assert ("changed", "Profile", "Enrollment status", "Exited", "Active") in log
    [entry] = [e for e in update_log.list_log(world.admin, p.id) if e.action == "undone"]
    assert entry.user_name == "Pam Manager"


# -- users ------------------------------------------------------------------------------------------


def test_an_administrator_disables_resets_and_changes_role_and_scope(world, workspace):
    carla_id = world.carla.user.id
    users.set_user_active(world.admin, carla_id, False)
    with pytest.raises(Exception):
        workspace.sign_in("carla", PASSWORD)
    users.set_user_active(world.admin, carla_id, True)
    users.reset_password(world.admin, carla_id, "a-brand-new-password")
    assert workspace.sign_in("carla", "a-brand-new-password").user.id == carla_id
    users.update_user(world.admin, carla_id, organization_id=world.org_a2.id)
    assert users.get_user(world.admin, carla_id).region_id == world.north.id
    before = counts(workspace, User)
    with pytest.raises(ValidationError) as error:
        users.update_user(world.admin, carla_id, role="program_manager", region_id=None)
    assert error.value.for_field("region_id") == ["A program manager belongs to a region: choose one."]
    assert counts(workspace, User) == before
    users.update_user(world.admin, carla_id, role="program_manager", region_id=world.south.id)
    moved = users.get_user(world.admin, carla_id)
    assert (moved.role, moved.region_id, moved.organization_id) == ("program_manager", world.south.id, None)


def test_a_program_manager_manages_only_the_caseworkers_of_the_region(world):
    with pytest.raises(NotAllowed):
        users.set_user_active(world.pam, world.bob.user.id, False)  # Bob works in the south
    with pytest.raises(NotAllowed):
        users.update_user(world.pam, world.carla.user.id, role="administrator")
    users.set_user_active(world.pam, world.carla.user.id, False)
    assert users.get_user(world.admin, world.carla.user.id).active is False


def test_a_user_changes_their_own_password(world, workspace):
    with pytest.raises(ValidationError) as error:
        users.change_password(world.carla, "wrong-password", "another-long-one", "another-long-one")
    assert error.value.for_field("old_password") == ["The current password is wrong."]
    with pytest.raises(ValidationError) as error:
        users.change_password(world.carla, PASSWORD, "another-long-one", "another-long-two")
    assert error.value.for_field("repeated") == ["The two new passwords are not the same: type the new password twice."]
    users.change_password(world.carla, PASSWORD, "another-long-one", "another-long-one")
    assert workspace.sign_in("carla", "another-long-one").user.username == "carla"


# -- uploads and the agreement ---------------------------------------------------------------------


def test_an_upload_carries_a_kind(world, workspace):
    p = world.participant()
    before = counts(workspace, Document)
    with pytest.raises(ValidationError) as error:
        documents.add_document(world.carla, p.id, "scan.pdf", b"%PDF", kind="Selfie")
    assert error.value.for_field("kind") == ["Kind of upload is required: signed agreement, transcript, credential proof or other."]
    assert counts(workspace, Document) == before
    doc = documents.add_document(world.carla, p.id, "transcript.pdf", b"%PDF", kind="Transcript")
    documents.set_document_kind(world.carla, doc.id, "Credential proof")
    assert [d.kind for d in documents.list_documents(world.carla, p.id)] == ["Credential proof"]
    assert ("changed", "Upload", "Kind", "Transcript", "Credential proof") in log_of(world, p.id)


def test_a_physical_signature_needs_the_signed_copy_among_the_uploads(world, workspace):
    p = world.participant()
    documents.add_document(world.carla, p.id, "transcript.pdf", b"%PDF", kind="Transcript")
    before = counts(workspace, PlanAgreement)
    with pytest.raises(ValidationError) as error:
        records.record_agreement(world.carla, p.id, domain.SIGNED_STATUSES[0])
    assert error.value.for_field("document_id") == ["A physical signature on file needs the signed copy among the uploads: upload the "
                                                    "scan of the signed plan (kind “Signed agreement”) first."]
    assert counts(workspace, PlanAgreement) == before
    signed = documents.add_document(world.carla, p.id, "signed-plan.pdf", b"%PDF signed", kind="Signed agreement")
    agreement = records.record_agreement(world.carla, p.id, domain.SIGNED_STATUSES[0])
    assert agreement.document_id == signed.id
    with pytest.raises(ValidationError):  # that copy proves the first agreement, not a second one
        records.record_agreement(world.carla, p.id, domain.SIGNED_STATUSES[0])


# -- the Update Log in words -------------------------------------------------------------------------


def test_the_update_log_names_people_not_ids_and_says_things_once(world):
    from app.services import attendance

    p = world.participant()
    goal = world.goal(p.id)
    monday = TODAY - dt.timedelta(days=TODAY.weekday() + 7)
    sunday = monday - dt.timedelta(days=1)
    service = world.service(p.id, goal.id, status=domain.STARTED, planned_start=sunday - dt.timedelta(days=7))
    attendance.save_week(world.carla, service.id, sunday, [{"day": monday, "check_in": "09:00", "check_out": "12:00"}])
    attendance.verify_week(world.carla, service.id, sunday)
    records.add_case_note(world.carla, p.id, contact_date=TODAY, subject="Phone call")
    log = log_of(world, p.id)
    assert ("changed", "Attendance week", "Verified by", "", "Carla Caseworker") in log
    assert ("added", "Case note", "", "", "“Phone call”") in log
    assert not any(world.carla.user.id in (old, new) for *_rest, old, new in log)


# -- worksite step, provider ------------------------------------------------------------------------


def test_a_worksite_step_is_not_evaluated_while_its_placement_is_open(world, workspace):
    from app.services import employers, placements
    from db.models import PlanService

    p = world.participant()
    goal = world.goal(p.id)
    service = world.service(p.id, goal.id, item_name="Work Experience")
    employer = employers.add_employer(world.carla, "Young Drycleaners")
    site = employers.add_worksite(world.carla, employer.id, "Main plant", city="Peoria", state="il", zip="61602")
    job = employers.add_job(world.carla, site.id, "Laundry Worker", 16.5)
    placement = placements.add_placement(world.carla, service.id, job.id, minimum_wage=15.0, subsidized_wage=15.0, position_type="Full-time",
                                         status="Started (Open)", start_date=TODAY - dt.timedelta(days=10), planned_due=TODAY + dt.timedelta(days=60))
    before = counts(workspace, PlanService)
    start = TODAY - dt.timedelta(days=14)
    with pytest.raises(ValidationError) as error:
        plan_services.update_service(world.carla, service.id, status=domain.EVALUATED, planned_start=start, planned_due=start, weekly_hours=0.0)
    assert error.value.for_field("status") == ["The worksite placement “Laundry Worker” at Young Drycleaners is Started (Open): end the "
                                               "placement (successful or unsuccessful completion) before setting this step to "
                                               "Evaluated/Not Required."]
    assert counts(workspace, PlanService) == before
    with pytest.raises(ValidationError) as error:  # the job cannot go while someone is placed in it
        employers.remove_job(world.carla, job.id)
    assert error.value.for_field("job_id") == ["Job “Laundry Worker” has 1 worksite placement: remove the placement first (on the "
                                               "participant's step/service)."]
    placements.remove_placement(world.carla, placement.id)
    plan_services.update_service(world.carla, service.id, status=domain.EVALUATED, planned_start=start, planned_due=start, weekly_hours=0.0)
    employers.update_worksite(world.carla, site.id, state="wi", zip="537031234")
    assert (employers.get_worksite(world.carla, site.id).state, employers.get_worksite(world.carla, site.id).zip) == ("WI", "53703-1234")
    employers.remove_job(world.carla, job.id)
    assert employers.list_jobs(world.carla) == []
    assert any(a == "removed" and e == "Worksite placement" for a, e, *_ in log_of(world, p.id))


def test_an_other_provider_state_is_stored_upper_case(world):
    p = world.participant()
    goal = world.goal(p.id)
    service = world.service(p.id, goal.id)
    plan_services.update_service(world.carla, service.id, provider_kind="other", other_provider_name="Lincoln Land CC",
                                 other_provider_address="5250 Shepherd Rd", other_provider_city="Springfield", other_provider_state="il",
                                 other_provider_zip="62703")
    assert plan_services.get_service(world.carla, service.id).other_provider_state == "IL"
