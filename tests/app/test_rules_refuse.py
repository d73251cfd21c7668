"""Issue 10, item 13: inputs the services accepted (or crashed on) are refused with a ValidationError
naming the field, and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest

from app import domain
from app.errors import ValidationError
from app.services import attendance, goals, placements, plan_services
from db.models import AttendanceDay, CaseNote, Goal, Participant, Placement, PlanService, SupportPayment
from tests.app.test_placements import setup  # noqa: F401 - the placement fixture
from tests.app.test_rules import fails
from tests.helpers import counts

TODAY = dt.date.today()


def refused(fn, *args, field: str, says: str = "", **kwargs) -> ValidationError:
    return fails(fn, *args, field=field, says=says, **kwargs)


def _payment(**extra):
    return {
        "service_type": "Transportation",
        "payment_method": "Bus pass",
        "payment_date": TODAY,
        "unit_amount": 12.5,
        "quantity": 2,
        **extra,
    }


@pytest.fixture
def support(world):
    p = world.participant()
    g = world.goal(p.id, category="Support Services", statement="Get to class")
    return world.service(p.id, g.id, item_name="Transportation assistance", status=domain.STARTED)


@pytest.mark.parametrize("amount", [float("inf"), float("-inf"), float("nan")])
def test_payment_amount_must_be_a_real_number(world, workspace, support, amount):
    before = counts(workspace, SupportPayment)
    refused(
        plan_services.add_payment,
        world.carla,
        support.id,
        **_payment(unit_amount=amount),
        field="unit_amount",
        says="Unit amount",
    )
    refused(
        plan_services.add_payment,
        world.carla,
        support.id,
        **_payment(quantity=amount),
        field="quantity",
        says="Quantity",
    )
    assert counts(workspace, SupportPayment) == before


def test_attendance_in_the_future_is_refused(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    s = world.service(p.id, g.id, status=domain.STARTED, planned_due=TODAY + dt.timedelta(days=60))
    next_sunday = TODAY - dt.timedelta(days=(TODAY.weekday() + 1) % 7) + dt.timedelta(days=7)
    monday = next_sunday + dt.timedelta(days=1)
    before = counts(workspace, AttendanceDay)
    day = monday.strftime("%a %m/%d")
    refused(
        attendance.save_week,
        world.carla,
        s.id,
        next_sunday,
        [{"day": monday, "check_in": "9", "check_out": "5"}],
        field=f"check_in[{day}]",
        says="future",
    )
    assert counts(workspace, AttendanceDay) == before


@pytest.mark.parametrize("makeup", ["abc", "1.5.3", [], "-20"])
def test_make_up_time_must_be_minutes(world, workspace, makeup):
    p = world.participant()
    g = world.goal(p.id)
    s = world.service(p.id, g.id, status=domain.STARTED)
    sunday = TODAY - dt.timedelta(days=(TODAY.weekday() + 1) % 7) - dt.timedelta(days=7)
    monday = sunday + dt.timedelta(days=1)
    before = counts(workspace, AttendanceDay)
    refused(
        attendance.save_week,
        world.carla,
        s.id,
        sunday,
        [{"day": monday, "makeup_minutes": makeup}],
        field=f"makeup_minutes[{monday:%a %m/%d}]",
        says="Make-up time",
    )
    assert counts(workspace, AttendanceDay) == before


@pytest.mark.parametrize("ssn", ["٤٣٢١", "４３２１"])
def test_ssn_of_non_ascii_digits_is_refused(world, workspace, ssn):
    before = counts(workspace, Participant)
    refused(world.participant, ssn_last4=ssn, field="ssn_last4", says="0-9")
    assert counts(workspace, Participant) == before


@pytest.mark.parametrize("zip_code", ["６２７０１", "٦٢٧٠١"])
def test_full_width_zip_is_refused(world, workspace, zip_code):
    before = counts(workspace, Participant)
    refused(world.participant, zip=zip_code, state="IL", field="zip")
    assert counts(workspace, Participant) == before


def test_statement_must_be_text(world, workspace):
    p = world.participant()
    before = counts(workspace, Goal)
    refused(world.goal, p.id, statement=12345, field="statement", says="text")
    assert counts(workspace, Goal) == before
    g = world.goal(p.id)
    before = counts(workspace, Goal)
    refused(goals.update_goal, world.carla, g.id, statement=12345, field="statement", says="text")
    assert counts(workspace, Goal) == before


def test_planned_start_must_be_a_date(world, workspace):
    p = world.participant()
    g = world.goal(p.id)
    before = counts(workspace, PlanService)
    refused(world.service, p.id, g.id, planned_start="yesterday", field="planned_start", says="date")
    assert counts(workspace, PlanService) == before
    s = world.service(p.id, g.id)
    before = counts(workspace, PlanService)
    refused(plan_services.update_service, world.carla, s.id, planned_due="next month", field="planned_due", says="date")
    assert counts(workspace, PlanService) == before


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "12"])
def test_wages_must_be_real_numbers(setup, workspace, bad):  # noqa: F811 - the imported fixture
    world, _, service, job = setup
    values = dict(
        minimum_wage=15.0,
        subsidized_wage=15.0,
        employer_wage_match=1.5,
        position_type="Full-time",
        status="Started (Open)",
        start_date=TODAY - dt.timedelta(days=10),
        planned_due=TODAY + dt.timedelta(days=60),
        weekly_hours=30.0,
        hourly_wage=16.5,
    )
    before = counts(workspace, Placement)
    for field in ("hourly_wage", "employer_wage_match", "weekly_hours"):
        refused(
            placements.add_placement,
            world.carla,
            service.id,
            job.id,
            today=TODAY,
            **{**values, field: bad},
            field=field,
        )
    assert counts(workspace, Placement) == before


def test_note_text_too_long_or_with_nul_is_refused_by_the_write_path(world, workspace):
    """The db/columns check sits in the ChangeRecorder, so every service gets it: here a case note."""
    from app.services import records

    p = world.participant()
    before = counts(workspace, CaseNote)
    with pytest.raises(ValidationError) as info:
        records.add_case_note(world.carla, p.id, subject="s" * 300, message="hel\x00lo", contact_date=TODAY)
    assert info.value.for_field("subject") == ["Subject must be at most 200 characters (it has 300)."]
    assert "NUL" in info.value.for_field("message")[0]
    assert counts(workspace, CaseNote) == before
