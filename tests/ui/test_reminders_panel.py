"""The reminders panel lists an overdue follow-up and asks to open the right participant."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.services import employers, placements
from ui.widgets.reminders_panel import RemindersPanel

TODAY = dt.date.today()


def placed_participant(world):
    p = world.participant(first_name="Zoë", last_name="Castañeda")
    goal = world.goal(p.id)
    service = world.service(p.id, goal.id, item_name="Work Experience", planned_start=TODAY - dt.timedelta(days=45), status="Started/Open")
    employer = employers.add_employer(world.carla, "Eagles Range")
    job = employers.add_job(world.carla, employers.add_worksite(world.carla, employer.id, "Range").id, "Grounds Maintenance Workers", 16.0)
    placement = placements.add_placement(world.carla, service.id, job.id, minimum_wage=15.0, subsidized_wage=15.0, employer_wage_match=1.0,
                                         position_type="Part-time", status="Started (Open)", start_date=TODAY - dt.timedelta(days=45),
                                         planned_due=TODAY + dt.timedelta(days=45))
    return p, placement


def test_panel_lists_overdue_follow_up_and_opens_it(qtbot, world, tmp_path):
    p, placement = placed_participant(world)
    panel = RemindersPanel(world.carla)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    with qtbot.waitSignal(panel.count_changed, timeout=10000) as counted:
        panel.refresh()
    overdue = panel.views["Overdue"]
    rows = [[overdue.model().index(r, c).data() for c in range(4)] for r in range(overdue.model().rowCount())]
    due = TODAY - dt.timedelta(days=15)
    assert [f"{due:%m/%d/%Y}", "Castañeda, Zoë", "30-day worksite follow-up", "15 days"] in rows
    assert panel.group_title("Overdue") == f"Overdue ({len(rows)})"
    assert panel.group_tabs.currentWidget() is overdue  # the first group with reminders is in front
    assert counted.args == [panel.badge_count()] and counted.args[0] >= 1
    panel.grab().save(str(tmp_path / "reminders_panel.png"))

    row = next(i for i, r in enumerate(rows) if r[2] == "30-day worksite follow-up")
    with qtbot.waitSignal(panel.open_requested) as opened:
        overdue.doubleClicked.emit(overdue.model().index(row, 0))
    assert opened.args == [p.id, ("placement", placement.id)]

    overdue.setFocus()
    overdue.setCurrentIndex(overdue.model().index(row, 2))
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert opened.args[0] == p.id

    placements.review_follow_up(world.carla, placement.id, 30, note="Verified.")
    with qtbot.waitSignal(panel.refreshed, timeout=10000):
        panel.refresh()
    titles = [r.title for r in panel.items]
    assert "30-day worksite follow-up" not in titles


def test_empty_caseload_says_up_to_date(qtbot, world):
    panel = RemindersPanel(world.bob)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.count_changed, timeout=10000) as counted:
        panel.refresh()
    assert counted.args == [0]
    assert panel.status.text() == "No reminders: everything is up to date."


def test_groups_today_this_week_overdue_from_hand_built_reminders(qtbot, world):
    from app.reminders import Reminder

    day = dt.date(2028, 2, 29)
    items = [Reminder("p1", "Ann", "contact", "Two-way contact", day - dt.timedelta(days=1), 1, "Add a case note.", ("overview", "case_notes")),
             Reminder("p2", "Ben", "plan_review", "Plan review (90 days)", day, 0, "Review the plan.", ("overview", "plan_review")),
             Reminder("p3", "Cy", "follow_up", "60-day worksite follow-up", day + dt.timedelta(days=3), 0, "Review it.", ("placement", "x"))]
    panel = RemindersPanel(world.carla, today=day)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.count_changed) as counted:
        panel.set_reminders(items)
    assert counted.args == [2]  # overdue + today
    texts = {g: [panel.views[g].model().index(r, 1).data() for r in range(panel.views[g].model().rowCount())] for g in panel.views}
    assert texts == {"Overdue": ["Ann"], "Today": ["Ben"], "This week": ["Cy"]}
    assert panel.views["Overdue"].model().index(0, 3).data() == "1 day"
    assert [panel.group_title(g) for g in ("Overdue", "Today", "This week")] == ["Overdue (1)", "Today (1)", "This week (1)"]


def test_the_first_group_with_reminders_comes_to_the_front(qtbot, world):
    from app.reminders import Reminder

    day = dt.date(2027, 3, 1)
    panel = RemindersPanel(world.carla, today=day)
    qtbot.addWidget(panel)
    panel.set_reminders([Reminder("p2", "Ben", "plan_review", "Plan review (90 days)", day, 0, "Review the plan.", ("overview", "plan_review"))])
    assert panel.group_tabs.currentWidget() is panel.views["Today"]
    assert [panel.group_title(g) for g in ("Overdue", "Today", "This week")] == ["Overdue (0)", "Today (1)", "This week (0)"]
    panel.set_reminders([])
    assert panel.status.text() == "No reminders: everything is up to date." and panel.group_tabs.currentIndex() == 0
