"""Every rule of DOMAIN.md with its bad input: the message names the field, and nothing is written."""
from __future__ import annotations

import datetime as dt

import pytest

from app import domain
from app.errors import ValidationError
from app.services import attendance, participants, plan_services, records
from db.models import AttendanceDay, CaseNote, Credential, Goal, Participant, PlanService, SupportPayment
from tests.helpers import counts

TODAY = dt.date.today()


def fails(fn, *args, field: str, says: str, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    messages = info.value.for_field(field)
    assert messages, f"no problem for {field}: {info.value.problems}"
    assert any(says in m for m in messages), messages
    return info.value


# -- goals ----------------------------------------------------------------------------------------


def test_goal_statement_required(world, workspace):
    p = world.participant()
    before = counts(workspace, Goal)
    fails(world.goal, p.id, statement="   ", field="statement", says="Goal statement is required")
    assert counts(workspace, Goal) == before


def test_goal_statement_at_most_144(world, workspace):
    p = world.participant()
    before = counts(workspace, Goal)
    fails(world.goal, p.id, statement="x" * 145, field="statement", says="at most 144 characters (it has 145)")
    assert counts(workspace, Goal) == before
    assert world.goal(p.id, statement="y" * 144).statement == "y" * 144


def test_goal_reports_every_problem_at_once(world):
    p = world.participant()
    error = fails(world.goal, p.id, statement="", category="Nope", term="Someday", field="statement", says="required")
    assert {pr.field for pr in error.problems} == {"statement", "category", "term"}


# -- steps/services -------------------------------------------------------------------------------


def test_completion_date_required_for_completion_status(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    before = counts(workspace, PlanService)
    fails(world.service, p.id, g.id, status=domain.SUCCESSFUL, field="completion_date", says="Completion date is required")
    assert counts(workspace, PlanService) == before
    s = world.service(p.id, g.id)
    fails(plan_services.update_service, world.carla, s.id, status=domain.UNSUCCESSFUL, field="completion_date", says="required")
    assert plan_services.get_service(world.carla, s.id).status == domain.PLANNED


def test_evaluated_forces_start_equals_due_and_zero_hours(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    before = counts(workspace, PlanService)
    error = fails(world.service, p.id, g.id, status=domain.EVALUATED, field="weekly_hours", says="weekly hours must be 0")
    assert error.for_field("planned_due") == ["Evaluated/Not Required: the planned due date must equal the start date."]
    assert counts(workspace, PlanService) == before
    ok = world.service(p.id, g.id, status=domain.EVALUATED, planned_start=TODAY, planned_due=TODAY, weekly_hours=0.0)
    assert ok.status == domain.EVALUATED


def test_service_needs_goal_dates_and_order(world):
    p = world.participant()
    g = world.goal(p.id)
    fails(world.service, p.id, None, field="goal_id", says="Goal is required")
    fails(world.service, p.id, g.id, planned_start=TODAY, planned_due=TODAY - dt.timedelta(days=1), field="planned_due", says="cannot be before")
    fails(world.service, p.id, g.id, planned_start=None, field="planned_start", says="Planned start date is required")
    fails(world.service, p.id, g.id, weekly_hours=200.0, field="weekly_hours", says="between 0 and 168")


def test_other_provider_needs_its_address(world):
    p = world.participant()
    g = world.goal(p.id)
    error = fails(world.service, p.id, g.id, provider_kind="other", other_provider_name="Acme", field="other_provider_city", says="required")
    assert "other_provider_zip" in {pr.field for pr in error.problems}


def test_only_one_support_service_of_a_kind_open(world):
    p = world.participant()
    g = world.goal(p.id, category="Support Services", statement="Arrange transportation")
    world.service(p.id, g.id, item_name="Transportation assistance", status=domain.STARTED)
    fails(world.service, p.id, g.id, item_name="Transportation assistance", status=domain.STARTED, field="status", says="Only one Transportation")


# -- dollar value ---------------------------------------------------------------------------------


def _payment(**kw):
    return {"service_type": "Transportation", "payment_method": "Bus pass", "payment_date": TODAY, "unit_amount": 25.0, "quantity": 2.0, **kw}


def test_dollar_value_only_on_started_service(world, workspace):
    p = world.participant()
    g = world.goal(p.id, category="Support Services", statement="Get to class")
    s = world.service(p.id, g.id, item_name="Transportation assistance")
    before = counts(workspace, SupportPayment)
    fails(plan_services.add_payment, world.carla, s.id, **_payment(), field="plan_service_id", says="Started/Open")
    assert counts(workspace, SupportPayment) == before
    plan_services.update_service(world.carla, s.id, status=domain.STARTED)
    plan_services.add_payment(world.carla, s.id, **_payment())
    plan_services.add_payment(world.carla, s.id, **_payment(unit_amount=10.0, quantity=1.0))
    rows = plan_services.list_payments(world.carla, s.id)
    assert [(total, running) for _, total, running in rows] == [(50.0, 50.0), (10.0, 60.0)]


def test_dollar_value_amounts(world):
    p = world.participant()
    g = world.goal(p.id, category="Support Services", statement="Get to class")
    s = world.service(p.id, g.id, item_name="Transportation assistance", status=domain.STARTED)
    fails(plan_services.add_payment, world.carla, s.id, **_payment(unit_amount=0.0), field="unit_amount", says="more than $0")


# -- attendance -----------------------------------------------------------------------------------


def _started(world):
    p = world.participant()
    g = world.goal(p.id)
    return world.service(p.id, g.id, status=domain.STARTED)


def _monday():
    week = attendance.list_weeks  # noqa: F841 - keeps import use obvious
    sunday = TODAY - dt.timedelta(days=(TODAY.weekday() + 1) % 7) - dt.timedelta(days=7)
    return sunday, sunday + dt.timedelta(days=1)


def test_attendance_only_on_started_service(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    s = world.service(p.id, g.id)  # Planned/Not Started
    sunday, monday = _monday()
    before = counts(workspace, AttendanceDay)
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "check_in": "9", "check_out": "5"}], field="status", says="Started/Open")
    assert counts(workspace, AttendanceDay) == before


def test_attendance_times_in_order(world, workspace):
    s = _started(world)
    sunday, monday = _monday()
    before = counts(workspace, AttendanceDay)
    day = monday.strftime("%a %m/%d")
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "check_in": "9", "lunch_start": "12", "lunch_end": "11:30a", "check_out": "5"}],
          field=f"lunch_end[{day}]", says="must be in order")
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "check_in": "9", "check_out": "8a"}], field=f"check_out[{day}]", says="after Check-in")
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "check_in": "nine"}], field=f"check_in[{day}]", says="is not a time")
    assert counts(workspace, AttendanceDay) == before


def test_absent_day_carries_no_hours(world, workspace):
    s = _started(world)
    sunday, monday = _monday()
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "absent": True, "check_in": "9", "check_out": "5"}],
          field=f"absent[{monday:%a %m/%d}]", says="absent day carries no")
    hours = attendance.save_week(world.carla, s.id, sunday, [
        {"day": monday, "absent": True},
        {"day": monday + dt.timedelta(days=1), "check_in": "9", "lunch_start": "12", "lunch_end": "1230p", "check_out": "5"},
        {"day": monday + dt.timedelta(days=2), "check_in": "8:30a", "check_out": "12:30p"},
    ])
    assert hours == 7.5 + 4.0
    week = attendance.get_week(world.carla, s.id, sunday)
    assert week[1].absent and week[2].check_out == "17:00" and week[3].check_in == "08:30"


def test_verified_week_is_locked(world):
    s = _started(world)
    sunday, monday = _monday()
    attendance.save_week(world.carla, s.id, sunday, [{"day": monday, "check_in": "9", "check_out": "1p"}], submit=True)
    attendance.verify_week(world.carla, s.id, sunday)
    summary = next(w for w in attendance.list_weeks(world.carla, s.id) if w.week_start == sunday)
    assert summary.verified and summary.submitted and summary.total_hours == 4.0
    fails(attendance.save_week, world.carla, s.id, sunday, [{"day": monday, "check_in": "9", "check_out": "2p"}], field="verified", says="verified")


# -- credentials ----------------------------------------------------------------------------------


def _credential(**kw):
    return {"name": "OSHA-10", "source": "Copy of Certificate", "attained_on": "03/15/2026", "kind": "Occupational Certification",
            "institution": "Lincoln Land CC", "description": "Construction safety", **kw}


def test_credential_required_fields(world, workspace):
    p = world.participant()
    before = counts(workspace, Credential)
    error = fails(records.add_credential, world.carla, p.id, **_credential(name="", institution="", source="Rumour"), field="name", says="Credential name is required")
    assert {"institution", "source"} <= {pr.field for pr in error.problems}
    assert counts(workspace, Credential) == before


def test_credential_date_format(world, workspace):
    p = world.participant()
    before = counts(workspace, Credential)
    fails(records.add_credential, world.carla, p.id, **_credential(attained_on="2026-15-03"), field="attained_on", says="MM/DD/YYYY")
    fails(records.add_credential, world.carla, p.id, **_credential(attained_on="02/30/2026"), field="attained_on", says="MM/DD/YYYY")
    assert counts(workspace, Credential) == before
    assert records.add_credential(world.carla, p.id, **_credential()).attained_on == dt.date(2026, 3, 15)


# -- participant profile, case notes --------------------------------------------------------------


@pytest.mark.parametrize("ssn", ["123-45-6789", "123456789", "12345"])
def test_full_ssn_refused(world, workspace, ssn):
    before = counts(workspace, Participant)
    fails(world.participant, ssn_last4=ssn, field="ssn_last4", says="Only the last 4 digits")
    assert counts(workspace, Participant) == before


def test_ssn_last4_must_be_digits(world):
    fails(world.participant, ssn_last4="12a4", field="ssn_last4", says="exactly 4 digits")


def test_participant_names_and_email(world):
    error = fails(world.participant, first_name="", last_name="", email="not-an-email", field="first_name", says="Legal first name is required")
    assert {"last_name", "email"} <= {pr.field for pr in error.problems}


def test_case_note_rules(world, workspace):
    p = world.participant()
    before = counts(workspace, CaseNote)
    fails(records.add_case_note, world.carla, p.id, contact_date=TODAY + dt.timedelta(days=2), subject="Call", field="contact_date", says="future")
    fails(records.add_case_note, world.carla, p.id, contact_date=TODAY, subject=" ", field="subject", says="Subject is required")
    fails(records.add_case_note, world.carla, p.id, contact_date=None, subject="Call", field="contact_date", says="required")
    assert counts(workspace, CaseNote) == before


def test_unknown_field_is_refused(world):
    p = world.participant()
    fails(participants.update_participant, world.carla, p.id, favourite_colour="blue", field="favourite_colour", says="not a field")
