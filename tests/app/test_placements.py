"""Worksite placements (seed 001): wage rules, dates, status history, subsidized days and the yearly cap."""
from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ValidationError
from app.services import employers, placements
from db.models import CaseNote, FollowUp, Placement, PlacementStatusChange
from tests.helpers import counts

TODAY = dt.date(2027, 6, 15)


@pytest.fixture
def setup(world):
    pid = world.participant().id
    goal = world.goal(pid)
    service = world.service(pid, goal.id, item_name="Work Experience")
    employer = employers.add_employer(world.carla, "Young Drycleaners")
    site = employers.add_worksite(world.carla, employer.id, "Young Drycleaners", city="Peoria", state="il", zip="61602")
    job = employers.add_job(world.carla, site.id, "Laundry and Dry-Cleaning Workers", 16.5, openings=8)
    return world, pid, service, job


def good(**extra):
    values = dict(minimum_wage=15.0, subsidized_wage=15.0, employer_wage_match=1.5, position_type="Full-time", status="Started (Open)",
                  start_date=dt.date(2027, 3, 1), planned_due=dt.date(2027, 5, 31), weekly_hours=30.0)
    values.update(extra)
    return values


def test_placement_prefills_job_wage_and_writes_first_history_row(setup):
    world, pid, service, job = setup
    placement = placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good())
    assert placement.hourly_wage == 16.5
    view = placements.get_placement(world.carla, placement.id, today=TODAY)
    assert [h.status for h in view.history] == ["Started (Open)"]
    assert view.history[0].updated_by == "Carla Caseworker"
    assert view.employer == "Young Drycleaners" and view.job_title == "Laundry and Dry-Cleaning Workers"
    # 3/1 → 6/15 inclusive, counted only while Started (Open)
    assert view.days_subsidized == 107


@pytest.mark.parametrize(
    "bad, field, words",
    [
        ({"minimum_wage": None}, "minimum_wage", "Minimum wage for placement is required"),
        ({"minimum_wage": 0.0}, "minimum_wage", "more than $0.00"),
        ({"hourly_wage": 14.99}, "hourly_wage", "at least the minimum wage ($15.00)"),
        ({"subsidized_wage": 15.01}, "subsidized_wage", "no more than the minimum wage ($15.00)"),
        ({"subsidized_wage": None}, "subsidized_wage", "Subsidized/training wage is required"),
        ({"employer_wage_match": -1.0}, "employer_wage_match", "$0.00 or more"),
        ({"position_type": "Seasonal"}, "position_type", "Full-time or Part-time"),
        ({"status": "Open"}, "status", "Status is required"),
        ({"start_date": None}, "start_date", "Start date is required"),
        ({"planned_due": dt.date(2027, 2, 1)}, "planned_due", "cannot be before the start date"),
        ({"status": "Successful completion"}, "end_date", "End date is required"),
        ({"end_date": dt.date(2027, 7, 1)}, "end_date", "cannot be in the future"),
        ({"subsidized_start": dt.date(2027, 2, 1)}, "subsidized_start", "cannot be before the start date"),
        ({"subsidized_start": dt.date(2027, 3, 10), "subsidized_end": dt.date(2027, 3, 5)}, "subsidized_end", "before the subsidized start"),
        ({"weekly_hours": 200.0}, "weekly_hours", "between 0 and 168"),
        ({"start_date": "02/30/2027"}, "start_date", "real date written MM/DD/YYYY"),
    ],
)
def test_each_placement_rule_names_its_field_and_writes_nothing(setup, bad, field, words):
    world, pid, service, job = setup
    before = counts(world.admin.workspace, Placement, PlacementStatusChange)
    with pytest.raises(ValidationError) as error:
        placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good(**{"hourly_wage": 16.5, **bad}))
    assert any(words in m for m in error.value.for_field(field)), error.value.problems
    assert counts(world.admin.workspace, Placement, PlacementStatusChange) == before


def test_placement_needs_a_placement_service(world):
    pid = world.participant().id
    goal = world.goal(pid)
    service = world.service(pid, goal.id)  # Vocational Training: not a placement
    employer = employers.add_employer(world.carla, "Eagles Range")
    job = employers.add_job(world.carla, employers.add_worksite(world.carla, employer.id, "Range").id, "Grounds", 15.0)
    with pytest.raises(ValidationError) as error:
        placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good())
    assert "work experience or employment" in error.value.for_field("plan_service_id")[0]


def test_status_change_adds_history_and_planned_does_not_count(setup):
    world, pid, service, job = setup
    placement = placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good(status="Planned/Not Started"))
    assert placements.get_placement(world.carla, placement.id, today=TODAY).days_subsidized == 0
    placements.update_placement(world.carla, placement.id, today=TODAY, status="Started (Open)", status_date=dt.date(2027, 3, 1))
    placements.update_placement(world.carla, placement.id, today=TODAY, inactive_on="04/01/2027", return_on="04/11/2027")
    view = placements.get_placement(world.carla, placement.id, today=TODAY)
    assert [h.status for h in view.history] == ["Planned/Not Started", "Started (Open)", "Started (Open)"]
    assert view.history[2].inactive_on == dt.date(2027, 4, 1)
    assert view.days_subsidized == 107 - 10  # 4/1 … 4/10 inactive


def test_yearly_cap_refuses_with_days_left_and_writes_nothing(setup):
    world, pid, service, job = setup
    placements.add_placement(world.carla, service.id, job.id, today=TODAY,
                             **good(start_date=dt.date(2027, 1, 1), subsidized_end=dt.date(2027, 4, 30), end_date=dt.date(2027, 4, 30),
                                    status="Successful completion"))  # 120 days of 2027
    before = counts(world.admin.workspace, Placement, PlacementStatusChange)
    with pytest.raises(ValidationError) as error:
        placements.add_placement(world.carla, service.id, job.id, today=TODAY,
                                 **good(start_date=dt.date(2027, 5, 1), subsidized_end=dt.date(2027, 7, 31), planned_due=dt.date(2027, 7, 31)))
    message = error.value.for_field("subsidized_end")[0]
    assert "only 63 subsidized days are left in 2027" in message and "would use 92" in message
    assert counts(world.admin.workspace, Placement, PlacementStatusChange) == before
    # exactly the 63 days left is allowed
    placements.add_placement(world.carla, service.id, job.id, today=TODAY,
                             **good(start_date=dt.date(2027, 5, 1), subsidized_end=dt.date(2027, 7, 2), planned_due=dt.date(2027, 7, 31)))


def test_review_follow_up_writes_row_wage_and_note_in_one_go(setup):
    world, pid, service, job = setup
    placement = placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good())
    before = counts(world.admin.workspace, FollowUp, CaseNote)
    with pytest.raises(ValidationError) as error:
        placements.review_follow_up(world.carla, placement.id, 180, today=TODAY)
    assert "becomes available on 08/28/2027" in error.value.for_field("day_offset")[0]
    with pytest.raises(ValidationError) as error:
        placements.review_follow_up(world.carla, placement.id, 30, wage=9.0, today=TODAY)
    assert "at least the minimum wage" in error.value.for_field("wage")[0]
    assert counts(world.admin.workspace, FollowUp, CaseNote) == before
    placements.review_follow_up(world.carla, placement.id, 30, wage=17.25, note="Supervisor confirmed hours.", today=TODAY)
    view = placements.get_placement(world.carla, placement.id, today=TODAY)
    assert view.placement.hourly_wage == 17.25
    first = view.follow_ups[0]
    assert (first.reviewed_on, first.wage, first.employment_verified) == (TODAY, 17.25, True)
    assert first.label == "30 Days Follow-Up Due on 3/31/2027"
    assert counts(world.admin.workspace, FollowUp, CaseNote)[:2] == (1, 1)
    with pytest.raises(ValidationError):
        placements.review_follow_up(world.carla, placement.id, 30, today=TODAY)


def test_employers_are_scoped_to_the_organization(setup, world):
    assert [e.name for e in employers.list_employers(world.bob)] == []
    assert [j.title for j in employers.list_jobs(world.carla)] == ["Laundry and Dry-Cleaning Workers"]
    with pytest.raises(ValidationError) as error:
        employers.add_job(world.carla, employers.list_jobs(world.carla)[0].worksite_id, "", 0.0, openings=-1)
    assert set(p.field for p in error.value.problems) == {"title", "hourly_wage", "openings"}


def test_every_problem_at_once_including_a_badly_typed_date(setup):
    world, pid, service, job = setup
    with pytest.raises(ValidationError) as error:
        placements.add_placement(world.carla, service.id, job.id, today=TODAY,
                                 **good(start_date="13/01/2027", subsidized_wage=16.0, position_type=""))
    assert {p.field for p in error.value.problems} == {"start_date", "subsidized_wage", "position_type"}
    assert error.value.for_field("start_date") == ["Start date must be a real date written MM/DD/YYYY (got “13/01/2027”)."]


def test_update_reports_return_before_inactive_with_the_rules(setup):
    world, pid, service, job = setup
    placement = placements.add_placement(world.carla, service.id, job.id, today=TODAY, **good())
    before = counts(world.admin.workspace, PlacementStatusChange)
    with pytest.raises(ValidationError) as error:
        placements.update_placement(world.carla, placement.id, today=TODAY, inactive_on="04/10/2027", return_on="04/01/2027", hourly_wage=1.0)
    assert {p.field for p in error.value.problems} == {"return_on", "hourly_wage"}
    assert counts(world.admin.workspace, PlacementStatusChange) == before
