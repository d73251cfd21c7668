"""Reminders appear for each timeliness rule and go away when the caseworker acts (seeds 001, 002, 004)."""
from __future__ import annotations

import datetime as dt

from app import compliance
from app.reminders import compute_reminders, summary_by_participant
from app.services import employers, goals, participants, placements, records, reviews

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def kinds(ctx, pid, **kw):
    return sorted(r.kind for r in compute_reminders(ctx, **kw) if r.participant_id == pid)


def reminder(ctx, pid, kind, **kw):
    return next(r for r in compute_reminders(ctx, **kw) if r.participant_id == pid and r.kind == kind)


def with_open_goal(world, **values):
    p = world.participant(**values)
    world.service(p.id, world.goal(p.id).id, status="Planned/Not Started")
    return p


def test_two_way_contact_reminder_clears_with_a_two_way_note(world):
    p = with_open_goal(world, application_date=ago(60), eligibility_date=ago(50))
    r = reminder(world.carla, p.id, "contact")
    assert (r.due_date, r.days_overdue, r.place) == (ago(30), 30, ("overview", "case_notes"))
    assert r.participant_name == "Ñúñez, José" and "two-way contact" in r.action
    records.add_case_note(world.carla, p.id, contact_date=TODAY, subject="Left a voicemail", two_way_contact=False)
    assert "contact" in kinds(world.carla, p.id)
    records.add_case_note(world.carla, p.id, contact_date=TODAY, subject="Phone call", two_way_contact=True)
    assert "contact" not in kinds(world.carla, p.id)
    # it comes back as "due" within the window before 30 days pass
    assert reminder(world.carla, p.id, "contact", today=TODAY + dt.timedelta(days=25)).due_date == TODAY + dt.timedelta(days=30)


def test_follow_up_reminder_clears_when_reviewed(world):
    p = with_open_goal(world)
    records.add_case_note(world.carla, p.id, contact_date=TODAY, subject="Call", two_way_contact=True)
    service = world.service(p.id, world.goal(p.id).id, item_name="Work Experience", planned_start=ago(40), status="Started/Open")
    employer = employers.add_employer(world.carla, "Humphrey Hondas")
    job = employers.add_job(world.carla, employers.add_worksite(world.carla, employer.id, "Shop").id, "Motorcycle Mechanics", 18.0)
    placement = placements.add_placement(world.carla, service.id, job.id, minimum_wage=15.0, subsidized_wage=15.0, employer_wage_match=3.0,
                                         position_type="Full-time", status="Started (Open)", start_date=ago(40), planned_due=TODAY + dt.timedelta(days=50))
    r = reminder(world.carla, p.id, "follow_up")
    assert (r.title, r.due_date, r.days_overdue, r.place) == ("30-day worksite follow-up", ago(10), 10, ("placement", placement.id))
    assert [x.title for x in compute_reminders(world.carla, due_within=30) if x.kind == "follow_up"] == \
        ["30-day worksite follow-up", "60-day worksite follow-up"]
    placements.review_follow_up(world.carla, placement.id, 30, wage=18.5, note="Verified with the supervisor.")
    assert "follow_up" not in kinds(world.carla, p.id)


def test_plan_review_at_90_days_and_the_30_day_rubric_review(world):
    p = with_open_goal(world, plan_created_on=ago(200), last_plan_review=ago(100))
    r = reminder(world.carla, p.id, "plan_review")
    assert (r.due_date, r.days_overdue) == (ago(10), 10)
    assert "plan_review_30" not in kinds(world.carla, p.id)
    reviews.record_plan_review(world.carla, p.id, note="Reviewed goals together.")
    assert not {"plan_review", "plan_review_30"} & set(kinds(world.carla, p.id))
    assert reminder(world.carla, p.id, "plan_review_30", today=TODAY + dt.timedelta(days=31)).days_overdue == 1
    assert participants.get_participant(world.carla, p.id).last_plan_review == TODAY


def test_eligibility_and_initial_plan_reminders(world):
    p = with_open_goal(world, enrollment_status="Applicant", application_date=ago(40), assessments_completed_on=ago(8))
    assert reminder(world.carla, p.id, "eligibility").days_overdue == 10
    assert reminder(world.carla, p.id, "initial_plan").days_overdue == 3
    participants.update_participant(world.carla, p.id, eligibility_date=ago(1), plan_created_on=TODAY)
    assert kinds(world.carla, p.id) == []
    late = compliance.compliance_for_caseload(world.carla)
    assert [text for _, _, text in late.rule("eligibility").late] == ["Eligibility determined 39 days after application"]
    assert [text for _, _, text in late.rule("initial_plan").late] == ["Initial plan 8 days after assessments"]


def test_active_participant_needs_an_open_goal_with_an_open_step(world):
    p = world.participant()
    assert reminder(world.carla, p.id, "open_goal").place == ("set_goals", None)
    goal = world.goal(p.id)
    assert "open_goal" in kinds(world.carla, p.id)  # a goal without a step is not enough
    world.service(p.id, goal.id, status="Planned/Not Started")
    assert "open_goal" not in kinds(world.carla, p.id)
    goals.update_goal(world.carla, goal.id, status="Complete")
    assert "open_goal" in kinds(world.carla, p.id)


def test_late_case_note_is_shown_and_counted(world):
    p = with_open_goal(world)
    records.add_case_note(world.carla, p.id, contact_date=ago(15), subject="Home visit", two_way_contact=True)
    r = reminder(world.carla, p.id, "late_entry")
    assert r.title == "Case note entered 15 days after the event" and r.days_overdue == 5
    assert compliance.compliance_for_caseload(world.carla).rule("late_entry").late[0][2] == r.title
    records.add_case_note(world.carla, p.id, contact_date=ago(10), subject="Call", two_way_contact=True)
    assert kinds(world.carla, p.id).count("late_entry") == 1  # 10 days is on time


def test_reminders_follow_scope_and_summarise_per_participant(world):
    p = world.participant(last_plan_review=ago(95))
    assert compute_reminders(world.bob) == []
    summary = summary_by_participant(compute_reminders(world.carla), TODAY)[p.id]
    assert summary.overdue == 1 and summary.next_review_due == ago(5) and "open_goal" in summary.kinds
    r = reminder(world.carla, p.id, "plan_review")
    assert r.group(TODAY) == "Overdue" and reminder(world.carla, p.id, "open_goal").group(TODAY) == "Today"


def test_one_participants_reminders_and_the_export_status(world):
    from app.compliance import participant_statuses

    p = world.participant(plan_created_on=ago(120), last_plan_review=ago(95))
    other = with_open_goal(world, last_plan_review=ago(10))
    mine = compute_reminders(world.carla, participant_id=p.id)
    assert {r.participant_id for r in mine} == {p.id} and {"plan_review", "open_goal"} <= {r.kind for r in mine}
    assert compute_reminders(world.bob, participant_id=p.id) == []
    statuses = participant_statuses(world.carla)
    assert statuses[p.id].next_review_due == ago(5) and statuses[p.id].overdue >= 1
    assert statuses[other.id].next_review_due == TODAY + dt.timedelta(days=80)
    assert statuses[other.id].next_rubric_review_due == TODAY + dt.timedelta(days=20)
    assert statuses[p.id].rubric_level == "Below" and statuses[p.id].rubric_levels["Contact information"] == "Below"
