"""The attendance week grid, filled from the keyboard as a caseworker would."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app import domain
from app.services import attendance
from db.models import AttendanceDay, AttendanceWeek
from tests.helpers import counts
from ui.widgets.attendance_grid import AttendanceWeekGrid

SUNDAY = dt.date(2026, 11, 15)


def started_service(world, **values):
    pid = world.participant().id
    goal = world.goal(pid)
    values = {"status": domain.STARTED, "planned_start": dt.date(2026, 11, 2), "planned_due": dt.date(2026, 11, 27), **values}
    return world.service(pid, goal.id, **values)


def type_day(qtbot, grid, weekday, *times):
    """Focus the day's check-in and type each time followed by Tab, as a person would."""
    cell = grid.cell("check_in", weekday)
    cell.setFocus()
    for text in times:
        widget = grid.focusWidget() or cell
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_typing_a_week_shows_normalized_times_and_live_hours(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    for weekday in range(1, 6):  # Monday–Friday: 9 → 12, 12:30 → 5 pm
        type_day(qtbot, grid, weekday, "9", "12", "1230p", "5p")
        assert grid.cells.rows[weekday].hours.text() == "7.50"
    assert grid.cell("check_in", 1).text() == "9:00 AM"
    assert grid.cell("lunch_end", 1).text() == "12:30 PM"
    assert grid.cell("check_out", 1).text() == "5:00 PM"
    assert grid.cells.total.text() == "37.50 h"
    # Hours follow the typing before the cell is left.
    grid.cell("check_out", 5).setFocus()
    grid.cell("check_out", 5).selectAll()
    qtbot.keyClicks(grid.cell("check_out", 5), "4")
    assert grid.cells.rows[5].hours.text() == "6.50"
    qtbot.keyClick(grid.cell("check_out", 5), Qt.Key.Key_Tab)
    assert grid.save().succeeded
    weeks = attendance.list_weeks(world.carla, service.id)
    assert next(w for w in weeks if w.week_start == SUNDAY).total_hours == 36.5
    assert attendance.get_week(world.carla, service.id, SUNDAY)[1].check_in == "09:00"


def test_out_of_order_time_is_marked_and_refused(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    type_day(qtbot, grid, 1, "9", "", "", "8")
    expected = "Times on Mon 11/16 must be in order: Check-out (08:00) must be after Check-in (09:00)."
    assert expected in grid.message_text()
    assert grid.cell("check_out", 1).toolTip() == expected
    assert "b3261e" in grid.cell("check_out", 1).styleSheet()
    assert grid.cells.rows[1].hours.text() == "—"
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    assert not grid.save().succeeded
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before


def test_bad_time_and_missing_check_out_are_refused_on_save(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    type_day(qtbot, grid, 2, "9", "25:99")
    assert "Lunch start on Tue 11/17: “25:99” is not a time (try 9, 930 or 9:30a)." in grid.message_text()
    grid.cell("lunch_start", 2).clear()
    grid.cells.refresh()
    assert grid.message_text() == ""  # the missing check-out is not nagged about while typing
    assert not grid.save().succeeded
    assert grid.message_text() == "Tue 11/17 needs both a check-in and a check-out time."
    assert attendance.list_weeks(world.carla, service.id)[2].total_hours == 0


def test_absent_and_make_up_time(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    grid.cell("absent", 3).setChecked(True)
    grid.cell("makeup_minutes", 4).setFocus()
    qtbot.keyClicks(grid.cell("makeup_minutes", 4), "1:30")
    qtbot.keyClick(grid.cell("makeup_minutes", 4), Qt.Key.Key_Tab)
    assert grid.cells.rows[4].hours.text() == "1.50"
    grid.cell("makeup_minutes", 5).setText("45")
    grid.cells.refresh()
    assert grid.cells.total.text() == "2.25 h"
    assert grid.save().succeeded
    days = attendance.get_week(world.carla, service.id, SUNDAY)
    assert days[3].absent and days[4].makeup_minutes == 90 and days[5].makeup_minutes == 45


def test_submit_then_verify_locks_the_week(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    type_day(qtbot, grid, 1, "830", "", "", "1230")
    with qtbot.waitSignal(grid.saved):
        qtbot.mouseClick(grid.submit_button, Qt.MouseButton.LeftButton)
    assert grid.state.text() == "Submitted, not verified yet."
    with qtbot.waitSignal(grid.saved):
        qtbot.mouseClick(grid.verify_button, Qt.MouseButton.LeftButton)
    week = next(w for w in attendance.list_weeks(world.carla, service.id) if w.week_start == SUNDAY)
    assert week.submitted and week.verified and week.total_hours == 4.0
    assert grid.state.text() == "Verified: this week is read-only."
    assert not grid.cell("check_in", 1).isEnabled() and not grid.save_button.isEnabled()
    reopened = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(reopened)
    assert reopened.cell("check_in", 1).text() == "8:30 AM" and not reopened.cell("check_in", 1).isEnabled()


def test_days_outside_the_service_dates_are_disabled(qtbot, world):
    service = started_service(world, planned_start=dt.date(2026, 11, 17), planned_due=dt.date(2026, 11, 19))
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    enabled = [grid.cell("check_in", d).isEnabled() for d in range(7)]
    assert enabled == [False, False, True, True, True, False, False]
    assert grid.cell("check_in", 2).accessibleName() == "Check-in, Tuesday 11/17/2026"


def test_up_down_and_enter_move_between_days(qtbot, world):
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    grid.cell("check_out", 1).setFocus()
    qtbot.keyClicks(grid.cell("check_out", 1), "5p")
    qtbot.keyClick(grid.cell("check_out", 1), Qt.Key.Key_Return)
    assert grid.focusWidget() is grid.cell("check_out", 2)
    qtbot.keyClick(grid.cell("check_out", 2), Qt.Key.Key_Up)
    assert grid.focusWidget() is grid.cell("check_out", 1)


def test_the_whole_week_is_saved_without_the_mouse(qtbot, world):
    """Type, Tab along, Enter down, Ctrl+S: the keyboard path a caseworker uses at the end of a week."""
    service = started_service(world)
    grid = AttendanceWeekGrid(world.carla, service.id, SUNDAY)
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    grid.activateWindow()
    qtbot.waitUntil(lambda: grid.isActiveWindow())
    type_day(qtbot, grid, 1, "8", "1145", "1215p", "4:30p")
    assert grid.focusWidget() is grid.cell("absent", 1)
    with qtbot.waitSignal(grid.saved):
        qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    monday = attendance.get_week(world.carla, service.id, SUNDAY)[1]
    assert (monday.check_in, monday.lunch_start, monday.lunch_end, monday.check_out) == ("08:00", "11:45", "12:15", "16:30")
    assert next(w for w in attendance.list_weeks(world.carla, service.id) if w.week_start == SUNDAY).total_hours == 8.0
