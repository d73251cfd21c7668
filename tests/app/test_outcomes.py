"""Outcomes tab (seed 003): skill gains, success stories, the exit checklist, early exits and employment after exit."""
from __future__ import annotations

import datetime as dt

import pytest

from app import domain
from app.errors import NotFound, ValidationError
from app.services import documents, outcomes, participants, placements, records
from db.models import CaseNote, Document, EmploymentOutcome, ExitRecord, Participant, SkillGain, SuccessStory, UpdateLogEntry
from tests.helpers import counts

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)
TOMORROW = TODAY + dt.timedelta(days=1)
MILESTONE = "Training Milestone"
SECONDARY = "Secondary Transcript/Report Card"


@pytest.fixture
def pid(world):
    return world.participant().id


def gain(**extra):
    values = dict(kind=MILESTONE, attained_on=YESTERDAY.strftime("%m/%d/%Y"), comment="Completed the first OJT milestone.",
                  file_name="progress-report.pdf", file_data=b"%PDF-1.4 progress")
    values.update(extra)
    return values


def job(**extra):
    values = dict(employer="Target", start_date="06/08/2020", job_title="Backroom Team", address="4 Main St", city="Peoria", state="il",
                  zip="61602", duties="Unload trucks and stock the backroom.", hours_per_week=32.0, current=True, meets_needs=True)
    values.update(extra)
    return values


def complete_checklist(world, pid):
    """One successfully completed service, a skill gain and a credential: the three exit boxes."""
    goal = world.goal(pid)
    world.service(pid, goal.id, status=domain.SUCCESSFUL, completion_date=YESTERDAY)
    outcomes.add_skill_gain(world.carla, pid, **gain())
    records.add_credential(world.carla, pid, name="OSHA-10", source="Copy of Certificate", attained_on=YESTERDAY, kind="Occupational Certification",
                           institution="Lincoln Land CC", description="Safety")


def early(**extra):
    values = dict(exit_date=YESTERDAY.strftime("%m/%d/%Y"), early=True, reason="Moved out of the area",
                  note="Moved to Ohio to live with family; will look for work there.")
    values.update(extra)
    return values


def checklist(ctx, pid) -> dict[str, bool]:
    return {item.key: item.done for item in outcomes.outcome_summary(ctx, pid).checklist}


# -- measurable skill gains -------------------------------------------------------------------------


def test_a_skill_gain_stores_its_file_as_an_upload_in_the_same_transaction(world, pid):
    saved = outcomes.add_skill_gain(world.carla, pid, **gain(kind=SECONDARY, answers={"enrolled": "Yes", "education_level": "H.S. Junior"}))
    [row] = outcomes.list_skill_gains(world.carla, pid)
    assert (row.id, row.kind, row.attained_on, row.document_name) == (saved.id, SECONDARY, YESTERDAY, "progress-report.pdf")
    assert row.answers == {"enrolled": "Yes", "education_level": "H.S. Junior"}
    [upload] = documents.list_documents(world.carla, pid)
    assert upload.id == row.document_id and upload.kind == outcomes.SKILL_GAIN_DOCUMENT
    assert documents.open_document(world.carla, upload.id) == b"%PDF-1.4 progress"


def test_a_skill_gain_can_link_an_upload_of_the_plan(world, pid):
    upload = documents.add_document(world.carla, pid, "report-card.pdf", b"grades")
    outcomes.add_skill_gain(world.carla, pid, **gain(file_name="", file_data=b"", document_id=upload.id))
    assert [r.document_name for r in outcomes.list_skill_gains(world.carla, pid)] == ["report-card.pdf"]
    assert len(documents.list_documents(world.carla, pid)) == 1


@pytest.mark.parametrize(
    "bad, field, message",
    [
        ({"kind": "Good attitude"}, "kind", "Skill gain type is required: choose one of the five types."),
        ({"kind": SECONDARY, "answers": {"enrolled": "Yes"}}, "answers.education_level", "Question 2 needs an answer: choose one from the list."),
        ({"kind": "Skills Progression/Diploma/Certificate/Degree", "answers": {"passed_exam": "Maybe"}}, "answers.passed_exam",
         "Question 1 needs an answer: choose one from the list."),
        ({"file_name": "", "file_data": b""}, "document_id",
         "A document is required: upload the proof of the skill gain, or choose one of the plan's uploads."),
        ({"file_data": b""}, "document_id", "“progress-report.pdf” is empty."),
        ({"file_name": "", "file_data": b"", "document_id": "no-such-upload"}, "document_id",
         "That document is not one of this plan's uploads: choose another, or upload the file."),
        ({"attained_on": ""}, "attained_on", "Date attained is required (MM/DD/YYYY)."),
        ({"attained_on": "13/01/2026"}, "attained_on", "Date attained must be a real date written MM/DD/YYYY (got “13/01/2026”)."),
        ({"attained_on": TOMORROW.strftime("%m/%d/%Y")}, "attained_on", "Date attained cannot be in the future."),
        ({"comment": "   "}, "comment", "Comment is required."),
    ],
)
def test_each_skill_gain_rule_names_its_field_and_writes_nothing(world, pid, bad, field, message):
    before = counts(world.admin.workspace, SkillGain, Document)
    with pytest.raises(ValidationError) as error:
        outcomes.add_skill_gain(world.carla, pid, **gain(**bad))
    assert error.value.for_field(field) == [message]
    assert counts(world.admin.workspace, SkillGain, Document) == before


def test_a_skill_gain_reports_every_problem_at_once(world, pid):
    with pytest.raises(ValidationError) as error:
        outcomes.add_skill_gain(world.carla, pid, kind=SECONDARY, attained_on="02/30/2026", comment="")
    assert [p.field for p in error.value.problems] == ["attained_on", "answers.enrolled", "answers.education_level", "document_id", "comment"]


def test_an_upload_of_another_plan_cannot_prove_a_skill_gain(world, pid):
    other = world.participant(first_name="Ana", individual_number="100002")
    upload = documents.add_document(world.carla, other.id, "someone-else.pdf", b"x")
    with pytest.raises(ValidationError) as error:
        outcomes.add_skill_gain(world.carla, pid, **gain(file_name="", file_data=b"", document_id=upload.id))
    assert error.value.for_field("document_id")


def test_removing_a_skill_gain_is_logged_and_keeps_the_upload(world, pid):
    saved = outcomes.add_skill_gain(world.carla, pid, **gain())
    outcomes.remove_skill_gain(world.carla, saved.id)
    assert outcomes.list_skill_gains(world.carla, pid) == []
    assert len(documents.list_documents(world.carla, pid)) == 1
    with world.admin.workspace.session() as s:
        actions = [(e.action, e.entity) for e in s.query(UpdateLogEntry).filter_by(entity_id=saved.id)]
    assert actions == [("added", "Measurable skill gain"), ("removed", "Measurable skill gain")]


# -- success stories --------------------------------------------------------------------------------


def test_success_stories_add_list_remove(world, pid):
    story = outcomes.add_success_story(world.carla, pid, "  José finished his CDL and drives for a local carrier.  ")
    assert [(s.text, s.written_on) for s in outcomes.list_success_stories(world.carla, pid)] == [
        ("José finished his CDL and drives for a local carrier.", TODAY)]
    outcomes.remove_success_story(world.carla, story.id)
    assert outcomes.list_success_stories(world.carla, pid) == []


@pytest.mark.parametrize(
    "text, written_on, field, message",
    [
        ("", None, "text", "The story is required: write what the participant achieved."),
        ("Hired!", TOMORROW, "written_on", "Date created cannot be in the future."),
        ("Hired!", "June 1", "written_on", "Date created must be a real date written MM/DD/YYYY (got “June 1”)."),
    ],
)
def test_each_success_story_rule_names_its_field_and_writes_nothing(world, pid, text, written_on, field, message):
    before = counts(world.admin.workspace, SuccessStory)
    with pytest.raises(ValidationError) as error:
        outcomes.add_success_story(world.carla, pid, text, written_on=written_on)
    assert error.value.for_field(field) == [message]
    assert counts(world.admin.workspace, SuccessStory) == before


# -- the checklist and the exit ---------------------------------------------------------------------


def test_the_checklist_items_turn_true_as_the_plan_fills_in(world, pid):
    goal = world.goal(pid)
    service = world.service(pid, goal.id, status=domain.STARTED)
    first = outcomes.outcome_summary(world.carla, pid)
    assert checklist(world.carla, pid) == {"services": False, "skill_gains": False, "credentials": False, "exited": False, "follow_up": True}
    assert [i.detail for i in first.checklist] == ["1 step/service of 1 still Planned or Started", "None entered", "None entered", "Not exited",
                                                   "No worksite placement to follow up"]
    assert not first.can_exit and first.missing_for_exit == ["1 step/service of 1 still Planned or Started", "no measurable skill gain entered",
                                                             "no industry recognized credential entered"]

    from app.services import plan_services
    plan_services.update_service(world.carla, service.id, status=domain.SUCCESSFUL, completion_date=YESTERDAY)
    assert checklist(world.carla, pid)["services"]
    outcomes.add_skill_gain(world.carla, pid, **gain())
    assert checklist(world.carla, pid)["skill_gains"]
    records.add_credential(world.carla, pid, name="OSHA-10", source="Copy of Certificate", attained_on=YESTERDAY, kind="Occupational Certification",
                           institution="Lincoln Land CC", description="Safety")
    summary = outcomes.outcome_summary(world.carla, pid)
    assert summary.can_exit and [i.detail for i in summary.checklist[:3]] == ["All 1 step/service complete", "1 skill gain entered", "1 credential entered"]
    outcomes.record_exit(world.carla, pid, YESTERDAY)
    summary = outcomes.outcome_summary(world.carla, pid)
    assert summary.checklist[3].done and summary.checklist[3].detail == f"Exited {YESTERDAY:%m/%d/%Y}" and not summary.can_exit


def test_follow_up_is_complete_when_every_worksite_follow_up_is_reviewed(world, pid):
    from app.services import employers

    goal = world.goal(pid)
    service = world.service(pid, goal.id, item_name="Work Experience")
    employer = employers.add_employer(world.carla, "Young Drycleaners")
    site = employers.add_worksite(world.carla, employer.id, "Young Drycleaners", city="Peoria", state="IL", zip="61602")
    position = employers.add_job(world.carla, site.id, "Laundry Worker", 16.5, openings=2)
    start = TODAY - dt.timedelta(days=300)
    placement = placements.add_placement(world.carla, service.id, position.id, minimum_wage=15.0, subsidized_wage=15.0, position_type="Full-time",
                                         status="Started (Open)", start_date=start, planned_due=start + dt.timedelta(days=90),
                                         subsidized_end=start + dt.timedelta(days=90))
    assert not checklist(world.carla, pid)["follow_up"]
    for offset in domain.FOLLOW_UP_DAYS[:-1]:
        placements.review_follow_up(world.carla, placement.id, offset)
    item = outcomes.outcome_summary(world.carla, pid).checklist[4]
    assert (item.done, item.detail) == (False, "4 of 5 worksite follow-ups reviewed")
    placements.review_follow_up(world.carla, placement.id, 270)
    assert checklist(world.carla, pid)["follow_up"]


def test_a_normal_exit_needs_the_checklist_and_says_what_is_missing(world, pid):
    before = counts(world.admin.workspace, ExitRecord, CaseNote)
    with pytest.raises(ValidationError) as error:
        outcomes.record_exit(world.carla, pid, YESTERDAY)
    assert error.value.for_field("early") == [
        "The exit checklist is not complete (no measurable skill gain entered; no industry recognized credential entered). "
        "Complete it first, or record an early exit if the participant left the program before completion."]
    assert counts(world.admin.workspace, ExitRecord, CaseNote) == before


def test_a_normal_exit_sets_the_enrollment_status_in_the_update_log(world, pid):
    complete_checklist(world, pid)
    exit_row = outcomes.record_exit(world.carla, pid, YESTERDAY.strftime("%m/%d/%Y"))
    assert (exit_row.early, exit_row.reason, exit_row.case_note_id) == (False, "", None)
    assert participants.get_participant(world.carla, pid).enrollment_status == "Exited"
    with world.admin.workspace.session() as s:
        logged = [(e.entity, e.field, e.old, e.new) for e in s.query(UpdateLogEntry).filter_by(participant_id=pid, entity="Profile", action="changed")]
    assert ("Profile", "Enrollment status", "Active", "Exited") in logged


def test_an_early_exit_writes_the_exit_the_case_note_and_the_status_together(world, pid):
    before = counts(world.admin.workspace, ExitRecord, CaseNote)
    exit_row = outcomes.record_exit(world.carla, pid, **early())
    assert counts(world.admin.workspace, ExitRecord, CaseNote)[:2] == (before[0] + 1, before[1] + 1)
    [note] = records.list_case_notes(world.carla, pid)
    assert exit_row.case_note_id == note.id
    assert (note.subject, note.message, note.contact_date) == ("Early exit: Moved out of the area",
                                                               "Moved to Ohio to live with family; will look for work there.", YESTERDAY)
    assert outcomes.get_exit(world.carla, pid).reason == "Moved out of the area"
    assert participants.get_participant(world.carla, pid).enrollment_status == "Exited"
    with world.admin.workspace.session() as s:
        entities = {e.entity for e in s.query(UpdateLogEntry).filter_by(participant_id=pid)}
    assert {"Exit", "Case note", "Profile"} <= entities


def test_an_early_exit_that_fails_midway_writes_none_of_it(world, pid, monkeypatch):
    """The case note is written before the status: a failure there rolls the note and the exit back."""
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(participants, "update_participant", broken)
    before = counts(world.admin.workspace, ExitRecord, CaseNote, Participant)
    with pytest.raises(RuntimeError):
        outcomes.record_exit(world.carla, pid, **early())
    assert counts(world.admin.workspace, ExitRecord, CaseNote, Participant) == before
    monkeypatch.undo()
    assert participants.get_participant(world.carla, pid).enrollment_status == "Active"


@pytest.mark.parametrize(
    "bad, field, message",
    [
        ({"exit_date": ""}, "exit_date", "Date of program exit is required (MM/DD/YYYY)."),
        ({"exit_date": "2026-13-40"}, "exit_date", "Date of program exit must be a real date written MM/DD/YYYY (got “2026-13-40”)."),
        ({"exit_date": TOMORROW}, "exit_date", "Date of program exit cannot be in the future."),
        ({"reason": ""}, "reason", "Exit reason is required for an early exit: choose one from the list."),
        ({"reason": "Bored"}, "reason", "Exit reason is required for an early exit: choose one from the list."),
        ({"note": " "}, "note", "A case note is required for an early exit: say why the participant left before completing."),
    ],
)
def test_each_early_exit_rule_names_its_field_and_writes_nothing(world, pid, bad, field, message):
    before = counts(world.admin.workspace, ExitRecord, CaseNote, Participant)
    with pytest.raises(ValidationError) as error:
        outcomes.record_exit(world.carla, pid, **early(**bad))
    assert error.value.for_field(field) == [message]
    assert counts(world.admin.workspace, ExitRecord, CaseNote, Participant) == before
    assert participants.get_participant(world.carla, pid).enrollment_status == "Active"


def test_a_participant_exits_once(world, pid):
    outcomes.record_exit(world.carla, pid, **early())
    before = counts(world.admin.workspace, ExitRecord, CaseNote)
    with pytest.raises(ValidationError) as error:
        outcomes.record_exit(world.carla, pid, **early(reason="Lost contact"))
    assert error.value.for_field("exit") == [f"This participant already exited on {YESTERDAY:%m/%d/%Y}; a participant is exited only once."]
    assert counts(world.admin.workspace, ExitRecord, CaseNote) == before


# -- employment after exit --------------------------------------------------------------------------


def test_employment_is_recorded_only_after_the_exit(world, pid):
    before = counts(world.admin.workspace, EmploymentOutcome)
    with pytest.raises(ValidationError) as error:
        outcomes.add_employment(world.carla, pid, **job())
    assert error.value.for_field("exit") == ["Employment after exit is recorded once the participant has exited: record the exit first."]
    assert counts(world.admin.workspace, EmploymentOutcome) == before
    outcomes.record_exit(world.carla, pid, **early())
    saved = outcomes.add_employment(world.carla, pid, **job())
    assert (saved.state, saved.start_date, saved.hours_per_week) == ("IL", dt.date(2020, 6, 8), 32.0)
    outcomes.update_employment(world.carla, saved.id, current=False, end_date=dt.date(2021, 1, 15), hours_per_week=40.0)
    [row] = outcomes.list_employment(world.carla, pid)
    assert (row.current, row.hours_per_week) == (False, 40.0)


@pytest.mark.parametrize(
    "bad, field, message",
    [
        ({"employer": ""}, "employer", "Employer name is required."),
        ({"start_date": None}, "start_date", "Start date is required (MM/DD/YYYY)."),
        ({"start_date": "6/31/2020"}, "start_date", "Start date must be a real date written MM/DD/YYYY (got “6/31/2020”)."),
        ({"job_title": " "}, "job_title", "Job title is required."),
        ({"city": ""}, "city", "Employer city is required."),
        ({"state": ""}, "state", "Employer state is required."),
        ({"state": "Ill"}, "state", "Employer state must be a two-letter code such as IL."),
        ({"zip": ""}, "zip", "Employer ZIP code is required."),
        ({"zip": "6160"}, "zip", "Employer ZIP code must be 5 digits (or ZIP+4)."),
        ({"zip": "61602-12"}, "zip", "Employer ZIP code must be 5 digits (or ZIP+4)."),
        ({"duties": ""}, "duties", "Job duties are required."),
        ({"hours_per_week": None}, "hours_per_week", "Hours per week are required."),
        ({"hours_per_week": 0.0}, "hours_per_week", "Hours per week must be more than 0 and at most 80."),
        ({"hours_per_week": 80.5}, "hours_per_week", "Hours per week must be more than 0 and at most 80."),
    ],
)
def test_each_employment_rule_names_its_field_and_writes_nothing(world, pid, bad, field, message):
    outcomes.record_exit(world.carla, pid, **early())
    before = counts(world.admin.workspace, EmploymentOutcome)
    with pytest.raises(ValidationError) as error:
        outcomes.add_employment(world.carla, pid, **job(**bad))
    assert error.value.for_field(field) == [message]
    assert counts(world.admin.workspace, EmploymentOutcome) == before


def test_employment_accepts_zip_plus_four_and_80_hours(world, pid):
    outcomes.record_exit(world.carla, pid, **early())
    saved = outcomes.add_employment(world.carla, pid, **job(zip="61602-1234", hours_per_week=80.0))
    before = counts(world.admin.workspace, EmploymentOutcome)
    with pytest.raises(ValidationError) as error:
        outcomes.update_employment(world.carla, saved.id, zip="616")
    assert error.value.for_field("zip")
    assert counts(world.admin.workspace, EmploymentOutcome) == before


# -- scope ------------------------------------------------------------------------------------------


def test_a_caseworker_of_another_organization_sees_and_changes_nothing(world, pid):
    saved = outcomes.add_skill_gain(world.carla, pid, **gain())
    story = outcomes.add_success_story(world.carla, pid, "Hired as a welder.")
    outcomes.record_exit(world.carla, pid, **early())
    employment = outcomes.add_employment(world.carla, pid, **job())
    bob = world.bob
    before = counts(world.admin.workspace, SkillGain, SuccessStory, ExitRecord, EmploymentOutcome, CaseNote)
    for call in (lambda: outcomes.outcome_summary(bob, pid), lambda: outcomes.list_skill_gains(bob, pid),
                 lambda: outcomes.list_success_stories(bob, pid), lambda: outcomes.get_exit(bob, pid),
                 lambda: outcomes.list_employment(bob, pid), lambda: outcomes.add_skill_gain(bob, pid, **gain()),
                 lambda: outcomes.remove_skill_gain(bob, saved.id), lambda: outcomes.add_success_story(bob, pid, "Mine now"),
                 lambda: outcomes.remove_success_story(bob, story.id), lambda: outcomes.record_exit(bob, pid, **early()),
                 lambda: outcomes.add_employment(bob, pid, **job()), lambda: outcomes.update_employment(bob, employment.id, city="Decatur")):
        with pytest.raises(NotFound):
            call()
    assert counts(world.admin.workspace, SkillGain, SuccessStory, ExitRecord, EmploymentOutcome, CaseNote) == before
    assert outcomes.outcome_summary(world.pam, pid).exit is not None  # the program manager of the region sees it


def test_a_participant_cannot_record_outcomes(world, pid):
    from app.errors import NotAllowed
    from app.services import users

    users.create_user(world.admin, "jose", "correct-horse-battery", "participant", participant_id=pid)
    jose = world.admin.workspace.as_user("jose")
    with pytest.raises(NotAllowed):
        outcomes.add_success_story(jose, pid, "I did it.")
    assert outcomes.list_success_stories(jose, pid) == []
