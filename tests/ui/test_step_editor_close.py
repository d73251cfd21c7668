"""Closing the step editor with unsaved typing asks Save / Discard / Cancel about it; without typing it
just closes. The question is answered by replacing `ask_to_save` (a real box would wait offscreen)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import domain
from app.services import attendance, plan_services, records
from db.models import AttendanceDay, AttendanceWeek, PlanService, Provider
from tests.helpers import counts
from tests.ui.test_step_editor import open_editor, retype
from ui.dialogs import step_editor

Answer = QMessageBox.StandardButton
SUNDAY = dt.date(2026, 11, 8)  # the second week of the service
WEEK_QUESTION = "The Attendance week of 11/08/2026 has unsaved changes."


def started(qtbot, world, **values):
    return open_editor(qtbot, world, status=domain.STARTED, planned_start=dt.date(2026, 11, 2), planned_due=dt.date(2026, 11, 20), **values)


def answering(monkeypatch, *replies) -> list[str]:
    """Answer the close questions with `replies` in turn; returns what was asked."""
    asked, queue = [], list(replies)

    def ask(_parent, what):
        asked.append(what)
        return queue.pop(0)

    monkeypatch.setattr(step_editor, "ask_to_save", ask)
    return asked


def type_monday(qtbot, dialog, check_in="9", check_out="5p"):
    """Open the week of 11/08/2026 and type Monday's check-in and check-out, as a caseworker would."""
    dialog.tabs.setCurrentWidget(dialog.attendance_tab)
    grid = dialog.attendance_tab.open_week(1)
    for field, text in (("check_in", check_in), ("check_out", check_out)):
        cell = grid.cell(field, 1)
        cell.setFocus()
        qtbot.keyClicks(cell, text)
    assert grid.cells.dirty
    return grid


def close_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Close)


def test_close_button_asks_about_the_typed_week_and_save_writes_it(qtbot, world, monkeypatch):
    dialog, service = started(qtbot, world)
    type_monday(qtbot, dialog)
    asked = answering(monkeypatch, Answer.Save)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(close_button(dialog), Qt.MouseButton.LeftButton)
    assert asked == [WEEK_QUESTION]
    assert not dialog.isVisible()
    monday = attendance.get_week(world.carla, service.id, SUNDAY)[1]
    assert (monday.check_in, monday.check_out) == ("09:00", "17:00")
    assert next(w for w in attendance.list_weeks(world.carla, service.id) if w.week_start == SUNDAY).total_hours == 8.0


def test_escape_then_discard_closes_and_saves_nothing(qtbot, world, monkeypatch):
    dialog, service = started(qtbot, world)
    grid = type_monday(qtbot, dialog)
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    asked = answering(monkeypatch, Answer.Discard)
    qtbot.keyClick(grid.cell("check_out", 1), Qt.Key.Key_Escape)
    assert asked == [WEEK_QUESTION]
    assert not dialog.isVisible()
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before
    assert attendance.get_week(world.carla, service.id, SUNDAY)[1].check_in in ("", None)


def test_window_close_then_cancel_keeps_the_editor_and_the_typing(qtbot, world, monkeypatch):
    dialog, service = started(qtbot, world)
    grid = type_monday(qtbot, dialog)
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    asked = answering(monkeypatch, Answer.Cancel)
    assert not dialog.close()
    assert asked == [WEEK_QUESTION]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.attendance_tab
    assert grid.cell("check_in", 1).text() == "9" and grid.cells.dirty
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before
    asked = answering(monkeypatch, Answer.Discard)  # the next close asks again
    assert dialog.close()
    assert asked == [WEEK_QUESTION] and not dialog.isVisible()


def test_save_refused_by_the_rules_keeps_the_editor_open_with_the_message(qtbot, world, monkeypatch):
    dialog, service = started(qtbot, world)
    grid = type_monday(qtbot, dialog, check_in="5p", check_out="9")  # leaves before arriving
    dialog.tabs.setCurrentWidget(dialog.status_tab)
    before = counts(world.admin.workspace, AttendanceWeek, AttendanceDay)
    asked = answering(monkeypatch, Answer.Save)
    qtbot.keyClick(dialog.status_tab.start, Qt.Key.Key_Escape)
    assert asked == [WEEK_QUESTION]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.attendance_tab
    assert grid.message_text() == "Times on Mon 11/09 must be in order: Check-out (09:00) must be after Check-in (17:00)."
    assert grid.cells.dirty
    assert counts(world.admin.workspace, AttendanceWeek, AttendanceDay) == before


def test_each_sub_tab_with_typing_is_asked_about_in_turn_and_saving_one_keeps_the_others(qtbot, world, monkeypatch):
    """Saving the status reloads the other sub-tabs, except one with typing: the typed week survives to be
    saved (reloading it would also have asked the week list's own "Discard them?")."""

    def no_other_question(_parent, _title, text, *_args):
        raise AssertionError(f"asked: {text}")

    monkeypatch.setattr(QMessageBox, "question", no_other_question)
    dialog, service = started(qtbot, world)
    type_monday(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.status_tab)
    dialog.status_tab.hours.setValue(12.5)
    asked = answering(monkeypatch, Answer.Save, Answer.Save)
    assert dialog.close()
    assert asked == ["The Status sub-tab has unsaved changes.", WEEK_QUESTION]
    assert plan_services.get_service(world.carla, service.id).weekly_hours == 12.5
    assert attendance.get_week(world.carla, service.id, SUNDAY)[1].check_out == "17:00"


def test_opening_every_sub_tab_and_closing_without_typing_asks_nothing(qtbot, world, monkeypatch):
    with world.admin.write() as rec:
        rec.add(Provider(name="Austin Peoples Action Center", city="Chicago", state="IL", zip="60644"), summary="provider")
    dialog, service = started(qtbot, world, item_name="Transportation assistance")
    attendance.save_week(world.carla, service.id, SUNDAY, [{"day": SUNDAY + dt.timedelta(days=1), "check_in": "9", "check_out": "1p"}])
    records.add_credential(world.carla, service.participant_id, plan_service_id=service.id, name="OSHA-10", source="Copy of Certificate",
                           attained_on="03/03/2023", kind="Occupational Certification", institution="Westside Tech", description="Safety")
    dialog.credentials_tab.reload()
    asked = answering(monkeypatch)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
    dialog.attendance_tab.open_week(1)
    assert dialog.attendance_tab.grid.cell("check_out", 1).text() == "1:00 PM"  # a saved week, loaded
    dialog.credentials_tab.table.selectRow(0)  # a credential loaded into the form for editing
    assert dialog.credentials_tab.editing
    assert [t.unsaved_changes() for t in dialog.sub_tabs()] == [""] * 5
    # typing that was saved is not unsaved either
    retype(qtbot, dialog.status_tab.due, "11/27/2026")
    assert dialog.status_tab.unsaved_changes()
    assert dialog.status_tab.save().succeeded
    before = counts(world.admin.workspace, PlanService)
    qtbot.mouseClick(close_button(dialog), Qt.MouseButton.LeftButton)
    assert asked == [] and not dialog.isVisible()
    assert counts(world.admin.workspace, PlanService) == before
